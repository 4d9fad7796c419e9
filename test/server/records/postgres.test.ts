/**
 * The PostgreSQL record store passes the record store contract, migrates once when servers start together, and
 * says `unavailable` — writing nothing half-way and showing no connection string — when its database goes away.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import { Pool } from 'pg';
import { describe, expect, it } from 'vitest';
import { createPostgresRoomRecordStore } from '../../../src/server/records/postgres';
import type { NewRoomRecord } from '../../../src/server/records/types';
import { recordStoreContract } from './recordStoreContract';
import { adminPoolOf, openStore, postgresHarness, testDatabaseUrl, uniqueSchema } from './postgresStorage';

const url = testDatabaseUrl();
recordStoreContract('PostgreSQL', postgresHarness('contract'));

const admin = adminPoolOf();
const store = (connectionString: string, schema: string) => openStore({ connectionString }, schema);
const schema = () => uniqueSchema('pg');

function record(roomId: string, subject: string): NewRoomRecord {
  const now = new Date();
  return {
    roomId,
    subject,
    createdAt: now,
    validFrom: now,
    validUntil: new Date(now.getTime() + 3_600_000),
    pstnDialOutEnabled: false,
    updatedAt: now,
    adopted: false,
  };
}

/** A TCP relay in front of the database that can be pulled out (the database "goes away") and put back. */
async function relay(target: URL): Promise<{ url: string; cut(): Promise<void>; restore(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let server: Server;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(Number(target.port || 5432), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as { port: number }).port;
        resolve();
      });
    });
  await listen();
  const relayed = new URL(target);
  relayed.hostname = '127.0.0.1';
  relayed.port = String(port);
  return {
    url: relayed.toString(),
    async cut() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    restore: listen,
  };
}

describe('PostgreSQL record store', () => {
  it('migrates a new schema once when several servers start on it together, and keeps it on reopening', async () => {
    const name = schema();
    const servers = [store(url, name), store(url, name), store(url, name)];
    expect(await Promise.all(servers.map((server) => server.roomIds()))).toEqual([[], [], []]);
    await servers[0]!.insert(record('kept-room', 'Kept'), []);
    const reopened = store(url, name);
    expect(await reopened.get('kept-room')).toMatchObject({ subject: 'Kept', version: 1 });
    const applied = await admin.query<{ version: number }>(`SELECT version FROM "${name}".migrations ORDER BY version`);
    expect(applied.rows.map((row) => row.version)).toEqual([1, 2, 3, 4, 5]);
  });

  it('upgrades a schema of the version before: its rooms are still found by who is on them, in list order', async () => {
    const name = schema();
    const before = store(url, name);
    const first = record('upgraded-1', 'Intake');
    const second = { ...record('upgraded-2', 'Follow-up'), createdAt: new Date(first.createdAt.getTime() + 1000) };
    await before.insert(second, [{ id: '8:acs:patient', role: 'Attendee' }]);
    await before.insert(first, [{ id: '8:acs:patient', role: 'Attendee' }]);
    // The schema as version 2 left it: the roster without its rooms' creation times.
    await admin.query(`
      DROP INDEX "${name}".room_roster_user_order;
      ALTER TABLE "${name}".room_roster DROP COLUMN room_created_at;
      CREATE INDEX room_roster_user ON "${name}".room_roster (user_id);
      DELETE FROM "${name}".migrations WHERE version = 3;
    `);
    const after = store(url, name);
    const page = await after.list({
      scope: { all: true },
      search: { text: 'nobody', participantIds: ['8:acs:patient'] },
      limit: 1,
    });
    expect(page.records.map((r) => r.roomId)).toEqual(['upgraded-1']);
    const next = await after.list({
      scope: { all: true },
      search: { text: 'nobody', participantIds: ['8:acs:patient'] },
      limit: 1,
      ...(page.next ? { after: page.next } : {}),
    });
    expect(next.records.map((r) => r.roomId)).toEqual(['upgraded-2']);
  });

  it('answers unavailable when its database goes away, writes nothing half-way, and recovers when it is back', async () => {
    const name = schema();
    const target = new URL(url);
    const path = await relay(target);
    const through = store(path.url, name);
    const direct = store(url, name);
    await through.insert(record('steady-room', 'Before'), []);

    const cutMidway = through.update('steady-room', async () => {
      await path.cut();
      return { write: { subject: 'Lost', updatedAt: new Date() } };
    });
    const failure = await cutMidway.then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ name: 'RoomRecordStoreError', code: 'unavailable' });
    const message = (failure as Error).message;
    expect(message).toMatch(/^The room records database failed while updating a room record: .+\.$/);
    expect(message).not.toContain(target.password);
    expect(message).not.toContain(path.url);

    await expect(through.get('steady-room')).rejects.toMatchObject({ code: 'unavailable' });
    await expect(through.insert(record('new-room', 'Never'), [])).rejects.toMatchObject({ code: 'unavailable' });
    expect(await direct.get('steady-room')).toMatchObject({ subject: 'Before', version: 1 });
    expect(await direct.get('new-room')).toBeUndefined();

    await path.restore();
    expect(
      await through.update('steady-room', () => ({ write: { subject: 'After', updatedAt: new Date() } })),
    ).toMatchObject({ subject: 'After', version: 2 });
  });

  it('says the login was refused, without the password, when the credentials are wrong', async () => {
    const wrong = new URL(url);
    wrong.password = 'not-the-password-4711';
    const refused = store(wrong.toString(), schema());
    const failure = await refused.roomIds().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ code: 'unavailable' });
    expect((failure as Error).message).toContain('the database refused the login');
    expect((failure as Error).message).not.toContain('not-the-password-4711');
  });

  it('ends only a pool it made: a pool the host gives stays open after close', async () => {
    const pool = new Pool({ connectionString: url, max: 2 });
    const onHostPool = createPostgresRoomRecordStore({ pool }, { schema: schema() });
    await onHostPool.insert(record('host-pool-room', 'Hosted'), []);
    await onHostPool.close();
    expect((await pool.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await pool.end();
  });

  it('refuses a schema name that is not one, before connecting', () => {
    expect(() => createPostgresRoomRecordStore({ connectionString: url }, { schema: 'rooms; DROP TABLE x' })).toThrow(
      /not a schema name/,
    );
  });
});
