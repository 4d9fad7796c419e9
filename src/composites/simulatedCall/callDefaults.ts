/**
 * What the simulated room call starts from: its devices, its timers, the service's end reasons, and small helpers
 * for identifiers and errors.
 */
import type {
  AudioDeviceInfo,
  CallEndReason,
  CapabilitiesChangeInfo,
  RemoteParticipant,
  SpotlightedParticipant,
  VideoDeviceInfo,
} from '@azure/communication-calling';
import {
  createIdentifierFromRawId,
  getIdentifierRawId,
  type CommunicationIdentifier,
  type CommunicationIdentifierKind,
} from '@azure/communication-common';
import type { AdapterError } from '@azure/communication-react';
import { isRoomRole } from '../../core/roles';
import type { SimulatedCallRole } from './capabilities';
import type { SimulatedCallEnd, SimulatedScheduler } from './simulatedCall.types';

/** Any event listener the adapter keeps. */
export type Listener = (...args: never[]) => void;

/** The payload of each event the simulation emits. */
export interface EventPayloads {
  participantsJoined: { joined: RemoteParticipant[] };
  participantsLeft: { removed: RemoteParticipant[] };
  isMutedChanged: { identifier: CommunicationIdentifierKind; isMuted: boolean };
  callIdChanged: { callId: string };
  isLocalScreenSharingActiveChanged: { isScreenSharingOn: boolean };
  displayNameChanged: { participantId: CommunicationIdentifierKind; displayName: string };
  isSpeakingChanged: { identifier: CommunicationIdentifierKind; isSpeaking: boolean };
  callEnded: { callId: string; code?: number; subCode?: number };
  capabilitiesChanged: CapabilitiesChangeInfo;
  roleChanged: undefined;
  error: AdapterError;
  mutedByOthers: undefined;
  spotlightChanged: { added: SpotlightedParticipant[]; removed: SpotlightedParticipant[] };
  selectedMicrophoneChanged: undefined;
  selectedSpeakerChanged: undefined;
}

/** How each end is reported: the service's sub-codes, as communication-react reads them to pick its end page. */
export const END_REASONS: Readonly<Record<SimulatedCallEnd, CallEndReason>> = {
  left: { code: 0, subCode: 0 },
  removed: { code: 0, subCode: 5300 },
  roomEnded: { code: 0, subCode: 5829 },
  notInvited: { code: 403, subCode: 5828 },
};

/** The simulated machine's cameras. */
export const CAMERAS: VideoDeviceInfo[] = [
  { id: 'simulated-camera-1', name: 'Simulated camera', deviceType: 'UsbCamera' },
  { id: 'simulated-camera-2', name: 'Simulated document camera', deviceType: 'UsbCamera' },
];
/** The simulated machine's microphones. */
export const MICROPHONES: AudioDeviceInfo[] = [
  { id: 'simulated-mic-1', name: 'Simulated microphone', deviceType: 'Microphone', isSystemDefault: true },
  { id: 'simulated-mic-2', name: 'Simulated headset microphone', deviceType: 'Microphone', isSystemDefault: false },
];
/** The simulated machine's speakers. */
export const SPEAKERS: AudioDeviceInfo[] = [
  { id: 'simulated-speaker-1', name: 'Simulated speakers', deviceType: 'Speaker', isSystemDefault: true },
  { id: 'simulated-speaker-2', name: 'Simulated headset', deviceType: 'Speaker', isSystemDefault: false },
];

/** The real timers. */
export const defaultScheduler: SimulatedScheduler = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** The identifier object of a raw id. */
export function identifierOf(id: string): CommunicationIdentifierKind {
  return createIdentifierFromRawId(id);
}

/** The raw id of an identifier, or the id itself. */
export function rawIdOf(target: string | CommunicationIdentifier): string {
  return typeof target === 'string' ? target : getIdentifierRawId(target);
}

/** A role the simulation can report, or `undefined` for anything else. */
export function roleOf(value: SimulatedCallRole | undefined): SimulatedCallRole | undefined {
  return value === 'Unknown' || isRoomRole(value) ? value : undefined;
}

/** An error as communication-react's adapters report it. */
export function adapterError(target: string, message: string, at: Date): AdapterError {
  const inner = new Error(message);
  return Object.assign(new Error(message), { target, innerError: inner, timestamp: at });
}
