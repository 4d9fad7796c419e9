/**
 * Which call controls a participant gets, from what the call reports and, where it reports nothing, from the room's
 * role matrix. Pure: no React, no calling SDK. The calling SDK's capability names appear here only as strings, so the
 * root entry can reuse this logic without loading the calling stack.
 */
import { isRoomRole, roleCan, ROOM_ROLES, type RoomCapability, type RoomRole } from './roles';

/** A control of the room call that depends on the participant's role. */
export type CallControl =
  | 'microphone'
  | 'camera'
  | 'screenShare'
  | 'raiseHand'
  | 'removeParticipant'
  | 'muteOthers'
  | 'inviteParticipant'
  | 'changeRole'
  | 'peoplePanel';

/** Every {@link CallControl}, in the order the kit lists them. */
export const CALL_CONTROLS: readonly CallControl[] = [
  'microphone',
  'camera',
  'screenShare',
  'raiseHand',
  'removeParticipant',
  'muteOthers',
  'inviteParticipant',
  'changeRole',
  'peoplePanel',
];

/** How a control is shown: usable, visible but disabled (and explained), or left out. */
export type CallControlStatus = 'enabled' | 'disabled' | 'hidden';

/** Where a decision came from. */
export type CallControlSource =
  /** The call's capabilities feature reported the capability. */
  | 'call'
  /** The call reported nothing usable; the documentation's role matrix decided. */
  | 'role'
  /** Neither the call nor the host named a role, and the capability is not one every role holds. */
  | 'unknownRole';

/** Why a control is not enabled. */
export type CallControlReason =
  /** The role does not hold the capability (the matrix says so, or the call says `RoleRestricted`). */
  | { kind: 'role'; role: RoomRole }
  /** The call refuses it for another reason (meeting policy, client restriction, …), as the SDK words it. */
  | { kind: 'call'; code: string }
  /** The participant's role is not known yet. */
  | { kind: 'roleUnknown' };

/** The verdict for one control. */
export interface CallControlDecision {
  /** The control. */
  readonly control: CallControl;
  /** How it is shown. */
  readonly status: CallControlStatus;
  /** What decided. */
  readonly source: CallControlSource;
  /** Why it is not enabled; absent when it is. */
  readonly reason?: CallControlReason;
}

/** One verdict per control. */
export type CallControlDecisions = Readonly<Record<CallControl, CallControlDecision>>;

/** One capability as the calling SDK reports it (`CallState.capabilitiesFeature.capabilities[name]`). */
export interface ReportedCapability {
  /** Whether the participant holds it. */
  readonly isPresent: boolean;
  /** The SDK's `CapabilityResolutionReason` (`Capable`, `RoleRestricted`, `NotInitialized`, …). */
  readonly reason?: string;
}

/** The capabilities a call reports, by the SDK's capability name; absent when the call reports none. */
export type ReportedCapabilities = Readonly<Partial<Record<string, ReportedCapability | undefined>>>;

/** How one control is decided. */
export interface CallControlRule {
  /** The matrix capability that decides when the call reports nothing. */
  readonly capability: RoomCapability;
  /** The calling SDK's capability name the call reports it under, when it has one. */
  readonly reportedAs?: string;
  /** How the control is shown when it is not allowed. */
  readonly whenDenied: Exclude<CallControlStatus, 'enabled'>;
}

/**
 * The rule of each control.
 *
 * - Microphone, camera and screen share stay visible when denied, so their absence never surprises anyone; the kit
 *   explains them next to the control bar.
 * - Raise hand has no row in the documentation. The kit lets those who may speak raise a hand (`unmuteMic`), as the
 *   SDK reports it; communication-react hides it for Consumers, and so does the kit.
 * - Removing, muting and inviting others are menu items and panel actions: left out for those who may not.
 * - Changing a role is a roster change made from the call, which the documentation reserves for those who manage
 *   participants (`removeParticipant`); the call reports no capability for it.
 * - The people panel shows participant state, which every role may see.
 */
export const CALL_CONTROL_RULES: Readonly<Record<CallControl, CallControlRule>> = {
  microphone: { capability: 'unmuteMic', reportedAs: 'unmuteMic', whenDenied: 'disabled' },
  camera: { capability: 'turnVideoOn', reportedAs: 'turnVideoOn', whenDenied: 'disabled' },
  screenShare: { capability: 'shareScreen', reportedAs: 'shareScreen', whenDenied: 'disabled' },
  raiseHand: { capability: 'unmuteMic', reportedAs: 'raiseHand', whenDenied: 'hidden' },
  removeParticipant: { capability: 'removeParticipant', reportedAs: 'removeParticipant', whenDenied: 'hidden' },
  muteOthers: { capability: 'muteOthers', reportedAs: 'muteOthers', whenDenied: 'hidden' },
  inviteParticipant: { capability: 'inviteParticipant', reportedAs: 'addCommunicationUser', whenDenied: 'hidden' },
  changeRole: { capability: 'removeParticipant', whenDenied: 'hidden' },
  peoplePanel: { capability: 'viewParticipantState', whenDenied: 'disabled' },
};

/**
 * SDK reasons that carry no verdict. `NotInitialized` comes before the call has connected. The SDK also reports a
 * room Presenter's `removeParticipant` as `CapabilityNotApplicableForTheCallType` although the service lets them
 * remove people (communication-react 1.34 works around the same bug by checking the role), so that reason defers to
 * the matrix too.
 */
const NO_VERDICT_REASONS: ReadonlySet<string> = new Set(['NotInitialized', 'CapabilityNotApplicableForTheCallType']);

/** Whether the call's report of one capability decides, or leaves the decision to the matrix. */
export function isDecisiveReport(report: ReportedCapability | undefined): report is ReportedCapability {
  return report !== undefined && !(report.reason !== undefined && NO_VERDICT_REASONS.has(report.reason));
}

/** The role the call reports (the SDK's `ParticipantRole`), resolved to a room role. */
export interface ResolvedCallRole {
  /** The room role in effect, or `undefined` when nothing names one. */
  readonly role: RoomRole | undefined;
  /** Whether the call named it, the host's fallback did, or neither. */
  readonly source: 'call' | 'fallback' | 'none';
}

// Teams meeting roles never occur in a room call; should a call report them, they hold a Presenter's powers.
const PRESENTER_LIKE: ReadonlySet<string> = new Set(['Organizer', 'Co-organizer']);

/**
 * Resolves the role a call reports (`CallState.role`: `Unknown`, `Attendee`, `Presenter`, `Organizer`,
 * `Co-organizer`, `Consumer`, `Collaborator`) to a room role. `Unknown` and a missing role fall back to the host's
 * `fallback` (e.g. the role on the roster), else stay unknown.
 *
 * @example
 * ```ts
 * resolveCallRole('Unknown', 'Consumer'); // { role: 'Consumer', source: 'fallback' }
 * resolveCallRole('Collaborator', 'Attendee'); // { role: 'Collaborator', source: 'call' }
 * ```
 */
export function resolveCallRole(callRole: string | undefined, fallback?: RoomRole): ResolvedCallRole {
  if (isRoomRole(callRole)) return { role: callRole, source: 'call' };
  if (callRole !== undefined && PRESENTER_LIKE.has(callRole)) return { role: 'Presenter', source: 'call' };
  if (fallback !== undefined && isRoomRole(fallback)) return { role: fallback, source: 'fallback' };
  return { role: undefined, source: 'none' };
}

/** What {@link decideCallControls} decides from. */
export interface CallControlInput {
  /** The local participant's room role, resolved with {@link resolveCallRole}; `undefined` when unknown. */
  role: RoomRole | undefined;
  /** What the call's capabilities feature reports; absent or empty when it reports nothing. */
  reported?: ReportedCapabilities;
}

function everyRoleCan(capability: RoomCapability): boolean {
  return ROOM_ROLES.every((role) => roleCan(role, capability));
}

/** Decides one control; see {@link decideCallControls}. */
export function decideCallControl(control: CallControl, input: CallControlInput): CallControlDecision {
  const rule = CALL_CONTROL_RULES[control];
  const report = rule.reportedAs === undefined ? undefined : input.reported?.[rule.reportedAs];
  const denied = rule.whenDenied;
  if (isDecisiveReport(report)) {
    if (report.isPresent) return { control, status: 'enabled', source: 'call' };
    const reason: CallControlReason =
      report.reason === 'RoleRestricted' && input.role !== undefined
        ? { kind: 'role', role: input.role }
        : report.reason === 'RoleRestricted'
          ? { kind: 'roleUnknown' }
          : { kind: 'call', code: report.reason ?? 'NotCapable' };
    return { control, status: denied, source: 'call', reason };
  }
  if (input.role === undefined) {
    // A capability every role holds needs no role; anything else waits until the role is known (least privilege).
    if (everyRoleCan(rule.capability)) return { control, status: 'enabled', source: 'role' };
    return { control, status: denied, source: 'unknownRole', reason: { kind: 'roleUnknown' } };
  }
  if (roleCan(input.role, rule.capability)) return { control, status: 'enabled', source: 'role' };
  return { control, status: denied, source: 'role', reason: { kind: 'role', role: input.role } };
}

/**
 * Decides every role-dependent control of the room call: what the call reports through its capabilities feature
 * decides; where it reports nothing (no feature, `NotInitialized`, or a reason known to be wrong for rooms), the
 * documentation's role matrix decides. A participant whose role is unknown gets only what every role may do.
 *
 * @example
 * ```ts
 * const decisions = decideCallControls({ role: 'Consumer' });
 * decisions.camera; // { control: 'camera', status: 'disabled', source: 'role', reason: { kind: 'role', role: 'Consumer' } }
 * decideCallControls({ role: 'Attendee', reported: { shareScreen: { isPresent: true, reason: 'Capable' } } })
 *   .screenShare.status; // 'enabled': the call decides
 * ```
 */
export function decideCallControls(input: CallControlInput): CallControlDecisions {
  const decisions = {} as Record<CallControl, CallControlDecision>;
  for (const control of CALL_CONTROLS) decisions[control] = decideCallControl(control, input);
  return decisions;
}

/** What a change of decisions gave and took away. */
export interface CallControlChange {
  /** Controls that became enabled. */
  readonly gained: CallControl[];
  /** Controls that stopped being enabled. */
  readonly lost: CallControl[];
}

/**
 * Compares two sets of decisions, e.g. before and after a role change, in {@link CALL_CONTROLS} order.
 *
 * @example
 * ```ts
 * diffCallControls(decideCallControls({ role: 'Presenter' }), decideCallControls({ role: 'Attendee' })).lost;
 * // ['screenShare', 'removeParticipant', 'muteOthers', 'inviteParticipant', 'changeRole']
 * ```
 */
export function diffCallControls(before: CallControlDecisions, after: CallControlDecisions): CallControlChange {
  const gained: CallControl[] = [];
  const lost: CallControl[] = [];
  for (const control of CALL_CONTROLS) {
    const was = before[control].status === 'enabled';
    const is = after[control].status === 'enabled';
    if (!was && is) gained.push(control);
    else if (was && !is) lost.push(control);
  }
  return { gained, lost };
}

/** Whether two sets of decisions show the same thing for every control (reasons included). */
export function sameCallControls(a: CallControlDecisions, b: CallControlDecisions): boolean {
  return CALL_CONTROLS.every((control) => {
    const x = a[control];
    const y = b[control];
    return x.status === y.status && JSON.stringify(x.reason) === JSON.stringify(y.reason);
  });
}
