import { describe, expect, it } from 'vitest';
import { createInMemoryRoomsAdapter, makeUserId, type InMemoryRoomsAdapterOptions } from '../../src/adapter/inMemory';
import type { RoomCallEvent, RoomEvent } from '../../src/adapter/types';
import { isRoomsError } from '../../src/core/errors';

const NOW = new Date('2026-12-02T17:00:00.000Z');
const MINUTE = 60_000;
const at = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE);
const [priya, amara] = [makeUserId(0), makeUserId(1)];

function make(options: InMemoryRoomsAdapterOptions = {}) {
  return createInMemoryRoomsAdapter({ now: () => new Date(NOW), seed: 11, ...options });
}

function joined(roomId: string, userId: string, participantId: string, minutes: number): RoomCallEvent {
  return { type: 'participantJoined', roomId, callId: 'c1', at: at(minutes), userId, participantId };
}

function left(roomId: string, userId: string, participantId: string, minutes: number): RoomCallEvent {
  return { type: 'participantLeft', roomId, callId: 'c1', at: at(minutes), userId, participantId };
}

describe('in-memory call activity', () => {
  it('says it hears call activity', () => {
    expect(make().features.activity).toBe(true);
  });

  it('answers a room’s calls, who was in each and when, and refuses an unknown room', async () => {
    const adapter = make();
    const room = await adapter.createRoom({});
    expect(await adapter.getRoomActivity(room.id)).toEqual({ roomId: room.id, calls: [] });

    adapter.reportCallEvent({ type: 'callStarted', roomId: room.id, callId: 'c1', at: at(0), startedBy: amara });
    adapter.reportCallEvent(joined(room.id, amara, 'p-1', 0));
    adapter.reportCallEvent(joined(room.id, priya, 'p-2', 4));
    adapter.reportCallEvent(left(room.id, priya, 'p-2', 20));

    expect(await adapter.getRoomActivity(room.id)).toEqual({
      roomId: room.id,
      calls: [
        {
          callId: 'c1',
          startedAt: at(0),
          startedBy: amara,
          attendees: [
            { userId: amara, stays: [{ participantId: 'p-1', joinedAt: at(0) }] },
            { userId: priya, stays: [{ participantId: 'p-2', joinedAt: at(4), leftAt: at(20) }] },
          ],
        },
      ],
    });
    const error = await adapter.getRoomActivity('404').catch((e: unknown) => e);
    expect(isRoomsError(error) && error.code).toBe('notFound');
    expect(adapter.calls.map((c) => c.operation)).toContain('getRoomActivity');
  });

  it('shows the call going on in the room it answers and lists, and drops it when the call ends', async () => {
    const adapter = make();
    const room = await adapter.createRoom({});
    adapter.reportCallEvent(joined(room.id, amara, 'p-1', 0));
    adapter.reportCallEvent(joined(room.id, priya, 'p-2', 1));

    const call = { callId: 'c1', startedAt: at(0), participantCount: 2 };
    expect((await adapter.getRoom(room.id)).call).toEqual(call);
    expect((await adapter.listRooms()).items[0]?.call).toEqual(call);

    adapter.reportCallEvent({ type: 'callEnded', roomId: room.id, callId: 'c1', at: at(30), durationSeconds: 1800 });
    expect((await adapter.getRoom(room.id)).call).toBeUndefined();
    expect((await adapter.listRooms()).items[0]?.call).toBeUndefined();
  });

  it('starts with the activity it is given, in any order, ignoring rooms it does not have', async () => {
    const adapter = make({
      rooms: [{ room: { id: 'r1' } }],
      callEvents: [
        left('r1', priya, 'p-2', 20),
        joined('r1', priya, 'p-2', 4),
        joined('r1', amara, 'p-1', 0),
        joined('elsewhere', amara, 'p-9', 0),
      ],
    });
    expect(await adapter.getRoom('r1')).toMatchObject({
      call: { callId: 'c1', startedAt: at(0), participantCount: 1 },
    });
    const activity = await adapter.getRoomActivity('r1');
    expect(activity.calls[0]?.attendees.map((a) => a.userId)).toEqual([amara, priya]);
    await expect(adapter.getRoomActivity('elsewhere')).rejects.toMatchObject({ code: 'notFound' });
  });

  it('tells the room’s subscribers and every rooms listener, once per change', async () => {
    const adapter = make();
    const room = await adapter.createRoom({});
    const other = await adapter.createRoom({});
    const ofRoom: RoomEvent[] = [];
    const ofAll: RoomEvent[] = [];
    adapter.subscribe(room.id, (event) => ofRoom.push(event));
    adapter.subscribeRooms((event) => ofAll.push(event));

    const join = joined(room.id, priya, 'p-2', 4);
    adapter.reportCallEvent(join);
    adapter.reportCallEvent(join); // a redelivery changes nothing
    adapter.reportCallEvent(joined(other.id, amara, 'p-1', 5));
    adapter.reportCallEvent(joined('404', amara, 'p-3', 5));

    expect(ofRoom).toEqual([join]);
    expect(ofAll).toEqual([join, joined(other.id, amara, 'p-1', 5)]);
  });

  it('keeps what it reported apart from the caller’s event and each listener’s copy', async () => {
    const adapter = make();
    const room = await adapter.createRoom({});
    adapter.subscribeRooms((event) => {
      if (event.type === 'participantJoined') event.at.setTime(0);
    });
    const seen: RoomEvent[] = [];
    adapter.subscribe(room.id, (event) => seen.push(event));
    const join = joined(room.id, priya, 'p-2', 4);
    adapter.reportCallEvent(join);
    join.at.setTime(0);

    expect(seen[0]).toMatchObject({ at: at(4) });
    expect((await adapter.getRoomActivity(room.id)).calls[0]?.attendees[0]?.stays[0]?.joinedAt).toEqual(at(4));
  });

  it('forgets a deleted room’s activity', async () => {
    const adapter = make({ rooms: [{ room: { id: 'r1' } }], callEvents: [joined('r1', priya, 'p-2', 4)] });
    await adapter.deleteRoom('r1');
    const events: RoomEvent[] = [];
    adapter.subscribeRooms((event) => events.push(event));
    adapter.reportCallEvent(joined('r1', amara, 'p-1', 5));
    expect(events).toEqual([]);
  });
});

describe('in-memory subscribeRooms', () => {
  it('hears every room’s changes, its creation included, until it stops', async () => {
    const adapter = make();
    const events: RoomEvent[] = [];
    const stop = adapter.subscribeRooms((event) => events.push(event));
    expect(adapter.subscriberCount()).toBe(1);

    const room = await adapter.createRoom({ subject: 'Follow-up: Priya Raman' });
    await adapter.upsertParticipants(room.id, [{ id: priya, role: 'Consumer' }]);
    const updated = await adapter.updateRoom(room.id, { subject: 'Follow-up' });
    await adapter.removeParticipants(room.id, [priya]);
    await adapter.deleteRoom(room.id);
    stop();
    await adapter.createRoom({});

    expect(events).toEqual([
      { type: 'roomCreated', roomId: room.id, room },
      { type: 'participantsChanged', roomId: room.id, upserted: [{ id: priya, role: 'Consumer' }], removed: [] },
      { type: 'roomUpdated', roomId: room.id, room: updated },
      { type: 'participantsChanged', roomId: room.id, upserted: [], removed: [priya] },
      { type: 'roomDeleted', roomId: room.id },
    ]);
    expect(adapter.subscriberCount()).toBe(0);
  });

  it('is not told of a repeated create, which makes nothing', async () => {
    const adapter = make();
    const events: RoomEvent[] = [];
    adapter.subscribeRooms((event) => events.push(event));
    await adapter.createRoom({}, { idempotencyKey: 'k1' });
    await adapter.createRoom({}, { idempotencyKey: 'k1' });
    expect(events.map((e) => e.type)).toEqual(['roomCreated']);
  });
});
