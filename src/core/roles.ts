/**
 * Room roles and what each one may do in a room call.
 *
 * The matrix is a transcription of the Rooms concept documentation (newest revision). Components never compare
 * role names; they ask {@link roleCan} or, during a call, the live capabilities the calling SDK reports.
 */

/** The four roles a room participant can hold (API version 2025-03-13). */
export type RoomRole = 'Presenter' | 'Attendee' | 'Consumer' | 'Collaborator';

/** Every room role, in the order the kit shows them (most to least capable, Collaborator last as the newest). */
export const ROOM_ROLES: readonly RoomRole[] = ['Presenter', 'Collaborator', 'Attendee', 'Consumer'];

/** The role the service gives a participant when none is named. */
export const DEFAULT_ROLE: RoomRole = 'Attendee';

/** True when `value` is one of the four room roles (exact, case-sensitive spelling as the service uses). */
export function isRoomRole(value: unknown): value is RoomRole {
  return typeof value === 'string' && (ROOM_ROLES as readonly string[]).includes(value);
}

/**
 * Reads a role typed by a person (any case, surrounding spaces ignored). Returns `undefined` for anything that is not
 * a room role, so callers can report it.
 */
export function parseRoomRole(text: string): RoomRole | undefined {
  const wanted = text.trim().toLowerCase();
  return ROOM_ROLES.find((role) => role.toLowerCase() === wanted);
}

/**
 * What a participant may do in a room call. One entry per action the documentation's table names; several
 * capabilities share a row of the table when the documentation groups them.
 */
export const RoomCapability = {
  /** Turn one's own camera on and off. */
  turnVideoOn: 'turnVideoOn',
  /** Unmute one's own microphone. */
  unmuteMic: 'unmuteMic',
  /** Switch between cameras. */
  switchCamera: 'switchCamera',
  /** Choose the microphone used in the call. */
  chooseMicrophone: 'chooseMicrophone',
  /** Mute another participant. */
  muteOthers: 'muteOthers',
  /** Invite a room participant into the call. */
  inviteParticipant: 'inviteParticipant',
  /** Remove a participant from the call. */
  removeParticipant: 'removeParticipant',
  /** Share the screen, an application or a browser tab. */
  shareScreen: 'shareScreen',
  /** Dial out to a phone number; also needs the room's `pstnDialOutEnabled`. */
  pstnDialOut: 'pstnDialOut',
  /** Start captions. */
  startCaptions: 'startCaptions',
  /** Change the caption language. */
  changeCaptionLanguage: 'changeCaptionLanguage',
  /** See who is speaking. */
  viewActiveSpeaker: 'viewActiveSpeaker',
  /** Choose the speaker (audio output) for the call. */
  chooseSpeaker: 'chooseSpeaker',
  /** See what others share. */
  viewSharedScreen: 'viewSharedScreen',
  /** See each participant's state (connecting, connected, on hold, …). */
  viewParticipantState: 'viewParticipantState',
  /** See the call's state. */
  viewCallState: 'viewCallState',
  /** See whether a participant is muted. */
  viewMutedState: 'viewMutedState',
  /** See why a participant left. */
  viewLeaveReason: 'viewLeaveReason',
  /** Render remote participants' video. */
  renderRemoteVideo: 'renderRemoteVideo',
  /** Ask for device permission and list, set and get cameras and microphones. */
  manageDevices: 'manageDevices',
  /** List, set and get speakers. */
  manageSpeakers: 'manageSpeakers',
  /** Render a remote stream in several places and set its scaling mode. */
  multiViewRemoteVideo: 'multiViewRemoteVideo',
  /** Render the local camera in several places and set its scaling mode. */
  multiViewLocalVideo: 'multiViewLocalVideo',
} as const;

/** One capability name; see {@link RoomCapability}. */
export type RoomCapability = (typeof RoomCapability)[keyof typeof RoomCapability];

/** Every capability, in the order of {@link RoomCapability}. */
export const ROOM_CAPABILITIES: readonly RoomCapability[] = Object.values(RoomCapability);

/** A cell of the documentation's table: allowed, not allowed, or allowed for remote streams only. */
export type CapabilityCell = 'yes' | 'no' | 'remoteOnly';

/** The rows of the documentation's role table, by key. */
export type CapabilityRowKey =
  | 'audioVideo'
  | 'muteOthers'
  | 'inviteParticipant'
  | 'removeParticipant'
  | 'shareScreen'
  | 'pstnDialOut'
  | 'captions'
  | 'callView'
  | 'devices'
  | 'speakers'
  | 'multiView';

/** One row of the documentation's role table, as the kit renders it in docs and "what you can do" lists. */
export interface CapabilityTableRow {
  /** Stable key of the row, used for strings and tests. */
  readonly key: CapabilityRowKey;
  /** The capabilities the row grants. For a `remoteOnly` cell only the first capability is granted. */
  readonly capabilities: readonly RoomCapability[];
  /** The cell for each role. */
  readonly cells: Readonly<Record<RoomRole, CapabilityCell>>;
  /** A condition outside the role, when the row has one (e.g. the room must allow PSTN dial-out). */
  readonly requires?: 'pstnDialOutEnabled';
}

const everyone = { Presenter: 'yes', Attendee: 'yes', Consumer: 'yes', Collaborator: 'yes' } as const;
const allButConsumer = { Presenter: 'yes', Attendee: 'yes', Consumer: 'no', Collaborator: 'yes' } as const;
const presenterOnly = { Presenter: 'yes', Attendee: 'no', Consumer: 'no', Collaborator: 'no' } as const;

/**
 * The role→capability table of the Rooms concept documentation, row by row. This is the single source the kit's
 * checks, docs page and role descriptions are derived from.
 */
export const ROLE_CAPABILITY_TABLE: readonly CapabilityTableRow[] = [
  {
    key: 'audioVideo',
    capabilities: ['turnVideoOn', 'unmuteMic', 'switchCamera', 'chooseMicrophone'],
    cells: allButConsumer,
  },
  { key: 'muteOthers', capabilities: ['muteOthers'], cells: presenterOnly },
  { key: 'inviteParticipant', capabilities: ['inviteParticipant'], cells: presenterOnly },
  { key: 'removeParticipant', capabilities: ['removeParticipant'], cells: presenterOnly },
  {
    key: 'shareScreen',
    capabilities: ['shareScreen'],
    cells: { Presenter: 'yes', Attendee: 'no', Consumer: 'no', Collaborator: 'yes' },
  },
  { key: 'pstnDialOut', capabilities: ['pstnDialOut'], cells: presenterOnly, requires: 'pstnDialOutEnabled' },
  { key: 'captions', capabilities: ['startCaptions', 'changeCaptionLanguage'], cells: everyone },
  {
    key: 'callView',
    capabilities: [
      'viewActiveSpeaker',
      'chooseSpeaker',
      'viewSharedScreen',
      'viewParticipantState',
      'viewCallState',
      'viewMutedState',
      'viewLeaveReason',
      'renderRemoteVideo',
    ],
    cells: everyone,
  },
  { key: 'devices', capabilities: ['manageDevices'], cells: allButConsumer },
  { key: 'speakers', capabilities: ['manageSpeakers'], cells: everyone },
  {
    key: 'multiView',
    capabilities: ['multiViewRemoteVideo', 'multiViewLocalVideo'],
    cells: { Presenter: 'yes', Attendee: 'yes', Consumer: 'remoteOnly', Collaborator: 'yes' },
  },
];

function buildRoleSets(): Record<RoomRole, Set<RoomCapability>> {
  const sets = {} as Record<RoomRole, Set<RoomCapability>>;
  for (const role of ROOM_ROLES) sets[role] = new Set();
  for (const row of ROLE_CAPABILITY_TABLE) {
    for (const role of ROOM_ROLES) {
      const cell = row.cells[role];
      if (cell === 'yes') row.capabilities.forEach((c) => sets[role].add(c));
      else if (cell === 'remoteOnly' && row.capabilities[0]) sets[role].add(row.capabilities[0]);
    }
  }
  return sets;
}

const ROLE_SETS = buildRoleSets();

/** The capabilities a role holds in a room call, per the documentation's table. A copy: changing it changes nothing. */
export function roleCapabilities(role: RoomRole): ReadonlySet<RoomCapability> {
  return new Set(ROLE_SETS[role]);
}

/**
 * Whether a role may use a capability. `context.pstnDialOutEnabled` matters for `pstnDialOut` only: without it set to
 * true, dial-out is refused whatever the role, as in the service.
 */
export function roleCan(
  role: RoomRole,
  capability: RoomCapability,
  context: { pstnDialOutEnabled?: boolean } = {},
): boolean {
  if (capability === 'pstnDialOut' && context.pstnDialOutEnabled === false) return false;
  return ROLE_SETS[role].has(capability);
}

/** Roles that count towards the service's interactive-participant limit (everyone but Consumers). */
export function isInteractiveRole(role: RoomRole): boolean {
  return roleCan(role, 'unmuteMic');
}

/** The service's limit of interactive participants in one room call. */
export const INTERACTIVE_PARTICIPANT_LIMIT = 350;

/** One row of the role table as it applies to one role. */
export interface RoleTableLine {
  /** The row. */
  readonly row: CapabilityTableRow;
  /** The role may do only part of it (a `remoteOnly` cell). */
  readonly partly: boolean;
}

/**
 * The role table read for one role, in table order: what the role may do (fully or in part) and what it may not.
 * `distinctOnly` keeps only what not every role may do, the lines that tell one role from another; a role with none
 * of its own (one that only watches) keeps every line it may do.
 */
export function roleTableLines(
  role: RoomRole,
  options: { distinctOnly?: boolean } = {},
): { can: readonly RoleTableLine[]; cannot: readonly CapabilityTableRow[] } {
  const can: RoleTableLine[] = [];
  const cannot: CapabilityTableRow[] = [];
  for (const row of ROLE_CAPABILITY_TABLE) {
    const cell = row.cells[role];
    if (cell === 'no') cannot.push(row);
    else can.push({ row, partly: cell === 'remoteOnly' });
  }
  if (!options.distinctOnly) return { can, cannot };
  const own = can.filter(({ row }) => !ROOM_ROLES.every((r) => row.cells[r] === 'yes'));
  return { can: own.length > 0 ? own : can, cannot };
}
