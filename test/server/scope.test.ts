/**
 * Lists scoped to the caller: the host's `scope(request)` says which rooms a caller may see; lists, searches and
 * cursors hold only those, and every room-level route answers any other room exactly as an unknown one. A caller who
 * may see 20 of many rooms (100,000 on PostgreSQL) gets them in one page, from one read of the store.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpRoomsAdapter, type HttpRoomsAdapter } from '../../src/adapter/http';
import { collectAll } from '../../src/adapter/paging';
import { isRoomsError, type RoomsError } from '../../src/core/errors';
import {
  createMemoryRoomRecordStore,
  type RoomRecordQuery,
  type RoomRecordStore,
  type RoomScope,
} from '../../src/server';
import { BULK_GROUPS, seedBulkRecords } from './records/bulkRecords';
import { adminPoolOf, openStore, testDatabaseUrl, uniqueSchema } from './records/postgresStorage';
import { BASE_PATH, startStack, userId, type Stack } from './stack';

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

const USER_HEADER = 'x-test-user';

/** A stack where the signed-in user is the `x-test-user` header, and sees what `scopeOf(user)` gives. */
async function started(scopeOf: (user: string) => RoomScope, records?: RoomRecordStore): Promise<Stack> {
  stack = await startStack({
    handler: {
      records,
      syncIntervalMs: false,
      currentUser: (request) => request.headers[USER_HEADER] as string | undefined,
      scope: (request) => scopeOf(String(request.headers[USER_HEADER] ?? '')),
    },
  });
  return stack;
}

function adapterAs(s: Stack, user: string): HttpRoomsAdapter {
  return createHttpRoomsAdapter({ baseUrl: s.baseUrl, retryDelayMs: 1, headers: { [USER_HEADER]: user } });
}

async function rejection(promise: Promise<unknown>): Promise<RoomsError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isRoomsError(error)).toBe(true);
  return error as RoomsError;
}

async function raw(s: Stack, user: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${s.origin}${BASE_PATH}${path}`, {
    method,
    headers: { [USER_HEADER]: user, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.text() };
}

const ALICE = userId(101);
const BOB = userId(102);

describe('a caller’s scope', () => {
  it('shows each organiser only their own rooms: in lists, searches, cursors and every room route', async () => {
    const s = await started((user) => ({ organizerId: user }));
    const alice = adapterAs(s, ALICE);
    const bob = adapterAs(s, BOB);
    const mine = [];
    for (let i = 0; i < 3; i++) mine.push(await alice.createRoom({ subject: `Consultation ${i}` }));
    const hidden = await bob.createRoom({ subject: 'Consultation with Bob', participants: [{ id: userId(5) }] });

    expect((await collectAll((o) => alice.listRooms(o), { pageSize: 2 })).map((r) => r.id)).toEqual(
      mine.map((r) => r.id),
    );
    expect((await alice.listRooms({ search: 'consultation' })).items.map((r) => r.id)).toEqual(mine.map((r) => r.id));
    expect((await alice.listRooms({ search: 'bob' })).items).toEqual([]);
    expect((await alice.listRooms({ search: hidden.id })).items).toEqual([]);
    expect((await bob.listRooms()).items.map((r) => r.id)).toEqual([hidden.id]);

    // Bob's cursors are no good to Alice, whether of his whole list or of a search.
    await bob.createRoom({ subject: 'Consultation 2 with Bob' });
    const bobsCursors = [
      (await bob.listRooms({ pageSize: 1 })).nextCursor,
      (await bob.listRooms({ pageSize: 1, search: 'consultation' })).nextCursor,
    ];
    expect(bobsCursors.every((cursor) => typeof cursor === 'string')).toBe(true);
    for (const cursor of bobsCursors) {
      expect(await rejection(alice.listRooms({ cursor }))).toMatchObject({ code: 'validation', target: 'cursor' });
    }
    const alicesCursor = (await alice.listRooms({ pageSize: 1 })).nextCursor as string;
    expect(await rejection(alice.listRooms({ cursor: alicesCursor, search: 'consultation' }))).toMatchObject({
      code: 'validation',
      target: 'cursor',
    });

    // Every room route answers Bob's room to Alice exactly as a room that does not exist.
    const nowhere = '99999999999999999';
    for (const [method, path, body] of [
      ['GET', '/rooms/{id}', undefined],
      ['PATCH', '/rooms/{id}', { subject: 'Taken over' }],
      ['DELETE', '/rooms/{id}', undefined],
      ['GET', '/rooms/{id}/participants', undefined],
      ['PATCH', '/rooms/{id}/participants', { participants: { [ALICE]: { role: 'Presenter' } } }],
      ['POST', '/rooms/{id}/join', {}],
    ] as const) {
      const guessed = await raw(s, ALICE, method, path.replace('{id}', hidden.id), body);
      const unknown = await raw(s, ALICE, method, path.replace('{id}', nowhere), body);
      expect(guessed, `${method} ${path}`).toEqual(unknown);
      expect(guessed.status).toBe(400);
    }
    expect(await rejection(alice.getRoom(hidden.id))).toMatchObject({ code: 'notFound', target: 'roomId' });
    // Nothing of Bob's changed.
    expect(await bob.getRoom(hidden.id)).toEqual(hidden);
    expect((await bob.listParticipants(hidden.id)).items).toEqual([{ id: userId(5), role: 'Attendee' }]);
  });

  it('shows a participant the rooms they are on, however far down the roster', async () => {
    const carol = await (async () => {
      const s = await started((user) => (user === ALICE ? { organizerId: ALICE } : { participantId: user }));
      return { s, id: userId(103) };
    })();
    const { s } = carol;
    const alice = adapterAs(s, ALICE);
    const presenters = Array.from({ length: 5 }, (_, i) => ({ id: userId(200 + i), role: 'Presenter' as const }));
    const far = await alice.createRoom({ subject: 'Town hall', participants: [...presenters, { id: carol.id }] });
    const near = await alice.createRoom({ subject: 'Check-up', participants: [{ id: carol.id }] });
    await alice.createRoom({ subject: 'Not for Carol' });

    const asCarol = adapterAs(s, carol.id);
    expect((await asCarol.listRooms()).items.map((r) => r.id)).toEqual([far.id, near.id]);
    // Sixth on the roster, so not in the record's preview: the roster itself tells.
    expect((await asCarol.getRoom(far.id)).subject).toBe('Town hall');
    expect((await asCarol.getRoom(near.id)).subject).toBe('Check-up');
    await alice.removeParticipants(far.id, [carol.id]);
    expect((await asCarol.listRooms()).items.map((r) => r.id)).toEqual([near.id]);
    expect(await rejection(asCarol.getRoom(far.id))).toMatchObject({ code: 'notFound' });
  });

  it('gives a new room the creator’s tenant, and shows it to everyone of that tenant only', async () => {
    const tenants: Record<string, string> = {
      [ALICE]: 'clinic-north',
      [BOB]: 'clinic-south',
      [userId(104)]: 'clinic-north',
    };
    const s = await started((user) => ({ tenantId: tenants[user] ?? 'none' }));
    const room = await adapterAs(s, ALICE).createRoom({ subject: 'North clinic rota' });
    expect((await adapterAs(s, userId(104)).listRooms()).items.map((r) => r.id)).toEqual([room.id]);
    expect((await adapterAs(s, BOB).listRooms()).items).toEqual([]);
    expect(await s.handler.records.get(room.id)).toMatchObject({ tenantId: 'clinic-north', organizerId: ALICE });
  });

  it('refuses, and reports, a scope the host could not give', async () => {
    stack = await startStack({
      handler: {
        syncIntervalMs: false,
        scope: () => {
          throw new Error('session store down');
        },
      },
    });
    expect((await raw(stack, ALICE, 'GET', '/rooms')).status).toBe(403);
    expect(stack.handlerErrors).toHaveLength(1);
    stack.handlerErrors.length = 0;
  });

  it('gives a caller who may see 20 of 10,000 rooms those 20 in one page, from one store read', async () => {
    const records = createMemoryRoomRecordStore();
    const queries: RoomRecordQuery[] = [];
    const counting: RoomRecordStore = {
      ...records,
      list: (query) => {
        queries.push(query);
        return records.list(query);
      },
    };
    // 10,000 rooms of other organisers, in the store only (no sync runs to compare them with the service).
    const base = Date.now() - 86_400_000;
    const seeded = [];
    for (let i = 0; i < 10_000; i++) {
      seeded.push(
        records.insert(
          {
            roomId: `other-${i}`,
            organizerId: userId(1000 + (i % 50)),
            subject: `Room ${i}`,
            createdAt: new Date(base + i),
            validFrom: new Date(base + i),
            validUntil: new Date(base + i + 3_600_000),
            pstnDialOutEnabled: false,
            updatedAt: new Date(base + i),
            adopted: false,
          },
          [],
        ),
      );
    }
    await Promise.all(seeded);
    const s = await started((user) => ({ organizerId: user }), counting);
    const alice = adapterAs(s, ALICE);
    const mine = [];
    for (let i = 0; i < 20; i++) mine.push((await alice.createRoom({ subject: `Alice ${i}` })).id);

    queries.length = 0;
    const page = await alice.listRooms({ pageSize: 50 });
    expect(page.items.map((r) => r.id)).toEqual(mine);
    expect(page.nextCursor).toBeUndefined();
    expect(queries).toEqual([{ scope: { organizerId: ALICE }, limit: 50 }]);
  });
});

describe('a scoped list on PostgreSQL', () => {
  const ROOMS = 100_000;
  let store: RoomRecordStore;

  beforeAll(async () => {
    const schema = uniqueSchema('scope');
    store = openStore({ connectionString: testDatabaseUrl(), maxConnections: 4 }, schema);
    await store.roomIds();
    await seedBulkRecords(adminPoolOf(), schema, ROOMS);
  });

  it('gives an organiser who may see 20 of 100,000 rooms those 20 in one page, from one store read', async () => {
    const queries: RoomRecordQuery[] = [];
    const counting: RoomRecordStore = {
      ...store,
      list: (query) => {
        queries.push(query);
        return store.list(query);
      },
    };
    // Every 5,000th bulk room has the same organiser: 20 of the 100,000.
    const organizer = 'bulk-organizer-17';
    const s = await started(() => ({ organizerId: organizer }), counting);
    const page = await adapterAs(s, ALICE).listRooms({ pageSize: 50 });
    expect(page.items.map((r) => r.id)).toEqual(
      Array.from({ length: ROOMS / BULK_GROUPS }, (_, n) => `bulk-${String(17 + n * BULK_GROUPS).padStart(6, '0')}`),
    );
    expect(page.items[0]).toMatchObject({ subject: 'Bulk room 17', organizerId: organizer });
    expect(page.nextCursor).toBeUndefined();
    expect(queries).toHaveLength(1);
  });
});
