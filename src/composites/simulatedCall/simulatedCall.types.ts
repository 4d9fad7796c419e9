/**
 * The public face of the simulated room call: its options, the scripted steps and participants it takes, and the
 * switches a test or story drives it with.
 */
import type { CapabilitiesChangedReason, ParticipantCapabilities } from '@azure/communication-calling';
import type { CallAdapter } from '@azure/communication-react';
import type { RoomsAdapter } from '../../adapter/types';
import type { SharedCallNotice } from '../../core/sharedCall';
import type { RoomCallEvent } from '../../core/types';
import type { SimulatedCallRole, SimulatedCapabilitiesOptions } from './capabilities';
import type { SharedCallConnection } from './sharedCallHub';

/** A remote participant of the simulated call. */
export interface SimulatedParticipantInput {
  /** Raw communication identifier (`8:acs:…`). */
  id: string;
  /** The name shown. @default the name the RoomsAdapter's directory gives, else "Guest n" */
  displayName?: string;
  /** Their role. @default their role on the roster, else 'Attendee' */
  role?: SimulatedCallRole;
  /** @default true */
  isMuted?: boolean;
  /** @default false */
  isSpeaking?: boolean;
  /** @default false */
  raisedHand?: boolean;
}

/** One scripted change of the simulated call, run `afterMs` milliseconds after the local user joins. */
export type SimulatedCallStep = { afterMs: number } & (
  | { action: 'join'; participant: SimulatedParticipantInput }
  | { action: 'leave'; id: string }
  | { action: 'speak'; id: string; speaking: boolean }
  | { action: 'mute'; id: string; muted: boolean }
  | { action: 'raiseHand'; id: string; raised: boolean }
  | { action: 'setRole'; role: SimulatedCallRole }
  | { action: 'setRemoteRole'; id: string; role: SimulatedCallRole }
  | { action: 'remove' }
);

/** Timers the simulation runs on; tests may pass fake ones. */
export interface SimulatedScheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** How the local user's call ended. */
export type SimulatedCallEnd = 'left' | 'removed' | 'roomEnded' | 'notInvited';

/** Options of {@link createSimulatedCallAdapter}. */
export interface SimulatedCallAdapterOptions {
  /** The local user's raw communication identifier (`8:acs:…`). */
  userId: string;
  /** The local user's name. @default the directory's name for `userId`, else "You" */
  displayName?: string;
  /**
   * The local user's role as the call reports it. @default their role on the roster (when `roomsAdapter` and `roomId`
   * are given; `Unknown` until the roster is read), else 'Attendee'
   */
  role?: SimulatedCallRole;
  /** The room's backend: the roster gives roles and names, and its events reach the call. @default undefined */
  roomsAdapter?: RoomsAdapter;
  /** The room the call belongs to; needed with `roomsAdapter`. @default undefined */
  roomId?: string;
  /**
   * Which page the composite starts on. With `'call'` and a role read from the roster, the call connects once the
   * roster has been read (`ready`), with that role, as the service assigns it at join. @default 'configuration'
   */
  startOn?: 'configuration' | 'call';
  /** Remote participants already in the call when the local user joins. @default [] */
  participants?: readonly SimulatedParticipantInput[];
  /** Changes that happen by themselves after joining. @default [] */
  script?: readonly SimulatedCallStep[];
  /**
   * Background chatter: every `intervalMs`, a remote participant picked by a seeded random source starts speaking and
   * the others stop. The same seed gives the same sequence. @default undefined (quiet)
   */
  activity?: { intervalMs: number; seed?: number };
  /**
   * Whether the call reports capabilities at all (`CallState.capabilitiesFeature`). Pass `false` to simulate a call
   * that reports nothing, so the role matrix has to decide. @default true
   */
  reportCapabilities?: boolean;
  /** Replaces single capability reports after they are built from the role. @default {} */
  capabilityOverrides?: Partial<ParticipantCapabilities>;
  /** SDK quirks and room settings the reports follow. @default { removeParticipantNotApplicable: true } */
  capabilityOptions?: SimulatedCapabilitiesOptions;
  /** The call's id. @default 'simulated-room-call' */
  callId?: string;
  /** The simulation's clock, for call start and end times. @default () => new Date() */
  now?: () => Date;
  /** Timers for scripts and activity. @default globalThis's setTimeout / clearTimeout */
  scheduler?: SimulatedScheduler;
  /** Whether the simulated machine has a camera. @default true */
  hasCamera?: boolean;
  /**
   * The room's shared call, which everyone who joins the room is in: the others appear as remote participants, and
   * the local user's microphone, camera, hand, screen share, leaving and managing of others go through it, checked
   * against the room's roles. `false` keeps the call to the local user and the scripted participants.
   * @default with `roomsAdapter` and `roomId`, the in-process hub of that backend and room (`sharedCallHubFor`);
   * else none
   */
  sharedCall?: SharedCallConnection | false;
  /**
   * Hears the shared call's events (started, joined, left, ended), once each whichever adapter of the room caused
   * them, where the connection reports them; e.g. an in-memory backend's `reportCallEvent`, so its activity and
   * room list follow the call. Give every adapter of the room the same function. @default none
   */
  onCallEvent?: (event: RoomCallEvent) => void;
}

/** One operation the composite (or a test) called on the adapter. */
export interface SimulatedCallOperation {
  /** The adapter method. */
  readonly name: string;
  /** Its arguments. */
  readonly args: readonly unknown[];
}

/** A simulated room call: a complete `CallAdapter`, plus the switches that drive the simulation. */
export interface SimulatedCallAdapter extends CallAdapter {
  /** Every call operation made so far, oldest first (a fresh copy on each read). */
  readonly operations: readonly SimulatedCallOperation[];
  /** Settles once the roster and names have been read from the `RoomsAdapter` (at once without one). */
  readonly ready: Promise<void>;
  /** Ids of the remote participants in the call now. */
  remoteParticipantIds(): string[];
  /** A remote participant joins (or rejoins) the call. */
  addRemoteParticipant(participant: SimulatedParticipantInput): void;
  /** A remote participant leaves the call; `removed` when someone removed them. */
  removeRemoteParticipant(id: string, options?: { removed?: boolean }): void;
  /** A remote participant starts or stops speaking; speaking unmutes them. */
  setSpeaking(id: string, speaking: boolean): void;
  /** A remote participant mutes or unmutes. */
  setRemoteMuted(id: string, muted: boolean): void;
  /** A remote participant raises or lowers their hand. */
  setRemoteHandRaised(id: string, raised: boolean): void;
  /** A remote participant's role changes. */
  setRemoteRole(id: string, role: SimulatedCallRole): void;
  /** The local user's role changes, as the service pushes it: `roleChanged`, then `capabilitiesChanged`. */
  setLocalRole(role: SimulatedCallRole): void;
  /** Replaces some capability reports, as a policy change would (`capabilitiesChanged`). */
  setCapabilities(overrides: Partial<ParticipantCapabilities>, reason?: CapabilitiesChangedReason): void;
  /** Ends the call for the local user. */
  endCall(how?: SimulatedCallEnd): void;
  /** The local user starts or stops talking (in a shared call, the others see it); talking unmutes them. */
  setLocalSpeaking(speaking: boolean): Promise<void>;
  /**
   * Hears what the room's shared call tells the local user about themselves, with who did it (`by`, and `byName`
   * when the backend knows it): `mutedByOthers`, `handLowered`, `spotlightChanged` (`on`), and `departed` with the
   * reason (`removed`, `endedForEveryone`, `roomClosed`, `rosterRemoved`, …) just before the call ends for them. What
   * a page announces ("You were muted by Dr. Okafor"). Returns a function that stops listening.
   */
  onNotice(listener: (notice: SharedCallNotice) => void): () => void;
}
