import { forwardRef } from 'react';
import type { RolePickerProps } from './RolePicker.types';
import { renderRolePicker } from './renderRolePicker';
import { useRolePicker } from './useRolePicker';
import { useRolePickerStyles } from './useRolePickerStyles.styles';

/**
 * Chooses one of the four room roles. Every option shows the role's name, its description and what it can and
 * cannot do in the call, derived from the capability matrix (`ROLE_CAPABILITY_TABLE` via `roleCan`), so the words
 * cannot drift from the kit's checks. `variant="compact"` is a Fluent `Dropdown` for table rows; `variant="full"` is
 * a radio group of cards for dialogs; `readOnly` shows the role as text with its description behind an info button.
 *
 * @example
 * ```tsx
 * <RolePicker variant="compact" aria-labelledby={rowHeaderId} value={role} onChange={setRole}
 *   disabledRoles={{ Presenter: 'Only 350 interactive participants' }} />
 * ```
 */
export const RolePicker = forwardRef<HTMLDivElement, RolePickerProps>(function RolePicker(props, ref) {
  const state = useRolePicker(props, ref);
  const classes = useRolePickerStyles(state);
  return renderRolePicker(state, classes);
});
