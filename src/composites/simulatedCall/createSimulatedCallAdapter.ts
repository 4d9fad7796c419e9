/**
 * A complete communication-react `CallAdapter` that simulates a room call with no network: remote participants who
 * join, leave, speak and mute; the local role and the capabilities that follow from it; and, given a `RoomsAdapter`,
 * role changes and removals made on the roster, pushed into the call as the service would push them.
 *
 * Everyone who joins one room is in the same call: adapters of one backend and room share an in-process hub, and
 * adapters in other tabs share the local Rooms service's call (`connectLocalServiceCall`). The others appear as
 * remote participants; the scripted participants stay local to this adapter.
 */
import type {
  Call,
  CapabilitiesChangedReason,
  CapabilitiesChangeInfo,
  CallEndReason,
  DeviceAccess,
  ParticipantCapabilities,
  ParticipantRole,
  PermissionConstraints,
  Reaction,
  StartCallOptions,
  AudioDeviceInfo,
  VideoDeviceInfo,
} from '@azure/communication-calling';
import {
  getIdentifierRawId,
  type CommunicationIdentifier,
  type CommunicationUserIdentifier,
  type PhoneNumberIdentifier,
} from '@azure/communication-common';
import type {
  CallAdapterState,
  CallState,
  JoinCallOptions,
  RemoteParticipantState,
  StartCallIdentifier,
  StartCaptionsAdapterOptions,
  StopCaptionsAdapterOptions,
  VideoBackgroundEffect,
  VideoBackgroundImage,
  VideoStreamOptions,
} from '@azure/communication-react';
import { collectAll } from '../../adapter/paging';
import type { RoomEvent } from '../../adapter/types';
import { seededRandom, type RandomSource } from '../../core/random';
import type { RoomRole } from '../../core/roles';
import {
  type SharedCallAction,
  type SharedCallMember,
  type SharedCallNotice,
  type SharedCallState,
} from '../../core/sharedCall';
import {
  adapterError,
  CAMERAS,
  defaultScheduler,
  END_REASONS,
  identifierOf,
  MICROPHONES,
  rawIdOf,
  roleOf,
  SPEAKERS,
  type EventPayloads,
  type Listener,
} from './callDefaults';
import { changedCapabilities, simulatedCapabilities, type SimulatedCallRole } from './capabilities';
import { sharedCallHubFor, type SharedCallConnectionRefusal, type SharedCallUpdate } from './sharedCallHub';
import { mergeSharedMembers, remoteStateOf, spotlightOrders, type Participant } from './remoteParticipants';
import { SharedMembership, type OwnView } from './sharedMembership';
import type {
  SimulatedCallAdapter,
  SimulatedCallAdapterOptions,
  SimulatedCallEnd,
  SimulatedCallStep,
  SimulatedParticipantInput,
  SimulatedScheduler,
} from './simulatedCall.types';
import { RecordingCallAdapter } from './recordingCallAdapter';
import { SimulatedRemoteParticipant } from './SimulatedRemoteParticipant';

export type {
  SimulatedCallAdapter,
  SimulatedCallAdapterOptions,
  SimulatedCallEnd,
  SimulatedCallOperation,
  SimulatedCallStep,
  SimulatedParticipantInput,
  SimulatedScheduler,
} from './simulatedCall.types';

const SHARED_TARGETS: Readonly<Partial<Record<SharedCallAction['type'], string>>> = {
  join: 'Call.join',
  setMuted: 'Call.unmute',
  setSpeaking: 'Call.unmute',
  setCamera: 'Call.startVideo',
  setScreenShare: 'Call.startScreenSharing',
  setHand: 'Call.feature',
  remove: 'Call.removeParticipant',
};

function endOfDeparture(reason: NonNullable<OwnView['departed']>['reason']): SimulatedCallEnd {
  switch (reason) {
    case 'removed':
    case 'rosterRemoved':
      return 'removed';
    case 'roomClosed':
    case 'endedForEveryone':
      return 'roomEnded';
    case 'left':
    case 'replaced':
      return 'left';
  }
}

/** How many people the calling SDK lets a call put on the main stage at once. */
const MAX_SPOTLIGHTED = 7;

class SimulatedCallAdapterImpl extends RecordingCallAdapter implements SimulatedCallAdapter {
  readonly ready: Promise<void>;
  readonly #options: SimulatedCallAdapterOptions;
  readonly #scheduler: SimulatedScheduler;
  readonly #now: () => Date;
  readonly #listeners = new Map<string, Set<Listener>>();
  readonly #stateHandlers = new Set<(state: CallAdapterState) => void>();
  readonly #noticeListeners = new Set<(notice: SharedCallNotice) => void>();
  readonly #timers = new Set<unknown>();
  readonly #random: RandomSource;
  readonly #participants = new Map<string, Participant>();
  readonly #rosterRoles = new Map<string, RoomRole>();
  readonly #names = new Map<string, string>();
  #state: CallAdapterState;
  #localRole: SimulatedCallRole;
  #overrides: Partial<ParticipantCapabilities>;
  #capabilities: ParticipantCapabilities | undefined;
  #rosterKnown = false;
  #raisedHandSeq = 0;
  #guestSeq = 0;
  #unsubscribe: (() => void) | undefined;
  #disposed = false;
  readonly #membership: SharedMembership | undefined;

  constructor(options: SimulatedCallAdapterOptions) {
    super();
    this.#options = options;
    this.#scheduler = options.scheduler ?? defaultScheduler;
    this.#now = options.now ?? (() => new Date());
    this.#random = seededRandom(options.activity?.seed ?? 1);
    this.#overrides = { ...options.capabilityOverrides };
    const rosterDecides = options.role === undefined && options.roomsAdapter !== undefined && options.roomId;
    this.#localRole = roleOf(options.role) ?? (rosterDecides ? 'Unknown' : 'Attendee');
    this.#capabilities = this.#buildCapabilities(this.#localRole);
    this.#state = this.#initialState();
    const { roomsAdapter, roomId, sharedCall } = options;
    const connection =
      sharedCall === false
        ? undefined
        : (sharedCall ??
          (roomsAdapter && roomId ? sharedCallHubFor(roomsAdapter, roomId, { now: this.#now }) : undefined));
    if (connection) {
      this.#membership = new SharedMembership(
        connection,
        {
          onUpdate: (update, own) => this.#onShared(update, own),
          onSettled: (state) => this.#settleOwn(state),
          onRefused: (action, refusal) => this.#onSharedRefusal(action, refusal),
        },
        options.onCallEvent,
      );
    }
    this.ready = this.#loadRoom();
    this.#subscribeToRoom();
    if (options.startOn === 'call') {
      // The service gives a room participant their role as they join: with the roster still being read, join after.
      if (rosterDecides) void this.ready.then(() => this.#disposed || this.#state.call || this.#connect(false));
      else this.#connect(false);
    }
  }

  // ---- State -------------------------------------------------------------------------------------------------------

  #buildCapabilities(role: SimulatedCallRole): ParticipantCapabilities | undefined {
    if (this.#options.reportCapabilities === false) return undefined;
    return { ...simulatedCapabilities(role, this.#options.capabilityOptions), ...this.#overrides };
  }

  #initialState(): CallAdapterState {
    const hasCamera = this.#options.hasCamera !== false;
    return {
      isLocalPreviewMicrophoneEnabled: false,
      page: 'configuration',
      userId: { kind: 'communicationUser', communicationUserId: this.#options.userId },
      displayName: this.#options.displayName ?? 'You',
      devices: {
        isSpeakerSelectionAvailable: true,
        cameras: hasCamera ? [...CAMERAS] : [],
        microphones: [...MICROPHONES],
        speakers: [...SPEAKERS],
        selectedCamera: hasCamera ? CAMERAS[0] : undefined,
        selectedMicrophone: MICROPHONES[0],
        selectedSpeaker: SPEAKERS[0],
        deviceAccess: { audio: true, video: hasCamera },
        unparentedViews: [],
      },
      isTeamsCall: false,
      isTeamsMeeting: false,
      isRoomsCall: true,
      latestErrors: {},
      latestNotifications: {},
      cameraStatus: 'Off',
    };
  }

  #newCall(): CallState {
    const now = this.#now();
    return {
      id: this.#options.callId ?? 'simulated-room-call',
      kind: 'Call' as CallState['kind'],
      callerInfo: { identifier: this.#state.userId, displayName: this.#state.displayName },
      state: 'Connected',
      direction: 'Outgoing',
      isMuted: !this.#state.isLocalPreviewMicrophoneEnabled || !this.#can('unmuteMic'),
      isScreenSharingOn: false,
      localVideoStreams: [],
      remoteParticipants: {},
      remoteParticipantsEnded: {},
      transcription: { isTranscriptionActive: false },
      captionsFeature: {
        captions: [],
        supportedSpokenLanguages: ['en-us', 'de-de'],
        supportedCaptionLanguages: ['en', 'de'],
        currentCaptionLanguage: 'en',
        currentSpokenLanguage: 'en-us',
        isCaptionsFeatureActive: false,
        startCaptionsInProgress: false,
        captionsKind: 'Captions',
      },
      realTimeTextFeature: { realTimeTexts: {} },
      optimalVideoCount: { maxRemoteVideoStreams: 4 },
      recording: { isRecordingActive: false },
      pptLive: { isActive: false },
      raiseHand: { raisedHands: [] },
      togetherMode: { isActive: false, streams: {}, seatingPositions: {} },
      startTime: now,
      endTime: undefined,
      diagnostics: { network: { latest: {} }, media: { latest: {} } },
      role: this.#localRole as ParticipantRole,
      transfer: { acceptedTransfers: {} },
      capabilitiesFeature: this.#capabilitiesFeature(undefined),
    };
  }

  #capabilitiesFeature(change: CapabilitiesChangeInfo | undefined): CallState['capabilitiesFeature'] {
    if (!this.#capabilities) return undefined;
    return {
      capabilities: this.#capabilities,
      latestCapabilitiesChangeInfo: change ?? { oldValue: {}, newValue: {}, reason: 'RoleChanged' },
    };
  }

  #can(name: keyof ParticipantCapabilities): boolean {
    // A call that reports nothing refuses nothing; the UI decides from the role then.
    return this.#capabilities ? this.#capabilities[name].isPresent : this.#localRole !== 'Unknown';
  }

  #setState(next: CallAdapterState): void {
    this.#state = next;
    for (const handler of [...this.#stateHandlers]) handler(next);
  }

  #updateCall(update: (call: CallState) => CallState): void {
    const call = this.#state.call;
    if (!call) return;
    this.#setState({ ...this.#state, call: update(call) });
  }

  #remoteStates(): Record<string, RemoteParticipantState> {
    const out: Record<string, RemoteParticipantState> = {};
    for (const p of this.#participants.values()) out[p.id] = this.#remoteState(p);
    return out;
  }

  #remoteState(p: Participant): RemoteParticipantState {
    return remoteStateOf(p);
  }

  #syncParticipants(): void {
    const speaking = [...this.#participants.values()].filter((p) => p.isSpeaking).map((p) => p.identifier);
    const raised = [...this.#participants.values()]
      .filter((p) => p.raisedHandOrder !== undefined)
      .sort((a, b) => (a.raisedHandOrder ?? 0) - (b.raisedHandOrder ?? 0))
      .map((p) => ({ raisedHandOrderPosition: p.raisedHandOrder ?? 0 }));
    this.#updateCall((call) => ({
      ...call,
      remoteParticipants: this.#remoteStates(),
      dominantSpeakers: { speakersList: speaking, timestamp: this.#now() },
      raiseHand: { ...call.raiseHand, raisedHands: raised },
    }));
  }

  #snapshot(p: Participant, callEndReason?: CallEndReason): SimulatedRemoteParticipant {
    return new SimulatedRemoteParticipant({
      identifier: p.identifier,
      displayName: p.displayName,
      state: callEndReason ? 'Disconnected' : p.state,
      isMuted: p.isMuted,
      isSpeaking: p.isSpeaking,
      role: p.role as ParticipantRole,
      callEndReason,
      mute: () => this.muteParticipant(p.id),
    });
  }

  // ---- Events ------------------------------------------------------------------------------------------------------

  #emit<K extends keyof EventPayloads>(event: K, payload: EventPayloads[K]): void {
    const set = this.#listeners.get(event);
    if (!set) return;
    for (const listener of [...set]) (listener as (payload: EventPayloads[K]) => void)(payload);
  }

  #refuse(target: string, message: string): void {
    const error = adapterError(target, message, this.#now());
    this.#setState({ ...this.#state, latestErrors: { ...this.#state.latestErrors, [target]: error } });
    this.#emit('error', error);
  }

  // ---- Room ----------------------------------------------------------------------------------------------------------

  async #loadRoom(): Promise<void> {
    const { roomsAdapter, roomId } = this.#options;
    if (!roomsAdapter || !roomId) return;
    try {
      const roster = await collectAll((o) => roomsAdapter.listParticipants(roomId, o));
      for (const p of roster) this.#rosterRoles.set(p.id, p.role);
      this.#rosterKnown = true;
      const ids = [this.#options.userId, ...roster.map((p) => p.id), ...this.#participants.keys()];
      const people = await roomsAdapter.resolvePeople([...new Set(ids)]);
      for (const person of people) this.#names.set(person.id, person.displayName);
    } catch {
      // Without the roster the simulation keeps the roles and names it was given, as a call with no backend would.
      return;
    }
    if (this.#disposed) return;
    const ownName = this.#names.get(this.#options.userId);
    if (this.#options.displayName === undefined && ownName) this.#setState({ ...this.#state, displayName: ownName });
    if (this.#options.role === undefined) {
      const rosterRole = this.#rosterRoles.get(this.#options.userId);
      if (rosterRole) this.setLocalRole(rosterRole);
    }
    let changed = false;
    for (const p of this.#participants.values()) {
      const name = this.#names.get(p.id);
      if (name && !p.nameGiven && p.displayName !== name) {
        p.displayName = name;
        changed = true;
      }
      const rosterRole = this.#rosterRoles.get(p.id);
      if (rosterRole && !p.roleGiven && p.role !== rosterRole) {
        p.role = rosterRole;
        changed = true;
      }
    }
    if (changed) this.#syncParticipants();
  }

  #subscribeToRoom(): void {
    const { roomsAdapter, roomId } = this.#options;
    if (!roomsAdapter?.subscribe || !roomId) return;
    this.#unsubscribe = roomsAdapter.subscribe(roomId, (event) => this.#onRoomEvent(event));
  }

  #onRoomEvent(event: RoomEvent): void {
    if (event.type === 'roomDeleted') {
      this.#membership?.service({ type: 'closeRoom' });
      this.endCall('roomEnded');
      return;
    }
    if (event.type !== 'participantsChanged') return;
    const self = this.#options.userId;
    for (const p of event.upserted) {
      this.#rosterRoles.set(p.id, p.role);
      if (p.id === self) this.setLocalRole(p.role);
      else if (this.#participants.has(p.id)) this.setRemoteRole(p.id, p.role);
    }
    for (const id of event.removed) {
      this.#rosterRoles.delete(id);
      if (id === self) this.endCall('removed');
      else if (this.#participants.get(id)?.shared) this.#membership?.service({ type: 'rosterRemoved', userId: id });
      else if (this.#participants.has(id)) this.removeRemoteParticipant(id, { removed: true });
    }
  }

  // ---- Simulation ------------------------------------------------------------------------------------------------

  #schedule(callback: () => void, ms: number): void {
    const handle = this.#scheduler.setTimeout(() => {
      this.#timers.delete(handle);
      if (!this.#disposed) callback();
    }, ms);
    this.#timers.add(handle);
  }

  #clearTimers(): void {
    for (const handle of this.#timers) this.#scheduler.clearTimeout(handle);
    this.#timers.clear();
  }

  #connect(emitEvents: boolean): void {
    if (this.#rosterKnown && !this.#rosterRoles.has(this.#options.userId)) {
      // The service refuses a user who is not on the room's roster.
      const refused = { ...this.#newCall(), state: 'Disconnected' as const, callEndReason: END_REASONS.notInvited };
      this.#setState({ ...this.#state, call: undefined, endedCall: refused, page: 'leftCall' });
      if (emitEvents) this.#emit('callEnded', { callId: refused.id, ...END_REASONS.notInvited });
      return;
    }
    const call = this.#newCall();
    this.#setState({ ...this.#state, call, page: 'call', endedCall: undefined });
    if (emitEvents) this.#emit('callIdChanged', { callId: call.id });
    for (const participant of this.#options.participants ?? []) this.addRemoteParticipant(participant);
    for (const step of this.#options.script ?? []) this.#schedule(() => this.#runStep(step), step.afterMs);
    const activity = this.#options.activity;
    if (activity && activity.intervalMs > 0)
      this.#schedule(() => this.#chatter(activity.intervalMs), activity.intervalMs);
    // Only a real name goes to the others; "You" is what the local user sees of themselves.
    const displayName = this.#options.displayName ?? this.#names.get(this.#options.userId);
    this.#membership?.join({
      userId: this.#options.userId,
      ...(displayName !== undefined ? { displayName } : {}),
      ...(this.#localRole !== 'Unknown' ? { role: this.#localRole } : {}),
      muted: call.isMuted,
      cameraOn: call.localVideoStreams.length > 0,
    });
  }

  // ---- Shared call -------------------------------------------------------------------------------------------------

  #onShared(update: SharedCallUpdate, own: OwnView): void {
    if (!this.#state.call) return;
    // Told before the call ends for them, so a page can say who ended it.
    for (const notice of own.notices) {
      for (const listener of [...this.#noticeListeners]) listener(structuredClone(notice));
    }
    if (own.departed) {
      this.endCall(endOfDeparture(own.departed.reason));
      return;
    }
    this.#syncShared(update);
    this.#syncSpotlight(update.state);
    const sharedCallId = update.state.call?.callId;
    if (this.#options.callId === undefined && sharedCallId && this.#state.call.id !== sharedCallId) {
      this.#updateCall((call) => ({ ...call, id: sharedCallId }));
      this.#emit('callIdChanged', { callId: sharedCallId });
    }
    if (own.mutedBy !== undefined && this.#state.call && !this.#state.call.isMuted) {
      // Being muted by a Presenter holds even while the user's own actions are on their way.
      this.#updateCall((call) => ({ ...call, isMuted: true }));
      this.#emit('isMutedChanged', { identifier: this.#state.userId, isMuted: true });
      this.#emit('mutedByOthers', undefined);
    }
    if (own.member && own.settled) this.#reconcileOwn(own.member);
  }

  #settleOwn(state: SharedCallState): void {
    const member = this.#membership?.own(state);
    if (member && this.#state.call) this.#reconcileOwn(member);
  }

  /** Takes the call's word for the local user: a refused action is undone, what the service changed is kept. */
  #reconcileOwn(member: SharedCallMember): void {
    if (member.role !== undefined && member.role !== this.#localRole) this.setLocalRole(member.role);
    const call = this.#state.call;
    if (!call) return;
    if (call.isMuted !== member.muted) {
      this.#updateCall((c) => ({ ...c, isMuted: member.muted }));
      this.#emit('isMutedChanged', { identifier: this.#state.userId, isMuted: member.muted });
    }
    const camera = this.#state.devices.selectedCamera;
    if (call.localVideoStreams.length > 0 !== member.cameraOn && (camera || !member.cameraOn)) {
      const streams = member.cameraOn && camera ? [{ source: camera, mediaStreamType: 'Video' as const }] : [];
      this.#updateCall((c) => ({ ...c, localVideoStreams: streams }));
      this.#setState({ ...this.#state, cameraStatus: member.cameraOn ? 'On' : 'Off' });
    }
    if (call.isScreenSharingOn !== member.screenSharing) {
      this.#updateCall((c) => ({ ...c, isScreenSharingOn: member.screenSharing }));
      this.#emit('isLocalScreenSharingActiveChanged', { isScreenSharingOn: member.screenSharing });
    }
    const raised = call.raiseHand.localParticipantRaisedHand !== undefined;
    if (raised !== (member.raisedHand !== undefined)) {
      const hand = member.raisedHand ? { raisedHandOrderPosition: ++this.#raisedHandSeq } : undefined;
      this.#updateCall((c) => ({ ...c, raiseHand: { ...c.raiseHand, localParticipantRaisedHand: hand } }));
    }
  }

  /** The others in the shared call, as remote participants: joins, leaves and changes, with their events. */
  #syncShared(update: SharedCallUpdate): void {
    const merge = mergeSharedMembers(update.state, update.notices, {
      self: this.#options.userId,
      existing: this.#participants,
      nameOf: (id) => this.#names.get(id),
      rosterRoleOf: (id) => this.#rosterRoles.get(id),
      nextHandOrder: () => ++this.#raisedHandSeq,
      guestName: () => `Guest ${++this.#guestSeq}`,
    });
    for (const { id, removed } of merge.departed) this.removeRemoteParticipant(id, { removed });
    for (const p of merge.present) this.#participants.set(p.id, p);
    this.#syncParticipants();
    if (merge.joined.length > 0)
      this.#emit('participantsJoined', { joined: merge.joined.map((p) => this.#snapshot(p)) });
    for (const { participant: p, muted, speaking, renamed } of merge.changed) {
      if (muted) this.#emit('isMutedChanged', { identifier: p.identifier, isMuted: p.isMuted });
      if (speaking) this.#emit('isSpeakingChanged', { identifier: p.identifier, isSpeaking: p.isSpeaking });
      if (renamed && p.displayName !== undefined) {
        this.#emit('displayNameChanged', { participantId: p.identifier, displayName: p.displayName });
      }
    }
  }

  /** Who is on everyone's main stage, as communication-react reads it (`CallState.spotlight`), and its event. */
  #syncSpotlight(state: SharedCallState): void {
    const call = this.#state.call;
    if (!call) return;
    const orders = spotlightOrders(state);
    const spotlighted = [...orders].map(([id, order]) => ({ identifier: identifierOf(id), order }));
    const own = orders.get(this.#options.userId);
    const before = call.spotlight?.spotlightedParticipants ?? [];
    const key = (p: { identifier: CommunicationIdentifier; order?: number }) =>
      `${getIdentifierRawId(p.identifier)}#${p.order ?? 0}`;
    const beforeKeys = new Set(before.map(key));
    const afterKeys = new Set(spotlighted.map(key));
    const added = spotlighted.filter((p) => !beforeKeys.has(key(p)));
    const removed = before.filter((p) => !afterKeys.has(key(p)));
    if (added.length === 0 && removed.length === 0 && call.spotlight !== undefined) return;
    if (call.spotlight === undefined && spotlighted.length === 0) return;
    this.#updateCall((c) => ({
      ...c,
      spotlight: {
        spotlightedParticipants: spotlighted,
        ...(own === undefined ? {} : { localParticipantSpotlight: { spotlightedOrderPosition: own } }),
        maxParticipantsToSpotlight: MAX_SPOTLIGHTED,
      },
    }));
    if (added.length > 0 || removed.length > 0) this.#emit('spotlightChanged', { added, removed });
  }

  #onSharedRefusal(action: SharedCallAction, refusal: SharedCallConnectionRefusal): void {
    if (action.type === 'join' && refusal.code === 'notInvited') {
      this.endCall('notInvited');
      return;
    }
    if (action.type === 'join' && refusal.code === 'roomClosed') {
      this.endCall('roomEnded');
      return;
    }
    let target = SHARED_TARGETS[action.type];
    if (action.type === 'muteOthers') {
      target = action.targetUserId === undefined ? 'Call.muteAllRemoteParticipants' : 'Call.mutedByOthers';
    }
    if (target) this.#refuse(target, refusal.message);
  }

  #isShared(id: string): boolean {
    return this.#participants.get(id)?.shared === true;
  }

  #chatter(intervalMs: number): void {
    // Only the scripted participants chatter: people in the shared call speak for themselves.
    const connected = [...this.#participants.values()].filter((p) => !p.shared && p.role !== 'Consumer');
    const speaker = connected[Math.floor(this.#random() * connected.length)];
    for (const p of connected) if (p !== speaker && p.isSpeaking) this.setSpeaking(p.id, false);
    if (speaker) this.setSpeaking(speaker.id, true);
    if (this.#state.call) this.#schedule(() => this.#chatter(intervalMs), intervalMs);
  }

  #runStep(step: SimulatedCallStep): void {
    switch (step.action) {
      case 'join':
        return this.addRemoteParticipant(step.participant);
      case 'leave':
        return this.removeRemoteParticipant(step.id);
      case 'speak':
        return this.setSpeaking(step.id, step.speaking);
      case 'mute':
        return this.setRemoteMuted(step.id, step.muted);
      case 'raiseHand':
        return this.setRemoteHandRaised(step.id, step.raised);
      case 'setRole':
        return this.setLocalRole(step.role);
      case 'setRemoteRole':
        return this.setRemoteRole(step.id, step.role);
      case 'remove':
        return this.endCall('removed');
    }
  }

  remoteParticipantIds(): string[] {
    return [...this.#participants.keys()];
  }

  addRemoteParticipant(input: SimulatedParticipantInput): void {
    if (!this.#state.call) return;
    const id = input.id.trim();
    const existing = this.#participants.get(id);
    // The real person in the shared call wins over a scripted stand-in.
    if (existing?.shared) return;
    const givenRole = roleOf(input.role);
    const role = givenRole ?? this.#rosterRoles.get(id) ?? existing?.role ?? 'Attendee';
    const participant: Participant = {
      id,
      identifier: identifierOf(id),
      displayName: input.displayName ?? this.#names.get(id) ?? existing?.displayName ?? `Guest ${++this.#guestSeq}`,
      nameGiven: input.displayName !== undefined || (existing?.nameGiven ?? false),
      roleGiven: givenRole !== undefined || (existing?.roleGiven ?? false),
      role,
      // Consumers can never unmute; someone who speaks is unmuted.
      isMuted: role === 'Consumer' ? true : (input.isMuted ?? !input.isSpeaking),
      isSpeaking: role === 'Consumer' ? false : (input.isSpeaking ?? false),
      raisedHandOrder: input.raisedHand ? ++this.#raisedHandSeq : undefined,
      state: 'Connected',
      shared: false,
      cameraOn: false,
      screenSharing: false,
    };
    this.#participants.set(id, participant);
    this.#syncParticipants();
    if (!existing) this.#emit('participantsJoined', { joined: [this.#snapshot(participant)] });
  }

  removeRemoteParticipant(id: string, options: { removed?: boolean } = {}): void {
    const participant = this.#participants.get(id);
    if (!participant) return;
    this.#participants.delete(id);
    const reason = options.removed ? END_REASONS.removed : END_REASONS.left;
    const ended = { ...this.#remoteState(participant), state: 'Disconnected' as const, callEndReason: reason };
    this.#syncParticipants();
    this.#updateCall((call) => ({
      ...call,
      remoteParticipantsEnded: { ...call.remoteParticipantsEnded, [id]: ended },
    }));
    this.#emit('participantsLeft', { removed: [this.#snapshot(participant, reason)] });
  }

  setSpeaking(id: string, speaking: boolean): void {
    const p = this.#participants.get(id);
    if (!p || p.shared || p.isSpeaking === speaking || (speaking && p.role === 'Consumer')) return;
    p.isSpeaking = speaking;
    if (speaking && p.isMuted) {
      p.isMuted = false;
      this.#emit('isMutedChanged', { identifier: p.identifier, isMuted: false });
    }
    this.#syncParticipants();
    this.#emit('isSpeakingChanged', { identifier: p.identifier, isSpeaking: speaking });
  }

  setRemoteMuted(id: string, muted: boolean): void {
    const p = this.#participants.get(id);
    if (!p || p.shared || p.isMuted === muted || (!muted && p.role === 'Consumer')) return;
    p.isMuted = muted;
    if (muted) p.isSpeaking = false;
    this.#syncParticipants();
    this.#emit('isMutedChanged', { identifier: p.identifier, isMuted: muted });
  }

  setRemoteHandRaised(id: string, raised: boolean): void {
    const p = this.#participants.get(id);
    if (!p || p.shared || (p.raisedHandOrder !== undefined) === raised) return;
    p.raisedHandOrder = raised ? ++this.#raisedHandSeq : undefined;
    this.#syncParticipants();
  }

  setRemoteRole(id: string, role: SimulatedCallRole): void {
    const p = this.#participants.get(id);
    if (!p || p.role === role) return;
    if (p.shared) {
      // The call takes the role from the roster and enforces it; this adapter shows what the call then says.
      if (role !== 'Unknown') this.#membership?.service({ type: 'setRole', userId: id, role });
      return;
    }
    p.role = role;
    if (role === 'Consumer') {
      p.isMuted = true;
      p.isSpeaking = false;
      p.raisedHandOrder = undefined;
    }
    this.#syncParticipants();
  }

  setLocalRole(role: SimulatedCallRole): void {
    if (role === this.#localRole) return;
    const before = this.#capabilities;
    this.#localRole = role;
    this.#capabilities = this.#buildCapabilities(role);
    const lostMic = this.#capabilities !== undefined && !this.#capabilities.unmuteMic.isPresent;
    const lostCamera = this.#capabilities !== undefined && !this.#capabilities.turnVideoOn.isPresent;
    const lostShare = this.#capabilities !== undefined && !this.#capabilities.shareScreen.isPresent;
    const change = this.#capabilities
      ? { ...changedCapabilities(before, this.#capabilities), reason: 'RoleChanged' as const }
      : undefined;
    this.#updateCall((call) => ({
      ...call,
      role: role as ParticipantRole,
      // The service takes away what the new role may not use, at once.
      isMuted: lostMic ? true : call.isMuted,
      localVideoStreams: lostCamera ? [] : call.localVideoStreams,
      isScreenSharingOn: lostShare ? false : call.isScreenSharingOn,
      capabilitiesFeature: this.#capabilitiesFeature(change),
      raiseHand: role === 'Consumer' ? { ...call.raiseHand, localParticipantRaisedHand: undefined } : call.raiseHand,
    }));
    if (role !== 'Unknown') this.#membership?.service({ type: 'setRole', userId: this.#options.userId, role });
    if (!this.#state.call) return;
    this.#emit('roleChanged', undefined);
    if (change) this.#emit('capabilitiesChanged', change);
  }

  setCapabilities(
    overrides: Partial<ParticipantCapabilities>,
    reason: CapabilitiesChangedReason = 'MeetingOptionOrOrganizerPolicyChanged',
  ): void {
    const before = this.#capabilities;
    this.#overrides = { ...this.#overrides, ...overrides };
    this.#capabilities = this.#buildCapabilities(this.#localRole);
    if (!this.#capabilities) return;
    const change = { ...changedCapabilities(before, this.#capabilities), reason };
    this.#updateCall((call) => ({ ...call, capabilitiesFeature: this.#capabilitiesFeature(change) }));
    if (this.#state.call) this.#emit('capabilitiesChanged', change);
  }

  endCall(how: SimulatedCallEnd = 'left'): void {
    const call = this.#state.call;
    if (!call) return;
    this.#membership?.leave();
    this.#clearTimers();
    const reason = END_REASONS[how];
    const ended: CallState = { ...call, state: 'Disconnected', callEndReason: reason, endTime: this.#now() };
    this.#participants.clear();
    const page = how === 'removed' ? 'removedFromCall' : 'leftCall';
    this.#setState({ ...this.#state, call: undefined, endedCall: ended, page });
    this.#emit('callEnded', { callId: call.id, ...reason });
  }

  // ---- AdapterState -------------------------------------------------------------------------------------------------

  onStateChange(handler: (state: CallAdapterState) => void): void {
    this.#stateHandlers.add(handler);
  }

  offStateChange(handler: (state: CallAdapterState) => void): void {
    this.#stateHandlers.delete(handler);
  }

  getState(): CallAdapterState {
    return this.#state;
  }

  onNotice(listener: (notice: SharedCallNotice) => void): () => void {
    this.#noticeListeners.add(listener);
    return () => {
      this.#noticeListeners.delete(listener);
    };
  }

  dispose(): void {
    this.#disposed = true;
    // Closing the call's page leaves the shared call, as closing a tab would.
    this.#membership?.dispose();
    this.#clearTimers();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#stateHandlers.clear();
    this.#noticeListeners.clear();
    this.#listeners.clear();
  }

  // ---- Call lifecycle ----------------------------------------------------------------------------------------------

  joinCall(options?: boolean | JoinCallOptions): Call | undefined {
    this.record('joinCall', [options]);
    if (this.#state.call) return undefined;
    const micOn = typeof options === 'boolean' ? options : options?.microphoneOn;
    if (micOn === true || micOn === false) this.#state = { ...this.#state, isLocalPreviewMicrophoneEnabled: micOn };
    this.#connect(true);
    // The composite ignores the SDK call object; a simulation has none to give.
    return undefined;
  }

  startCall(participants: string[] | StartCallIdentifier[], options?: StartCallOptions): Call | undefined {
    this.record('startCall', [participants, options]);
    // A room call is joined, never started with callees.
    return this.joinCall();
  }

  async leaveCall(forEveryone?: boolean): Promise<void> {
    this.record('leaveCall', [forEveryone]);
    this.endCall('left');
  }

  async holdCall(): Promise<void> {
    this.record('holdCall', []);
    this.#updateCall((call) => ({ ...call, state: 'LocalHold' }));
    if (this.#state.call) this.#setState({ ...this.#state, page: 'hold' });
  }

  async resumeCall(): Promise<void> {
    this.record('resumeCall', []);
    this.#updateCall((call) => ({ ...call, state: 'Connected' }));
    if (this.#state.call) this.#setState({ ...this.#state, page: 'call' });
  }

  // ---- Local media -------------------------------------------------------------------------------------------------

  async mute(): Promise<void> {
    this.record('mute', []);
    if (!this.#state.call) {
      this.#setState({ ...this.#state, isLocalPreviewMicrophoneEnabled: false });
      return;
    }
    this.#updateCall((call) => ({ ...call, isMuted: true }));
    this.#emit('isMutedChanged', { identifier: this.#state.userId, isMuted: true });
    await this.#membership?.act({ type: 'setMuted', muted: true });
  }

  async unmute(): Promise<void> {
    this.record('unmute', []);
    if (!this.#can('unmuteMic')) return this.#refuse('Call.unmute', 'Your role may not unmute.');
    if (!this.#state.call) {
      this.#setState({ ...this.#state, isLocalPreviewMicrophoneEnabled: true });
      return;
    }
    this.#updateCall((call) => ({ ...call, isMuted: false }));
    this.#emit('isMutedChanged', { identifier: this.#state.userId, isMuted: false });
    await this.#membership?.act({ type: 'setMuted', muted: false });
  }

  async setLocalSpeaking(speaking: boolean): Promise<void> {
    this.record('setLocalSpeaking', [speaking]);
    if (!this.#state.call) return;
    if (speaking && !this.#can('unmuteMic')) return this.#refuse('Call.unmute', 'Your role may not speak.');
    // Someone heard talking has their microphone on.
    if (speaking && this.#state.call.isMuted) {
      this.#updateCall((call) => ({ ...call, isMuted: false }));
      this.#emit('isMutedChanged', { identifier: this.#state.userId, isMuted: false });
    }
    await this.#membership?.act({ type: 'setSpeaking', speaking });
  }

  async startCamera(options?: VideoStreamOptions): Promise<void> {
    this.record('startCamera', [options]);
    const camera = this.#state.devices.selectedCamera;
    if (!camera) return;
    if (!this.#can('turnVideoOn')) return this.#refuse('Call.startVideo', 'Your role may not turn the camera on.');
    const stream = { source: camera, mediaStreamType: 'Video' as const };
    const inCall = this.#state.call !== undefined;
    if (inCall) this.#updateCall((call) => ({ ...call, localVideoStreams: [stream] }));
    else this.#setState({ ...this.#state, devices: { ...this.#state.devices, unparentedViews: [stream] } });
    this.#setState({ ...this.#state, cameraStatus: 'On' });
    if (inCall) await this.#membership?.act({ type: 'setCamera', on: true });
  }

  async stopCamera(): Promise<void> {
    this.record('stopCamera', []);
    const inCall = this.#state.call !== undefined;
    if (inCall) this.#updateCall((call) => ({ ...call, localVideoStreams: [] }));
    this.#setState({ ...this.#state, cameraStatus: 'Off', devices: { ...this.#state.devices, unparentedViews: [] } });
    if (inCall) await this.#membership?.act({ type: 'setCamera', on: false });
  }

  async startScreenShare(): Promise<void> {
    this.record('startScreenShare', []);
    if (!this.#can('shareScreen')) return this.#refuse('Call.startScreenSharing', 'Your role may not share.');
    this.#updateCall((call) => ({ ...call, isScreenSharingOn: true }));
    this.#emit('isLocalScreenSharingActiveChanged', { isScreenSharingOn: true });
    await this.#membership?.act({ type: 'setScreenShare', on: true });
  }

  async stopScreenShare(): Promise<void> {
    this.record('stopScreenShare', []);
    this.#updateCall((call) => ({ ...call, isScreenSharingOn: false }));
    this.#emit('isLocalScreenSharingActiveChanged', { isScreenSharingOn: false });
    await this.#membership?.act({ type: 'setScreenShare', on: false });
  }

  async raiseHand(): Promise<void> {
    this.record('raiseHand', []);
    if (!this.#can('raiseHand')) return this.#refuse('Call.feature', 'Your role may not raise a hand.');
    const order = ++this.#raisedHandSeq;
    this.#updateCall((call) => ({
      ...call,
      raiseHand: { ...call.raiseHand, localParticipantRaisedHand: { raisedHandOrderPosition: order } },
    }));
    await this.#membership?.act({ type: 'setHand', raised: true });
  }

  async lowerHand(): Promise<void> {
    this.record('lowerHand', []);
    this.#updateCall((call) => ({ ...call, raiseHand: { ...call.raiseHand, localParticipantRaisedHand: undefined } }));
    await this.#membership?.act({ type: 'setHand', raised: false });
  }

  async onReactionClick(reaction: Reaction): Promise<void> {
    this.record('onReactionClick', [reaction]);
    const receivedOn = this.#now();
    this.#updateCall((call) => ({
      ...call,
      localParticipantReaction: { reactionMessage: { reactionType: reaction }, receivedOn },
    }));
  }

  // ---- Participants ------------------------------------------------------------------------------------------------

  async removeParticipant(participant: string | CommunicationIdentifier): Promise<void> {
    const id = rawIdOf(participant);
    this.record('removeParticipant', [id]);
    // A room Presenter may remove people even though the SDK reports the capability as not applicable.
    if (!this.#can('removeParticipant') && this.#localRole !== 'Presenter') {
      return this.#refuse('Call.removeParticipant', 'Your role may not remove participants.');
    }
    if (this.#isShared(id)) await this.#membership?.act({ type: 'remove', targetUserId: id });
    else this.removeRemoteParticipant(id, { removed: true });
  }

  async addParticipant(participant: CommunicationUserIdentifier | PhoneNumberIdentifier): Promise<void> {
    const id = getIdentifierRawId(participant);
    this.record('addParticipant', [id]);
    if ('phoneNumber' in participant && !this.#can('addPhoneNumber')) {
      return this.#refuse('Call.addParticipant', 'Dial-out is not allowed in this room.');
    }
    if (!this.#can('addCommunicationUser')) {
      return this.#refuse('Call.addParticipant', 'Your role may not invite participants.');
    }
    this.addRemoteParticipant({ id });
  }

  async muteParticipant(userId: string): Promise<void> {
    this.record('muteParticipant', [userId]);
    if (!this.#can('muteOthers')) return this.#refuse('Call.mutedByOthers', 'Your role may not mute others.');
    if (this.#isShared(userId)) await this.#membership?.act({ type: 'muteOthers', targetUserId: userId });
    else this.setRemoteMuted(userId, true);
  }

  async muteAllRemoteParticipants(): Promise<void> {
    this.record('muteAllRemoteParticipants', []);
    if (!this.#can('muteOthers')) {
      return this.#refuse('Call.muteAllRemoteParticipants', 'Your role may not mute others.');
    }
    for (const id of this.#participants.keys()) this.setRemoteMuted(id, true);
    await this.#membership?.act({ type: 'muteOthers' });
  }

  // ---- Views and features (the rest are recorded and harmless: see RecordingCallAdapter) ---------------------

  async startTogetherMode(): Promise<void> {
    this.record('startTogetherMode', []);
    this.#refuse('Call.feature', 'Together mode is not available in room calls.');
  }

  async startCaptions(options?: StartCaptionsAdapterOptions): Promise<void> {
    this.record('startCaptions', [options]);
    this.#updateCall((call) => ({
      ...call,
      captionsFeature: { ...call.captionsFeature, isCaptionsFeatureActive: true },
    }));
  }

  async setCaptionLanguage(language: string): Promise<void> {
    this.record('setCaptionLanguage', [language]);
    this.#updateCall((call) => ({
      ...call,
      captionsFeature: { ...call.captionsFeature, currentCaptionLanguage: language },
    }));
  }

  async setSpokenLanguage(language: string): Promise<void> {
    this.record('setSpokenLanguage', [language]);
    this.#updateCall((call) => ({
      ...call,
      captionsFeature: { ...call.captionsFeature, currentSpokenLanguage: language },
    }));
  }

  async stopCaptions(options?: StopCaptionsAdapterOptions): Promise<void> {
    this.record('stopCaptions', [options]);
    this.#updateCall((call) => ({
      ...call,
      captionsFeature: { ...call.captionsFeature, isCaptionsFeatureActive: false },
    }));
  }

  updateBackgroundPickerImages(backgroundImages: VideoBackgroundImage[]): void {
    this.record('updateBackgroundPickerImages', [backgroundImages]);
    this.#setState({ ...this.#state, videoBackgroundImages: backgroundImages });
  }

  updateSelectedVideoBackgroundEffect(selectedVideoBackground: VideoBackgroundEffect): void {
    this.record('updateSelectedVideoBackgroundEffect', [selectedVideoBackground]);
    this.#setState({ ...this.#state, selectedVideoBackgroundEffect: selectedVideoBackground });
  }

  // ---- Devices -----------------------------------------------------------------------------------------------------

  async askDevicePermission(constrain: PermissionConstraints): Promise<DeviceAccess> {
    this.record('askDevicePermission', [constrain]);
    const access = { audio: true, video: this.#options.hasCamera !== false };
    const known = this.#state.devices.deviceAccess;
    // Asking again changes nothing, as with a browser that already granted access.
    if (known?.audio !== access.audio || known.video !== access.video) {
      this.#setState({ ...this.#state, devices: { ...this.#state.devices, deviceAccess: access } });
    }
    return { ...access };
  }

  async queryCameras(): Promise<VideoDeviceInfo[]> {
    this.record('queryCameras', []);
    return [...this.#state.devices.cameras];
  }

  async queryMicrophones(): Promise<AudioDeviceInfo[]> {
    this.record('queryMicrophones', []);
    return [...this.#state.devices.microphones];
  }

  async querySpeakers(): Promise<AudioDeviceInfo[]> {
    this.record('querySpeakers', []);
    return [...this.#state.devices.speakers];
  }

  async setCamera(sourceInfo: VideoDeviceInfo, options?: VideoStreamOptions): Promise<void> {
    this.record('setCamera', [sourceInfo, options]);
    this.#setState({ ...this.#state, devices: { ...this.#state.devices, selectedCamera: sourceInfo } });
  }

  async setMicrophone(sourceInfo: AudioDeviceInfo): Promise<void> {
    this.record('setMicrophone', [sourceInfo]);
    this.#setState({ ...this.#state, devices: { ...this.#state.devices, selectedMicrophone: sourceInfo } });
    this.#emit('selectedMicrophoneChanged', undefined);
  }

  async setSpeaker(sourceInfo: AudioDeviceInfo): Promise<void> {
    this.record('setSpeaker', [sourceInfo]);
    this.#setState({ ...this.#state, devices: { ...this.#state.devices, selectedSpeaker: sourceInfo } });
    this.#emit('selectedSpeakerChanged', undefined);
  }

  // ---- Events ------------------------------------------------------------------------------------------------------

  on(event: string, listener: Listener): void {
    let set = this.#listeners.get(event);
    if (!set) this.#listeners.set(event, (set = new Set()));
    set.add(listener);
  }

  off(event: string, listener: Listener): void {
    this.#listeners.get(event)?.delete(listener);
  }
}

/**
 * Creates a simulated room call: a complete communication-react `CallAdapter` for stories, tests and demos, with no
 * network, no devices and no calling SDK at run time. Remote participants join, leave, speak and mute on a script, on
 * seeded background activity, or when a test calls the simulation's methods; the local role decides the capabilities
 * the call reports. Given a `RoomsAdapter` and `roomId`, roles and names come from the roster, and role changes and
 * removals made on the roster reach the call as the service would push them.
 *
 * @example
 * ```ts
 * const rooms = createSeededRoomsAdapter({ now: () => now });
 * const call = createSimulatedCallAdapter({
 *   userId: presenterId,
 *   roomsAdapter: rooms,
 *   roomId: DEMO_ROOM_IDS.openConsult,
 *   startOn: 'call',
 *   participants: [{ id: patientId, isSpeaking: true }],
 *   script: [{ afterMs: 3000, action: 'raiseHand', id: patientId, raised: true }],
 * });
 * <RoomCallComposite callAdapter={call} roomsAdapter={rooms} roomId={DEMO_ROOM_IDS.openConsult} localUserId={presenterId} />;
 * await rooms.upsertParticipants(DEMO_ROOM_IDS.openConsult, [{ id: presenterId, role: 'Attendee' }]);
 * call.getState().call?.role; // 'Attendee', and `roleChanged` + `capabilitiesChanged` were emitted
 * ```
 */
export function createSimulatedCallAdapter(options: SimulatedCallAdapterOptions): SimulatedCallAdapter {
  return new SimulatedCallAdapterImpl(options);
}
