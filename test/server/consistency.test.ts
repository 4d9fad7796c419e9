/**
 * The record store and the Rooms service stay in step: a create whose record cannot be written leaves no room; a
 * create whose process died between the service's answer and the record's write is undone by another instance; a
 * room made elsewhere still appears (with no title) and can be given one; a record whose room is gone goes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectAll } from '../../src/adapter/paging';
import { isRoomsError, type RoomsError } from '../../src/core/errors';
import { createRoomsEmulator, type RoomsEmulator } from '../../src/emulator';
import { createMemoryRoomRecordStore, RoomRecordStoreError, type RoomRecordStore } from '../../src/server';
import { sharedStorages } from './records/postgresStorage';
import { startStack, userId, type Stack, type StackOptions } from './stack';

const stacks: Stack[] = [];
let service: RoomsEmulator | undefined;
afterEach(async () => {
  for (const s of stacks.splice(0)) await s.close();
  await service?.close();
  service = undefined;
});

async function started(options: StackOptions): Promise<Stack> {
  const s = await startStack(options);
  stacks.push(s);
  return s;
}

/** A store that behaves as `store` except for the methods given. */
function storeWith(store: RoomRecordStore, overrides: Partial<RoomRecordStore>): RoomRecordStore {
  return {
    get: (...a) => store.get(...a),
    insert: (...a) => store.insert(...a),
    update: (...a) => store.update(...a),
    updateParticipants: (...a) => store.updateParticipants(...a),
    replaceParticipants: (...a) => store.replaceParticipants(...a),
    list: (...a) => store.list(...a),
    roomIds: () => store.roomIds(),
    beginCreate: (...a) => store.beginCreate(...a),
    endCreate: (...a) => store.endCreate(...a),
    staleCreates: (...a) => store.staleCreates(...a),
    close: () => store.close(),
    ...overrides,
  };
}

async function serviceRoomIds(s: Stack): Promise<string[]> {
  const ids: string[] = [];
  for await (const room of s.handler.roomsClient.listRooms()) ids.push(room.id);
  return ids;
}

const allIntents = (store: RoomRecordStore) => store.staleCreates(new Date(Date.now() + 3_600_000));

async function rejection(promise: Promise<unknown>): Promise<RoomsError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isRoomsError(error)).toBe(true);
  return error as RoomsError;
}

describe('a create that fails half-way', () => {
  it('deletes the room again when its record cannot be written, and says so', async () => {
    const records = createMemoryRoomRecordStore();
    const failing = storeWith(records, {
      insert: () => Promise.reject(new RoomRecordStoreError('unavailable', 'The database is down.')),
    });
    const s = await started({ handler: { records: failing, syncIntervalMs: false } });

    const error = await rejection(
      s.adapter.createRoom({ subject: 'Follow-up: Priya Raman', participants: [{ id: userId(1) }] }),
    );
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(/could not be reached/);
    expect(await serviceRoomIds(s)).toEqual([]);
    expect(await records.roomIds()).toEqual([]);
    expect(await allIntents(records)).toEqual([]);
    expect(s.handlerErrors).toHaveLength(1);
    s.handlerErrors.length = 0;
  });

  it('leaves no intent behind when the service refuses the create', async () => {
    const records = createMemoryRoomRecordStore();
    const s = await started({ handler: { records, syncIntervalMs: false } });
    const error = await rejection(s.adapter.createRoom({ validUntil: new Date(Date.now() - 60_000) }));
    expect(error).toMatchObject({ code: 'validation', target: 'validUntil' });
    expect(await allIntents(records)).toEqual([]);
  });

  it.each(sharedStorages('crash'))(
    'is undone by another instance on %s when the process died between the service’s answer and the record',
    async (_kind, storesFor) => {
      service = await createRoomsEmulator();
      const [records, secondStore] = storesFor();
      let reached!: () => void;
      const atInsert = new Promise<void>((resolve) => (reached = resolve));
      // The first instance freezes where the record is written: as if its process died there.
      const frozen = storeWith(records, {
        insert: () => {
          reached();
          return new Promise(() => undefined);
        },
      });
      const first = await started({ service, handler: { records: frozen, syncIntervalMs: false } });
      const abandoned = new AbortController();
      const creating = first.adapter
        .createRoom({ subject: 'Never finished' }, { signal: abandoned.signal })
        .catch((e: unknown) => e);
      await atInsert;
      abandoned.abort();
      expect(await creating).toMatchObject({ code: 'aborted' });
      const [made] = await serviceRoomIds(first);
      expect(made).toBeDefined();
      expect(await allIntents(records)).toHaveLength(1);

      // A second instance on the same store, which takes a create pending for any time at all as abandoned.
      const second = await started({
        service,
        handler: { records: secondStore, syncIntervalMs: false, pendingCreateMs: 0 },
      });
      await second.handler.syncRooms();

      expect(await serviceRoomIds(second)).toEqual([]);
      expect(await allIntents(secondStore)).toEqual([]);
      expect(await secondStore.roomIds()).toEqual([]);
      expect((await rejection(second.adapter.getRoom(made as string))).code).toBe('notFound');
      await Promise.all([...new Set([records, secondStore])].map((store) => store.close()));
    },
  );

  it('looks for abandoned creates when rooms are listed, too', async () => {
    const records = createMemoryRoomRecordStore();
    const s = await started({ handler: { records, syncIntervalMs: false, pendingCreateMs: 0 } });
    // What a create that died after the service's answer leaves: an intent, and a room made under its key.
    const key = globalThis.crypto.randomUUID();
    const request = { participants: [], firstSent: new Date().toUTCString() };
    await records.beginCreate({ key, startedAt: new Date(), request });
    await s.handler.roomsClient.createRoom({
      requestOptions: {
        customHeaders: { 'Repeatability-Request-ID': key, 'Repeatability-First-Sent': request.firstSent },
      },
    });
    expect(await serviceRoomIds(s)).toHaveLength(1);

    expect((await s.adapter.listRooms()).items).toEqual([]);
    // The undo runs behind the list's answer; closing the handler waits for it.
    await s.handler.close();
    expect(await serviceRoomIds(s)).toEqual([]);
    expect(await allIntents(records)).toEqual([]);
  });

  it('never runs two syncs at once: callers meanwhile share the one under way', async () => {
    const s = await started({ handler: { syncIntervalMs: false } });
    await s.handler.roomsClient.createRoom({});
    const [first, second] = await Promise.all([s.handler.syncRooms(), s.handler.syncRooms()]);
    expect(first).toEqual({ adopted: 1, removed: 0 });
    expect(second).toBe(first);
    expect(await s.handler.syncRooms()).toEqual({ adopted: 0, removed: 0 });
  });

  it('keeps a pending create alone until it is old enough to count as abandoned', async () => {
    const records = createMemoryRoomRecordStore();
    const s = await started({ handler: { records, syncIntervalMs: false } });
    await records.beginCreate({ key: globalThis.crypto.randomUUID(), startedAt: new Date(), request: {} });
    await s.handler.syncRooms();
    expect(await allIntents(records)).toHaveLength(1);
  });
});

describe('rooms made elsewhere', () => {
  it('appear with no title once read or synced, can be given one, and go when the service drops them', async () => {
    const s = await started({ handler: { syncIntervalMs: false } });
    const portal = await s.handler.roomsClient.createRoom({
      participants: [{ id: { communicationUserId: userId(3) }, role: 'Presenter' }],
    });
    const other = await s.handler.roomsClient.createRoom({});
    expect((await s.adapter.listRooms()).items).toEqual([]);

    // Reading one adopts it.
    const read = await s.adapter.getRoom(portal.id);
    expect(read).toMatchObject({ id: portal.id, version: '1' });
    expect(read.subject).toBeUndefined();
    expect(read.organizerId).toBeUndefined();
    // The sync adopts the rest.
    expect(await s.handler.syncRooms()).toEqual({ adopted: 1, removed: 0 });
    const listed = await collectAll((o) => s.adapter.listRooms(o));
    expect(listed.map((r) => r.id).sort()).toEqual([portal.id, other.id].sort());
    expect(listed.find((r) => r.id === portal.id)?.rosterPreview).toEqual({
      total: 1,
      participants: [{ id: userId(3), role: 'Presenter' }],
    });

    const named = await s.adapter.updateRoom(portal.id, { subject: 'Board meeting' }, { ifMatch: read.version });
    expect(named.subject).toBe('Board meeting');
    expect((await s.adapter.listRooms({ search: 'board' })).items.map((r) => r.id)).toEqual([portal.id]);

    // Gone from the service: met by a read, or found by the sync.
    await s.handler.roomsClient.deleteRoom(portal.id);
    await s.handler.roomsClient.deleteRoom(other.id);
    expect((await rejection(s.adapter.getRoom(portal.id))).code).toBe('notFound');
    expect(await s.handler.records.get(portal.id)).toBeUndefined();
    expect(await s.handler.syncRooms()).toEqual({ adopted: 0, removed: 1 });
    expect((await s.adapter.listRooms()).items).toEqual([]);
  });

  it('adopts at start: a new handler lists what the service already has', async () => {
    service = await createRoomsEmulator();
    const before = await started({ service, handler: { syncIntervalMs: false } });
    const made = await before.handler.roomsClient.createRoom({});
    const s = await started({ service });
    // The start-up sync runs in the background; syncRooms shares or follows it.
    await s.handler.syncRooms();
    expect((await s.adapter.listRooms()).items.map((r) => r.id)).toEqual([made.id]);
  });

  it('shows the window a room was given elsewhere, and moves its version on', async () => {
    const s = await started({ handler: { syncIntervalMs: false } });
    const room = await s.adapter.createRoom({ subject: 'Consultation' });
    const validUntil = new Date(room.validFrom.getTime() + 3_600_000);
    await s.handler.roomsClient.updateRoom(room.id, { validUntil });
    const read = await s.adapter.getRoom(room.id);
    expect(read).toMatchObject({ subject: 'Consultation', validUntil });
    expect(read.version).not.toBe(room.version);
    expect((await s.adapter.listRooms()).items[0]?.validUntil).toEqual(validUntil);
  });
});

describe('the roster index of the store', () => {
  it('follows participant writes, so list previews and searches see them', async () => {
    const s = await started({ handler: { syncIntervalMs: false } });
    const amara = await s.handler.createUser('Amara Okafor');
    const grace = await s.handler.createUser('Grace Kim');
    const room = await s.adapter.createRoom({ subject: 'Cardiology', participants: [{ id: amara.id }] });
    await s.adapter.upsertParticipants(room.id, [{ id: grace.id, role: 'Presenter' }]);
    expect((await s.adapter.listRooms()).items[0]?.rosterPreview).toEqual({
      total: 2,
      participants: [
        { id: grace.id, role: 'Presenter' },
        { id: amara.id, role: 'Attendee' },
      ],
    });
    expect((await s.adapter.listRooms({ search: 'grace' })).items.map((r) => r.id)).toEqual([room.id]);
    await s.adapter.removeParticipants(room.id, [grace.id]);
    expect((await s.adapter.listRooms({ search: 'grace' })).items).toEqual([]);
    expect((await s.adapter.listRooms()).items[0]?.rosterPreview?.total).toBe(1);
  });
});
