import type { HTMLAttributes, Ref } from 'react';
import type { RoomRole } from '../../core/roles';
import type { DeepPartial, RoomsKitStrings } from '../../strings/types';
import type { RoleCapabilityLine } from './roleSummary';

/** How {@link RolePicker} looks: a dropdown for table rows, or radio cards for dialogs. */
export type RolePickerVariant = 'compact' | 'full';

/** The two densities of {@link RolePicker}, matching Fluent's control sizes of the same name. */
export type RolePickerSize = 'small' | 'medium';

/**
 * Props of {@link RolePicker}. Any other `div` attribute (`style`, `data-*`, `aria-describedby`, `title`) is passed to
 * the root element; `id`, `aria-label` and `aria-labelledby` go to the focusable control. Texts come from
 * `RoomsKitProvider`'s strings (`roles`, `capabilityTable`, `rolePicker`), so hosts translate or replace them there.
 */
export interface RolePickerProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'children' | 'onChange' | 'defaultValue' | 'id' | 'className' | 'aria-label' | 'aria-labelledby'
> {
  /**
   * The chosen role, when the parent holds it (controlled). Pair with `onChange`.
   * @default undefined (uncontrolled)
   */
  value?: RoomRole;
  /**
   * The role chosen at first, when the picker holds the value itself (uncontrolled).
   * @default DEFAULT_ROLE ('Attendee')
   */
  defaultValue?: RoomRole;
  /**
   * Called with the role the user chose (never for a disabled role, never for the role already chosen).
   * @default undefined
   */
  onChange?: (role: RoomRole) => void;
  /**
   * The roles offered, in this order; unknown values and repeats are left out. The chosen role is always shown,
   * even when it is not in this list, so a participant's current role never disappears from view.
   * @default ROOM_ROLES
   */
  roles?: readonly RoomRole[];
  /**
   * This picker's own words, over the provider's: its label and headings (`rolePicker`) and the roles and what they
   * may do (`organisers`). Anything left out comes from `RoomsKitProvider`.
   * @default undefined
   */
  strings?: DeepPartial<Pick<RoomsKitStrings, 'rolePicker' | 'organisers'>>;
  /**
   * Roles that are shown but cannot be chosen, each with the reason shown to the user
   * (e.g. `{ Presenter: 'Only 350 interactive participants' }`).
   * @default undefined (every offered role can be chosen)
   */
  disabledRoles?: Partial<Record<RoomRole, string>>;
  /**
   * `compact`: a Fluent `Dropdown` for table rows (the role's name on the button, one summary line per option).
   * `full`: a radio group of cards with the role's description and what it can and cannot do, for dialogs.
   * @default 'full'
   */
  variant?: RolePickerVariant;
  /**
   * Shows the role as text, with its description behind an info button; nothing can be changed.
   * @default false
   */
  readOnly?: boolean;
  /**
   * Disables the whole picker.
   * @default false
   */
  disabled?: boolean;
  /**
   * A visible label. Without it, the picker is named by `aria-label`, `aria-labelledby`, or else
   * `strings.rolePicker.label`.
   * @default undefined
   */
  label?: string;
  /**
   * Accessible name when there is no visible label.
   * @default undefined
   */
  'aria-label'?: string;
  /**
   * Id(s) of the element(s) that name the picker, e.g. a table's row header.
   * @default undefined
   */
  'aria-labelledby'?: string;
  /**
   * Id of the focusable control (the dropdown button or the radio group), for an external `<label htmlFor>`.
   * @default a generated id
   */
  id?: string;
  /**
   * Control size.
   * @default 'medium'
   */
  size?: RolePickerSize;
  /**
   * Extra class name for the root element, merged after the kit's own classes.
   * @default undefined
   */
  className?: string;
  /**
   * The room's `pstnDialOutEnabled`, passed to `roleCan` for the dial-out row. When `undefined`, dial-out is listed
   * with "when the room allows it".
   * @default undefined
   */
  pstnDialOutEnabled?: boolean;
}

/** One role the picker offers, with everything the user is told about it. */
export interface RolePickerOptionState {
  /** The role. */
  readonly role: RoomRole;
  /** `strings.organisers.roles[role].name`. */
  readonly name: string;
  /** `strings.organisers.roles[role].description`. */
  readonly description: string;
  /** One line: "Can: … · Can't: …". */
  readonly summary: string;
  /** Every capability row the role has. */
  readonly can: readonly RoleCapabilityLine[];
  /** Every capability row the role lacks. */
  readonly cannot: readonly RoleCapabilityLine[];
  /** Whether the role cannot be chosen. */
  readonly disabled: boolean;
  /** The host's reason, worded with `strings.rolePicker.unavailable`; `undefined` when the role can be chosen. */
  readonly disabledReason: string | undefined;
  /** Whether this is the chosen role. */
  readonly selected: boolean;
  /** DOM ids of the option's parts, for `aria-describedby`. */
  readonly ids: {
    readonly name: string;
    readonly description: string;
    readonly summary: string;
    readonly details: string;
    readonly reason: string;
  };
}

/** Everything {@link renderRolePicker} needs; produced by {@link useRolePicker}. */
export interface RolePickerState {
  /** Attributes for the root element (the host's extra `div` props) and its ref. */
  readonly root: Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'className'> & { ref: Ref<HTMLDivElement> };
  /** The host's `className`, merged by the styles hook. */
  readonly className: string | undefined;
  /** Which form is drawn. */
  readonly variant: RolePickerVariant;
  /** Whether the role is shown as text only. */
  readonly readOnly: boolean;
  /** Whether the whole picker is disabled. */
  readonly disabled: boolean;
  /** Control size. */
  readonly size: RolePickerSize;
  /** The chosen role. */
  readonly value: RoomRole;
  /** The chosen role's option (always present, even when the role is not among `roles`). */
  readonly selected: RolePickerOptionState;
  /** The roles offered, in order. */
  readonly options: readonly RolePickerOptionState[];
  /** The visible label, when given. */
  readonly label: string | undefined;
  /** Accessible name when there is no visible label and no `aria-labelledby`. */
  readonly ariaLabel: string | undefined;
  /** `aria-labelledby` given by the host. */
  readonly ariaLabelledBy: string | undefined;
  /** Id of the focusable control. */
  readonly controlId: string;
  /** Name of the read-only info button. */
  readonly aboutLabel: string;
  /** Headings of the detailed lists. */
  readonly canHeading: string;
  /** Heading of the "cannot" list. */
  readonly cannotHeading: string;
  /** Chooses a role; ignores disabled roles and the role already chosen. */
  readonly select: (role: RoomRole) => void;
  /**
   * Chooses a card's role after a click anywhere on the card (full), except on the radio and its label, which choose
   * it themselves.
   */
  readonly onCardClick: (role: RoomRole, target: EventTarget) => void;
}

/** Class names for each slot of {@link RolePicker}, static and Griffel-generated merged. */
export interface RolePickerClasses {
  /** The outer element; carries `data-role`, `data-variant`, `data-readonly`. */
  readonly root: string;
  /** The Fluent `Dropdown` (compact). */
  readonly dropdown: string;
  /** The dropdown's list (compact). */
  readonly listbox: string;
  /** Each dropdown option (compact). */
  readonly option: string;
  /** The stacked texts inside a dropdown option (compact). */
  readonly optionText: string;
  /** The role name inside an option or card. */
  readonly optionName: string;
  /** The one-line summary inside an option or card. */
  readonly optionSummary: string;
  /** The reason a role cannot be chosen. */
  readonly optionReason: string;
  /** The radio group (full). */
  readonly radioGroup: string;
  /** Each role's card (full); carries `data-role`, `data-selected`, `data-disabled`. */
  readonly card: string;
  /** The Fluent `Radio` inside a card (full). */
  readonly radio: string;
  /** The role's one-line description (full, read-only popover). */
  readonly description: string;
  /** The two lists of a card (full). */
  readonly details: string;
  /** One of the two lists with its heading (full). */
  readonly detailsColumn: string;
  /** A list's heading (full). */
  readonly detailsHeading: string;
  /** A list (full). */
  readonly detailsList: string;
  /** The visible label before the role's name (read-only). */
  readonly readOnlyLabel: string;
  /** The role name as text (read-only). */
  readonly readOnlyValue: string;
  /** The info popover's content (read-only). */
  readonly popover: string;
}
