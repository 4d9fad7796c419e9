/**
 * Call moderation through the whole stack, with a signed-in user per request: only a presenter of the room may admit,
 * decline, list, lower hands, mute, remove, spotlight, invite to speak or end — an attendee, a stranger and a
 * presenter of another room are each refused and nothing changes; invite to speak and return to listener give back
 * the exact previous role, also when the call ends first or the inviting presenter leaves, but never undo an
 * organiser's change; ending for everyone can close the room to joins and knocks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomCallEvent } from '../../src/core/types';
import { deliver } from './events/helpers';
import {
  as,
  ATTENDEE,
  clinic,
  CONSUMER,
  lobbyStack,
  OTHER_PRESENTER,
  PRESENTER,
  recordingCallControl,
  STRANGER,
} from './lobbyStack';
import { userId, type Stack } from './stack';

const stacks: Stack[] = [];
afterEach(async () => {
  for (const stack of stacks.splice(0)) await stack.close();
});

const KNOCKER = userId(10);
const CALL = 'call-consultation';
let eventId = 0;

async function callEvent(stack: Stack, event: RoomCallEvent): Promise<void> {
  await deliver(stack, [{ id: `moderation-${++eventId}`, event }]);
}

const ACTIONS: Array<Record<string, unknown>> = [
  { type: 'lowerHand', userId: ATTENDEE },
  { type: 'lowerAllHands' },
  { type: 'mute', userId: ATTENDEE },
  { type: 'muteAll' },
  { type: 'remove', userId: ATTENDEE },
  { type: 'spotlight', userId: ATTENDEE, on: true },
  { type: 'inviteToSpeak', userId: CONSUMER },
  { type: 'endForEveryone', closeRoom: true },
];

describe('who may moderate', () => {
  it('refuses an attendee, a stranger and a presenter of another room everything, and changes nothing', async () => {
    const control = recordingCallControl();
    const stack = await lobbyStack({ callControl: control });
    stacks.push(stack);
    const { roomId } = await clinic(stack);
    const request = await as(stack, KNOCKER).knock(roomId, 'Sam Patel');
    const requestId = request.body.id as string;
    const rosterBefore = await as(stack, PRESENTER).roster(roomId);
    const roomBefore = await as(stack, PRESENTER).call('GET', `/rooms/${roomId}`);

    for (const who of [ATTENDEE, CONSUMER, STRANGER, OTHER_PRESENTER]) {
      const person = as(stack, who);
      expect((await person.list(roomId)).status, `${who} lists`).toBe(403);
      expect((await person.admit(roomId, requestId, 'Presenter')).status, `${who} admits`).toBe(403);
      expect((await person.decline(roomId, requestId)).status, `${who} declines`).toBe(403);
      for (const action of ACTIONS) {
        expect((await person.moderate(roomId, action)).status, `${who} ${String(action.type)}`).toBe(403);
      }
    }
    expect((await as(stack, undefined).moderate(roomId, { type: 'muteAll' })).status).toBe(403);

    expect(control.calls).toEqual([]);
    expect(await as(stack, PRESENTER).roster(roomId)).toEqual(rosterBefore);
    expect((await as(stack, PRESENTER).list(roomId)).body.value).toMatchObject([{ id: requestId, status: 'pending' }]);
    const roomAfter = await as(stack, PRESENTER).call('GET', `/rooms/${roomId}`);
    expect(roomAfter.body.validUntil).toBe(roomBefore.body.validUntil);
    expect((await as(stack, KNOCKER).knock(roomId, 'Sam Patel')).status).toBe(200);
  });

  it('lets the presenter do each, carried out by the call control on their behalf', async () => {
    const control = recordingCallControl();
    const stack = await lobbyStack({ callControl: control });
    stacks.push(stack);
    const { roomId } = await clinic(stack);
    const okafor = as(stack, PRESENTER);
    for (const action of ACTIONS.filter((a) => a.type !== 'inviteToSpeak' && a.type !== 'endForEveryone')) {
      const answer = await okafor.moderate(roomId, action);
      expect(answer, String(action.type)).toEqual({ status: 200, body: { affected: 1 } });
    }
    expect(control.calls.map((c) => c.action)).toEqual(
      ACTIONS.filter((a) => a.type !== 'inviteToSpeak' && a.type !== 'endForEveryone'),
    );
    expect(control.calls.every((c) => c.roomId === roomId && c.by.userId === PRESENTER)).toBe(true);
    expect((await okafor.moderate(roomId, { type: 'inviteToSpeak', userId: CONSUMER })).body).toEqual({
      affected: 1,
      role: 'Attendee',
    });
    expect((await okafor.moderate(roomId, { type: 'mute' })).status).toBe(400);
  });

  it('says the call cannot be reached when the server has no call control', async () => {
    const stack = await lobbyStack();
    stacks.push(stack);
    const { roomId } = await clinic(stack);
    const answer = await as(stack, PRESENTER).moderate(roomId, { type: 'muteAll' });
    expect(answer).toMatchObject({
      status: 503,
      body: { error: { message: 'This server cannot reach the room’s call.' } },
    });
  });
});

describe('invite to speak', () => {
  it('gives back the exact previous role: Consumer → Attendee → Consumer, Attendee → Collaborator → Attendee', async () => {
    const stack = await lobbyStack();
    stacks.push(stack);
    const { roomId } = await clinic(stack);
    const okafor = as(stack, PRESENTER);
    expect((await okafor.moderate(roomId, { type: 'inviteToSpeak', userId: CONSUMER })).body.role).toBe('Attendee');
    expect((await okafor.moderate(roomId, { type: 'inviteToSpeak', userId: ATTENDEE })).body.role).toBe('Collaborator');
    expect(await okafor.roster(roomId)).toMatchObject({ [CONSUMER]: 'Attendee', [ATTENDEE]: 'Collaborator' });
    expect((await okafor.moderate(roomId, { type: 'returnToListener', userId: CONSUMER })).body).toEqual({
      affected: 1,
      role: 'Consumer',
    });
    expect((await okafor.moderate(roomId, { type: 'returnToListener', userId: ATTENDEE })).body.role).toBe('Attendee');
    expect(await okafor.roster(roomId)).toMatchObject({ [CONSUMER]: 'Consumer', [ATTENDEE]: 'Attendee' });
    const again = await okafor.moderate(roomId, { type: 'returnToListener', userId: ATTENDEE });
    expect(again).toMatchObject({ status: 409, body: { error: { target: 'userId' } } });
    const presenter = await okafor.moderate(roomId, { type: 'inviteToSpeak', userId: PRESENTER });
    expect(presenter).toMatchObject({ status: 409, body: { error: { target: 'userId' } } });
    const stranger = await okafor.moderate(roomId, { type: 'inviteToSpeak', userId: STRANGER });
    expect(stranger).toMatchObject({ status: 409, body: { error: { target: 'userId' } } });
    const moderator = await okafor.moderate(roomId, { type: 'inviteToSpeak', userId: CONSUMER, role: 'Presenter' });
    expect(moderator).toMatchObject({ status: 400, body: { error: { target: 'role' } } });
  });

  it('gives the role back when the call ends first, and when the inviting presenter leaves it', async () => {
    const stack = await lobbyStack();
    stacks.push(stack);
    const { roomId } = await clinic(stack);
    const okafor = as(stack, PRESENTER);
    const at = new Date();
    await callEvent(stack, { type: 'callStarted', roomId, callId: CALL, at });
    await okafor.moderate(roomId, { type: 'inviteToSpeak', userId: CONSUMER });
    await okafor.moderate(roomId, { type: 'inviteToSpeak', userId: ATTENDEE });
    await callEvent(stack, { type: 'callEnded', roomId, callId: CALL, at: new Date() });
    expect(await okafor.roster(roomId)).toMatchObject({ [CONSUMER]: 'Consumer', [ATTENDEE]: 'Attendee' });

    await callEvent(stack, { type: 'callStarted', roomId, callId: `${CALL}-2`, at: new Date() });
    await okafor.moderate(roomId, { type: 'inviteToSpeak', userId: CONSUMER });
    // Someone else leaving gives nothing back; the presenter who invited leaving does.
    await callEvent(stack, { type: 'participantLeft', roomId, callId: `${CALL}-2`, at: new Date(), userId: ATTENDEE });
    expect((await okafor.roster(roomId))[CONSUMER]).toBe('Attendee');
    await callEvent(stack, { type: 'participantLeft', roomId, callId: `${CALL}-2`, at: new Date(), userId: PRESENTER });
    expect((await okafor.roster(roomId))[CONSUMER]).toBe('Consumer');
    expect((await okafor.moderate(roomId, { type: 'returnToListener', userId: CONSUMER })).status).toBe(409);
  });

  it('does not undo an organiser’s change made in between', async () => {
    const stack = await lobbyStack();
    stacks.push(stack);
    const { roomId } = await clinic(stack);
    const okafor = as(stack, PRESENTER);
    await okafor.moderate(roomId, { type: 'inviteToSpeak', userId: CONSUMER });
    expect((await as(stack, undefined).setRole(roomId, CONSUMER, 'Collaborator')).status).toBe(200);
    await callEvent(stack, { type: 'callEnded', roomId, callId: CALL, at: new Date() });
    expect((await okafor.roster(roomId))[CONSUMER]).toBe('Collaborator');
    await okafor.moderate(roomId, { type: 'inviteToSpeak', userId: ATTENDEE });
    await as(stack, undefined).setRole(roomId, ATTENDEE, 'Consumer');
    expect((await okafor.moderate(roomId, { type: 'returnToListener', userId: ATTENDEE })).body).toEqual({
      affected: 0,
      role: 'Consumer',
    });
  });
});

describe('end for everyone', () => {
  it('ends the call, and with closeRoom ends the window, closes the lobby and refuses joins and knocks', async () => {
    const control = recordingCallControl();
    const stack = await lobbyStack({ callControl: control });
    stacks.push(stack);
    const patient = await stack.handler.createUser('Priya Raman');
    const { roomId } = await clinic(stack, { [patient.id]: 'Attendee' });
    const waiting = await as(stack, KNOCKER).knock(roomId, 'Sam Patel');
    expect((await as(stack, patient.id).join(roomId)).status).toBe(200);

    expect((await as(stack, PRESENTER).moderate(roomId, { type: 'endForEveryone', closeRoom: false })).body).toEqual({
      affected: 1,
    });
    expect((await as(stack, patient.id).join(roomId)).status).toBe(200);

    const before = Date.now();
    const ended = await as(stack, PRESENTER).moderate(roomId, { type: 'endForEveryone', closeRoom: true });
    expect(ended.status).toBe(200);
    const closedAt = Date.parse(ended.body.closedAt as string);
    expect(closedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(control.calls.map((c) => c.action)).toEqual([{ type: 'endCall' }, { type: 'endCall' }]);
    const room = await as(stack, PRESENTER).call('GET', `/rooms/${roomId}`);
    expect(Date.parse(room.body.validUntil as string)).toBeLessThanOrEqual(Date.now() + 60_000);

    expect((await as(stack, KNOCKER).get(roomId, waiting.body.id as string)).body).toMatchObject({ status: 'closed' });
    const join = await as(stack, patient.id).join(roomId);
    expect(join).toMatchObject({ status: 409, body: { error: { target: 'room', message: 'This room has closed.' } } });
    const knock = await as(stack, userId(30)).knock(roomId, 'Late patient');
    expect(knock).toMatchObject({ status: 409, body: { error: { target: 'room', message: 'This room has closed.' } } });

    // Its organiser gives it a new end: it opens again.
    const reopened = await as(stack, undefined).call('PATCH', `/rooms/${roomId}`, {
      validUntil: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(reopened.status).toBe(200);
    expect((await as(stack, patient.id).join(roomId)).status).toBe(200);
    expect((await as(stack, userId(30)).knock(roomId, 'Late patient')).status).toBe(201);
  });
});
