export { RolePicker } from './RolePicker';
export { useRolePicker } from './useRolePicker';
export { useRolePickerStyles, rolePickerClassNames } from './useRolePickerStyles.styles';
export { renderRolePicker } from './renderRolePicker';
export {
  summarizeRole,
  roleRowVerdict,
  ROLE_SUMMARY_GROUPS,
  type RoleSummary,
  type RoleSummaryGroup,
  type RoleSummaryContext,
  type RoleCapabilityLine,
  type RoleRowVerdict,
} from './roleSummary';
export type {
  RolePickerProps,
  RolePickerVariant,
  RolePickerSize,
  RolePickerState,
  RolePickerOptionState,
  RolePickerClasses,
} from './RolePicker.types';
