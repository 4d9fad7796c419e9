/**
 * A stand-in for the calling SDK's `RemoteParticipant`, carried by the simulated adapter's `participantsJoined` and
 * `participantsLeft` events. It is a snapshot: listeners read it once, as the composite does.
 */
import type {
  CallEndReason,
  EndpointDetails,
  ParticipantRole,
  RemoteParticipant,
  RemoteParticipantState,
  RemoteVideoStream,
} from '@azure/communication-calling';
import type { CommunicationIdentifierKind } from '@azure/communication-common';

/** What a {@link SimulatedRemoteParticipant} shows. */
export interface SimulatedRemoteParticipantInit {
  identifier: CommunicationIdentifierKind;
  displayName?: string;
  state: RemoteParticipantState;
  isMuted: boolean;
  isSpeaking: boolean;
  role: ParticipantRole;
  callEndReason?: CallEndReason;
  /** Mutes the participant in the simulated call. */
  mute: () => Promise<void>;
}

/** A snapshot of one remote participant, shaped as the calling SDK's `RemoteParticipant`. */
export class SimulatedRemoteParticipant implements RemoteParticipant {
  readonly identifier: CommunicationIdentifierKind;
  readonly displayName?: string;
  readonly endpointDetails: EndpointDetails[];
  readonly state: RemoteParticipantState;
  readonly callEndReason?: CallEndReason;
  readonly videoStreams: ReadonlyArray<RemoteVideoStream> = [];
  readonly isMuted: boolean;
  readonly isSpeaking: boolean;
  readonly role: ParticipantRole;
  readonly #mute: () => Promise<void>;

  constructor(init: SimulatedRemoteParticipantInit) {
    this.identifier = init.identifier;
    this.displayName = init.displayName;
    this.endpointDetails = [{ participantId: `endpoint-${init.identifier.kind}` }];
    this.state = init.state;
    this.callEndReason = init.callEndReason;
    this.isMuted = init.isMuted;
    this.isSpeaking = init.isSpeaking;
    this.role = init.role;
    this.#mute = init.mute;
  }

  mute(): Promise<void> {
    return this.#mute();
  }

  // A snapshot never changes, so there is nothing to listen to; the simulated adapter's own events carry changes.
  on(): void {}

  off(): void {}
}
