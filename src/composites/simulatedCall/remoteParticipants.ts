/**
 * The simulated call's remote participants as plain records: scripted ones this adapter makes up, and people in the
 * room's shared call, merged from the call's state. What communication-react reads of them (`RemoteParticipantState`)
 * is built from the record.
 */
import type { ParticipantRole } from '@azure/communication-calling';
import type { CommunicationIdentifierKind } from '@azure/communication-common';
import type { RemoteParticipantState } from '@azure/communication-react';
import type { RoomRole } from '../../core/roles';
import { raisedHandQueue, type SharedCallNotice, type SharedCallState } from '../../core/sharedCall';
import { identifierOf } from './callDefaults';
import type { SimulatedCallRole } from './capabilities';

/** One remote participant of the simulated call. */
export interface Participant {
  id: string;
  identifier: CommunicationIdentifierKind;
  displayName: string | undefined;
  /** Whether the name and role were given, rather than guessed until the roster is read. */
  nameGiven: boolean;
  roleGiven: boolean;
  role: SimulatedCallRole;
  isMuted: boolean;
  isSpeaking: boolean;
  /** When their hand went up, counted across the call; `undefined` while it is down. */
  raisedHandOrder: number | undefined;
  state: RemoteParticipantState['state'];
  /** Someone in the room's shared call (not a scripted participant of this adapter): the call decides their state. */
  shared: boolean;
  cameraOn: boolean;
  screenSharing: boolean;
  /** Their place among the people on everyone's main stage (1 is first), while a presenter has them there. */
  spotlightOrder?: number;
}

// The simulation has no media: a stream that is available and received shows the person's tile (and, for a screen,
// communication-react's "is sharing their screen" placeholder) without a picture.
function remoteStreams(p: Participant): RemoteParticipantState['videoStreams'] {
  const streams: RemoteParticipantState['videoStreams'] = {};
  if (p.cameraOn) streams[1] = { id: 1, mediaStreamType: 'Video', isAvailable: true, isReceiving: true };
  if (p.screenSharing) streams[2] = { id: 2, mediaStreamType: 'ScreenSharing', isAvailable: true, isReceiving: true };
  return streams;
}

/** What communication-react reads of a participant. */
export function remoteStateOf(p: Participant): RemoteParticipantState {
  return {
    identifier: p.identifier,
    displayName: p.displayName,
    state: p.state,
    videoStreams: remoteStreams(p),
    isMuted: p.isMuted,
    isSpeaking: p.isSpeaking,
    role: p.role as ParticipantRole,
    raisedHand: p.raisedHandOrder === undefined ? undefined : { raisedHandOrderPosition: p.raisedHandOrder },
    ...(p.spotlightOrder === undefined ? {} : { spotlight: { spotlightedOrderPosition: p.spotlightOrder } }),
  };
}

/** Where each spotlit member of the call stands on the main stage: in the order they joined the call, from 1. */
export function spotlightOrders(state: SharedCallState): Map<string, number> {
  const orders = new Map<string, number>();
  for (const m of state.members) if (m.spotlighted) orders.set(m.userId, orders.size + 1);
  return orders;
}

/** What the adapter knows that the call's state may not say. */
export interface SharedMergeContext {
  /** The local user, who is not a remote participant. */
  self: string;
  /** The participants before the change. */
  existing: ReadonlyMap<string, Participant>;
  /** The directory's name of someone. */
  nameOf(id: string): string | undefined;
  /** Someone's role on the roster, as this adapter last read it. */
  rosterRoleOf(id: string): RoomRole | undefined;
  /** The next raised hand's order. */
  nextHandOrder(): number;
  /** A name for someone nobody has named. */
  guestName(): string;
}

/** How the remote participants change with one state of the shared call. */
export interface SharedMerge {
  /** Shared participants no longer in the call, and whether they were removed (rather than left). */
  departed: Array<{ id: string; removed: boolean }>;
  /** Everyone from the call, as they are now, in the order they joined. */
  present: Participant[];
  /** Those among them who were not remote participants before (a scripted stand-in turns into the person). */
  joined: Participant[];
  /** What changed for the others, for the adapter's events. */
  changed: Array<{ participant: Participant; muted: boolean; speaking: boolean; renamed: boolean }>;
}

/** Merges a state of the shared call into the remote participants. */
export function mergeSharedMembers(
  state: SharedCallState,
  notices: readonly SharedCallNotice[],
  context: SharedMergeContext,
): SharedMerge {
  const members = state.members.filter((m) => m.userId !== context.self);
  const inCall = new Set(members.map((m) => m.userId));
  const departed: SharedMerge['departed'] = [];
  for (const p of context.existing.values()) {
    if (!p.shared || inCall.has(p.id)) continue;
    const notice = notices.find((n) => n.type === 'departed' && n.userId === p.id);
    const reason = notice?.type === 'departed' ? notice.reason : undefined;
    departed.push({ id: p.id, removed: reason === 'removed' || reason === 'rosterRemoved' });
  }
  // Hands are counted in the order they went up, so those raised since the last change go in the call's order.
  const handOrder = new Map<string, number>();
  for (const m of raisedHandQueue(state)) {
    const known = context.existing.get(m.userId);
    const order = known?.shared ? known.raisedHandOrder : undefined;
    handOrder.set(m.userId, order ?? context.nextHandOrder());
  }
  const spotlit = spotlightOrders(state);
  const merge: SharedMerge = { departed, present: [], joined: [], changed: [] };
  for (const m of members) {
    const existing = context.existing.get(m.userId);
    const participant: Participant = {
      id: m.userId,
      identifier: existing?.identifier ?? identifierOf(m.userId),
      displayName: m.displayName ?? context.nameOf(m.userId) ?? existing?.displayName ?? context.guestName(),
      nameGiven: true,
      roleGiven: true,
      role: m.role ?? context.rosterRoleOf(m.userId) ?? 'Unknown',
      isMuted: m.muted,
      isSpeaking: m.speaking,
      raisedHandOrder: handOrder.get(m.userId),
      state: 'Connected',
      shared: true,
      cameraOn: m.cameraOn,
      screenSharing: m.screenSharing,
    };
    const spotlightOrder = spotlit.get(m.userId);
    if (spotlightOrder !== undefined) participant.spotlightOrder = spotlightOrder;
    merge.present.push(participant);
    if (!existing) {
      merge.joined.push(participant);
      continue;
    }
    const change = {
      participant,
      muted: existing.isMuted !== participant.isMuted,
      speaking: existing.isSpeaking !== participant.isSpeaking,
      renamed: existing.displayName !== participant.displayName,
    };
    if (change.muted || change.speaking || change.renamed) merge.changed.push(change);
  }
  return merge;
}
