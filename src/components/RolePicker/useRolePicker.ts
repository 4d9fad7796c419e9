import { useCallback, useId, useMemo, type Ref } from 'react';
import { DEFAULT_ROLE, isRoomRole, ROOM_ROLES, type RoomRole } from '../../core/roles';
import { useControllableState } from '../../hooks/useControllableState';
import { useRoomsKit } from '../../provider/RoomsKitProvider';
import type { RolePickerOptionState, RolePickerProps, RolePickerState } from './RolePicker.types';
import { summarizeRole } from './roleSummary';

/** Keeps the first occurrence of each valid role, so a host's list cannot produce duplicate or empty options. */
function distinctRoles(roles: readonly RoomRole[]): RoomRole[] {
  const seen = new Set<RoomRole>();
  for (const role of roles) if (isRoomRole(role)) seen.add(role);
  return [...seen];
}

/** A DOM-id-safe fragment of React's `useId` (which contains colons). */
const idSafe = (id: string): string => id.replace(/[^A-Za-z0-9_-]/g, '');

/**
 * State of {@link RolePicker}: the chosen role (controlled or not), the offered roles with their descriptions and
 * what each can and cannot do, derived from the capability matrix. Contains no JSX or styling.
 *
 * @example
 * ```tsx
 * const state = useRolePicker({ defaultValue: 'Consumer', variant: 'compact' }, ref);
 * state.selected.summary; // "Can: watch & listen · Can’t: speak & video, share screen, manage others"
 * ```
 */
export function useRolePicker(props: RolePickerProps, ref: Ref<HTMLDivElement>): RolePickerState {
  const {
    value: valueProp,
    defaultValue = DEFAULT_ROLE,
    onChange,
    roles = ROOM_ROLES,
    disabledRoles,
    variant = 'full',
    readOnly = false,
    disabled = false,
    label,
    id,
    size = 'medium',
    className,
    pstnDialOutEnabled,
    'aria-label': ariaLabelProp,
    'aria-labelledby': ariaLabelledBy,
    strings: stringsProp,
    ...rest
  } = props;
  const { strings, format } = useRoomsKit(stringsProp);
  const [value, setValue] = useControllableState<RoomRole>({ value: valueProp, defaultValue, onChange });
  const base = idSafe(useId());
  const controlId = id ?? `rk-role-picker-${base}`;

  const options = useMemo(() => {
    const offered = distinctRoles(roles);
    if (!offered.includes(value)) offered.push(value);
    return offered.map((role): RolePickerOptionState => {
      const summary = summarizeRole(role, strings, { pstnDialOutEnabled });
      const reason = disabledRoles?.[role];
      const prefix = `${controlId}-${role}`;
      return {
        role,
        name: strings.organisers.roles[role].name,
        description: strings.organisers.roles[role].description,
        summary: summary.line,
        can: summary.can,
        cannot: summary.cannot,
        disabled: reason !== undefined,
        disabledReason: reason === undefined ? undefined : format(strings.rolePicker.unavailable, { reason }),
        selected: role === value,
        ids: {
          name: `${prefix}-name`,
          description: `${prefix}-description`,
          summary: `${prefix}-summary`,
          details: `${prefix}-details`,
          reason: `${prefix}-reason`,
        },
      };
    });
  }, [roles, value, strings, format, pstnDialOutEnabled, disabledRoles, controlId]);

  const select = useCallback(
    (role: RoomRole) => {
      if (disabled || readOnly || disabledRoles?.[role] !== undefined) return;
      setValue(role);
    },
    [disabled, readOnly, disabledRoles, setValue],
  );

  const onCardClick = useCallback(
    (role: RoomRole, target: EventTarget) => {
      // A click on the radio or its label reaches the card too, after the radio group has already reported it.
      if (target instanceof Element && target.closest('input, label')) return;
      select(role);
    },
    [select],
  );

  // `options` always holds the chosen role (appended above), so this find cannot miss.
  const selected = options.find((o) => o.selected) as RolePickerOptionState;
  const ariaLabel = label || ariaLabelledBy ? ariaLabelProp : (ariaLabelProp ?? strings.rolePicker.label);

  return {
    root: { ...rest, ref },
    className,
    variant,
    readOnly,
    disabled,
    size,
    value,
    selected,
    options,
    label,
    ariaLabel,
    ariaLabelledBy,
    controlId,
    aboutLabel: format(strings.rolePicker.aboutRole, { role: selected.name }),
    canHeading: strings.rolePicker.canHeading,
    cannotHeading: strings.rolePicker.cannotHeading,
    select,
    onCardClick,
  };
}
