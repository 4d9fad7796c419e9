/**
 * The capabilities a room call reports for each role, as the calling SDK's capabilities feature would: built from the
 * kit's role matrix, plus the names the documentation's table has no row for (raise hand, reactions, spotlight, …).
 */
import type {
  CapabilityResolutionReason,
  ParticipantCapabilities,
  ParticipantCapabilityName,
} from '@azure/communication-calling';
import { roleCan, type RoomCapability, type RoomRole } from '../../core/roles';

/** A role the simulated call can report: a room role, or the SDK's `Unknown` before the role is known. */
export type SimulatedCallRole = RoomRole | 'Unknown';

/** Options of {@link simulatedCapabilities}. */
export interface SimulatedCapabilitiesOptions {
  /** Whether the room allows dial-out to phone numbers. @default false */
  pstnDialOutEnabled?: boolean;
  /**
   * Reproduce the calling SDK's report of a room Presenter's `removeParticipant` as
   * `{ isPresent: false, reason: 'CapabilityNotApplicableForTheCallType' }` (communication-react 1.34 notes the same bug
   * and checks the role instead). @default true
   */
  removeParticipantNotApplicable?: boolean;
}

type Rule = { kind: 'matrix'; capability: RoomCapability } | { kind: 'notApplicable' } | { kind: 'everyone' };

// Names the documentation has no row for follow the nearest row: what a speaker may do (raise hand, reactions, real
// time text, background blur) follows the microphone or camera; managing others (spotlight, hang up for everyone)
// follows removing participants. Teams-only features do not apply to room calls.
const RULES: Readonly<Record<ParticipantCapabilityName, Rule>> = {
  turnVideoOn: { kind: 'matrix', capability: 'turnVideoOn' },
  unmuteMic: { kind: 'matrix', capability: 'unmuteMic' },
  shareScreen: { kind: 'matrix', capability: 'shareScreen' },
  removeParticipant: { kind: 'matrix', capability: 'removeParticipant' },
  hangUpForEveryOne: { kind: 'matrix', capability: 'removeParticipant' },
  addCommunicationUser: { kind: 'matrix', capability: 'inviteParticipant' },
  addTeamsUser: { kind: 'notApplicable' },
  addPhoneNumber: { kind: 'matrix', capability: 'pstnDialOut' },
  manageLobby: { kind: 'notApplicable' },
  spotlightParticipant: { kind: 'matrix', capability: 'removeParticipant' },
  removeParticipantsSpotlight: { kind: 'matrix', capability: 'removeParticipant' },
  blurBackground: { kind: 'matrix', capability: 'turnVideoOn' },
  startLiveMeetingCaptions: { kind: 'notApplicable' },
  startLiveCallingCaptions: { kind: 'matrix', capability: 'startCaptions' },
  setCaptionLanguage: { kind: 'matrix', capability: 'changeCaptionLanguage' },
  raiseHand: { kind: 'matrix', capability: 'unmuteMic' },
  pstnDialOut: { kind: 'matrix', capability: 'pstnDialOut' },
  muteOthers: { kind: 'matrix', capability: 'muteOthers' },
  useReactions: { kind: 'matrix', capability: 'unmuteMic' },
  viewAttendeeNames: { kind: 'everyone' },
  startTogetherMode: { kind: 'notApplicable' },
  joinBreakoutRooms: { kind: 'notApplicable' },
  forbidOthersAudio: { kind: 'notApplicable' },
  forbidOthersVideo: { kind: 'notApplicable' },
  realTimeText: { kind: 'matrix', capability: 'unmuteMic' },
};

/** Every capability name the calling SDK 1.46 reports. */
export const SDK_CAPABILITY_NAMES = Object.keys(RULES) as ParticipantCapabilityName[];

function entry(
  isPresent: boolean,
  reason: CapabilityResolutionReason,
): { isPresent: boolean; reason: CapabilityResolutionReason } {
  return { isPresent, reason };
}

/**
 * The capabilities the calling SDK reports for a participant of a room call with `role`. `Unknown` reports every
 * capability as `NotInitialized`, as the SDK does before the call has connected.
 *
 * @example
 * ```ts
 * simulatedCapabilities('Consumer').turnVideoOn; // { isPresent: false, reason: 'RoleRestricted' }
 * simulatedCapabilities('Collaborator').shareScreen; // { isPresent: true, reason: 'Capable' }
 * ```
 */
export function simulatedCapabilities(
  role: SimulatedCallRole,
  options: SimulatedCapabilitiesOptions = {},
): ParticipantCapabilities {
  const { pstnDialOutEnabled = false, removeParticipantNotApplicable = true } = options;
  const result = {} as Record<ParticipantCapabilityName, { isPresent: boolean; reason: CapabilityResolutionReason }>;
  for (const name of SDK_CAPABILITY_NAMES) {
    const rule = RULES[name];
    if (role === 'Unknown') {
      result[name] = entry(false, 'NotInitialized');
    } else if (rule.kind === 'notApplicable') {
      result[name] = entry(false, 'CapabilityNotApplicableForTheCallType');
    } else if (rule.kind === 'everyone') {
      result[name] = entry(true, 'Capable');
    } else if (rule.capability === 'pstnDialOut' && !pstnDialOutEnabled) {
      result[name] = entry(false, roleCan(role, 'pstnDialOut') ? 'MeetingRestricted' : 'RoleRestricted');
    } else {
      const allowed = roleCan(role, rule.capability);
      result[name] = entry(allowed, allowed ? 'Capable' : 'RoleRestricted');
    }
  }
  if (removeParticipantNotApplicable && role === 'Presenter') {
    result.removeParticipant = entry(false, 'CapabilityNotApplicableForTheCallType');
  }
  return result;
}

/** The capabilities whose report differs between two sets, old and new values, for a `capabilitiesChanged` event. */
export function changedCapabilities(
  before: ParticipantCapabilities | undefined,
  after: ParticipantCapabilities,
): { oldValue: Partial<ParticipantCapabilities>; newValue: Partial<ParticipantCapabilities> } {
  const oldValue: Partial<ParticipantCapabilities> = {};
  const newValue: Partial<ParticipantCapabilities> = {};
  for (const name of SDK_CAPABILITY_NAMES) {
    const was = before?.[name];
    const is = after[name];
    if (was?.isPresent === is.isPresent && was.reason === is.reason) continue;
    if (was) oldValue[name] = was;
    newValue[name] = is;
  }
  return { oldValue, newValue };
}
