import { describe, expect, it } from 'vitest';
import type { RoomRole } from '../../src/core/roles';
import {
  applySharedCallAction,
  emptySharedCall,
  memberByUserId,
  raisedHandPosition,
  readSharedCallRequest,
  readSharedCallState,
  sharedCallStateToJson,
  type SharedCallAction,
  type SharedCallOutcome,
  type SharedCallState,
} from '../../src/core/sharedCall';

const ROOM = 'room-1';
const T0 = new Date('2026-12-02T17:00:00.000Z');
const ADA = '8:acs:r_ada';
const BEN = '8:acs:r_ben';
const CY = '8:acs:r_cy';

/** A call driven action by action, one second apart, keeping every outcome. */
function callOf() {
  let state: SharedCallState = emptySharedCall(ROOM);
  let tick = 0;
  let calls = 0;
  return {
    get state() {
      return state;
    },
    act(action: SharedCallAction): SharedCallOutcome {
      const outcome = applySharedCallAction(state, action, {
        at: new Date(T0.getTime() + 1000 * tick++),
        newCallId: () => `call-${++calls}`,
      });
      state = outcome.state;
      return outcome;
    },
    join(userId: string, participantId: string, role: RoomRole | undefined, extra: Partial<SharedCallAction> = {}) {
      return this.act({
        type: 'join',
        userId,
        participantId,
        displayName: userId.slice(-3),
        role,
        ...extra,
      } as SharedCallAction);
    },
  };
}

function refusal(outcome: SharedCallOutcome) {
  return outcome.ok ? undefined : outcome.refusal;
}

describe('the shared call', () => {
  it('starts with the first who joins and ends with the last who leaves, with the call events of each', () => {
    const call = callOf();
    const first = call.join(ADA, 'p-ada', 'Presenter');
    expect(first.ok && first.events.map((e) => e.type)).toEqual(['callStarted', 'participantJoined']);
    expect(first.ok && first.events[1]).toEqual({
      type: 'participantJoined',
      roomId: ROOM,
      callId: 'call-1',
      at: T0,
      userId: ADA,
      displayName: 'ada',
      role: 'Presenter',
      participantId: 'p-ada',
    });
    const second = call.join(BEN, 'p-ben', 'Attendee');
    expect(second.ok && second.events.map((e) => e.type)).toEqual(['participantJoined']);
    expect(call.state.members.map((m) => m.userId)).toEqual([ADA, BEN]);
    expect(call.state.members.every((m) => m.muted && !m.cameraOn)).toBe(true);

    const benLeaves = call.act({ type: 'leave', participantId: 'p-ben' });
    expect(benLeaves.ok && benLeaves.events.map((e) => e.type)).toEqual(['participantLeft']);
    const adaLeaves = call.act({ type: 'leave', participantId: 'p-ada' });
    expect(adaLeaves.ok && adaLeaves.events.map((e) => e.type)).toEqual(['participantLeft', 'callEnded']);
    expect(adaLeaves.ok && adaLeaves.events[1]).toMatchObject({ callId: 'call-1', endedBy: ADA, durationSeconds: 3 });
    expect(call.state.call).toBeUndefined();

    // The next one to join starts a new call.
    const again = call.join(BEN, 'p-ben-2', 'Attendee');
    expect(again.ok && again.events[0]).toMatchObject({ type: 'callStarted', callId: 'call-2', startedBy: BEN });
  });

  it('takes a repeated join or leave as the same one, and a second stay of one person as replacing the first', () => {
    const call = callOf();
    call.join(ADA, 'p-1', 'Attendee');
    const repeated = call.join(ADA, 'p-1', 'Attendee');
    expect(repeated.ok && repeated.changed).toBe(false);
    const otherTab = call.join(ADA, 'p-2', 'Attendee');
    expect(otherTab.ok && otherTab.events.map((e) => e.type)).toEqual(['participantLeft', 'participantJoined']);
    expect(otherTab.ok && otherTab.notices).toEqual([
      { type: 'departed', participantId: 'p-1', userId: ADA, reason: 'replaced' },
    ]);
    expect(call.state.members.map((m) => m.participantId)).toEqual(['p-2']);
    expect(refusal(call.join(BEN, 'p-2', 'Attendee'))?.code).toBe('conflict');
    const leftTwice = call.act({ type: 'leave', participantId: 'p-1' });
    expect(leftTwice.ok && leftTwice.changed).toBe(false);
  });

  it('lets members change their own microphone, camera, speaking and hand, in the order hands went up', () => {
    const call = callOf();
    call.join(ADA, 'p-ada', 'Presenter');
    call.join(BEN, 'p-ben', 'Attendee');
    call.join(CY, 'p-cy', 'Collaborator');
    call.act({ type: 'setMuted', participantId: 'p-ben', muted: false });
    call.act({ type: 'setCamera', participantId: 'p-ben', on: true });
    call.act({ type: 'setSpeaking', participantId: 'p-cy', speaking: true });
    expect(memberByUserId(call.state, BEN)).toMatchObject({ muted: false, cameraOn: true });
    // Talking turns the microphone on; muting stops the talking.
    expect(memberByUserId(call.state, CY)).toMatchObject({ muted: false, speaking: true });
    call.act({ type: 'setMuted', participantId: 'p-cy', muted: true });
    expect(memberByUserId(call.state, CY)).toMatchObject({ muted: true, speaking: false });

    call.act({ type: 'setHand', participantId: 'p-cy', raised: true });
    call.act({ type: 'setHand', participantId: 'p-ben', raised: true });
    expect(raisedHandPosition(call.state, 'p-cy')).toBe(1);
    expect(raisedHandPosition(call.state, 'p-ben')).toBe(2);
    call.act({ type: 'setHand', participantId: 'p-cy', raised: false });
    expect(raisedHandPosition(call.state, 'p-cy')).toBeUndefined();
    expect(raisedHandPosition(call.state, 'p-ben')).toBe(1);
    expect(memberByUserId(call.state, BEN)?.raisedHand?.raisedAt).toBeInstanceOf(Date);
  });

  it('refuses what a role may not do, naming the capability, and changes nothing', () => {
    const call = callOf();
    call.join(ADA, 'p-ada', 'Consumer', { muted: false, cameraOn: true } as Partial<SharedCallAction>);
    // A Consumer joins muted with the camera off whatever they asked for.
    expect(memberByUserId(call.state, ADA)).toMatchObject({ muted: true, cameraOn: false });
    const before = call.state;
    expect(refusal(call.act({ type: 'setMuted', participantId: 'p-ada', muted: false }))).toMatchObject({
      code: 'forbidden',
      capability: 'unmuteMic',
    });
    expect(refusal(call.act({ type: 'setCamera', participantId: 'p-ada', on: true }))?.capability).toBe('turnVideoOn');
    expect(refusal(call.act({ type: 'setSpeaking', participantId: 'p-ada', speaking: true }))?.code).toBe('forbidden');
    expect(refusal(call.act({ type: 'setHand', participantId: 'p-ada', raised: true }))?.code).toBe('forbidden');
    expect(refusal(call.act({ type: 'setScreenShare', participantId: 'p-ada', on: true }))?.capability).toBe(
      'shareScreen',
    );
    expect(call.state).toBe(before);

    call.join(BEN, 'p-ben', 'Attendee');
    expect(refusal(call.act({ type: 'setScreenShare', participantId: 'p-ben', on: true }))?.code).toBe('forbidden');
    expect(refusal(call.act({ type: 'remove', participantId: 'p-ben', targetUserId: ADA }))?.capability).toBe(
      'removeParticipant',
    );
    expect(refusal(call.act({ type: 'muteOthers', participantId: 'p-ben' }))?.capability).toBe('muteOthers');
    // Someone whose role is not known yet may only watch and listen.
    call.join(CY, 'p-cy', undefined);
    expect(refusal(call.act({ type: 'setMuted', participantId: 'p-cy', muted: false }))?.message).toMatch(
      /role is not known/,
    );
    expect(refusal(call.act({ type: 'setMuted', participantId: 'p-nobody', muted: true }))?.code).toBe('notInCall');
  });

  it('lets one person share at a time', () => {
    const call = callOf();
    call.join(ADA, 'p-ada', 'Presenter');
    call.join(BEN, 'p-ben', 'Collaborator');
    expect(call.act({ type: 'setScreenShare', participantId: 'p-ada', on: true }).ok).toBe(true);
    expect(refusal(call.act({ type: 'setScreenShare', participantId: 'p-ben', on: true }))).toMatchObject({
      code: 'conflict',
      message: 'ada is sharing their screen; one person shares at a time.',
    });
    call.act({ type: 'setScreenShare', participantId: 'p-ada', on: false });
    expect(call.act({ type: 'setScreenShare', participantId: 'p-ben', on: true }).ok).toBe(true);
  });

  it('enforces a role the roster gives at once: a Consumer is muted, loses camera, hand and screen', () => {
    const call = callOf();
    call.join(ADA, 'p-ada', 'Presenter');
    call.act({ type: 'setMuted', participantId: 'p-ada', muted: false });
    call.act({ type: 'setCamera', participantId: 'p-ada', on: true });
    call.act({ type: 'setScreenShare', participantId: 'p-ada', on: true });
    call.act({ type: 'setHand', participantId: 'p-ada', raised: true });
    call.act({ type: 'setSpeaking', participantId: 'p-ada', speaking: true });

    const toAttendee = call.act({ type: 'setRole', userId: ADA, role: 'Attendee' });
    // Losing shareScreen stops the share; the rest stays.
    expect(memberByUserId(toAttendee.state, ADA)).toMatchObject({
      role: 'Attendee',
      screenSharing: false,
      cameraOn: true,
      muted: false,
      speaking: true,
    });
    call.act({ type: 'setRole', userId: ADA, role: 'Consumer' });
    const ada = memberByUserId(call.state, ADA);
    expect(ada).toMatchObject({
      role: 'Consumer',
      muted: true,
      speaking: false,
      cameraOn: false,
      screenSharing: false,
    });
    expect(ada?.raisedHand).toBeUndefined();
    const unchanged = call.act({ type: 'setRole', userId: ADA, role: 'Consumer' });
    expect(unchanged.ok && unchanged.changed).toBe(false);
    // A role for someone not in the call changes nothing.
    const absent = call.act({ type: 'setRole', userId: BEN, role: 'Presenter' });
    expect(absent.ok && absent.changed).toBe(false);
  });

  it('lets a Presenter remove someone and mute others, and tells the people it concerns', () => {
    const call = callOf();
    call.join(ADA, 'p-ada', 'Presenter');
    call.join(BEN, 'p-ben', 'Attendee', { muted: false } as Partial<SharedCallAction>);
    call.join(CY, 'p-cy', 'Attendee', { muted: false } as Partial<SharedCallAction>);

    const muteBen = call.act({ type: 'muteOthers', participantId: 'p-ada', targetUserId: BEN });
    expect(muteBen.ok && muteBen.notices).toEqual([{ type: 'mutedByOthers', participantId: 'p-ben', by: ADA }]);
    const muteAll = call.act({ type: 'muteOthers', participantId: 'p-ada' });
    // Ben was muted already: only Cy hears of it.
    expect(muteAll.ok && muteAll.notices).toEqual([{ type: 'mutedByOthers', participantId: 'p-cy', by: ADA }]);

    const removeCy = call.act({ type: 'remove', participantId: 'p-ada', targetUserId: CY });
    expect(removeCy.ok && removeCy.notices).toEqual([
      { type: 'departed', participantId: 'p-cy', userId: CY, reason: 'removed', by: ADA },
    ]);
    expect(removeCy.ok && removeCy.events.map((e) => e.type)).toEqual(['participantLeft']);
    expect(refusal(call.act({ type: 'remove', participantId: 'p-ada', targetUserId: CY }))?.code).toBe('notInCall');
    expect(refusal(call.act({ type: 'remove', participantId: 'p-ada', targetUserId: ADA }))?.code).toBe('invalid');
  });

  it('lets the roster take someone out, and a closed room end the call for everyone', () => {
    const call = callOf();
    call.join(ADA, 'p-ada', 'Presenter');
    call.join(BEN, 'p-ben', 'Attendee');
    const off = call.act({ type: 'rosterRemoved', userId: BEN });
    expect(off.ok && off.notices[0]).toMatchObject({ userId: BEN, reason: 'rosterRemoved' });
    call.join(BEN, 'p-ben-2', 'Attendee');
    const closed = call.act({ type: 'closeRoom' });
    expect(closed.ok && closed.events.map((e) => e.type)).toEqual(['participantLeft', 'participantLeft', 'callEnded']);
    expect(closed.ok && closed.notices.map((n) => n.type === 'departed' && n.reason)).toEqual([
      'roomClosed',
      'roomClosed',
    ]);
    expect(call.state.members).toEqual([]);
  });

  it('counts versions, and writes and reads its state as JSON without loss', () => {
    const call = callOf();
    call.join(ADA, 'p-ada', 'Presenter');
    call.act({ type: 'setHand', participantId: 'p-ada', raised: true });
    expect(call.state.version).toBe(2);
    const json = JSON.parse(JSON.stringify(sharedCallStateToJson(call.state)));
    expect(readSharedCallState(json)).toEqual(call.state);
    expect(() => readSharedCallState({ roomId: ROOM, members: 'nobody' })).toThrow(/not a shared call state/);
  });

  it('reads a member’s request from the wire, and says what is wrong with one that is not', () => {
    expect(readSharedCallRequest({ type: 'setMuted', participantId: 'p-1', muted: false })).toEqual({
      ok: true,
      request: { type: 'setMuted', participantId: 'p-1', muted: false },
    });
    // Nobody names their own role or user: the service does.
    expect(readSharedCallRequest({ type: 'join', participantId: 'p-1', role: 'Presenter' }).ok).toBe(false);
    expect(readSharedCallRequest({ type: 'setRole', userId: ADA, role: 'Presenter' }).ok).toBe(false);
    const bad = readSharedCallRequest({ type: 'setCamera', participantId: 'p-1', on: 'yes' });
    expect(!bad.ok && bad.message).toMatch(/^The action is not valid \(on\)/);
  });
});
