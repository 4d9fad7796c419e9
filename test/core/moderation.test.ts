import { describe, expect, it } from 'vitest';
import {
  grantsEndedBy,
  MODERATION_CAPABILITY,
  moderationAllowed,
  readCallControlAction,
  readCallModerationAction,
  restoredRole,
  speakingRoleFor,
  type CallModerationType,
  type SpeakerGrant,
} from '../../src/core/moderation';
import {
  applySharedCallAction,
  emptySharedCall,
  membersAffected,
  memberByUserId,
  type SharedCallAction,
  type SharedCallState,
} from '../../src/core/sharedCall';
import type { RoomCallEvent } from '../../src/core/types';

const AT = new Date('2026-12-02T17:00:00.000Z');
const context = { at: AT, newCallId: () => 'c1' };

function grant(userId: string, grantedBy: string, roomId = 'r1'): SpeakerGrant {
  return { roomId, userId, previousRole: 'Consumer', grantedRole: 'Attendee', grantedBy, grantedAt: AT };
}

function left(userId: string, roomId = 'r1'): RoomCallEvent {
  return { type: 'participantLeft', roomId, callId: 'c1', at: AT, userId, participantId: `p-${userId}` };
}

function apply(state: SharedCallState, action: SharedCallAction) {
  const outcome = applySharedCallAction(state, action, context);
  if (!outcome.ok) throw new Error(outcome.refusal.message);
  return outcome;
}

function callOf(): SharedCallState {
  let state = emptySharedCall('r1');
  state = apply(state, { type: 'join', userId: 'okafor', participantId: 'p-okafor', role: 'Presenter' }).state;
  state = apply(state, { type: 'join', userId: 'sam', participantId: 'p-sam', role: 'Attendee', muted: false }).state;
  state = apply(state, { type: 'join', userId: 'lee', participantId: 'p-lee', role: 'Attendee', muted: false }).state;
  state = apply(state, { type: 'setHand', participantId: 'p-sam', raised: true }).state;
  return state;
}

const by = { userId: 'okafor', displayName: 'Dr. Okafor' };

describe('moderation rules', () => {
  it('allows each action by its capability: presenters may, nobody else', () => {
    for (const type of Object.keys(MODERATION_CAPABILITY) as CallModerationType[]) {
      expect(moderationAllowed('Presenter', type)).toBe(true);
      for (const role of ['Attendee', 'Consumer', 'Collaborator'] as const)
        expect(moderationAllowed(role, type)).toBe(false);
      expect(moderationAllowed(undefined, type)).toBe(false);
    }
  });

  it('invites a Consumer to speak as an Attendee and an Attendee to share as a Collaborator', () => {
    expect(speakingRoleFor('Consumer')).toBe('Attendee');
    expect(speakingRoleFor('Attendee')).toBe('Collaborator');
    expect(speakingRoleFor('Presenter')).toBeUndefined();
  });

  it('ends every grant of the room with its call, and on a leave those of the person and of whom they invited', () => {
    const grants = [grant('sam', 'okafor'), grant('lee', 'okafor'), grant('kim', 'ada'), grant('sam', 'okafor', 'r2')];
    expect(grantsEndedBy(grants, { type: 'callEnded', roomId: 'r1', callId: 'c1', at: AT })).toEqual(
      grants.slice(0, 3),
    );
    expect(grantsEndedBy(grants, left('sam'))).toEqual([grants[0]]);
    expect(grantsEndedBy(grants, left('okafor'))).toEqual([grants[0], grants[1]]);
    expect(grantsEndedBy(grants, left('nobody'))).toEqual([]);
    expect(grantsEndedBy(grants, { type: 'callStarted', roomId: 'r1', callId: 'c1', at: AT })).toEqual([]);
  });

  it('gives back exactly the previous role, unless someone changed the role since', () => {
    expect(restoredRole(grant('sam', 'okafor'), 'Attendee')).toBe('Consumer');
    expect(restoredRole(grant('sam', 'okafor'), 'Presenter')).toBeUndefined();
    expect(restoredRole(grant('sam', 'okafor'), undefined)).toBeUndefined();
  });

  it('reads actions from JSON and says what is wrong', () => {
    expect(readCallModerationAction({ type: 'endForEveryone', closeRoom: true })).toEqual({
      ok: true,
      action: { type: 'endForEveryone', closeRoom: true },
    });
    expect(readCallModerationAction({ type: 'mute' })).toMatchObject({ ok: false, target: 'userId' });
    expect(readCallControlAction({ type: 'endCall' })).toEqual({ type: 'endCall' });
    expect(readCallControlAction({ type: 'endForEveryone', closeRoom: true })).toBeUndefined();
  });
});

describe('the shared call’s control action', () => {
  it('mutes one person or everyone but the actor, telling each who did it', () => {
    const call = callOf();
    const one = apply(call, { type: 'control', action: { type: 'mute', userId: 'sam' }, by });
    expect(memberByUserId(one.state, 'sam')?.muted).toBe(true);
    expect(one.notices).toEqual([
      { type: 'mutedByOthers', participantId: 'p-sam', by: 'okafor', byName: 'Dr. Okafor' },
    ]);
    expect(membersAffected(call, one.state)).toBe(1);
    const all = apply(call, { type: 'control', action: { type: 'muteAll' }, by });
    expect(all.notices.map((n) => n.participantId)).toEqual(['p-sam', 'p-lee']);
  });

  it('lowers hands and spotlights, telling the person', () => {
    const call = callOf();
    const lowered = apply(call, { type: 'control', action: { type: 'lowerAllHands' }, by });
    expect(memberByUserId(lowered.state, 'sam')?.raisedHand).toBeUndefined();
    expect(lowered.notices).toEqual([expect.objectContaining({ type: 'handLowered', participantId: 'p-sam' })]);
    const lit = apply(call, { type: 'control', action: { type: 'spotlight', userId: 'lee', on: true }, by });
    expect(memberByUserId(lit.state, 'lee')?.spotlighted).toBe(true);
    expect(lit.notices).toEqual([
      expect.objectContaining({ type: 'spotlightChanged', on: true, byName: 'Dr. Okafor' }),
    ]);
    const again = applySharedCallAction(
      lit.state,
      { type: 'control', action: { type: 'spotlight', userId: 'lee', on: true }, by },
      context,
    );
    expect(again.ok && again.changed).toBe(false);
  });

  it('removes someone and ends the call for everyone, with the reason and who did it', () => {
    const call = callOf();
    const removed = apply(call, { type: 'control', action: { type: 'remove', userId: 'sam' }, by });
    expect(removed.notices).toEqual([
      expect.objectContaining({ type: 'departed', reason: 'removed', byName: 'Dr. Okafor' }),
    ]);
    const ended = apply(call, { type: 'control', action: { type: 'endCall' }, by });
    expect(ended.state.members).toEqual([]);
    expect(ended.state.call).toBeUndefined();
    expect(ended.notices.map((n) => n.type === 'departed' && n.reason)).toEqual([
      'endedForEveryone',
      'endedForEveryone',
      'endedForEveryone',
    ]);
    expect(ended.events.at(-1)?.type).toBe('callEnded');
    expect(membersAffected(call, ended.state)).toBe(3);
  });

  it('refuses someone who is not in the call', () => {
    const outcome = applySharedCallAction(
      callOf(),
      { type: 'control', action: { type: 'mute', userId: 'kim' }, by },
      context,
    );
    expect(!outcome.ok && outcome.refusal.code).toBe('notInCall');
  });
});
