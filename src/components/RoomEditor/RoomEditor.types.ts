import type { HTMLAttributes, Ref, RefObject } from 'react';
import type { Room, RoomJoinPolicy, RoomParticipant, RoomsAdapter } from '../../adapter/types';
import type { RoomValidity } from '../../core/validity';
import type { DeepPartial } from '../../strings';
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
  /**
   * This editor's own texts, laid over the provider's `roomEditor` strings; what it leaves out keeps the provider's
   * text. Counts are ICU plurals: `'{count, plural, one {# character} other {# characters}}'`.
   * @default undefined
   */
  strings?: DeepPartial<RoomEditorStrings>;
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

/** Loading the edited room, and what is said when it is gone. */
export interface RoomEditorLoadState {
  /** Where loading stands (create mode: `ready`). */
  readonly status: RoomEditorLoadStatus;
  /** The message for a failed load. */
  readonly errorText: string | undefined;
  /** The message when the room does not exist or was deleted. */
  readonly goneText: string | undefined;
  /** Reads the room again. */
  readonly retry: () => void;
}

/** The form's fields: their values, their changes and their errors. */
export interface RoomEditorFormState {
  /** The form's values. */
  readonly values: RoomEditorValues;
  /** The time zone the window is shown and entered in (an IANA name). */
  readonly timeZone: string;
  /** Changes the zone the window is shown and entered in. */
  readonly onTimeZoneChange: (zone: string) => void;
  /** Passed to the `ValidityScheduler`. */
  readonly onValidityChange: (validity: RoomValidity, meta: ValidityChangeMeta) => void;
  /** Passed to the dial-out switch. */
  readonly onDialOutChange: (enabled: boolean) => void;
  /** Whether to show the join policy choice (`features.joinPolicy`). */
  readonly showJoinPolicy: boolean;
  /** Passed to the join policy choice. */
  readonly onJoinPolicyChange: (policy: RoomJoinPolicy) => void;
  /** Passed to the `RosterEditor`. */
  readonly onParticipantsChange: (participants: RoomParticipant[]) => void;
  /** Field messages from the backend or from the rules. */
  readonly fieldErrors: RoomEditorFieldErrors;
  /** The title, notes and reference, where the backend keeps them (`features.details`). */
  readonly details: RoomEditorDetails | undefined;
  /** The form's fields, so focus can go to the first refused one. */
  readonly formRef: RefObject<HTMLDivElement>;
}

/** The message above the form. */
export interface RoomEditorNoticeState {
  /** The message, while there is one. */
  readonly current: RoomEditorNotice | undefined;
  /** Hides it. */
  readonly dismiss: () => void;
  /** The message's element, which takes focus after a failure with no field to point at. */
  readonly ref: RefObject<HTMLDivElement>;
  /** Makes another room on purpose, after an earlier attempt may have made this one. */
  readonly createAnother: () => void;
}

/** Creating or saving. */
export interface RoomEditorSaveState {
  /** Whether a create or save is running. */
  readonly saving: boolean;
  /** Whether there is anything to save (always in create mode). */
  readonly dirty: boolean;
  /** The submit button's text ("Create", "Saving…"). */
  readonly text: string;
  /** Creates or saves. */
  readonly submit: () => void;
}

/** Deleting the room. */
export interface RoomEditorDeletion {
  /** Whether "Delete" is offered (an edited room, not read-only, not gone). */
  readonly allowed: boolean;
  /** Opens the confirmation. */
  readonly ask: () => void;
  /** Whether the confirmation is open. */
  readonly open: boolean;
  /** The confirmation's title and text, naming the room. */
  readonly dialog: { readonly title: string; readonly body: string };
  /** Deletes the room. */
  readonly confirm: () => void;
  /** Closes the confirmation. */
  readonly cancel: () => void;
  /** Whether the delete is running. */
  readonly deleting: boolean;
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
  /** Words shared across the kit. */
  readonly common: { retry: string; cancel: string; close: string; offline: string; dismiss: string };
  /** `create` or `edit`. */
  readonly mode: RoomEditorMode;
  /** The edited room's id (also after this editor created it). */
  readonly roomId: string | undefined;
  /** The heading. */
  readonly title: string;
  /** DOM id of the heading, which names the form. */
  readonly headingId: string;
  /** The backend, for the roster editor inside. */
  readonly adapter: RoomsAdapter;
  /** Whether the host made the form read-only. */
  readonly readOnly: boolean;
  /** Whether the room was deleted elsewhere while open. */
  readonly deletedElsewhere: boolean;
  /** Whether nothing can be changed (read-only, or deleted elsewhere). */
  readonly locked: boolean;
  /** Whether the browser is online. */
  readonly online: boolean;
  /** What the polite live region says (a change made elsewhere taken in). */
  readonly announcement: string;
  /** Loading the room. */
  readonly load: RoomEditorLoadState;
  /** The form's fields. */
  readonly form: RoomEditorFormState;
  /** The message above the form. */
  readonly notice: RoomEditorNoticeState;
  /** The conflict message when someone else saved first, and its element (which takes focus). */
  readonly conflict: { readonly view: RoomEditorConflict | undefined; readonly ref: RefObject<HTMLDivElement> };
  /** Creating or saving. */
  readonly save: RoomEditorSaveState;
  /** Cancels editing, when the host lets it. */
  readonly cancel: (() => void) | undefined;
  /** Deleting the room. */
  readonly deletion: RoomEditorDeletion;
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
