/**
 * One room call that everyone who joins the room shares: who is in it, each stay's microphone, camera, speaking,
 * screen share and raised hand, and the actions that change them, checked against the room's role matrix
 * ({@link roleCan}) the way the call service checks them. It is pure data and one reducer, so the in-process hub of
 * the simulated call and the local Rooms service run exactly the same rules.
 *
 * Every action gives the new state plus what happened: the call events the service would report (call started when
 * the first person joins, joins and leaves, call ended when the last one leaves) and notices for the people it
 * concerns (who was removed and by whom, who was muted by someone else). A refused action leaves the state as it was
 * and says why.
 */
import { z } from 'zod';
import { isRoomRole, roleCan, ROOM_ROLES, type RoomCapability, type RoomRole } from './roles';
import type { CallActor, CallControlAction } from './moderation';
import type { RoomCallEvent } from './types';

/** A raised hand: when it went up, and its place in the call's order of hands. */
export interface SharedCallHand {
  /** Increases with every hand raised in the call; the lowest raised hand is first in the queue. */
  readonly order: number;
  /** When it went up. */
  readonly raisedAt: Date;
}

/** One person's stay in the shared call. */
export interface SharedCallMember {
  /** Raw communication identifier (`8:acs:…`). */
  readonly userId: string;
  /** The name the call shows. */
  readonly displayName?: string;
  /** Their role, as the roster gives it; absent while it is not known, which allows only what everyone may do. */
  readonly role?: RoomRole;
  /** The id of this stay: someone who leaves and rejoins comes back with a new one. */
  readonly participantId: string;
  /** When this stay began. */
  readonly joinedAt: Date;
  /** Whether their microphone is off. */
  readonly muted: boolean;
  /** Whether their camera is on. */
  readonly cameraOn: boolean;
  /** Whether they are talking (only while unmuted). */
  readonly speaking: boolean;
  /** Whether they share their screen; at most one member at a time does. */
  readonly screenSharing: boolean;
  /** Their raised hand, if it is up. */
  readonly raisedHand?: SharedCallHand;
  /** Whether a presenter has put them on everyone's main stage. */
  readonly spotlighted?: boolean;
}

/** The call going on in the room. */
export interface SharedCallInfo {
  /** The call's id, new for every call. */
  readonly callId: string;
  /** When the first person joined. */
  readonly startedAt: Date;
  /** Who that was. */
  readonly startedBy: string;
}

/** The shared call of one room. */
export interface SharedCallState {
  /** The room. */
  readonly roomId: string;
  /** The call going on; absent while nobody is in it. */
  readonly call?: SharedCallInfo;
  /** Everyone in the call, in the order they joined; one stay per person. */
  readonly members: readonly SharedCallMember[];
  /** The order the next raised hand gets. */
  readonly nextHandOrder: number;
  /** Increases with every change, so a newer state is told from an older one. */
  readonly version: number;
}

/** Why a stay ended. */
export type SharedCallDepartureReason =
  /** They left. */
  | 'left'
  /** Someone with `removeParticipant` removed them from the call. */
  | 'removed'
  /** They joined again (another tab, another device): the newer stay replaces this one. */
  | 'replaced'
  /** They were taken off the room's roster. */
  | 'rosterRemoved'
  /** The room was deleted or closed. */
  | 'roomClosed'
  /** A presenter ended the call for everyone. */
  | 'endedForEveryone';

/** Something an action did that the people it concerns should be told about. */
export type SharedCallNotice =
  | {
      type: 'departed';
      participantId: string;
      userId: string;
      reason: SharedCallDepartureReason;
      /** Who removed them, for `removed`, or ended the call, for `endedForEveryone`. */
      by?: string;
      /** That person's name. */
      byName?: string;
    }
  | {
      type: 'mutedByOthers';
      participantId: string;
      /** Who muted them. */
      by: string;
      /** That person's name. */
      byName?: string;
    }
  | {
      type: 'handLowered';
      participantId: string;
      /** Who lowered it. */
      by: string;
      byName?: string;
    }
  | {
      type: 'spotlightChanged';
      participantId: string;
      /** Whether they are on the main stage now. */
      on: boolean;
      by: string;
      byName?: string;
    };

/** What the members of a call may ask for themselves. */
export type SharedCallMemberAction =
  | {
      type: 'join';
      userId: string;
      /** The id of the new stay, made by whoever joins (unique per stay). */
      participantId: string;
      displayName?: string;
      /** Their role, as the roster gives it; absent while not known. */
      role?: RoomRole;
      /** @default true */
      muted?: boolean;
      /** @default false */
      cameraOn?: boolean;
    }
  | { type: 'leave'; participantId: string }
  | { type: 'setMuted'; participantId: string; muted: boolean }
  | { type: 'setCamera'; participantId: string; on: boolean }
  | { type: 'setSpeaking'; participantId: string; speaking: boolean }
  | { type: 'setScreenShare'; participantId: string; on: boolean }
  | { type: 'setHand'; participantId: string; raised: boolean }
  /** `participantId` removes `targetUserId` from the call. */
  | { type: 'remove'; participantId: string; targetUserId: string }
  /** `participantId` mutes `targetUserId`, or everyone else when it is absent. */
  | { type: 'muteOthers'; participantId: string; targetUserId?: string };

/** What only the service (the room's roster) does. */
export type SharedCallServiceAction =
  /** The roster gave `userId` a role: what it does not allow stops at once. */
  | { type: 'setRole'; userId: string; role: RoomRole }
  /** `userId` was taken off the roster: they leave the call. */
  | { type: 'rosterRemoved'; userId: string }
  /** The room is gone: everyone leaves. */
  | { type: 'closeRoom' }
  /** A moderation action a backend authorised (the actor's roster role allowed it), carried out for `by`. */
  | { type: 'control'; action: CallControlAction; by: CallActor };

/** Every action of the shared call. */
export type SharedCallAction = SharedCallMemberAction | SharedCallServiceAction;

/** Why an action was refused. */
export interface SharedCallRefusal {
  /**
   * `forbidden`: the role does not allow it; `notInCall`: the actor or the target is not in the call; `conflict`: it
   * clashes with the call's state (someone else shares, a stay id is taken); `invalid`: the action makes no sense.
   */
  readonly code: 'forbidden' | 'notInCall' | 'conflict' | 'invalid';
  /** A sentence for a person. */
  readonly message: string;
  /** The capability that was missing, for `forbidden`. */
  readonly capability?: RoomCapability;
}

/** The outcome of one action. */
export type SharedCallOutcome =
  | {
      readonly ok: true;
      /** The state after it (the same object when nothing changed). */
      readonly state: SharedCallState;
      /** Whether anything changed. */
      readonly changed: boolean;
      /** The call events it caused, in order. */
      readonly events: readonly RoomCallEvent[];
      /** What the people it concerns are told. */
      readonly notices: readonly SharedCallNotice[];
    }
  | {
      readonly ok: false;
      /** The state, unchanged. */
      readonly state: SharedCallState;
      readonly refusal: SharedCallRefusal;
    };

/** What an action needs from whoever runs the call. */
export interface SharedCallContext {
  /** When it happens. */
  readonly at: Date;
  /** A fresh call id, asked for when the first person joins. */
  readonly newCallId: () => string;
}

/** The capability raising a hand needs: the calling SDK grants it with the microphone. */
export const RAISE_HAND_CAPABILITY: RoomCapability = 'unmuteMic';

/** Longest display name the call keeps; longer ones are cut. */
export const MAX_SHARED_DISPLAY_NAME = 256;

/** The shared call of a room nobody is in. */
export function emptySharedCall(roomId: string): SharedCallState {
  return { roomId, members: [], nextHandOrder: 1, version: 0 };
}

/** Whether a member's role allows a capability; a member whose role is not known yet may do none of the guarded things. */
export function memberCan(member: Pick<SharedCallMember, 'role'>, capability: RoomCapability): boolean {
  return member.role !== undefined && roleCan(member.role, capability);
}

/** The members whose hand is up, first raised first. */
export function raisedHandQueue(state: SharedCallState): SharedCallMember[] {
  return state.members
    .filter((m) => m.raisedHand !== undefined)
    .sort((a, b) => (a.raisedHand?.order ?? 0) - (b.raisedHand?.order ?? 0));
}

/** A member's place in the queue of raised hands (1 is first), or `undefined` when their hand is down. */
export function raisedHandPosition(state: SharedCallState, participantId: string): number | undefined {
  const index = raisedHandQueue(state).findIndex((m) => m.participantId === participantId);
  return index < 0 ? undefined : index + 1;
}

/** The member who shares their screen, if anyone does. */
export function screenSharerOf(state: SharedCallState): SharedCallMember | undefined {
  return state.members.find((m) => m.screenSharing);
}

/** The member with a stay id, if they are in the call. */
export function memberByParticipantId(state: SharedCallState, participantId: string): SharedCallMember | undefined {
  return state.members.find((m) => m.participantId === participantId);
}

/** The member for a user, if they are in the call. */
export function memberByUserId(state: SharedCallState, userId: string): SharedCallMember | undefined {
  return state.members.find((m) => m.userId === userId);
}

const CAPABILITY_WORDS: Readonly<Partial<Record<RoomCapability, string>>> = {
  unmuteMic: 'turn on the microphone',
  turnVideoOn: 'turn on the camera',
  shareScreen: 'share the screen',
  removeParticipant: 'remove participants',
  muteOthers: 'mute others',
};

function refuse(state: SharedCallState, refusal: SharedCallRefusal): SharedCallOutcome {
  return { ok: false, state, refusal };
}

function forbidden(state: SharedCallState, member: SharedCallMember, capability: RoomCapability, what?: string) {
  const role = member.role === undefined ? 'A participant whose role is not known yet' : `The ${member.role} role`;
  return refuse(state, {
    code: 'forbidden',
    capability,
    message: `${role} may not ${what ?? CAPABILITY_WORDS[capability] ?? capability}.`,
  });
}

function notInCall(state: SharedCallState, who = 'You are'): SharedCallOutcome {
  return refuse(state, { code: 'notInCall', message: `${who} not in the call.` });
}

/** Takes away what the member's role does not allow, as the service does the moment a role changes. */
function enforceRole(member: SharedCallMember): SharedCallMember {
  let next = member;
  if (!memberCan(next, 'unmuteMic')) {
    next = { ...next, muted: true, speaking: false };
    if (next.raisedHand !== undefined) next = withoutHand(next);
  }
  if (!memberCan(next, RAISE_HAND_CAPABILITY) && next.raisedHand !== undefined) next = withoutHand(next);
  if (!memberCan(next, 'turnVideoOn') && next.cameraOn) next = { ...next, cameraOn: false };
  if (!memberCan(next, 'shareScreen') && next.screenSharing) next = { ...next, screenSharing: false };
  return next;
}

function withoutHand(member: SharedCallMember): SharedCallMember {
  const { raisedHand: _dropped, ...rest } = member;
  return rest;
}

function sameMember(a: SharedCallMember, b: SharedCallMember): boolean {
  return (
    a.role === b.role &&
    a.muted === b.muted &&
    a.cameraOn === b.cameraOn &&
    a.speaking === b.speaking &&
    a.screenSharing === b.screenSharing &&
    a.raisedHand?.order === b.raisedHand?.order &&
    (a.spotlighted ?? false) === (b.spotlighted ?? false) &&
    a.displayName === b.displayName
  );
}

/** Builds an outcome from a new member list, adding the call's start and end and the version. */
class Change {
  readonly events: RoomCallEvent[] = [];
  readonly notices: SharedCallNotice[] = [];
  members: SharedCallMember[];
  call: SharedCallInfo | undefined;
  nextHandOrder: number;

  constructor(
    readonly state: SharedCallState,
    readonly context: SharedCallContext,
  ) {
    this.members = [...state.members];
    this.call = state.call;
    this.nextHandOrder = state.nextHandOrder;
  }

  replace(updated: SharedCallMember): void {
    this.members = this.members.map((m) => (m.participantId === updated.participantId ? updated : m));
  }

  depart(member: SharedCallMember, reason: SharedCallDepartureReason, by?: string, byName?: string): void {
    this.members = this.members.filter((m) => m.participantId !== member.participantId);
    this.notices.push({
      type: 'departed',
      participantId: member.participantId,
      userId: member.userId,
      reason,
      ...(by !== undefined ? { by } : {}),
      ...(byName !== undefined ? { byName } : {}),
    });
    const call = this.call;
    if (!call) return;
    this.events.push({
      type: 'participantLeft',
      roomId: this.state.roomId,
      callId: call.callId,
      at: this.context.at,
      ...memberFacts(member),
    });
    // A stay replaced by the same person's newer one leaves the call going.
    if (this.members.length > 0 || reason === 'replaced') return;
    this.events.push({
      type: 'callEnded',
      roomId: this.state.roomId,
      callId: call.callId,
      at: this.context.at,
      endedBy: member.userId,
      durationSeconds: Math.max(0, Math.round((this.context.at.getTime() - call.startedAt.getTime()) / 1000)),
    });
    this.call = undefined;
  }

  outcome(): SharedCallOutcome {
    const before = this.state;
    const changed =
      this.call !== before.call ||
      this.members.length !== before.members.length ||
      this.members.some((m, i) => m !== before.members[i]) ||
      this.nextHandOrder !== before.nextHandOrder;
    if (!changed) return { ok: true, state: before, changed: false, events: [], notices: this.notices };
    const state: SharedCallState = {
      roomId: before.roomId,
      ...(this.call ? { call: this.call } : {}),
      members: this.members,
      nextHandOrder: this.nextHandOrder,
      version: before.version + 1,
    };
    return { ok: true, state, changed: true, events: this.events, notices: this.notices };
  }
}

function memberFacts(member: SharedCallMember) {
  return {
    userId: member.userId,
    ...(member.displayName !== undefined ? { displayName: member.displayName } : {}),
    ...(member.role !== undefined ? { role: member.role } : {}),
    participantId: member.participantId,
  };
}

function cleanName(name: string | undefined): string | undefined {
  const trimmed = name?.trim();
  return trimmed ? trimmed.slice(0, MAX_SHARED_DISPLAY_NAME) : undefined;
}

function join(
  state: SharedCallState,
  action: Extract<SharedCallMemberAction, { type: 'join' }>,
  context: SharedCallContext,
): SharedCallOutcome {
  const userId = action.userId.trim();
  const participantId = action.participantId.trim();
  if (!userId || !participantId) {
    return refuse(state, { code: 'invalid', message: 'A join needs the user and the id of their stay.' });
  }
  const taken = memberByParticipantId(state, participantId);
  if (taken) {
    // The same join heard again (a retried request) changes nothing.
    if (taken.userId === userId) return { ok: true, state, changed: false, events: [], notices: [] };
    return refuse(state, { code: 'conflict', message: 'That stay id is already in use.' });
  }
  const change = new Change(state, context);
  const earlier = memberByUserId(state, userId);
  if (earlier) change.depart(earlier, 'replaced');
  if (!change.call) {
    change.call = { callId: context.newCallId(), startedAt: context.at, startedBy: userId };
    change.events.push({
      type: 'callStarted',
      roomId: state.roomId,
      callId: change.call.callId,
      at: context.at,
      startedBy: userId,
    });
  }
  const displayName = cleanName(action.displayName);
  const member = enforceRole({
    userId,
    ...(displayName !== undefined ? { displayName } : {}),
    ...(action.role !== undefined ? { role: action.role } : {}),
    participantId,
    joinedAt: context.at,
    muted: action.muted ?? true,
    cameraOn: action.cameraOn ?? false,
    speaking: false,
    screenSharing: false,
  });
  change.members.push(member);
  change.events.push({
    type: 'participantJoined',
    roomId: state.roomId,
    callId: change.call.callId,
    at: context.at,
    ...memberFacts(member),
  });
  return change.outcome();
}

function actOnSelf(
  state: SharedCallState,
  action: Exclude<SharedCallMemberAction, { type: 'join' | 'leave' | 'remove' | 'muteOthers' }>,
  context: SharedCallContext,
): SharedCallOutcome {
  const member = memberByParticipantId(state, action.participantId);
  if (!member) return notInCall(state);
  const change = new Change(state, context);
  let next: SharedCallMember = member;
  switch (action.type) {
    case 'setMuted':
      if (!action.muted && member.muted && !memberCan(member, 'unmuteMic'))
        return forbidden(state, member, 'unmuteMic');
      next = action.muted ? { ...member, muted: true, speaking: false } : { ...member, muted: false };
      break;
    case 'setCamera':
      if (action.on && !member.cameraOn && !memberCan(member, 'turnVideoOn')) {
        return forbidden(state, member, 'turnVideoOn');
      }
      next = { ...member, cameraOn: action.on };
      break;
    case 'setSpeaking':
      if (action.speaking && !memberCan(member, 'unmuteMic')) return forbidden(state, member, 'unmuteMic', 'speak');
      // Someone heard talking has their microphone on.
      next = action.speaking ? { ...member, speaking: true, muted: false } : { ...member, speaking: false };
      break;
    case 'setScreenShare': {
      if (!action.on) {
        next = { ...member, screenSharing: false };
        break;
      }
      if (member.screenSharing) break;
      if (!memberCan(member, 'shareScreen')) return forbidden(state, member, 'shareScreen');
      const sharer = screenSharerOf(state);
      if (sharer) {
        return refuse(state, {
          code: 'conflict',
          message: `${sharer.displayName ?? 'Someone else'} is sharing their screen; one person shares at a time.`,
        });
      }
      next = { ...member, screenSharing: true };
      break;
    }
    case 'setHand':
      if (!action.raised) {
        if (member.raisedHand !== undefined) next = withoutHand(member);
        break;
      }
      if (member.raisedHand !== undefined) break;
      if (!memberCan(member, RAISE_HAND_CAPABILITY)) {
        return forbidden(state, member, RAISE_HAND_CAPABILITY, 'raise a hand');
      }
      next = { ...member, raisedHand: { order: change.nextHandOrder, raisedAt: context.at } };
      change.nextHandOrder += 1;
      break;
  }
  if (!sameMember(next, member)) change.replace(next);
  return change.outcome();
}

function actOnOthers(
  state: SharedCallState,
  action: Extract<SharedCallMemberAction, { type: 'remove' | 'muteOthers' }>,
  context: SharedCallContext,
): SharedCallOutcome {
  const actor = memberByParticipantId(state, action.participantId);
  if (!actor) return notInCall(state);
  const change = new Change(state, context);
  if (action.type === 'remove') {
    if (!memberCan(actor, 'removeParticipant')) return forbidden(state, actor, 'removeParticipant');
    const target = memberByUserId(state, action.targetUserId);
    if (!target) return notInCall(state, 'That person is');
    if (target.participantId === actor.participantId) {
      return refuse(state, { code: 'invalid', message: 'Leave the call rather than remove yourself.' });
    }
    change.depart(target, 'removed', actor.userId);
    return change.outcome();
  }
  if (!memberCan(actor, 'muteOthers')) return forbidden(state, actor, 'muteOthers');
  let targets: SharedCallMember[];
  if (action.targetUserId === undefined) {
    targets = state.members.filter((m) => m.participantId !== actor.participantId);
  } else {
    const target = memberByUserId(state, action.targetUserId);
    if (!target) return notInCall(state, 'That person is');
    targets = [target];
  }
  for (const target of targets) {
    if (target.muted) continue;
    change.replace({ ...target, muted: true, speaking: false });
    if (target.participantId !== actor.participantId) {
      change.notices.push({ type: 'mutedByOthers', participantId: target.participantId, by: actor.userId });
    }
  }
  return change.outcome();
}

/** Carries out a moderation action a backend has authorised: the actor need not be in the call. */
function control(
  state: SharedCallState,
  action: Extract<SharedCallServiceAction, { type: 'control' }>,
  context: SharedCallContext,
): SharedCallOutcome {
  const change = new Change(state, context);
  const { by } = action;
  const byName = cleanName(by.displayName);
  const named = byName !== undefined ? { byName } : {};
  const order = action.action;
  const target = 'userId' in order ? memberByUserId(state, order.userId) : undefined;
  if ('userId' in order && !target) return notInCall(state, 'That person is');
  switch (order.type) {
    case 'mute':
    case 'muteAll': {
      const targets = target ? [target] : state.members.filter((m) => m.userId !== by.userId);
      for (const member of targets) {
        if (member.muted) continue;
        change.replace({ ...member, muted: true, speaking: false });
        change.notices.push({ type: 'mutedByOthers', participantId: member.participantId, by: by.userId, ...named });
      }
      break;
    }
    case 'remove':
      if (target) change.depart(target, 'removed', by.userId, byName);
      break;
    case 'lowerHand':
    case 'lowerAllHands': {
      const targets = target ? [target] : state.members;
      for (const member of targets) {
        if (member.raisedHand === undefined) continue;
        change.replace(withoutHand(member));
        if (member.userId !== by.userId) {
          change.notices.push({ type: 'handLowered', participantId: member.participantId, by: by.userId, ...named });
        }
      }
      break;
    }
    case 'spotlight':
      if (target && (target.spotlighted ?? false) !== order.on) {
        const { spotlighted: _was, ...rest } = target;
        change.replace(order.on ? { ...rest, spotlighted: true } : rest);
        change.notices.push({
          type: 'spotlightChanged',
          participantId: target.participantId,
          on: order.on,
          by: by.userId,
          ...named,
        });
      }
      break;
    case 'endCall':
      for (const member of state.members) change.depart(member, 'endedForEveryone', by.userId, byName);
      break;
  }
  return change.outcome();
}

/** How many members an outcome changed or took out of the call. */
export function membersAffected(before: SharedCallState, after: SharedCallState): number {
  const now = new Map(after.members.map((m) => [m.participantId, m] as const));
  return before.members.filter((m) => now.get(m.participantId) !== m).length;
}

/**
 * Applies one action to a room's shared call. The given state is never changed; a refused action answers it as it
 * was, with the reason.
 *
 * @example
 * ```ts
 * let call = emptySharedCall('r1');
 * const context = { at: new Date(), newCallId: () => 'c1' };
 * call = applySharedCallAction(call, { type: 'join', userId: ada, participantId: 'p1', role: 'Consumer' }, context).state;
 * applySharedCallAction(call, { type: 'setMuted', participantId: 'p1', muted: false }, context);
 * // { ok: false, refusal: { code: 'forbidden', capability: 'unmuteMic', … } }
 * ```
 */
export function applySharedCallAction(
  state: SharedCallState,
  action: SharedCallAction,
  context: SharedCallContext,
): SharedCallOutcome {
  switch (action.type) {
    case 'join':
      return join(state, action, context);
    case 'leave': {
      const member = memberByParticipantId(state, action.participantId);
      // Leaving twice (a retried request, a tab that closes after leaving) is not an error.
      if (!member) return { ok: true, state, changed: false, events: [], notices: [] };
      const change = new Change(state, context);
      change.depart(member, 'left');
      return change.outcome();
    }
    case 'setMuted':
    case 'setCamera':
    case 'setSpeaking':
    case 'setScreenShare':
    case 'setHand':
      return actOnSelf(state, action, context);
    case 'remove':
    case 'muteOthers':
      return actOnOthers(state, action, context);
    case 'setRole': {
      if (!isRoomRole(action.role)) return refuse(state, { code: 'invalid', message: 'That is not a room role.' });
      const member = memberByUserId(state, action.userId);
      const change = new Change(state, context);
      if (member && member.role !== action.role) change.replace(enforceRole({ ...member, role: action.role }));
      return change.outcome();
    }
    case 'rosterRemoved': {
      const member = memberByUserId(state, action.userId);
      const change = new Change(state, context);
      if (member) change.depart(member, 'rosterRemoved');
      return change.outcome();
    }
    case 'closeRoom': {
      const change = new Change(state, context);
      for (const member of state.members) change.depart(member, 'roomClosed');
      return change.outcome();
    }
    case 'control':
      return control(state, action, context);
  }
}

// ---- Wire form (JSON): the local Rooms service streams states, and members send actions ----------------------------

const iso = z.string().refine((text) => !Number.isNaN(Date.parse(text)), 'not an ISO date');
const role = z.enum(ROOM_ROLES as [RoomRole, ...RoomRole[]]);
const id = z.string().trim().min(1).max(512);

const memberSchema = z.object({
  userId: id,
  displayName: z.string().max(MAX_SHARED_DISPLAY_NAME).optional(),
  role: role.optional(),
  participantId: id,
  joinedAt: iso,
  muted: z.boolean(),
  cameraOn: z.boolean(),
  speaking: z.boolean(),
  screenSharing: z.boolean(),
  raisedHand: z.object({ order: z.number().int(), raisedAt: iso }).optional(),
  spotlighted: z.boolean().optional(),
});

const stateSchema = z.object({
  roomId: z.string().min(1),
  call: z.object({ callId: id, startedAt: iso, startedBy: id }).optional(),
  members: z.array(memberSchema),
  nextHandOrder: z.number().int(),
  version: z.number().int().nonnegative(),
});

/** A shared call's state as JSON: instants as ISO strings. */
export type SharedCallStateJson = z.infer<typeof stateSchema>;

/** Writes a state as JSON. */
export function sharedCallStateToJson(state: SharedCallState): SharedCallStateJson {
  return {
    roomId: state.roomId,
    ...(state.call ? { call: { ...state.call, startedAt: state.call.startedAt.toISOString() } } : {}),
    members: state.members.map(({ raisedHand, ...m }) => ({
      ...m,
      joinedAt: m.joinedAt.toISOString(),
      ...(raisedHand ? { raisedHand: { order: raisedHand.order, raisedAt: raisedHand.raisedAt.toISOString() } } : {}),
    })),
    nextHandOrder: state.nextHandOrder,
    version: state.version,
  };
}

/**
 * Reads a state written by {@link sharedCallStateToJson}.
 * @throws `Error` saying what does not fit when it is not one.
 */
export function readSharedCallState(json: unknown): SharedCallState {
  const parsed = stateSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`not a shared call state: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
  }
  const data = parsed.data;
  return {
    roomId: data.roomId,
    ...(data.call ? { call: { ...data.call, startedAt: new Date(data.call.startedAt) } } : {}),
    members: data.members.map(({ raisedHand, ...m }) => ({
      ...m,
      joinedAt: new Date(m.joinedAt),
      ...(raisedHand ? { raisedHand: { order: raisedHand.order, raisedAt: new Date(raisedHand.raisedAt) } } : {}),
    })),
    nextHandOrder: data.nextHandOrder,
    version: data.version,
  };
}

const noticeSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('departed'),
    participantId: id,
    userId: id,
    reason: z.enum(['left', 'removed', 'replaced', 'rosterRemoved', 'roomClosed', 'endedForEveryone']),
    by: id.optional(),
    byName: z.string().max(MAX_SHARED_DISPLAY_NAME).optional(),
  }),
  z.object({
    type: z.literal('mutedByOthers'),
    participantId: id,
    by: id,
    byName: z.string().max(MAX_SHARED_DISPLAY_NAME).optional(),
  }),
  z.object({
    type: z.literal('handLowered'),
    participantId: id,
    by: id,
    byName: z.string().max(MAX_SHARED_DISPLAY_NAME).optional(),
  }),
  z.object({
    type: z.literal('spotlightChanged'),
    participantId: id,
    on: z.boolean(),
    by: id,
    byName: z.string().max(MAX_SHARED_DISPLAY_NAME).optional(),
  }),
]);

/**
 * Reads notices sent as JSON; ones it does not know are dropped, so a newer service does not break an older client.
 */
export function readSharedCallNotices(json: unknown): SharedCallNotice[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((item) => {
    const parsed = noticeSchema.safeParse(item);
    return parsed.success ? [parsed.data as SharedCallNotice] : [];
  });
}

/** What a member sends over the wire: the service fills in who they are and their role itself. */
export type SharedCallRequest =
  | Omit<Extract<SharedCallMemberAction, { type: 'join' }>, 'userId' | 'role'>
  | Exclude<SharedCallMemberAction, { type: 'join' }>;

const requestSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('join'),
    participantId: id,
    displayName: z.string().max(MAX_SHARED_DISPLAY_NAME).optional(),
    muted: z.boolean().optional(),
    cameraOn: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal('leave'), participantId: id }),
  z.strictObject({ type: z.literal('setMuted'), participantId: id, muted: z.boolean() }),
  z.strictObject({ type: z.literal('setCamera'), participantId: id, on: z.boolean() }),
  z.strictObject({ type: z.literal('setSpeaking'), participantId: id, speaking: z.boolean() }),
  z.strictObject({ type: z.literal('setScreenShare'), participantId: id, on: z.boolean() }),
  z.strictObject({ type: z.literal('setHand'), participantId: id, raised: z.boolean() }),
  z.strictObject({ type: z.literal('remove'), participantId: id, targetUserId: id }),
  z.strictObject({ type: z.literal('muteOthers'), participantId: id, targetUserId: id.optional() }),
]);

/** Reads a member's request from JSON, or says (in one sentence) why it is not one. */
export function readSharedCallRequest(
  json: unknown,
): { ok: true; request: SharedCallRequest } | { ok: false; message: string } {
  const parsed = requestSchema.safeParse(json);
  if (parsed.success) return { ok: true, request: parsed.data as SharedCallRequest };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
  return { ok: false, message: `The action is not valid${where}: ${issue?.message ?? 'unknown problem'}.` };
}
