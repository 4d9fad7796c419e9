/**
 * Knock to join and moderation through the HTTP adapter, over the whole stack (adapter → handler → local Rooms
 * service), one adapter per signed-in person as each browser would hold: answers read into `JoinRequest`s with
 * instants as dates, refusals as `RoomsError`s with the code and target the UI switches on (the moment a declined
 * person may ask again in `details`), and the lobby's events heard by whom they are for.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpRoomsAdapter, type HttpRoomsAdapter } from '../../src/adapter/http';
import type { RoomEvent } from '../../src/adapter/types';
import { isRoomsError, type RoomsError } from '../../src/core/errors';
import {
  ATTENDEE,
  clinic,
  CONSUMER,
  lobbyStack,
  OTHER_PRESENTER,
  PRESENTER,
  recordingCallControl,
} from '../server/lobbyStack';
import { userId, type Stack } from '../server/stack';

const stacks: Stack[] = [];
const adapters: HttpRoomsAdapter[] = [];
afterEach(async () => {
  for (const stack of stacks.splice(0)) await stack.close();
  adapters.length = 0;
});

function adapterOf(stack: Stack, user: string): HttpRoomsAdapter {
  const adapter = createHttpRoomsAdapter({
    baseUrl: stack.baseUrl,
    retryDelayMs: 1,
    headers: { 'x-test-user': user, 'x-participant': user },
    events: { reconnectDelayMs: 5 },
  });
  adapters.push(adapter);
  return adapter;
}

async function rejection(promise: Promise<unknown>): Promise<RoomsError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isRoomsError(error)).toBe(true);
  return error as RoomsError;
}

const SAM = userId(10);

describe('knock to join through the HTTP adapter', () => {
  it('says it supports the lobby and moderation', async () => {
    const stack = await lobbyStack();
    stacks.push(stack);
    expect(adapterOf(stack, SAM).features).toMatchObject({ lobby: true, moderation: true });
  });

  it('knocks, reads, lists, declines and admits, with the refusals the UI acts on', async () => {
    const stack = await lobbyStack();
    stacks.push(stack);
    const { roomId } = await clinic(stack);
    const sam = adapterOf(stack, SAM);
    const okafor = adapterOf(stack, PRESENTER);

    const made = await sam.requestToJoin(roomId, { displayName: 'Sam Patel', message: 'Running late' });
    expect(made).toMatchObject({ roomId, userId: SAM, displayName: 'Sam Patel', message: 'Running late' });
    expect(made.status).toBe('pending');
    expect(made.requestedAt).toBeInstanceOf(Date);
    expect(made.expiresAt.getTime()).toBeGreaterThan(made.requestedAt.getTime());
    expect((await sam.requestToJoin(roomId, { displayName: 'Sam Patel' })).id).toBe(made.id);
    expect(await sam.getJoinRequest(roomId, made.id)).toEqual(made);
    expect(await okafor.listJoinRequests(roomId)).toEqual([made]);

    expect((await rejection(adapterOf(stack, ATTENDEE).listJoinRequests(roomId))).code).toBe('forbidden');
    expect((await rejection(adapterOf(stack, OTHER_PRESENTER).admitJoinRequest(roomId, made.id))).code).toBe(
      'forbidden',
    );
    const hidden = await rejection(adapterOf(stack, CONSUMER).getJoinRequest(roomId, made.id));
    expect(hidden).toMatchObject({ code: 'notFound', target: 'requestId' });
    const unknownRoom = await rejection(sam.requestToJoin('99999999999999999', { displayName: 'Sam' }));
    expect(unknownRoom).toMatchObject({ code: 'notFound', target: 'roomId' });
    const nameless = await rejection(sam.requestToJoin(roomId, { displayName: '' }));
    expect(nameless).toMatchObject({ code: 'validation', target: 'displayName' });

    const declined = await okafor.declineJoinRequest(roomId, made.id, { reason: 'Please book a new slot.' });
    expect(declined).toMatchObject({ status: 'declined', reason: 'Please book a new slot.', decidedBy: PRESENTER });
    const tooSoon = await rejection(sam.requestToJoin(roomId, { displayName: 'Sam Patel' }));
    expect(tooSoon).toMatchObject({
      code: 'conflict',
      target: 'requestId',
      message: 'Your request was declined. You can ask again in a moment.',
    });
    const askAgainAt = tooSoon.details.find((detail) => detail.code === 'AskAgainAt')?.message;
    expect(askAgainAt).toBe(declined.askAgainAt?.toISOString());

    const priya = userId(11);
    const second = await adapterOf(stack, priya).requestToJoin(roomId, { displayName: 'Priya Raman' });
    const admitted = await okafor.admitJoinRequest(roomId, second.id, { role: 'Consumer' });
    expect(admitted).toMatchObject({ status: 'admitted', role: 'Consumer', decidedBy: PRESENTER });
    expect(admitted.decidedAt).toBeInstanceOf(Date);
    const onRoster = await rejection(adapterOf(stack, priya).requestToJoin(roomId, { displayName: 'Priya' }));
    expect(onRoster).toMatchObject({ code: 'conflict', target: 'room' });

    const third = await adapterOf(stack, userId(12)).requestToJoin(roomId, { displayName: 'Lee' });
    expect(await adapterOf(stack, userId(12)).cancelJoinRequest(roomId, third.id)).toMatchObject({
      status: 'cancelled',
    });
    expect(await okafor.listJoinRequests(roomId)).toEqual([]);
  });

  it('hears its own request answered, while the room hears only how many wait', async () => {
    const stack = await lobbyStack();
    stacks.push(stack);
    const { roomId } = await clinic(stack);
    const sam = adapterOf(stack, SAM);
    const attendee = adapterOf(stack, ATTENDEE);
    const samHeard: RoomEvent[] = [];
    const attendeeHeard: RoomEvent[] = [];
    sam.subscribe(roomId, (event) => samHeard.push(event));
    attendee.subscribe(roomId, (event) => attendeeHeard.push(event));
    await Promise.all([sam.eventStream.opened(), attendee.eventStream.opened()]);

    const made = await sam.requestToJoin(roomId, { displayName: 'Sam Patel' });
    await vi.waitFor(() => expect(attendeeHeard).toContainEqual({ type: 'lobbyChanged', roomId, pendingCount: 1 }));
    await adapterOf(stack, PRESENTER).admitJoinRequest(roomId, made.id, { role: 'Attendee' });
    await vi.waitFor(() =>
      expect(
        samHeard
          .filter((e) => e.type === 'joinRequestUpdated')
          .map((e) => e.type === 'joinRequestUpdated' && e.request.status),
      ).toEqual(['pending', 'admitted']),
    );
    const answered = samHeard.find((e) => e.type === 'joinRequestUpdated' && e.request.status === 'admitted');
    expect(answered?.type === 'joinRequestUpdated' && answered.request.decidedAt).toBeInstanceOf(Date);
    await vi.waitFor(() => expect(attendeeHeard).toContainEqual({ type: 'lobbyChanged', roomId, pendingCount: 0 }));
    expect(attendeeHeard.filter((e) => e.type === 'joinRequestUpdated')).toEqual([]);
  });
});

describe('moderation through the HTTP adapter', () => {
  it('moderates the call, invites to speak and back, and ends the room for everyone', async () => {
    const control = recordingCallControl();
    const stack = await lobbyStack({ callControl: control });
    stacks.push(stack);
    const { roomId } = await clinic(stack);
    const okafor = adapterOf(stack, PRESENTER);
    expect(await okafor.moderateCall(roomId, { type: 'mute', userId: ATTENDEE })).toEqual({ affected: 1 });
    expect(await okafor.moderateCall(roomId, { type: 'inviteToSpeak', userId: CONSUMER })).toEqual({
      affected: 1,
      role: 'Attendee',
    });
    expect(await okafor.moderateCall(roomId, { type: 'returnToListener', userId: CONSUMER })).toEqual({
      affected: 1,
      role: 'Consumer',
    });
    const refused = await rejection(adapterOf(stack, ATTENDEE).moderateCall(roomId, { type: 'muteAll' }));
    expect(refused.code).toBe('forbidden');
    const notInvited = await rejection(okafor.moderateCall(roomId, { type: 'returnToListener', userId: CONSUMER }));
    expect(notInvited).toMatchObject({ code: 'conflict', target: 'userId' });

    const ended = await okafor.moderateCall(roomId, { type: 'endForEveryone', closeRoom: true });
    expect(ended.affected).toBe(1);
    expect(ended.closedAt).toBeInstanceOf(Date);
    const closed = await rejection(adapterOf(stack, SAM).requestToJoin(roomId, { displayName: 'Sam' }));
    expect(closed).toMatchObject({ code: 'conflict', target: 'room', message: 'This room has closed.' });
    expect(control.calls.map((c) => c.action.type)).toEqual(['mute', 'endCall']);
  });
});
