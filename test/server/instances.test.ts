/**
 * Several servers, one truth: two handler instances in front of one Rooms service and one record store (one memory
 * store shared by both; two PostgreSQL stores on one database, as two servers would have). What is made, changed or
 * deleted through one is seen through the other at once, and their saves over one version cannot both pass.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collectAll } from '../../src/adapter/paging';
import { isRoomsError, type RoomsError } from '../../src/core/errors';
import { createRoomsEmulator, type RoomsEmulator } from '../../src/emulator';
import type { RoomRecordStore } from '../../src/server';
import { sharedStorages } from './records/postgresStorage';
import { startStack, userId, type Stack } from './stack';

async function rejection(promise: Promise<unknown>): Promise<RoomsError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isRoomsError(error)).toBe(true);
  return error as RoomsError;
}

/** Makes the stores of two servers that share one truth. */
const KINDS = sharedStorages('instances');

describe.each(KINDS)('two handler instances on %s', (_kind, storesFor) => {
  let service: RoomsEmulator;
  let one: Stack;
  let two: Stack;
  let stores: RoomRecordStore[] = [];

  beforeAll(async () => {
    service = await createRoomsEmulator();
  });
  afterAll(async () => {
    await service.close();
  });

  beforeEach(async () => {
    const [first, second] = storesFor();
    stores = [first, second];
    one = await startStack({ service, handler: { records: first, syncIntervalMs: false } });
    two = await startStack({ service, handler: { records: second, syncIntervalMs: false } });
  });
  afterEach(async () => {
    await one.close();
    await two.close();
    // Each server's pool goes with it, so the database never holds more connections than one test needs.
    await Promise.all([...new Set(stores)].map((store) => store.close()));
    expect([...one.handlerErrors, ...two.handlerErrors]).toEqual([]);
  });

  it('lists through one, with subject and zone, a room made through the other', async () => {
    const room = await one.adapter.createRoom({
      subject: 'Follow-up: Priya Raman',
      timeZone: 'Europe/Berlin',
      participants: [{ id: userId(1), role: 'Presenter' }],
    });
    const listed = await collectAll((o) => two.adapter.listRooms(o));
    const item = listed.find((r) => r.id === room.id);
    expect(item).toMatchObject({
      subject: 'Follow-up: Priya Raman',
      timeZone: 'Europe/Berlin',
      version: room.version,
      rosterPreview: { total: 1, participants: [{ id: userId(1), role: 'Presenter' }] },
    });
    expect(await two.adapter.getRoom(room.id)).toEqual(room);
    expect((await two.adapter.listRooms({ search: 'priya' })).items.map((r) => r.id)).toContain(room.id);
  });

  it('shows through one an update made through the other, and refuses a save over it made with the old version', async () => {
    const room = await one.adapter.createRoom({ subject: 'Consultation', timeZone: 'Asia/Kolkata' });
    const seen = await two.adapter.getRoom(room.id);
    const validUntil = new Date(room.validFrom.getTime() + 2 * 3_600_000);
    const updated = await one.adapter.updateRoom(
      room.id,
      { subject: 'Consultation: results', validUntil },
      { ifMatch: room.version },
    );

    expect(await two.adapter.getRoom(room.id)).toEqual(updated);
    expect((await collectAll((o) => two.adapter.listRooms(o))).find((r) => r.id === room.id)).toMatchObject({
      subject: 'Consultation: results',
      validUntil,
      version: updated.version,
    });
    const error = await rejection(
      two.adapter.updateRoom(room.id, { subject: 'Overwritten' }, { ifMatch: seen.version }),
    );
    expect(error).toMatchObject({ code: 'conflict', target: 'version' });
    expect(await one.adapter.getRoom(room.id)).toEqual(updated);
  });

  it('lets exactly one of two saves at once, one through each, pass over the same version', async () => {
    const room = await one.adapter.createRoom({ subject: 'Consultation' });
    const results = await Promise.allSettled([
      one.adapter.updateRoom(room.id, { subject: 'Saved through one' }, { ifMatch: room.version }),
      two.adapter.updateRoom(room.id, { subject: 'Saved through two' }, { ifMatch: room.version }),
    ]);
    const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as RoomsError).code] : []));
    expect(won).toHaveLength(1);
    expect(lost).toEqual(['conflict']);
    expect(await two.adapter.getRoom(room.id)).toEqual(won[0]);
  });

  it('answers notFound through one for a room deleted through the other, and lists it nowhere', async () => {
    const room = await one.adapter.createRoom({ subject: 'Cancelled appointment' });
    await two.adapter.getRoom(room.id);
    await one.adapter.deleteRoom(room.id);

    expect(await rejection(two.adapter.getRoom(room.id))).toMatchObject({ code: 'notFound', target: 'roomId' });
    expect(await rejection(two.adapter.deleteRoom(room.id))).toMatchObject({ code: 'notFound' });
    expect((await collectAll((o) => two.adapter.listRooms(o))).map((r) => r.id)).not.toContain(room.id);
  });

  it('continues through one a list paged through the other', async () => {
    const made = [];
    for (let i = 0; i < 3; i++) made.push((await one.adapter.createRoom({ subject: `Shift ${i}` })).id);
    const first = await one.adapter.listRooms({ pageSize: 2, search: 'shift' });
    const rest = await two.adapter.listRooms({ pageSize: 2, search: 'shift', cursor: first.nextCursor });
    expect([...first.items, ...rest.items].map((r) => r.id)).toEqual(made);
  });
});
