import type { HTMLAttributes, Ref, RefObject } from 'react';
import type { Room, RoomJoinPolicy, RoomParticipant, RoomsAdapter } from '../../adapter/types';
import type { RoomValidity } from '../../core/validity';
import type { RoomEditorStrings } from '../../strings/areas/roomEditor';
import type { ValidityChangeMeta } from '../ValidityScheduler';

/** Everything a room is made of, as the editor holds it. */
export interface RoomEditorValues {
  /** When the room opens and closes. */
  validity: RoomValidity;
  /** Whether presenters may call phone numbers from the room call. */
  pstnDialOutEnabled: boolean;
  /** Who may join (used only where the backend reports `features.joinPolicy`). */
  joinPolicy: RoomJoinPolicy;
  /** Who is invited, with their roles. */
  participants: RoomParticipant[];
  /** The title people see; empty means none. Used only where the backend reports `features.details`. @default '' */
  subject?: string;
  /** Notes for the people in the room. @default '' */
  description?: string;
  /** The host's own reference, such as its appointment id. @default '' */
  reference?: string;
}

/**
 * Props of {@link RoomEditor}. Any other `div` attribute (`id`, `style`, `aria-*`, `data-*`) is passed to the root
 * element. Texts come from `RoomsKitProvider`'s strings (`roomEditor`, `validityScheduler`, `rosterEditor`, `errors`,
 * `common`).
 */
export interface RoomEditorProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'children' | 'onChange' | 'defaultValue' | 'onSubmit'
> {
  /**
   * The backend.
   * @default the `RoomsKitProvider`'s adapter
   */
  adapter?: RoomsAdapter;
  /**
   * The room to edit. Without it the editor creates a room (and edits that room once it is created).
   * @default undefined (create)
   */
  roomId?: string;
  /**
   * The form's values, when the parent holds them (controlled). Pair with `onValuesChange`. While editing, the
   * editor reports the loaded room's values once through `onValuesChange`.
   * @default undefined (uncontrolled)
   */
  values?: RoomEditorValues;
  /**
   * Values to start a new room with; anything left out gets the kit's default (next half hour, one hour, no
   * dial-out, invite only, nobody invited).
   * @default undefined
   */
  defaultValues?: Partial<RoomEditorValues>;
  /**
   * Called with the whole form after every change.
   * @default undefined
   */
  onValuesChange?: (values: RoomEditorValues) => void;
  /**
   * The time zone the window is shown and typed in (controlled). Pair with `onTimeZoneChange`. While editing, the
   * editor reports the room's own zone once through `onTimeZoneChange` when it has loaded.
   * @default undefined (uncontrolled)
   */
  timeZone?: string;
  /**
   * The time zone at first (uncontrolled). An edited room reopens in the zone it was scheduled in, and in this one
   * when it has none. A new room is saved with the zone chosen (`timeZone`) where the backend keeps details.
   * @default the viewer's zone, from `RoomsKitProvider`
   */
  defaultTimeZone?: string;
  /**
   * Called when the user picks another time zone.
   * @default undefined
   */
  onTimeZoneChange?: (timeZone: string) => void;
  /**
   * Called with the room as the backend holds it after a create or save succeeded.
   * @default undefined
   */
  onSaved?: (room: Room) => void;
  /**
   * Leaves the editor. When given, a Cancel (or, read-only, Close) button is shown.
   * @default undefined (no Cancel button)
   */
  onCancel?: () => void;
  /**
   * Called after the room was deleted.
   * @default undefined
   */
  onDeleted?: (room: Room) => void;
  /**
   * Shows the room without any way to change it, for someone without the right to manage rooms.
   * @default false
   */
  readOnly?: boolean;
  /**
   * Extra class name for the root element, merged after the kit's own classes.
   * @default undefined
   */
  className?: string;
}

/** What the editor is doing. */
export type RoomEditorMode = 'create' | 'edit';

/** Where loading the edited room stands; `ready` in create mode. */
export type RoomEditorLoadStatus = 'loading' | 'failed' | 'notFound' | 'deleted' | 'ready';

/** Messages from the backend next to the fields their `target` names. */
export interface RoomEditorFieldErrors {
  /** For the scheduler's `errors` prop. */
  readonly validity: Partial<Record<'validFrom' | 'validUntil', string>> | undefined;
  /** Under the roster. */
  readonly participants: string | undefined;
  /** On the join policy group. */
  readonly joinPolicy: string | undefined;
  /** On the dial-out switch. */
  readonly pstnDialOutEnabled: string | undefined;
  /** On the title field. */
  readonly subject: string | undefined;
  /** Under the scheduler (the zone it is shown in). */
  readonly timeZone: string | undefined;
  /** On the notes field. */
  readonly description: string | undefined;
  /** On the reference field. */
  readonly reference: string | undefined;
}

/** One text detail of the room (title, notes, reference) as the form shows it. */
export interface RoomEditorDetailField {
  /** The text in the field. */
  readonly value: string;
  /** Takes what the user typed. */
  readonly onChange: (value: string) => void;
  /** The problem to show under the field (the rules' or the service's), if any. */
  readonly message: string | undefined;
  /** "180 of 200 characters", shown once the text nears its limit. */
  readonly count: string | undefined;
  /** The most characters it may have. */
  readonly limit: number;
}

/** The room's details on the form; only where the backend reports `features.details`. */
export interface RoomEditorDetails {
  /** The title. */
  readonly subject: RoomEditorDetailField;
  /** The notes. */
  readonly description: RoomEditorDetailField;
  /** The host's reference. */
  readonly reference: RoomEditorDetailField;
  /** Whether the disclosure with the notes and reference is open. */
  readonly moreOpen: boolean;
  /** Opens or closes it. */
  readonly setMoreOpen: (open: boolean) => void;
}

/** Someone else saved the room first: what they changed, and the user's two ways on. */
export interface RoomEditorConflict {
  /** Bold first words. */
  readonly title: string;
  /** Who changed what and when ("Dr. Amara Okafor changed the title and the start time at 10:42."); undefined while that is still being read. */
  readonly text: string | undefined;
  /** Says the user's changes are kept. */
  readonly keptText: string;
  /** Whether the newer version is still being read. */
  readonly checking: boolean;
  /**
   * Heard from the backend's events while editing rather than from a refused save: "Keep mine" then keeps the form as
   * it is (nothing is saved), and the message is announced politely without taking focus.
   */
  readonly live: boolean;
  /** Discards the user's changes and shows the newer version. */
  readonly reload: () => void;
  /** Saves the user's changes against the newer version (or, when `live`, keeps them on the form unsaved). */
  readonly keepMine: () => void;
}

/** The message at the top of the form. */
export interface RoomEditorNotice {
  /** Its colour. */
  readonly intent: 'error' | 'warning' | 'success' | 'info';
  /** Bold first words. */
  readonly title: string | undefined;
  /** The text. */
  readonly text: string;
  /** A deliberate "make another room" action, after an earlier attempt may have made this one. */
  readonly createAnother: boolean;
}

/** Everything {@link renderRoomEditor} needs; produced by {@link useRoomEditor}. */
export interface RoomEditorState {
  /** Attributes for the root element. */
  readonly root: Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'className' | 'onChange' | 'defaultValue'> & {
    ref: Ref<HTMLDivElement>;
  };
  /** The host's `className`. */
  readonly className: string | undefined;
  /** The area's strings. */
  readonly strings: RoomEditorStrings;
  /** Shared words. */
  readonly common: { retry: string; cancel: string; close: string; offline: string; dismiss: string };
  /** Create or edit. */
  readonly mode: RoomEditorMode;
  /** The edited room's id (edit mode). */
  readonly roomId: string | undefined;
  /** The heading. */
  readonly title: string;
  /** DOM id of the heading. */
  readonly headingId: string;
  /** Loading state of the edited room. */
  readonly loadStatus: RoomEditorLoadStatus;
  /** The load failure's message. */
  readonly loadErrorText: string | undefined;
  /** Text of the not-found or deleted state. */
  readonly goneText: string | undefined;
  /** Loads the room again. */
  readonly retryLoad: () => void;
  /** Whether nothing can be changed. */
  readonly readOnly: boolean;
  /** Whether the room was deleted elsewhere while the form was open: nothing can be saved any more. */
  readonly deletedElsewhere: boolean;
  /** Whether the fields take no input (read-only, or the room deleted elsewhere). */
  readonly locked: boolean;
  /** The polite live region's text (changes made elsewhere taken into the form). */
  readonly announcement: string;
  /** Whether the browser is online. */
  readonly online: boolean;
  /** The adapter, for the roster editor. */
  readonly adapter: RoomsAdapter;
  /** The form's values. */
  readonly values: RoomEditorValues;
  /** The zone the scheduler shows and types the window in (the room's own while editing). */
  readonly timeZone: string;
  /** Takes the zone the user picked. */
  readonly onTimeZoneChange: (zone: string) => void;
  /** Takes the scheduler's new window and its problems. */
  readonly onValidityChange: (validity: RoomValidity, meta: ValidityChangeMeta) => void;
  /** Turns dial-out on or off. */
  readonly onDialOutChange: (enabled: boolean) => void;
  /** Whether the join policy group is shown. */
  readonly showJoinPolicy: boolean;
  /** Picks a join policy. */
  readonly onJoinPolicyChange: (policy: RoomJoinPolicy) => void;
  /** Takes the roster editor's new roster. */
  readonly onParticipantsChange: (participants: RoomParticipant[]) => void;
  /** Server messages next to their fields. */
  readonly fieldErrors: RoomEditorFieldErrors;
  /** The message at the top. */
  readonly notice: RoomEditorNotice | undefined;
  /** The room's title, notes and reference, where the backend keeps them. */
  readonly details: RoomEditorDetails | undefined;
  /** Set while a save was refused because someone else saved first, until the user chooses. */
  readonly conflict: RoomEditorConflict | undefined;
  /** The conflict message, so focus can go there. */
  readonly conflictRef: RefObject<HTMLDivElement>;
  /** Hides the message at the top. */
  readonly dismissNotice: () => void;
  /** DOM id of the message at the top, so focus can go there after a failure. */
  readonly noticeRef: RefObject<HTMLDivElement>;
  /** Whether a create or save is under way. */
  readonly saving: boolean;
  /** Whether there is anything to save (always true while creating). */
  readonly dirty: boolean;
  /** Text of the main button. */
  readonly submitText: string;
  /** Creates or saves. */
  readonly submit: () => void;
  /** Makes a new room deliberately after an ambiguous earlier attempt. */
  readonly createAnother: () => void;
  /** Shows Cancel / Close. */
  readonly canCancel: boolean;
  /** Leaves the editor. */
  readonly cancel: () => void;
  /** Whether the Delete button is shown. */
  readonly canDelete: boolean;
  /** Opens the delete confirmation. */
  readonly askDelete: () => void;
  /** Whether the confirmation is open. */
  readonly deleteOpen: boolean;
  /** Its title and text naming the room and its window. */
  readonly deleteDialog: { readonly title: string; readonly body: string };
  /** Deletes the room. */
  readonly confirmDelete: () => void;
  /** Closes the confirmation. */
  readonly cancelDelete: () => void;
  /** Whether a delete is under way. */
  readonly deleting: boolean;
  /** The scheduler's root, to focus its first invalid field. */
  readonly formRef: RefObject<HTMLDivElement>;
}

/** Class names for each slot of {@link RoomEditor}. */
export interface RoomEditorClasses {
  /** The outer `div`. */
  readonly root: string;
  /** The heading. */
  readonly title: string;
  /** The fields. */
  readonly fields: string;
  /** The title field. */
  readonly subject: string;
  /** The disclosure with the notes and reference. */
  readonly more: string;
  /** The notes and reference inside it. */
  readonly details: string;
  /** The character count under a detail. */
  readonly counter: string;
  /** The dial-out and join policy row. */
  readonly settings: string;
  /** The roster's area. */
  readonly roster: string;
  /** The buttons at the bottom. */
  readonly actions: string;
  /** The "nothing has changed" hint beside Save. */
  readonly hint: string;
  /** The Delete button, set apart from Save. */
  readonly deleteButton: string;
  /** The loading, failed and not-found states. */
  readonly placeholder: string;
  /** Text only assistive technology reads (the live region). */
  readonly visuallyHidden: string;
}
