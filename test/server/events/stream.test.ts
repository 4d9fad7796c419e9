/**
 * The handler's event stream through a real node:http server, read as raw Server-Sent Events: what each change made
 * through the handler sends, that each caller hears only the rooms in their scope, that a killed connection and a
 * restarted handler resume with nothing missed and nothing twice (a burst of 500 changes across the drop), that a
 * cursor it cannot resume gets a resync, and that a change made through one instance reaches the other's stream.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRoomsEmulator, type RoomsEmulator } from '../../../src/emulator';
import { createMemoryRoomRecordStore, createPostgresRoomRecordStore, type RoomRecordStore } from '../../../src/server';
import { testDatabaseUrl, uniqueSchema } from '../records/postgresStorage';
import { startStack, userId, type Stack } from '../stack';
import { api, burstJoins, deliver, scopeFromHeaders, SECRET } from './helpers';
import { ofType, openEventStream, type EventStream, type StreamMessage } from './sse';

let service: RoomsEmulator;
const stacks: Stack[] = [];
const streams: EventStream[] = [];
const stores: RoomRecordStore[] = [];

beforeAll(async () => {
  service = await createRoomsEmulator();
});
afterEach(async () => {
  for (const stream of streams.splice(0)) stream.close();
  for (const stack of stacks.splice(0)) await stack.close();
  for (const store of stores.splice(0)) await store.close();
});
afterAll(async () => {
  await service.close();
});

async function stackWith(records?: RoomRecordStore, more: Parameters<typeof startStack>[0] = {}): Promise<Stack> {
  const stack = await startStack({
    service,
    ...more,
    handler: {
      syncIntervalMs: false,
      scope: scopeFromHeaders,
      eventGrid: { secret: SECRET },
      ...(records ? { records } : {}),
      ...(typeof more.handler === 'object' ? more.handler : {}),
    },
  });
  stacks.push(stack);
  return stack;
}

async function stream(stack: Stack, query = '', options: Parameters<typeof openEventStream>[1] = {}) {
  const opened = await openEventStream(`${stack.baseUrl}/events${query}`, options);
  streams.push(opened);
  return opened;
}

function postgresStore(schema: string): RoomRecordStore {
  const store = createPostgresRoomRecordStore({ connectionString: testDatabaseUrl(), maxConnections: 4 }, { schema });
  stores.push(store);
  return store;
}

const joinsIn = (messages: StreamMessage[]) => ofType(messages, 'participantJoined');
const seqOf = (id: string | undefined) => Number(id?.split('.')[1]);

/** The ids must grow one by one: no event twice, none left out in between. */
function expectConsecutive(messages: StreamMessage[]): void {
  const seqs = messages.map((message) => seqOf(message.id));
  const first = seqs[0] ?? 0;
  expect(seqs).toEqual(seqs.map((_, i) => first + i));
}

describe('the event stream', () => {
  it('answers as an event stream and sends each change made through the handler as one message', async () => {
    const stack = await stackWith();
    const events = await stream(stack);
    expect(events.response.status).toBe(200);
    expect(events.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(events.response.headers.get('cache-control')).toBe('no-cache');
    expect(events.response.headers.get('x-accel-buffering')).toBe('no');

    const rooms = api(stack);
    const room = await rooms.createRoom({
      subject: 'Intake',
      participants: { [userId(1)]: { role: 'Presenter' } },
    });
    await rooms.updateRoom(room.id, { subject: 'Intake: Priya Raman' });
    const listed = (await rooms.listRooms()).find((item) => item.id === room.id);
    await rooms.upsert(room.id, { [userId(2)]: 'Consumer' });
    await rooms.remove(room.id, [userId(2)]);
    await rooms.deleteRoom(room.id);

    const messages = await events.until((m) => m.length === 5);
    expect(events.retry).toBe(2000);
    expect(messages.map((m) => m.data.type)).toEqual([
      'roomCreated',
      'roomUpdated',
      'participantsChanged',
      'participantsChanged',
      'roomDeleted',
    ]);
    expect(messages.every((m) => /^[0-9a-f]+\.\d+$/.test(m.id ?? ''))).toBe(true);
    expectConsecutive(messages);
    // The room in the shape room answers have (as a list item, with its roster preview).
    expect(messages[1]?.data).toEqual({ type: 'roomUpdated', roomId: room.id, room: listed });
    expect(messages[0]?.data).toMatchObject({ room: { subject: 'Intake', version: '1' } });
    expect(messages[2]?.data).toEqual({
      type: 'participantsChanged',
      roomId: room.id,
      upserted: [{ id: userId(2), role: 'Consumer' }],
      removed: [],
    });
    expect(messages[3]?.data).toEqual({
      type: 'participantsChanged',
      roomId: room.id,
      upserted: [],
      removed: [userId(2)],
    });
    expect(messages[4]?.data).toEqual({ type: 'roomDeleted', roomId: room.id });
  });

  it('carries to each caller only the rooms in their scope: another tenant’s events never arrive', async () => {
    const stack = await stackWith();
    const patient = userId(7);
    const everything = await stream(stack);
    const tenantA = await stream(stack, '', { headers: { 'x-tenant': 'clinic-a' } });
    const tenantB = await stream(stack, '', { headers: { 'x-tenant': 'clinic-b' } });
    const asPatient = await stream(stack, '', { headers: { 'x-participant': patient } });
    const a = api(stack, { 'x-tenant': 'clinic-a' });
    const b = api(stack, { 'x-tenant': 'clinic-b' });

    const a1 = await a.createRoom({ subject: 'A1' });
    const b1 = await b.createRoom({ subject: 'B1' });
    const a2 = await a.createRoom({ participants: { [patient]: { role: 'Attendee' } } });
    // A big roster: the patient is sixth, past the preview, so only the roster index can tell they are on it.
    const others = Object.fromEntries([1, 2, 3, 4, 5].map((n) => [userId(n), { role: 'Attendee' }]));
    const a3 = await a.createRoom({ participants: { ...others, [patient]: { role: 'Consumer' } } });
    const onlyA1 = await stream(stack, `?roomId=${encodeURIComponent(a1.id)}`, { headers: { 'x-tenant': 'clinic-a' } });
    await a.updateRoom(a1.id, { subject: 'A1 again' });
    await a.updateRoom(a3.id, { subject: 'A3' });
    await b.updateRoom(b1.id, { subject: 'B1 again' });
    await a.upsert(a2.id, { [userId(9)]: 'Attendee' });
    await everything.until((m) => m.length === 8);
    // Every event has gone out once the unscoped stream has the last one; ending the streams then shows exactly
    // what each one was sent.
    await stack.handler.close();
    await Promise.all([everything, tenantA, tenantB, asPatient, onlyA1].map((s) => s.ended));

    const roomsOf = (s: EventStream) => s.messages.map((m) => m.data.roomId);
    expect(roomsOf(everything)).toEqual([a1.id, b1.id, a2.id, a3.id, a1.id, a3.id, b1.id, a2.id]);
    expect(roomsOf(tenantA)).toEqual([a1.id, a2.id, a3.id, a1.id, a3.id, a2.id]);
    expect(roomsOf(tenantB)).toEqual([b1.id, b1.id]);
    expect(asPatient.messages.map((m) => [m.data.type, m.data.roomId])).toEqual([
      ['roomCreated', a2.id],
      ['roomCreated', a3.id],
      ['roomUpdated', a3.id],
      ['participantsChanged', a2.id],
    ]);
    expect(onlyA1.messages.map((m) => [m.data.type, m.data.roomId])).toEqual([['roomUpdated', a1.id]]);
  });

  it('refuses a caller authorize does not allow, in the contract’s error shape, before streaming', async () => {
    const stack = await stackWith(undefined, { handler: { authorize: (_req, action) => action !== 'rooms:read' } });
    const refused = await fetch(`${stack.baseUrl}/events`);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toContain('application/json');
    expect(await refused.json()).toEqual({ error: { code: 'Forbidden', message: 'You are not allowed to do this.' } });
  });

  it('resumes a killed connection where it stopped: a burst of 500 changes across the drop, none missed, none twice', async () => {
    const stack = await stackWith();
    const rooms = api(stack);
    const roomIds = [(await rooms.createRoom()).id, (await rooms.createRoom()).id, (await rooms.createRoom()).id];
    const first = await stream(stack);
    for (let batch = 0; batch < 4; batch++) await deliver(stack, burstJoins(roomIds, batch * 50, batch * 50 + 50));
    await first.until((m) => joinsIn(m).length >= 120);
    first.close();
    await first.ended;
    const cursor = first.lastId;
    for (let batch = 4; batch < 10; batch++) await deliver(stack, burstJoins(roomIds, batch * 50, batch * 50 + 50));

    const second = await stream(stack, '', { lastEventId: cursor });
    const before = joinsIn(first.messages.filter((m) => seqOf(m.id) <= seqOf(cursor)));
    const after = joinsIn(await second.until((m) => before.length + joinsIn(m).length >= 500));
    expect(second.messages[0]?.data.type).toBe('participantJoined');
    const heard = [...before, ...after].map((m) => m.data.participantId);
    expect(heard).toEqual(Array.from({ length: 500 }, (_, n) => `p-${n}`));
    expectConsecutive([...before, ...after]);
  });

  describe.each([
    ['one memory store', () => (store: RoomRecordStore | undefined) => store ?? createMemoryRoomRecordStore()],
    [
      'one PostgreSQL database',
      () => {
        const schema = uniqueSchema('restart');
        return () => postgresStore(schema);
      },
    ],
  ])('across a handler restart on %s', (_kind, storage) => {
    it('resumes a burst of 500 changes made before and after the restart: none missed, none twice', async () => {
      const open = storage();
      const before = open(undefined);
      const one = await stackWith(before);
      const rooms = api(one);
      const roomIds = [(await rooms.createRoom()).id, (await rooms.createRoom()).id];
      const first = await stream(one);
      for (let batch = 0; batch < 5; batch++) await deliver(one, burstJoins(roomIds, batch * 50, batch * 50 + 50));
      await first.until((m) => joinsIn(m).length >= 100);
      // The server goes away with its streams; a new one starts on the same storage (the same memory store, or a
      // new store on the same database, as a restarted process would open it).
      await one.close();
      stacks.splice(stacks.indexOf(one), 1);
      await first.ended;
      const cursor = first.lastId;
      const two = await stackWith(open(before));
      for (let batch = 5; batch < 10; batch++) await deliver(two, burstJoins(roomIds, batch * 50, batch * 50 + 50));

      const second = await stream(two, '', { lastEventId: cursor });
      const kept = joinsIn(first.messages);
      const after = joinsIn(await second.until((m) => kept.length + joinsIn(m).length >= 500));
      const heard = [...kept, ...after].map((m) => m.data.participantId);
      expect(heard).toEqual(Array.from({ length: 500 }, (_, n) => `p-${n}`));
      expectConsecutive([...kept, ...after]);
    });
  });

  it('says resync, with the head’s cursor, for a cursor it cannot resume: too old, of another log, unreadable', async () => {
    const records = createMemoryRoomRecordStore({ events: { maxEvents: 10 } });
    const stack = await stackWith(records);
    const roomId = (await api(stack).createRoom()).id;
    await deliver(stack, burstJoins([roomId], 0, 40));
    await stack.handler.events.trim();
    const { epoch, seq } = await stack.handler.events.head();
    expect(seq).toBe(41);

    const resynced = async (options: { lastEventId?: string; query?: string }) => {
      const opened = await stream(stack, options.query ?? '', options);
      const [first] = await opened.until((m) => m.length >= 1);
      expect(first).toEqual({ id: `${epoch}.41`, data: { type: 'resync' } });
      return opened;
    };
    const tooOld = await resynced({ lastEventId: `${epoch}.2` });
    await resynced({ lastEventId: `0123456789abcdef.${seq}` });
    await resynced({ lastEventId: 'not a cursor' });
    await resynced({ lastEventId: `${epoch}.4000` });
    await resynced({ query: `?lastEventId=${epoch}.1` });

    // After the resync, the stream goes on live from the head.
    await deliver(stack, burstJoins([roomId], 40, 41));
    const [, next] = await tooOld.until((m) => m.length === 2);
    expect(next).toMatchObject({ id: `${epoch}.42`, data: { type: 'participantJoined', participantId: 'p-40' } });
    // A cursor the log still holds resumes without a resync.
    const resumed = await stream(stack, '', { lastEventId: `${epoch}.40` });
    expect((await resumed.until((m) => m.length === 2)).map((m) => m.id)).toEqual([`${epoch}.41`, `${epoch}.42`]);
  });

  it('sends keep-alive comments on a quiet stream, and ends its streams when the handler closes', async () => {
    const stack = await stackWith(undefined, { handler: { events: { heartbeatMs: 20 } } });
    const quiet = await stream(stack);
    expect(await quiet.nextComment()).toBe('keep-alive');
    await stack.handler.close();
    await quiet.ended;
    expect(quiet.messages).toEqual([]);
  });
});

describe('two handler instances on one PostgreSQL database', () => {
  it('streams through one the changes made through the other', async () => {
    const schema = uniqueSchema('streams');
    const one = await stackWith(postgresStore(schema));
    const two = await stackWith(postgresStore(schema));
    const heardOnTwo = await stream(two);
    const room = await api(one).createRoom({ subject: 'Made on one' });
    await api(one).updateRoom(room.id, { subject: 'Changed on one' });
    await deliver(one, burstJoins([room.id], 0, 1));
    const messages = await heardOnTwo.until((m) => m.length === 3);
    expect(messages.map((m) => [m.data.type, m.data.roomId])).toEqual([
      ['roomCreated', room.id],
      ['roomUpdated', room.id],
      ['participantJoined', room.id],
    ]);
    expect(messages[1]?.data).toMatchObject({ room: { subject: 'Changed on one' } });
    expectConsecutive(messages);
    // The call heard through one is on the room as two answers it.
    expect(await api(two).getRoom(room.id)).toMatchObject({ call: { callId: `call-${room.id}`, participantCount: 1 } });
  });
});
