import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectAll } from '../../src/adapter/paging';
import {
  createInMemoryRoomsAdapter,
  createSeededRoomsAdapter,
  DEFAULT_PEOPLE,
  DEMO_ROOM_IDS,
  makePeople,
  makeUserId,
  seedDemoRooms,
  type InMemoryRoomsAdapterOptions,
} from '../../src/adapter/inMemory';
import type { Person, RoomEvent } from '../../src/adapter/types';
import { isRoomsError, RoomsError } from '../../src/core/errors';
import { isParticipantId } from '../../src/core/identifiers';
import { validityStatus } from '../../src/core/validity';

const NOW = new Date('2025-06-02T09:00:00.000Z');
const MINUTE = 60_000;
const DAY = 86_400_000;

function make(options: InMemoryRoomsAdapterOptions = {}) {
  return createInMemoryRoomsAdapter({ now: () => new Date(NOW), seed: 42, ...options });
}

/** Awaits a promise that must reject and returns its RoomsError. */
async function rejection(promise: Promise<unknown>): Promise<RoomsError> {
  try {
    await promise;
  } catch (error) {
    expect(isRoomsError(error)).toBe(true);
    return error as RoomsError;
  }
  throw new Error('Expected the call to reject.');
}

const [ana, bo, cy, di, ed] = DEFAULT_PEOPLE.map((p) => p.id) as [string, string, string, string, string];

afterEach(() => {
  vi.useRealTimers();
});

describe('createInMemoryRoomsAdapter: rooms', () => {
  it('creates rooms with the service defaults and digit ids', async () => {
    const adapter = make();
    const room = await adapter.createRoom({});
    expect(room.id).toMatch(/^[1-9]\d{16}$/);
    expect(room.createdAt).toEqual(NOW);
    expect(room.validFrom).toEqual(NOW);
    expect(room.validUntil.getTime() - room.validFrom.getTime()).toBe(180 * DAY);
    expect(room.pstnDialOutEnabled).toBe(false);
    expect('joinPolicy' in room).toBe(false);
    expect(adapter.features).toEqual({
      joinPolicy: false,
      events: true,
      activity: true,
      joinInfo: true,
      details: true,
      search: true,
      lobby: true,
      moderation: true,
    });
  });

  it('makes the same room ids for the same seed and uses a given id generator', async () => {
    const ids = async (seed: number) => {
      const adapter = make({ seed });
      return [(await adapter.createRoom({})).id, (await adapter.createRoom({})).id];
    };
    expect(await ids(7)).toEqual(await ids(7));
    expect(await ids(7)).not.toEqual(await ids(8));

    let n = 0;
    const custom = make({ generateRoomId: () => `room-${++n}` });
    expect((await custom.createRoom({})).id).toBe('room-1');
  });

  it('reports every bad participant id in the details and applies nothing', async () => {
    const adapter = make();
    const room = await adapter.createRoom({ participants: [{ id: ana }] });
    const error = await rejection(
      adapter.upsertParticipants(room.id, [{ id: bo }, { id: '8:acs:bad id!' }, { id: '4:+14255550123' }]),
    );
    expect(error.code).toBe('validation');
    expect(error.target).toBe('participants');
    expect(error.details.map((d) => d.target)).toEqual(['8:acs:bad id!', '4:+14255550123']);
    expect((await adapter.listParticipants(room.id)).items).toEqual([{ id: ana, role: 'Attendee' }]);
  });

  it('checks an update against the merged window and names the field', async () => {
    const adapter = make();
    const room = await adapter.createRoom({
      validFrom: new Date(NOW.getTime() + DAY),
      validUntil: new Date(NOW.getTime() + 2 * DAY),
    });
    const error = await rejection(adapter.updateRoom(room.id, { validFrom: new Date(NOW.getTime() + 3 * DAY) }));
    expect(error).toMatchObject({ code: 'validation', target: 'validUntil' });
    expect(error.details[0]).toMatchObject({ code: 'BadArgument', target: 'validUntil' });
    // A start a few minutes in the past is fine, as at the service.
    const moved = await adapter.updateRoom(room.id, { validFrom: new Date(NOW.getTime() - 5 * MINUTE) });
    expect(moved.validFrom.getTime()).toBe(NOW.getTime() - 5 * MINUTE);
    expect(moved.validUntil).toEqual(room.validUntil);
  });

  it('replays the first answer for a repeated idempotency key and refuses a different body', async () => {
    const adapter = make();
    const first = await adapter.createRoom({ participants: [{ id: ana }] }, { idempotencyKey: 'k1' });
    const again = await adapter.createRoom({ participants: [{ id: ana }] }, { idempotencyKey: 'k1' });
    expect(again).toEqual(first);
    expect((await adapter.listRooms()).items).toHaveLength(1);
    const error = await rejection(adapter.createRoom({ pstnDialOutEnabled: true }, { idempotencyKey: 'k1' }));
    expect(error.code).toBe('conflict');
  });

  it('never hands out objects that reach its state', async () => {
    const people: Person[] = [{ id: ana, displayName: 'Original Name' }];
    const participants = [{ id: ana, role: 'Presenter' as const }];
    const adapter = make({ people });
    const room = await adapter.createRoom({ participants });
    participants[0]!.role = 'Consumer' as never;
    participants.push({ id: bo, role: 'Presenter' });
    room.validUntil.setTime(0);
    room.pstnDialOutEnabled = true;
    people[0]!.displayName = 'Changed';
    const [found] = await adapter.resolvePeople([ana]);
    found!.displayName = 'Changed again';

    const stored = await adapter.getRoom(room.id);
    expect(stored.validUntil.getTime()).toBe(NOW.getTime() + 180 * DAY);
    expect(stored.pstnDialOutEnabled).toBe(false);
    expect((await adapter.listParticipants(room.id)).items).toEqual([{ id: ana, role: 'Presenter' }]);
    expect((await adapter.resolvePeople([ana]))[0]?.displayName).toBe('Original Name');
  });
});

describe('latency and abort', () => {
  it('answers only after the simulated latency', async () => {
    vi.useFakeTimers();
    const adapter = make({ latencyMs: 500 });
    let settled = false;
    const pending = adapter.listRooms().then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(499);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(settled).toBe(true);
  });

  it('draws latency from a range with the given random source', async () => {
    vi.useFakeTimers();
    const adapter = make({ latencyMs: { min: 100, max: 300 }, random: () => 0.5 });
    let settled = false;
    const pending = adapter.listRooms().then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(199);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(settled).toBe(true);
  });

  it('rejects aborted and applies nothing when cancelled during latency', async () => {
    vi.useFakeTimers();
    const adapter = make({ latencyMs: 1000 });
    const controller = new AbortController();
    const creating = rejection(adapter.createRoom({}, { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(400);
    controller.abort();
    expect((await creating).code).toBe('aborted');

    await vi.advanceTimersByTimeAsync(2000);
    adapter.faults.setLatency(0);
    expect((await adapter.listRooms()).items).toEqual([]);
  });

  it('rejects a call whose signal is already aborted, and logs it', async () => {
    const adapter = make();
    const room = await adapter.createRoom({});
    const error = await rejection(adapter.deleteRoom(room.id, { signal: AbortSignal.abort() }));
    expect(error.code).toBe('aborted');
    expect(await adapter.getRoom(room.id)).toEqual(room);
    expect(adapter.calls.map((c) => c.operation)).toEqual(['createRoom', 'deleteRoom', 'getRoom']);
  });

  it('does not use up a scripted failure when the call is cancelled first', async () => {
    const adapter = make();
    adapter.faults.failNext('unavailable');
    await rejection(adapter.listRooms({ signal: AbortSignal.abort() }));
    expect(adapter.faults.pendingFailures).toBe(1);
  });
});

describe('fault injection', () => {
  it('fails the next calls of one operation only, applying nothing', async () => {
    const adapter = make();
    const room = await adapter.createRoom({ participants: [{ id: ana }] });
    adapter.faults.failNext('unavailable', { operation: 'upsertParticipants', times: 2 });
    expect(adapter.faults.pendingFailures).toBe(2);

    expect((await adapter.getRoom(room.id)).id).toBe(room.id);
    expect((await rejection(adapter.upsertParticipants(room.id, [{ id: bo }]))).code).toBe('unavailable');
    const second = await rejection(adapter.upsertParticipants(room.id, [{ id: bo }]));
    expect(second.retryable).toBe(true);
    expect((await adapter.listParticipants(room.id)).items.map((p) => p.id)).toEqual([ana]);

    await adapter.upsertParticipants(room.id, [{ id: bo }]);
    expect((await adapter.listParticipants(room.id)).items.map((p) => p.id)).toEqual([ana, bo]);
  });

  it('throws the very error given', async () => {
    const adapter = make();
    const error = new RoomsError('validation', 'The time range end is in the past.', { target: 'validUntil' });
    adapter.faults.failNext(error);
    expect(await rejection(adapter.createRoom({}))).toBe(error);
    expect((await adapter.listRooms()).items).toEqual([]);
  });

  it('fails a share of calls with unavailable, driven by the random source', async () => {
    let next = 0.1;
    const adapter = make({ failureRate: 0.5, random: () => next });
    expect((await rejection(adapter.createRoom({}))).code).toBe('unavailable');
    next = 0.9;
    await adapter.createRoom({});
    adapter.faults.setFailureRate(0);
    next = 0;
    expect((await adapter.listRooms()).items).toHaveLength(1);
  });

  it('rejects every call with network while offline', async () => {
    const adapter = make();
    const room = await adapter.createRoom({});
    adapter.faults.setOffline(true);
    expect(adapter.faults.offline).toBe(true);
    for (const call of [
      () => adapter.getRoom(room.id),
      () => adapter.deleteRoom(room.id),
      () => adapter.searchPeople('a'),
      () => adapter.getJoinInfo(room.id, { userId: ana }),
    ]) {
      expect((await rejection(call())).code).toBe('network');
    }
    adapter.faults.setOffline(false);
    expect((await adapter.getRoom(room.id)).id).toBe(room.id);
  });

  it('clears every fault at once', async () => {
    vi.useFakeTimers();
    const adapter = make({ latencyMs: 10_000, failureRate: 1 });
    adapter.faults.failNext('forbidden', { times: 3 });
    adapter.faults.setOffline(true);
    adapter.faults.clear();
    expect(adapter.faults.pendingFailures).toBe(0);
    expect(adapter.faults.offline).toBe(false);
    expect((await adapter.listRooms()).items).toEqual([]);
  });

  it('does not remember an idempotency key whose create failed', async () => {
    const adapter = make();
    adapter.faults.failNext('network', { operation: 'createRoom' });
    await rejection(adapter.createRoom({}, { idempotencyKey: 'retry-me' }));
    const room = await adapter.createRoom({}, { idempotencyKey: 'retry-me' });
    expect((await adapter.listRooms()).items.map((r) => r.id)).toEqual([room.id]);
  });
});

describe('calls log', () => {
  it('records every call with its room and the clock, failed ones included', async () => {
    let clock = NOW.getTime();
    const adapter = make({ now: () => new Date(clock) });
    const room = await adapter.createRoom({});
    clock += MINUTE;
    adapter.faults.failNext('unavailable');
    await rejection(adapter.updateRoom(room.id, { pstnDialOutEnabled: true }));
    await adapter.searchPeople('ana');

    expect(adapter.calls).toEqual([
      { operation: 'createRoom', roomId: room.id, at: NOW },
      { operation: 'updateRoom', roomId: room.id, at: new Date(NOW.getTime() + MINUTE) },
      { operation: 'searchPeople', at: new Date(NOW.getTime() + MINUTE) },
    ]);
  });

  it('hands out a read-only copy and can be reset', async () => {
    const adapter = make();
    await adapter.listRooms();
    const calls = adapter.calls;
    expect(Object.isFrozen(calls)).toBe(true);
    await adapter.listRooms();
    expect(calls).toHaveLength(1);
    expect(adapter.calls).toHaveLength(2);
    adapter.resetCalls();
    expect(adapter.calls).toEqual([]);
  });

  it('does not count subscribing as a call', () => {
    const adapter = make();
    const stop = adapter.subscribe('1', () => {});
    stop();
    expect(adapter.calls).toEqual([]);
  });
});

describe('seeding', () => {
  it('starts with the given rooms without validating them, in the given order', async () => {
    const ended = {
      id: '11111111111111111',
      validFrom: new Date(NOW.getTime() - 2 * DAY),
      validUntil: new Date(NOW.getTime() - DAY),
    };
    const adapter = make({
      rooms: [
        { room: ended, participants: [{ id: ana, role: 'Presenter' }, { id: bo }] },
        { room: { pstnDialOutEnabled: true } },
      ],
    });
    const created = await adapter.createRoom({});
    const { items } = await adapter.listRooms();
    expect(items.map((r) => r.id)).toEqual(['11111111111111111', items[1]?.id, created.id]);
    expect(items[0]).toMatchObject({ validUntil: ended.validUntil, pstnDialOutEnabled: false });
    expect(items[1]).toMatchObject({ validFrom: NOW, pstnDialOutEnabled: true });
    expect(items[1]!.validUntil.getTime()).toBe(NOW.getTime() + 180 * DAY);
    expect((await adapter.listParticipants(ended.id)).items).toEqual([
      { id: ana, role: 'Presenter' },
      { id: bo, role: 'Attendee' },
    ]);
  });

  it('refuses two seeded rooms with one id', () => {
    expect(() => make({ rooms: [{ room: { id: '1' } }, { room: { id: '1' } }] })).toThrow(RoomsError);
  });

  it('gives a demo clinic with open, scheduled and ended rooms whose people are in the directory', async () => {
    const adapter = createSeededRoomsAdapter({ now: () => new Date(NOW) });
    const rooms = await collectAll((o) => adapter.listRooms(o));
    expect(rooms.map((r) => r.id).sort()).toEqual(Object.values(DEMO_ROOM_IDS).sort());
    const statuses = new Set(rooms.map((r) => validityStatus(r, NOW)));
    expect(statuses).toEqual(new Set(['scheduled', 'open', 'ended']));

    const roster = await collectAll((o) => adapter.listParticipants(DEMO_ROOM_IDS.openConsult, o));
    expect(roster.map((p) => p.role)).toEqual(['Presenter', 'Attendee', 'Collaborator', 'Consumer']);
    const people = await adapter.resolvePeople(roster.map((p) => p.id));
    expect(people).toHaveLength(roster.length);
    expect(seedDemoRooms(NOW)).toEqual(seedDemoRooms(NOW));
  });
});

describe('people directory', () => {
  const people: Person[] = [
    { id: makeUserId(1, 9), displayName: 'Bruno Anand', secondaryText: 'Nurse' },
    { id: makeUserId(2, 9), displayName: 'Mariana Ortiz', secondaryText: 'Data analyst' },
    { id: makeUserId(3, 9), displayName: 'Ána Lúcia Ferreira', secondaryText: 'Patient' },
    { id: makeUserId(4, 9), displayName: 'Anabel Quinn', secondaryText: 'Teacher' },
  ];

  it('ranks name prefix, then word prefix, then secondary text', async () => {
    const adapter = make({ people });
    const names = (await adapter.searchPeople('ana')).map((p) => p.displayName);
    expect(names).toEqual(['Ána Lúcia Ferreira', 'Anabel Quinn', 'Bruno Anand', 'Mariana Ortiz']);
    expect((await adapter.searchPeople('ana luc')).map((p) => p.displayName)).toEqual(['Ána Lúcia Ferreira']);
  });

  it('ignores case and accents, and finds apostrophe names either way', async () => {
    const adapter = make();
    const first = async (query: string) => (await adapter.searchPeople(query))[0]?.displayName;
    expect(await first('JOSE')).toBe('José Álvarez');
    expect(await first('sondergaard')).toBe('Lars Søndergaard');
    expect(await first('lukasz')).toBe('Łukasz Wiśniewski');
    expect(await first('nguyen')).toBe('Nguyễn Thị Lan');
    expect(await first('oconnor')).toBe('Siobhán O’Connor');
    expect(await first('connor')).toBe('Siobhán O’Connor');
    expect(await first('cardio')).toBe('Amara Okafor');
  });

  it('finds a person by exact id, limits results, and answers a blank query with nobody', async () => {
    const adapter = make();
    expect(await adapter.searchPeople(cy)).toEqual([DEFAULT_PEOPLE[2]]);
    expect(await adapter.searchPeople('student')).toHaveLength(10);
    expect(await adapter.searchPeople('student', { limit: 3 })).toHaveLength(3);
    expect(await make({ people: makePeople(200) }).searchPeople('group')).toHaveLength(20);
    expect(await adapter.searchPeople('   ')).toEqual([]);
  });

  it('resolves known ids in the order asked, once each, leaving unknown ones out', async () => {
    const adapter = make();
    const found = await adapter.resolvePeople([ed, makeUserId(5, 1234), di, ed]);
    expect(found.map((p) => p.id)).toEqual([ed, di]);
  });
});

describe('makePeople', () => {
  it('is deterministic per seed and makes valid, unique ids', () => {
    expect(makePeople(50, 3)).toEqual(makePeople(50, 3));
    expect(makePeople(5, 3).map((p) => p.id)).not.toEqual(makePeople(5, 4).map((p) => p.id));
    expect(makeUserId(17, 2)).toBe(makeUserId(17, 2));

    const crowd = makePeople(10_000);
    const ids = new Set(crowd.map((p) => p.id));
    expect(ids.size).toBe(10_000);
    expect(crowd.every((p) => isParticipantId(p.id) && p.displayName.includes(' '))).toBe(true);
    expect(DEFAULT_PEOPLE.some((p) => ids.has(p.id))).toBe(false);
  });

  it('gives a default directory of about sixty valid people', () => {
    expect(DEFAULT_PEOPLE.length).toBeGreaterThanOrEqual(55);
    expect(new Set(DEFAULT_PEOPLE.map((p) => p.id)).size).toBe(DEFAULT_PEOPLE.length);
    expect(DEFAULT_PEOPLE.every((p) => isParticipantId(p.id) && p.secondaryText)).toBe(true);
  });
});

describe('events', () => {
  it('delivers room and roster changes after each mutation that changed something', async () => {
    const adapter = make();
    const room = await adapter.createRoom({ participants: [{ id: ana }] });
    const events: RoomEvent[] = [];
    const stop = adapter.subscribe(room.id, (event) => events.push(event));
    expect(adapter.subscriberCount(room.id)).toBe(1);

    await adapter.upsertParticipants(room.id, [{ id: ana }, { id: bo, role: 'Presenter' }]);
    await adapter.upsertParticipants(room.id, [{ id: ana }]);
    await adapter.removeParticipants(room.id, [ana, cy]);
    const updated = await adapter.updateRoom(room.id, { pstnDialOutEnabled: true });
    adapter.faults.failNext('unavailable');
    await rejection(adapter.updateRoom(room.id, { pstnDialOutEnabled: false }));
    await adapter.deleteRoom(room.id);

    expect(events).toEqual([
      { type: 'participantsChanged', roomId: room.id, upserted: [{ id: bo, role: 'Presenter' }], removed: [] },
      { type: 'participantsChanged', roomId: room.id, upserted: [], removed: [ana] },
      { type: 'roomUpdated', roomId: room.id, room: updated },
      { type: 'roomDeleted', roomId: room.id },
    ]);

    stop();
    stop();
    expect(adapter.subscriberCount()).toBe(0);
  });

  it('stops delivering after unsubscribe and gives each listener its own copy', async () => {
    const adapter = make();
    const room = await adapter.createRoom({});
    const seen: RoomEvent[] = [];
    const stop = adapter.subscribe(room.id, (event) => {
      if (event.type === 'roomUpdated') event.room.validUntil.setTime(0);
    });
    adapter.subscribe(room.id, (event) => seen.push(event));
    await adapter.updateRoom(room.id, { pstnDialOutEnabled: true });
    stop();
    const first = seen[0];
    expect(first?.type === 'roomUpdated' && first.room.validUntil.getTime()).toBe(room.validUntil.getTime());
    expect((await adapter.getRoom(room.id)).validUntil).toEqual(room.validUntil);
    expect(adapter.subscriberCount(room.id)).toBe(1);
  });
});

describe('paging', () => {
  async function roomWith(count: number, options: InMemoryRoomsAdapterOptions = {}) {
    const adapter = make(options);
    const ids = makePeople(count, 5).map((p) => p.id);
    const room = await adapter.createRoom({ participants: ids.map((id) => ({ id })) });
    return { adapter, room, ids };
  }

  it('inserts empty pages that still carry a cursor', async () => {
    const { adapter, room, ids } = await roomWith(7, { emptyPageEvery: 2 });
    const sizes: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await adapter.listParticipants(room.id, { pageSize: 2, ...(cursor ? { cursor } : {}) });
      sizes.push(page.items.length);
      cursor = page.nextCursor;
    } while (cursor);
    expect(sizes).toEqual([2, 2, 0, 2, 1]);
    const all = await collectAll((o) => adapter.listParticipants(room.id, o), { pageSize: 2 });
    expect(all.map((p) => p.id)).toEqual(ids);
  });

  it('caps the page size and defaults it', async () => {
    const { adapter, room } = await roomWith(120, { pageSize: 30, maxPageSize: 40 });
    expect((await adapter.listParticipants(room.id)).items).toHaveLength(30);
    expect((await adapter.listParticipants(room.id, { pageSize: 500 })).items).toHaveLength(40);
  });

  it('refuses garbage and foreign cursors', async () => {
    const { adapter, room } = await roomWith(5);
    const other = await adapter.createRoom({ participants: [{ id: ana }, { id: bo }] });
    const { nextCursor } = await adapter.listParticipants(room.id, { pageSize: 2 });
    expect(nextCursor).toBeDefined();
    const stranger = make();
    const strangerRoom = await stranger.createRoom({ participants: [{ id: ana }, { id: bo }, { id: cy }] });
    const strangerCursor = (await stranger.listParticipants(strangerRoom.id, { pageSize: 1 })).nextCursor ?? '';

    for (const call of [
      adapter.listParticipants(room.id, { cursor: 'not a cursor' }),
      adapter.listParticipants(other.id, { cursor: nextCursor ?? '' }),
      adapter.listRooms({ cursor: nextCursor ?? '' }),
      adapter.listParticipants(room.id, { cursor: strangerCursor }),
    ]) {
      expect(await rejection(call)).toMatchObject({ code: 'validation', target: 'cursor' });
    }
  });

  it('neither skips nor repeats when an earlier item is removed between pages', async () => {
    const { adapter, room, ids } = await roomWith(5);
    const first = await adapter.listParticipants(room.id, { pageSize: 2 });
    await adapter.removeParticipants(room.id, [ids[0] ?? '']);
    const second = await adapter.listParticipants(room.id, { pageSize: 2, cursor: first.nextCursor ?? '' });
    expect(second.items.map((p) => p.id)).toEqual(ids.slice(2, 4));
  });
});

describe('join policy', () => {
  it('is ignored when the option is off', async () => {
    const adapter = make();
    const room = await adapter.createRoom({ joinPolicy: 'communicationServiceUsers' });
    expect('joinPolicy' in room).toBe(false);
    expect('joinPolicy' in (await adapter.updateRoom(room.id, { joinPolicy: 'inviteOnly' }))).toBe(false);
  });

  it('defaults to invite-only and cannot change once the room has started', async () => {
    let clock = NOW.getTime();
    const adapter = make({ joinPolicy: true, now: () => new Date(clock) });
    expect(adapter.features.joinPolicy).toBe(true);
    const room = await adapter.createRoom({
      validFrom: new Date(clock + DAY),
      validUntil: new Date(clock + 2 * DAY),
    });
    expect(room.joinPolicy).toBe('inviteOnly');
    const open = await adapter.updateRoom(room.id, { joinPolicy: 'communicationServiceUsers' });
    expect(open.joinPolicy).toBe('communicationServiceUsers');

    clock += DAY;
    const error = await rejection(adapter.updateRoom(room.id, { joinPolicy: 'inviteOnly' }));
    expect(error).toMatchObject({
      code: 'validation',
      target: 'joinPolicy',
      message: 'Room join policy cannot be updated after room start time has elapsed.',
    });
    // Re-sending the current value is not a change.
    await adapter.updateRoom(room.id, { joinPolicy: 'communicationServiceUsers', pstnDialOutEnabled: true });
    // An open room lets any user of the resource join.
    expect((await adapter.getJoinInfo(room.id, { userId: ed })).role).toBe('Attendee');
  });
});

describe('join info', () => {
  it('issues a clearly fake token for roster members only', async () => {
    const adapter = make();
    const room = await adapter.createRoom({ participants: [{ id: ana, role: 'Presenter' }] });
    const info = await adapter.getJoinInfo(room.id, { userId: ana });
    expect(info).toMatchObject({ roomId: room.id, userId: ana, role: 'Presenter' });
    expect(info.displayName).toBe(DEFAULT_PEOPLE[0]?.displayName);
    expect(info.token.startsWith('inmemory.')).toBe(true);
    expect(info.expiresOn.getTime()).toBe(NOW.getTime() + DAY);

    expect((await rejection(adapter.getJoinInfo(room.id, { userId: bo }))).code).toBe('forbidden');
    expect((await rejection(adapter.getJoinInfo('404', { userId: ana }))).code).toBe('notFound');
  });
  it('tells whether someone may join without issuing anything, and answers for someone not on the roster', async () => {
    const adapter = make();
    const room = await adapter.createRoom({ participants: [{ id: ana, role: 'Presenter' }] });
    await expect(adapter.getJoinStanding(room.id, { userId: ana })).resolves.toEqual({
      roomId: room.id,
      userId: ana,
      role: 'Presenter',
    });
    await expect(adapter.getJoinStanding(room.id, { userId: bo })).resolves.toEqual({
      roomId: room.id,
      userId: bo,
      role: undefined,
    });
    expect((await rejection(adapter.getJoinStanding(room.id, {}))).target).toBe('userId');
    expect((await rejection(adapter.getJoinStanding('404', { userId: ana }))).code).toBe('notFound');
  });
});

describe('details, versions and search', () => {
  const amara = DEFAULT_PEOPLE.find((p) => p.displayName === 'Amara Okafor')!.id;

  it('names the signed-in user as organiser and author of each change, and stamps the change by its clock', async () => {
    let clock = NOW.getTime();
    const adapter = make({ currentUser: ana, now: () => new Date(clock) });
    const room = await adapter.createRoom({ subject: 'Follow-up: Priya Raman' });
    expect(room).toMatchObject({ organizerId: ana, updatedBy: ana, updatedAt: NOW, version: '1' });

    clock += MINUTE;
    const renamed = await adapter.updateRoom(room.id, { subject: 'Follow-up: Priya Raman (video)' });
    expect(renamed).toMatchObject({ organizerId: ana, updatedBy: ana, updatedAt: new Date(clock) });
    expect(renamed.version).not.toBe(room.version);

    const anonymous = await make().createRoom({ subject: 'Walk-in' });
    expect('organizerId' in anonymous || 'updatedBy' in anonymous).toBe(false);
  });

  it('neither moves the version nor tells anyone of an update that changes nothing', async () => {
    const adapter = make();
    const room = await adapter.createRoom({ subject: 'Physiotherapy review', description: 'Bring a towel.' });
    const events: RoomEvent[] = [];
    adapter.subscribe(room.id, (event) => events.push(event));

    const same = await adapter.updateRoom(room.id, { subject: ' Physiotherapy review ', pstnDialOutEnabled: false });
    expect(same).toEqual(room);
    const cleared = await adapter.updateRoom(room.id, { description: '  ' });
    expect(cleared.description).toBeUndefined();
    expect(events).toEqual([{ type: 'roomUpdated', roomId: room.id, room: cleared }]);
  });

  it('lists every problem of the details it refuses, the first one as the target', async () => {
    const adapter = make();
    const error = await rejection(adapter.createRoom({ subject: '', timeZone: 'Mars/Olympus' }));
    expect(error).toMatchObject({ code: 'validation', target: 'subject' });
    expect(error.details.map((d) => [d.target, d.code])).toEqual([
      ['subject', 'empty'],
      ['timeZone', 'unknownTimeZone'],
    ]);
    expect((await adapter.listRooms()).items).toEqual([]);
  });

  it('replays a repeated create with its details as they were, and refuses the key for other details', async () => {
    const adapter = make();
    const input = { subject: 'Cardiology consult', participants: [{ id: ana }] };
    const first = await adapter.createRoom(input, { idempotencyKey: 'k-details' });
    await adapter.updateRoom(first.id, { subject: 'Cardiology consult (moved)' });

    expect(await adapter.createRoom(input, { idempotencyKey: 'k-details' })).toEqual(first);
    const error = await rejection(
      adapter.createRoom({ ...input, subject: 'Another consult' }, { idempotencyKey: 'k-details' }),
    );
    expect(error).toMatchObject({ code: 'conflict', target: 'idempotencyKey' });
    expect((await adapter.listRooms()).items).toHaveLength(1);
  });

  it('keeps seeded details, organisers and change times, and refuses a seed with a bad zone', async () => {
    const adapter = make({
      rooms: [
        {
          room: {
            id: '11111111111111111',
            subject: '  Dermatology review ',
            timeZone: 'America/New_York',
            organizerId: amara,
            createdAt: new Date(NOW.getTime() - DAY),
          },
        },
        { room: { id: '22222222222222222' } },
      ],
    });
    expect(await adapter.getRoom('11111111111111111')).toMatchObject({
      subject: 'Dermatology review',
      timeZone: 'America/New_York',
      organizerId: amara,
      updatedBy: amara,
      updatedAt: new Date(NOW.getTime() - DAY),
      version: '1',
    });
    const untitled = await adapter.getRoom('22222222222222222');
    expect(untitled.subject).toBeUndefined();
    expect(untitled.version).toBe('1');

    expect(() => make({ rooms: [{ room: { timeZone: 'Mars/Olympus' } }] })).toThrow(
      expect.objectContaining({ code: 'validation', target: 'timeZone' }),
    );
  });

  it('finds rooms by the names on their roster, not by job titles', async () => {
    const adapter = make();
    const consult = await adapter.createRoom({ subject: 'Consult', participants: [{ id: amara, role: 'Presenter' }] });
    await adapter.createRoom({ subject: 'Other', participants: [{ id: ed }] });
    const ids = async (search: string) => (await adapter.listRooms({ search })).items.map((r) => r.id);

    expect(await ids('amara')).toEqual([consult.id]);
    expect(await ids('okafor amara')).toEqual([consult.id]);
    expect(await ids(amara)).toEqual([consult.id]);
    expect(await ids('cardiologist')).toEqual([]);
  });

  it('follows empty pages through a search, as through the whole list', async () => {
    const adapter = make({ emptyPageEvery: 1 });
    const wanted: string[] = [];
    for (let i = 0; i < 5; i++) {
      wanted.push((await adapter.createRoom({ subject: `Group session ${i}` })).id);
      await adapter.createRoom({ subject: `Review ${i}` });
    }
    const sizes: number[] = [];
    const found: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await adapter.listRooms({ search: 'group', pageSize: 2, ...(cursor ? { cursor } : {}) });
      sizes.push(page.items.length);
      found.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(sizes).toEqual([2, 0, 2, 0, 1]);
    expect(found).toEqual(wanted);
  });

  it('hands out roster previews that do not reach its state, and refreshes them when the roster changes', async () => {
    const adapter = make();
    const room = await adapter.createRoom({ participants: [{ id: ana }, { id: bo, role: 'Presenter' }] });
    const [item] = (await adapter.listRooms()).items;
    expect(item?.rosterPreview).toEqual({
      total: 2,
      participants: [
        { id: bo, role: 'Presenter' },
        { id: ana, role: 'Attendee' },
      ],
    });
    item!.rosterPreview!.participants.pop();
    item!.rosterPreview!.total = 99;

    await adapter.upsertParticipants(room.id, [{ id: cy, role: 'Presenter' }]);
    expect((await adapter.listRooms()).items[0]?.rosterPreview).toEqual({
      total: 3,
      participants: [
        { id: bo, role: 'Presenter' },
        { id: cy, role: 'Presenter' },
        { id: ana, role: 'Attendee' },
      ],
    });
    expect('rosterPreview' in (await adapter.getRoom(room.id))).toBe(false);
  });
});

describe('the demo clinic', () => {
  it('titles and zones every room but the one made elsewhere, which keeps only the service’s fields', async () => {
    const adapter = createSeededRoomsAdapter({ now: () => new Date(NOW) });
    const rooms = await collectAll((o) => adapter.listRooms(o));
    const untitled = rooms.filter((r) => r.subject === undefined).map((r) => r.id);
    expect(untitled).toEqual([DEMO_ROOM_IDS.endedEmpty]);
    for (const room of rooms.filter((r) => r.id !== DEMO_ROOM_IDS.endedEmpty)) {
      expect(room.subject?.length, room.id).toBeGreaterThan(0);
      expect(room.timeZone, room.id).toBeDefined();
      expect(room.organizerId, room.id).toBeDefined();
    }
    expect(new Set(rooms.map((r) => r.timeZone).filter(Boolean))).toEqual(
      new Set(['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'UTC']),
    );
    expect(rooms.some((r) => r.reference !== undefined && r.description !== undefined)).toBe(true);
  });

  it('finds the follow-up by its patient’s name and its appointment reference', async () => {
    const adapter = createSeededRoomsAdapter({ now: () => new Date(NOW) });
    const ids = async (search: string) => (await adapter.listRooms({ search })).items.map((r) => r.id);
    const followUp = await adapter.getRoom(DEMO_ROOM_IDS.cardiologyTomorrow);
    expect(followUp.subject).toBe('Follow-up: Priya Raman');

    expect(await ids('Priya Raman')).toEqual([DEMO_ROOM_IDS.cardiologyTomorrow]);
    // Priya Natarajan is on the open consult's roster.
    expect(await ids('priya')).toEqual([DEMO_ROOM_IDS.openConsult, DEMO_ROOM_IDS.cardiologyTomorrow]);
    expect(await ids('APPT-2026-0142')).toEqual([DEMO_ROOM_IDS.cardiologyTomorrow]);
    expect(await ids('physio')).toEqual([DEMO_ROOM_IDS.physioLaterToday]);
  });
});
