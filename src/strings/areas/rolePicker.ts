/** Strings of RolePicker. Placeholders are written {name}. */
export interface RolePickerStrings {
  /** Role */
  label: string;
}

/** English strings of RolePicker. */
export const ROLE_PICKER_EN: RolePickerStrings = {
  label: 'Role',
};

/** German strings of RolePicker. */
export const ROLE_PICKER_DE: RolePickerStrings = {
  label: 'Rolle',
};
