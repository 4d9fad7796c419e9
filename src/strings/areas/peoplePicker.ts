/** Strings of PeoplePicker. Placeholders are written {name}. */
export interface PeoplePickerStrings {
  /** Add people */
  label: string;
}

/** English strings of PeoplePicker. */
export const PEOPLE_PICKER_EN: PeoplePickerStrings = {
  label: 'Add people',
};

/** German strings of PeoplePicker. */
export const PEOPLE_PICKER_DE: PeoplePickerStrings = {
  label: 'Personen hinzufügen',
};
