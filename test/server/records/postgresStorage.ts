/**
 * PostgreSQL for the record store tests: the database `npm test` provides (or ROOMS_KIT_TEST_DATABASE_URL names), a
 * schema of its own for every storage a test opens, and bulk seeding in one statement.
 */
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { afterAll } from 'vitest';
import { POSTGRES_HINT, TEST_DATABASE_ENV } from '../../../scripts/postgres.mjs';
import {
  createPostgresRoomRecordStore,
  type PostgresRoomRecordStoreConnection,
} from '../../../src/server/records/postgres';
import type { RoomRecordStore } from '../../../src/server/records/types';
import { BULK_GROUPS, BULK_START, type RecordStoreHarness } from './recordStoreContract';

/** The test database's URL; without one the tests fail with the line that says how to get one. */
export function testDatabaseUrl(): string {
  const url = process.env[TEST_DATABASE_ENV];
  if (!url) throw new Error(POSTGRES_HINT);
  return url;
}

const schemas: string[] = [];
const stores: RoomRecordStore[] = [];
let adminPool: Pool | undefined;

/** A small pool on the test database for seeding and checks; ended after the file. */
export function adminPoolOf(): Pool {
  adminPool ??= new Pool({ connectionString: testDatabaseUrl(), max: 2 });
  return adminPool;
}

/** A schema name no other test file or run uses; dropped after the file. */
export function uniqueSchema(label: string): string {
  const name = `rk_${label}_${process.pid}_${randomBytes(3).toString('hex')}`;
  schemas.push(name);
  return name;
}

/** A PostgreSQL store on `schema`, closed after the file. */
export function openStore(connection: PostgresRoomRecordStoreConnection, schema: string): RoomRecordStore {
  const store = createPostgresRoomRecordStore(connection, { schema });
  stores.push(store);
  return store;
}

afterAll(async () => {
  await Promise.all(stores.map((store) => store.close().catch(() => undefined)));
  if (!adminPool) return;
  for (const schema of schemas) {
    // One drop at a time in the database, and not while a store migrates (the same lock): DROP … CASCADE of two
    // schemas whose indexes use pg_trgm can otherwise deadlock.
    const client = await adminPool.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT pg_advisory_xact_lock(hashtextextended('acs-rooms-kit:migrations', 0))");
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  }
  await adminPool.end();
});

/**
 * Writes `count` records as the contract's `bulkRecord(i)` and `bulkParticipant(i)` describe them, in one
 * `INSERT … SELECT generate_series` per table. As a bulk load is done: the secondary indexes and foreign keys are set
 * aside and built again afterwards from their own definitions, which is several times faster than keeping them up
 * row by row. The store's migrations must have run (call any store method first).
 */
export async function seedBulkRecords(pool: Pool, schema: string, count: number): Promise<void> {
  const s = `"${schema}"`;
  const rows = `FROM generate_series(0, $1::integer - 1) AS i`;
  const id = `'bulk-' || lpad(i::text, 6, '0')`;
  const user = `'8:acs:bulk-' || (i % ${BULK_GROUPS})`;
  const created = `to_timestamp(${BULK_START / 1000}) + i * interval '1 second'`;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const keys = await client.query<{ table: string; name: string; definition: string }>(
      `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE contype = 'f' AND connamespace = $1::regnamespace`,
      [s],
    );
    const indexes = await client.query<{ name: string; definition: string }>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
       WHERE schemaname = $1 AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE connamespace = $2::regnamespace)`,
      [schema, s],
    );
    for (const key of keys.rows) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT "${key.name}"`);
    for (const index of indexes.rows) await client.query(`DROP INDEX ${s}."${index.name}"`);
    await client.query(
      `INSERT INTO ${s}.room_records (room_id, organizer_id, tenant_id, subject, subject_folded, created_at, valid_from,
         valid_until, pstn_dial_out_enabled, version, updated_at, adopted)
       SELECT ${id}, 'bulk-organizer-' || (i % ${BULK_GROUPS}), 'bulk-tenant-' || (i % ${BULK_GROUPS}),
         'Bulk room ' || i, 'bulk room ' || i, ${created}, ${created}, ${created} + interval '1 hour', false, 1,
         ${created}, false ${rows}`,
      [count],
    );
    await client.query(
      `INSERT INTO ${s}.room_roster (room_id, user_id, role, position) SELECT ${id}, ${user}, 'Attendee', 1 ${rows}`,
      [count],
    );
    await client.query(
      `INSERT INTO ${s}.room_roster_summaries (room_id, participant_count, first_participants)
       SELECT ${id}, 1, jsonb_build_array(jsonb_build_object('id', ${user}, 'role', 'Attendee')) ${rows}`,
      [count],
    );
    for (const index of indexes.rows) await client.query(index.definition);
    for (const key of keys.rows) {
      await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT "${key.name}" ${key.definition}`);
    }
    await client.query('COMMIT');
    await client.query(`ANALYZE ${s}.room_records; ANALYZE ${s}.room_roster`);
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/**
 * The contract's harness on PostgreSQL: each storage is a new schema, each store a new pool on it. Stores are closed
 * and schemas dropped after the file.
 */
export function postgresHarness(label: string): RecordStoreHarness {
  const url = testDatabaseUrl();
  const open = (schema: string) => openStore({ connectionString: url, maxConnections: 12 }, schema);
  return {
    open() {
      const schema = uniqueSchema(label);
      const store = open(schema);
      return Promise.resolve({
        store,
        another: () => Promise.resolve(open(schema)),
        async seed(count) {
          await store.roomIds();
          await seedBulkRecords(adminPoolOf(), schema, count);
        },
      });
    },
  };
}
