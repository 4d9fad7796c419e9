import type { HTMLAttributes, Ref } from 'react';
import type { CallAdapter, CallAdapterState, CallCompositeProps } from '@azure/communication-react';
import type { Person, Room, RoomParticipant, RoomsAdapter } from '../../adapter/types';
import type { CallControl, CallControlDecisions, ResolvedCallRole } from '../../core/callControls';
import type { RoomsError } from '../../core/errors';
import type { RoomRole } from '../../core/roles';
import type { RoomsKitStrings } from '../../strings';
import type { RoomCallAnnouncement, RoomCallModerationEnd, RoomCallModerationState } from './RoomCallModeration.types';
import type { RoomCallNoticeSubscribe } from './useCallAnnouncements';

/** What the host may still pass to communication-react's `CallComposite`; the kit supplies the adapter. */
export type RoomCallCompositeCallProps = Partial<Omit<CallCompositeProps, 'adapter'>>;

/**
 * Props of {@link RoomCallComposite}. Any other `div` attribute is passed to the root element. Texts come from
 * `RoomsKitProvider` (`strings.roomCall`, `strings.organisers.roles`, `strings.organisers.capabilityTable`), the clock from its `now`.
 */
export interface RoomCallCompositeProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /**
   * The call: in production the adapter `createAzureCommunicationCallAdapter` makes with a room locator
   * `{ roomId }`; in stories and tests `createSimulatedCallAdapter`.
   */
  callAdapter: CallAdapter;
  /**
   * The room, when the host has it. Without it, the room is read through the `RoomsAdapter` by `roomId`.
   * @default undefined
   */
  room?: Room;
  /**
   * The backend the room and its roster are read from and changed through.
   * @default the `RoomsKitProvider`'s adapter
   */
  roomsAdapter?: RoomsAdapter;
  /**
   * The room to read through the `RoomsAdapter`.
   * @default room?.id
   */
  roomId?: string;
  /** The local user's raw communication identifier (`8:acs:…`). */
  localUserId: string;
  /**
   * The local user's role, used while the call reports none (`Unknown`) and the roster does not name one.
   * @default undefined
   */
  localRole?: RoomRole;
  /**
   * Called when the role in effect changes: the call reported a new role, or the roster or `localRole` named one.
   * @default undefined
   */
  onRoleChanged?: (role: RoomRole | undefined, previous: RoomRole | undefined) => void;
  /**
   * Whether the people panel is open (controlled). Pair with `onPeoplePanelOpenChange`.
   * @default undefined (uncontrolled)
   */
  peoplePanelOpen?: boolean;
  /**
   * Whether the people panel starts open (uncontrolled).
   * @default false
   */
  defaultPeoplePanelOpen?: boolean;
  /**
   * Called when the user opens or closes the people panel.
   * @default undefined
   */
  onPeoplePanelOpenChange?: (open: boolean) => void;
  /**
   * Props passed on to communication-react's `CallComposite` (`fluentTheme`, `icons`, `formFactor`, `options`, …).
   * The kit sets the role-dependent parts of `options.callControls` itself, and on the desktop layout puts plain
   * microphone and camera buttons in place of communication-react's split buttons. Defaults: `fluentTheme` is the
   * nearest `FluentProvider`'s v9 theme mapped to v8 (Fluent's `createV8Theme`); `formFactor` is `'mobile'` while the
   * call is narrower than 600 px, else `'desktop'`; `options.localVideoTile` is `{ position: 'grid' }`; `locale` and
   * `rtl` follow the provider's locale (German or English) and direction.
   * @default {}
   */
  callCompositeProps?: RoomCallCompositeCallProps;
  /**
   * Hears what the call tells the local user about moderation (muted, hand lowered, spotlit, removed, the call ended
   * for everyone), with who did it, so the announcements name them.
   * @default the call adapter's `onNotice`, where it has one (the simulated call does); else the adapter's
   * `mutedByOthers` and `spotlightChanged` events, announced without a name
   */
  callNotices?: RoomCallNoticeSubscribe;
  /**
   * Extra class name for the root element, merged after the kit's own classes.
   * @default undefined
   */
  className?: string;
}

/** Which screen the composite shows. */
export type RoomCallPhase = 'loading' | 'error' | 'notInvited' | 'waiting' | 'ended' | 'call';

/** One disabled control and why, as shown next to the control bar. */
export interface RoomCallRestriction {
  /** The control. */
  readonly control: CallControl;
  /** One sentence: "Consumers can't turn on the camera." */
  readonly text: string;
}

/** A notice that what the local user can do changed during the call. */
export interface RoomCallRoleNotice {
  /** Stable key. */
  readonly id: number;
  /** The role after the change (undefined when it became unknown). */
  readonly role: RoomRole | undefined;
  /** The title: "Your role is now Attendee", or "What you can do in this call changed". */
  readonly title: string;
  /** "You can now: …" and/or "You can no longer: …". */
  readonly lines: readonly string[];
}

/** One line of the "what you can do" list. */
export interface RoomCallCapabilityLine {
  /** The row of the documentation's table. */
  readonly key: string;
  /** The row's text. */
  readonly text: string;
}

/** One person in the people panel. */
export interface RoomCallPersonState {
  /** Raw id. */
  readonly id: string;
  /** The name shown (the directory's, the call's, or the id). */
  readonly name: string;
  /** The name with "(you)" for the local user. */
  readonly label: string;
  /** The role, when known. */
  readonly role: RoomRole | undefined;
  /** The role's name, or the "not known" text. */
  readonly roleName: string;
  /** Whether this is the local user. */
  readonly isSelf: boolean;
  /** Whether they are in the call now. */
  readonly joined: boolean;
  /** Whether they are on the room's roster (`undefined` when the roster is not known). */
  readonly invited: boolean | undefined;
  /** Whether they are muted (in the call only). */
  readonly muted: boolean;
  /** Whether they are speaking (in the call only). */
  readonly speaking: boolean;
  /** Whether their hand is raised (in the call only). */
  readonly handRaised: boolean;
  /** Whether an action on them is waiting for the backend. */
  readonly pending: boolean;
  /** What the local user may do to them. */
  readonly actions: {
    readonly changeRole: boolean;
    readonly removeFromRoom: boolean;
    readonly removeFromCall: boolean;
    readonly mute: boolean;
    readonly invite: boolean;
  };
}

/** State of the people panel. */
export interface RoomCallPeoplePanelState {
  /** Whether the panel is shown. */
  readonly open: boolean;
  /** Opens or closes it. */
  readonly setOpen: (open: boolean) => void;
  /** DOM id of the panel, for the toggle's `aria-controls`. */
  readonly id: string;
  /** Everyone on the roster. */
  readonly invited: readonly RoomCallPersonState[];
  /** Everyone in the call, the local user first. */
  readonly joined: readonly RoomCallPersonState[];
  /** Whether the roster is known. */
  readonly rosterKnown: boolean;
  /** Changes a participant's role on the roster. */
  readonly changeRole: (id: string, role: RoomRole) => void;
  /** Asks to remove a participant from the room (opens the confirmation). */
  readonly requestRemove: (id: string) => void;
  /** The person waiting for the removal to be confirmed. */
  readonly confirmingRemoval: RoomCallPersonState | undefined;
  /** Confirms the removal. */
  readonly confirmRemove: () => void;
  /** Cancels the removal. */
  readonly cancelRemove: () => void;
  /** Removes a participant from the call only. */
  readonly removeFromCall: (id: string) => void;
  /** Mutes a participant. */
  readonly mute: (id: string) => void;
  /** Brings an invited participant into the call. */
  readonly invite: (id: string) => void;
  /** The last failure, worded for the user. */
  readonly error: string | undefined;
  /** Clears the failure. */
  readonly dismissError: () => void;
  /** The last success, for the live region. */
  readonly status: string | undefined;
}

/** Fills `{placeholders}` in a string, as `RoomsKitProvider`'s `format`. */
export type RoomCallFormat = (template: string, values?: Readonly<Record<string, string | number>>) => string;

/** Everything {@link renderRoomCallComposite} needs; produced by {@link useRoomCallComposite}. */
export interface RoomCallCompositeState {
  /** The provider's strings, for the render. */
  readonly strings: RoomsKitStrings;
  /** The provider's placeholder filler, for the render. */
  readonly format: RoomCallFormat;
  /** Attributes for the root element (the host's extra `div` props, without `className`). */
  readonly root: Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'className'> & { ref: Ref<HTMLDivElement> };
  /** The host's `className`. */
  readonly className: string | undefined;
  /** Which screen is shown. */
  readonly phase: RoomCallPhase;
  /** The room, when known. */
  readonly room: Room | undefined;
  /** The roster, when known. */
  readonly roster: readonly RoomParticipant[] | undefined;
  /** Names by id. */
  readonly people: ReadonlyMap<string, Person>;
  /** Why loading failed. */
  readonly loadError: RoomsError | undefined;
  /** The failure worded for the user. */
  readonly loadErrorText: string | undefined;
  /** Reads the room again. */
  readonly retry: () => void;
  /** The room's window as text ("3 Jun 2025, 09:00 – 10:00 CEST"). */
  readonly scheduleText: string | undefined;
  /** The call's heading: the room's title ("Follow-up: Priya Raman"); undefined for a room without one. */
  readonly callTitle: string | undefined;
  /** The headings of the waiting, ended and not-invited screens, naming the room's title where it has one. */
  readonly screenTitles: { readonly waiting: string; readonly ended: string; readonly notInvited: string };
  /** The countdown ("00:04:59"), while waiting. */
  readonly countdownText: string | undefined;
  /** Whole seconds until the room opens, while waiting. */
  readonly secondsToOpen: number;
  /** Set while the call goes on after the room closed: the warning to show. */
  readonly endedDuringCallText: string | undefined;
  /** A one-off message for the polite live region (e.g. "The room is open."). */
  readonly announcement: string | undefined;
  /** The role in effect and where it came from. */
  readonly role: ResolvedCallRole;
  /** The role's display name (or "Not known yet"). */
  readonly roleName: string;
  /** "Your role: Presenter". */
  readonly roleLabel: string;
  /** The verdict for every role-dependent control. */
  readonly decisions: CallControlDecisions;
  /** Disabled controls and their reasons. */
  readonly restrictions: readonly RoomCallRestriction[];
  /** What the role may do, from the matrix. */
  readonly canLines: readonly RoomCallCapabilityLine[];
  /** What the role may not do, from the matrix. */
  readonly cannotLines: readonly RoomCallCapabilityLine[];
  /** Whether the "what you can do" section is shown. */
  readonly capabilitiesOpen: boolean;
  /** Shows or hides it. */
  readonly setCapabilitiesOpen: (open: boolean) => void;
  /** DOM id of that section. */
  readonly capabilitiesId: string;
  /** Notices of changes during the call, newest last. */
  readonly notices: readonly RoomCallRoleNotice[];
  /** Dismisses a notice. */
  readonly dismissNotice: (id: number) => void;
  /** The people panel. */
  readonly peoplePanel: RoomCallPeoplePanelState;
  /** Moderation of the call: each person's actions, the call's actions, raised hands, ending for everyone. */
  readonly moderation: RoomCallModerationState;
  /** What the local user was told about moderation, newest last. */
  readonly announcements: readonly RoomCallAnnouncement[];
  /** The newest of them, for the live region. */
  readonly latestAnnouncement: string | undefined;
  /** Set when moderation ended the local user's call: the end screen shown instead of the call. */
  readonly moderationEnd: RoomCallModerationEnd | undefined;
  /** Props for communication-react's `CallComposite`, role-aware adapter included. */
  readonly callComposite: CallCompositeProps;
  /** Ref for the element that holds the call: its width picks the phone or desktop layout and the button labels. */
  readonly callRef: (element: HTMLElement | null) => void;
  /**
   * Whether communication-react's stage would be empty: the local user has no tile of their own (a Consumer) and
   * nobody else it shows has joined. A message then says what will appear there.
   */
  readonly stageEmpty: boolean;
  /** The Devices dialog behind the control bar's Devices button (desktop; the phone layout has its own). */
  readonly devices: {
    readonly open: boolean;
    readonly close: () => void;
    readonly adapter: CallAdapter;
    readonly state: CallAdapterState['devices'];
    /** Whether the local user may use a camera, so may choose one. */
    readonly cameraAllowed: boolean;
    /** The Devices button, which gets the focus back when the dialog has closed. */
    readonly button: () => HTMLElement | null;
  };
}

/** Class names for each slot of {@link RoomCallComposite}. */
export interface RoomCallCompositeClasses {
  readonly root: string;
  readonly roleBar: string;
  readonly callTitle: string;
  readonly roleBadge: string;
  readonly roleBarActions: string;
  readonly notices: string;
  readonly body: string;
  readonly call: string;
  readonly stageMessage: string;
  readonly restrictions: string;
  readonly restriction: string;
  readonly capabilities: string;
  readonly capabilityColumns: string;
  readonly capabilityList: string;
  readonly screen: string;
  readonly screenIcon: string;
  readonly countdown: string;
  readonly panel: string;
  readonly panelHeader: string;
  readonly panelColumns: string;
  readonly panelColumn: string;
  readonly personList: string;
  readonly person: string;
  readonly personMain: string;
  readonly personMeta: string;
  readonly personActions: string;
  readonly confirm: string;
  readonly moderationBar: string;
  readonly dangerButton: string;
  readonly panelSection: string;
  readonly deviceFields: string;
  readonly visuallyHidden: string;
}
