/**
 * The PostgreSQL room event log passes the event log contract, and its listener survives a dropped connection: it
 * reconnects and passes on what was appended meanwhile, nothing missed, nothing twice.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresRoomRecordStore } from '../../../src/server/records/postgres';
import type { RoomRecordStore } from '../../../src/server/records/types';
import type { RoomEventLog, StoredRoomEvent } from '../../../src/server/events/eventLog';
import { adminPoolOf, testDatabaseUrl, uniqueSchema } from '../records/postgresStorage';
import { eventLogContract } from './eventLogContract';

const url = testDatabaseUrl();
const stores: RoomRecordStore[] = [];

function storeOn(schema: string, maxEvents = 1000): RoomRecordStore {
  const store = createPostgresRoomRecordStore(
    { connectionString: url, maxConnections: 4 },
    { schema, events: { maxEvents } },
  );
  stores.push(store);
  return store;
}

function logOf(store: RoomRecordStore): RoomEventLog {
  if (!store.events) throw new Error('The PostgreSQL store has no event log.');
  return store.events;
}

afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
});

eventLogContract('PostgreSQL', {
  open(maxEvents) {
    const schema = uniqueSchema('events');
    return Promise.resolve({
      log: logOf(storeOn(schema, maxEvents)),
      another: () => Promise.resolve(logOf(storeOn(schema, maxEvents))),
      elsewhere: () => Promise.resolve(logOf(storeOn(uniqueSchema('elsewhere'), maxEvents))),
    });
  },
});

describe('PostgreSQL room event log', () => {
  it('reconnects a listener whose connection dropped and passes on what was appended meanwhile, once each', async () => {
    const schema = uniqueSchema('relisten');
    const listening = logOf(storeOn(schema));
    const writer = logOf(storeOn(schema));
    const heard: StoredRoomEvent[] = [];
    let waiting: { count: number; resolve: () => void } | undefined;
    const subscription = listening.onAppend({
      events(batch) {
        heard.push(...batch);
        if (waiting && heard.length >= waiting.count) waiting.resolve();
      },
    });
    const untilHeard = (count: number) =>
      new Promise<void>((resolve) => {
        if (heard.length >= count) resolve();
        else waiting = { count, resolve };
      });
    await subscription.ready;
    const change = (n: number) => ({
      event: { type: 'roomDeleted' as const, roomId: `room-${n}` },
    });
    await writer.append([change(1)]);
    await untilHeard(1);

    // The database ends the LISTEN connection (a restart, a failover, an idle timeout of a proxy).
    const admin = adminPoolOf();
    const ended = await admin.query<{ ended: boolean }>(
      `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE query = $1`,
      [`LISTEN "rk_events_${schema}"`],
    );
    expect(ended.rows.map((row) => row.ended)).toEqual([true]);
    for (let n = 2; n <= 20; n++) await writer.append([change(n)]);

    await untilHeard(20);
    subscription.close();
    expect(heard.map((event) => event.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(heard.map((event) => event.roomId)).toEqual(Array.from({ length: 20 }, (_, i) => `room-${i + 1}`));
  });
});
