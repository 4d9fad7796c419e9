/**
 * PostgreSQL for the record store tests: the database `npm test` provides (or ROOMS_KIT_TEST_DATABASE_URL names), a
 * schema of its own for every storage a test opens, and bulk seeding in one statement.
 */
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { afterAll } from 'vitest';
import { POSTGRES_HINT, TEST_DATABASE_ENV } from '../../../scripts/postgres.mjs';
import { createMemoryRoomRecordStore } from '../../../src/server/records/memory';
import {
  createPostgresRoomRecordStore,
  type PostgresRoomRecordStoreConnection,
} from '../../../src/server/records/postgres';
import type { RoomRecordStore } from '../../../src/server/records/types';
import { seedBulkRecords } from './bulkRecords';
import type { RecordStoreHarness } from './recordStoreContract';

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

/**
 * The storages two handler instances can share, each as a pair of stores over one storage: one memory store (two
 * handlers in one process), and two PostgreSQL stores on one schema (two servers). For `describe.each` / `it.each`.
 */
export function sharedStorages(label: string): Array<[string, () => [RoomRecordStore, RoomRecordStore]]> {
  return [
    [
      'one memory store',
      () => {
        const store = createMemoryRoomRecordStore();
        return [store, store];
      },
    ],
    [
      'PostgreSQL',
      () => {
        const schema = uniqueSchema(label);
        const connection = { connectionString: testDatabaseUrl(), maxConnections: 3 };
        return [openStore(connection, schema), openStore(connection, schema)];
      },
    ],
  ];
}

const pools: Pool[] = [];

afterAll(async () => {
  await Promise.all(stores.map((store) => store.close().catch(() => undefined)));
  await Promise.all(pools.map((pool) => pool.end()));
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
 * The contract's harness on PostgreSQL: each storage is a new schema, each store a new pool on it. Stores are closed
 * and schemas dropped after the file.
 */
export function postgresHarness(label: string): RecordStoreHarness {
  const url = testDatabaseUrl();
  // Small pools whose idle connections close at once: test files run side by side on one server's connections.
  const open = (schema: string) => {
    const pool = new Pool({ connectionString: url, max: 8, idleTimeoutMillis: 100 });
    pool.on('error', () => undefined);
    pools.push(pool);
    return openStore({ pool }, schema);
  };
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
