/**
 * The PostgreSQL `RoomRecordStore`, on node-postgres: every server behind one load balancer shares its records. The
 * schema is created and migrated on first use; writers of one room, on any server, take turns through row locks and
 * transaction-scoped advisory locks, so no write is lost and a failed write leaves nothing behind.
 */
import { randomBytes } from 'node:crypto';
import { Client, Pool, type PoolClient, type QueryResultRow } from 'pg';
import type { RoomRole } from '../../core/roles';
import { foldForSearch } from '../../core/people';
import type { RoomParticipant } from '../../core/types';
import {
  ROSTER_PREVIEW_SIZE,
  RoomRecordStoreError,
  type NewRoomRecord,
  type RoomCreateIntent,
  type RoomRecord,
  type RoomRecordDecision,
  type RoomRecordPage,
  type RoomRecordPatch,
  type RoomRecordQuery,
  type RoomRecordStore,
} from './types';
import { unavailable } from './postgresErrors';
import { createPostgresRoomEventLog } from '../events/postgresEventLog';
import type { RoomEventRetention } from '../events/eventLog';
import { createPostgresRoomLobbyStore } from '../lobby/postgresLobbyStore';

/** Where the PostgreSQL store connects: a connection string (the store owns its pool) or the host's own pool. */
export type PostgresRoomRecordStoreConnection =
  | {
      /** `postgres://user:password@host:5432/database`; never shown in messages. */
      connectionString: string;
      /**
       * Most connections the store's pool opens. An `update` holds one while its callback waits on the Rooms service,
       * so allow for as many rooms being changed at once. @default 10
       */
      maxConnections?: number;
    }
  | {
      /** A pool the host made and ends itself; it should handle the pool's `error` events. */
      pool: Pool;
    };

/** Options of {@link createPostgresRoomRecordStore}. */
export interface PostgresRoomRecordStoreOptions {
  /** The schema the store's tables live in, created when absent (lower-case letters, digits, `_`). @default 'rooms_kit' */
  schema?: string;
  /** How much of the room event log (the store's `events`) is kept for resuming streams. */
  events?: RoomEventRetention;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
/** One lock for every migration in the database: `CREATE EXTENSION` is database-wide, whatever the schema. */
const MIGRATION_LOCK = 'acs-rooms-kit:migrations';

interface Migration {
  version: number;
  /** Runs inside the migration's transaction. */
  apply(client: PoolClient, schema: string): Promise<void>;
}

/** The schema's history: append steps, never change one that has shipped. */
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    async apply(client, s) {
      await client.query(`
        CREATE TABLE ${s}.room_records (
          room_id text COLLATE "C" PRIMARY KEY,
          organizer_id text,
          tenant_id text,
          subject text,
          time_zone text,
          description text,
          reference text,
          subject_folded text NOT NULL DEFAULT '',
          reference_folded text NOT NULL DEFAULT '',
          created_at timestamptz NOT NULL,
          valid_from timestamptz NOT NULL,
          valid_until timestamptz NOT NULL,
          pstn_dial_out_enabled boolean NOT NULL,
          version integer NOT NULL,
          updated_at timestamptz NOT NULL,
          updated_by text,
          adopted boolean NOT NULL DEFAULT false
        );
        CREATE INDEX room_records_order ON ${s}.room_records (created_at, room_id);
        CREATE INDEX room_records_organizer ON ${s}.room_records (organizer_id, created_at, room_id);
        CREATE INDEX room_records_tenant ON ${s}.room_records (tenant_id, created_at, room_id);
        CREATE TABLE ${s}.room_roster (
          room_id text COLLATE "C" NOT NULL REFERENCES ${s}.room_records (room_id) ON DELETE CASCADE,
          user_id text NOT NULL,
          role text NOT NULL,
          position bigint NOT NULL,
          PRIMARY KEY (room_id, user_id)
        );
        CREATE INDEX room_roster_user ON ${s}.room_roster (user_id);
        CREATE INDEX room_roster_order ON ${s}.room_roster (room_id, position);
        CREATE INDEX room_roster_presenters ON ${s}.room_roster (room_id, position) WHERE role = 'Presenter';
        CREATE TABLE ${s}.room_roster_summaries (
          room_id text COLLATE "C" PRIMARY KEY REFERENCES ${s}.room_records (room_id) ON DELETE CASCADE,
          participant_count integer NOT NULL,
          first_participants jsonb NOT NULL
        );
        CREATE TABLE ${s}.room_create_intents (
          key text PRIMARY KEY,
          started_at timestamptz NOT NULL,
          request jsonb
        );
        CREATE INDEX room_create_intents_started ON ${s}.room_create_intents (started_at);
      `);
    },
  },
  {
    version: 2,
    async apply(client, s) {
      // Trigram indexes let a search for a fragment of a title use an index; without the extension (a role that may
      // not create it) searches scan the table, and still find the same rooms.
      await client.query('SAVEPOINT trigram');
      try {
        await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
      } catch {
        await client.query('ROLLBACK TO SAVEPOINT trigram');
        return;
      }
      const found = await client.query<{ schema: string }>(
        `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
         WHERE e.extname = 'pg_trgm'`,
      );
      const extension = found.rows[0]?.schema;
      if (extension === undefined) return;
      const ops = `${quoteIdentifier(extension)}.gin_trgm_ops`;
      await client.query(`
        CREATE INDEX room_records_subject_trgm ON ${s}.room_records USING gin (subject_folded ${ops});
        CREATE INDEX room_records_reference_trgm ON ${s}.room_records USING gin (reference_folded ${ops});
        CREATE INDEX room_records_id_trgm ON ${s}.room_records USING gin (lower(room_id) ${ops});
      `);
    },
  },
  {
    version: 3,
    async apply(client, s) {
      // Each roster entry carries its room's creation time, which never changes: a search by participants then finds
      // its first rooms in list order from the roster's index alone, without reading every room they are on. The
      // new index leads with the user, so it also serves what the user index served.
      await client.query(`
        ALTER TABLE ${s}.room_roster ADD COLUMN room_created_at timestamptz;
        UPDATE ${s}.room_roster p SET room_created_at = r.created_at FROM ${s}.room_records r WHERE r.room_id = p.room_id;
        ALTER TABLE ${s}.room_roster ALTER COLUMN room_created_at SET NOT NULL;
        CREATE INDEX room_roster_user_order ON ${s}.room_roster (user_id, room_created_at, room_id);
        DROP INDEX ${s}.room_roster_user;
      `);
    },
  },
  {
    version: 4,
    async apply(client, s) {
      // The room event log (src/server/events/postgresEventLog.ts): one head row with the log's epoch (fixed here, once per
      // database), the events by number, the source ids of redeliverable events, and each room's call activity.
      await client.query(`
        CREATE TABLE ${s}.room_event_log (
          singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
          epoch text NOT NULL,
          head bigint NOT NULL DEFAULT 0,
          trimmed_through bigint NOT NULL DEFAULT 0
        );
        CREATE TABLE ${s}.room_events (
          seq bigint PRIMARY KEY,
          room_id text COLLATE "C" NOT NULL,
          type text NOT NULL,
          data text NOT NULL,
          audience jsonb NOT NULL,
          appended_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE ${s}.room_event_sources (
          source_id text PRIMARY KEY,
          seq bigint NOT NULL,
          received_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX room_event_sources_received ON ${s}.room_event_sources (received_at);
        CREATE TABLE ${s}.room_call_activity (
          room_id text COLLATE "C" PRIMARY KEY,
          activity jsonb NOT NULL,
          live_call jsonb,
          updated_at timestamptz NOT NULL
        );
      `);
      await client.query(`INSERT INTO ${s}.room_event_log (epoch) VALUES ($1)`, [randomBytes(8).toString('hex')]);
    },
  },
  {
    version: 5,
    async apply(client, s) {
      // Lobbies and speaker grants (src/server/lobby/postgresLobbyStore.ts): a room's lobby is one jsonb row that core's
      // reducer changes under the row's lock; a grant is a row per person, so ending one is one DELETE … RETURNING.
      await client.query(`
        CREATE TABLE ${s}.room_lobbies (
          room_id text COLLATE "C" PRIMARY KEY,
          state jsonb NOT NULL,
          updated_at timestamptz NOT NULL
        );
        CREATE TABLE ${s}.room_speaker_grants (
          room_id text COLLATE "C" NOT NULL,
          user_id text NOT NULL,
          previous_role text NOT NULL,
          granted_role text NOT NULL,
          granted_by text NOT NULL,
          granted_at timestamptz NOT NULL,
          PRIMARY KEY (room_id, user_id)
        );
      `);
    },
  },
];

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** `text` as a LIKE pattern matching it anywhere, its `%`, `_` and `\` taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function ignore(): void {}

/** A failure of the caller's `decide` callback, passed through untouched. */
class DecisionFailure {
  constructor(readonly error: unknown) {}
}

interface RecordRow extends QueryResultRow {
  room_id: string;
  organizer_id: string | null;
  tenant_id: string | null;
  subject: string | null;
  time_zone: string | null;
  description: string | null;
  reference: string | null;
  created_at: Date;
  valid_from: Date;
  valid_until: Date;
  pstn_dial_out_enabled: boolean;
  version: number;
  updated_at: Date;
  updated_by: string | null;
  adopted: boolean;
  participant_count: number;
  first_participants: RoomParticipant[];
}

function recordOf(row: RecordRow): RoomRecord {
  const record: RoomRecord = {
    roomId: row.room_id,
    createdAt: row.created_at,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    pstnDialOutEnabled: row.pstn_dial_out_enabled,
    version: row.version,
    updatedAt: row.updated_at,
    adopted: row.adopted,
    participantCount: row.participant_count,
    firstParticipants: row.first_participants.map(({ id, role }) => ({ id, role })),
  };
  if (row.organizer_id !== null) record.organizerId = row.organizer_id;
  if (row.tenant_id !== null) record.tenantId = row.tenant_id;
  if (row.subject !== null) record.subject = row.subject;
  if (row.time_zone !== null) record.timeZone = row.time_zone;
  if (row.description !== null) record.description = row.description;
  if (row.reference !== null) record.reference = row.reference;
  if (row.updated_by !== null) record.updatedBy = row.updated_by;
  return record;
}

/** Participants with each id once: the first place, the last role (as a `Map` keeps them). */
function distinct(participants: Iterable<readonly [string, RoomRole]>): { ids: string[]; roles: RoomRole[] } {
  const byId = new Map<string, RoomRole>();
  for (const [id, role] of participants) byId.set(id, role);
  return { ids: [...byId.keys()], roles: [...byId.values()] };
}

/**
 * Makes a `RoomRecordStore` on PostgreSQL (node-postgres). Its tables are created, or migrated, on first use; two
 * servers starting together take turns. Failures of the database reject with `RoomRecordStoreError('unavailable')`.
 * Its `events` is the room event log in the same database: every server on it streams the same events, and hears
 * the others' through LISTEN/NOTIFY on one connection of its own (opened when the first stream listens, outside the
 * pool and its `maxConnections`). Its `lobby` keeps requests to join and speaker grants in the same database.
 *
 * @example
 * ```ts
 * const records = createPostgresRoomRecordStore({ connectionString: process.env.DATABASE_URL! });
 * const handler = createRoomsRequestHandler({ connectionString, authorize, currentUser, records });
 * process.on('SIGTERM', () => void records.close());
 * ```
 */
export function createPostgresRoomRecordStore(
  connection: PostgresRoomRecordStoreConnection,
  options: PostgresRoomRecordStoreOptions = {},
): RoomRecordStore {
  const schemaName = options.schema ?? 'rooms_kit';
  if (!SCHEMA_NAME.test(schemaName)) {
    throw new TypeError(`"${schemaName}" is not a schema name: use lower-case letters, digits and _.`);
  }
  const s = quoteIdentifier(schemaName);
  const owned = 'connectionString' in connection;
  const pool = owned
    ? new Pool({
        connectionString: connection.connectionString,
        max: connection.maxConnections ?? 10,
        connectionTimeoutMillis: 10_000,
      })
    : connection.pool;
  // An idle connection that breaks (the server restarts) is reported here; the next query reports it to its caller.
  if (owned) pool.on('error', ignore);

  const events = createPostgresRoomEventLog({
    ...options.events,
    pool,
    schema: schemaName,
    whenReady: () => whenReady(),
    // Its own connection, outside the pool: LISTEN holds it for as long as the store is open.
    listenClient: () =>
      new Client(
        owned ? { connectionString: connection.connectionString, connectionTimeoutMillis: 10_000 } : pool.options,
      ),
  });

  const lobby = createPostgresRoomLobbyStore({ pool, schema: schemaName, whenReady: () => whenReady() });

  const FROM = `${s}.room_records r LEFT JOIN ${s}.room_roster_summaries m ON m.room_id = r.room_id`;
  const COLUMNS = `r.room_id, r.organizer_id, r.tenant_id, r.subject, r.time_zone, r.description, r.reference,
    r.created_at, r.valid_from, r.valid_until, r.pstn_dial_out_enabled, r.version, r.updated_at, r.updated_by,
    r.adopted, coalesce(m.participant_count, 0) AS participant_count,
    coalesce(m.first_participants, '[]'::jsonb) AS first_participants`;

  let ready: Promise<void> | undefined;
  /** The tail of each room's writers in this process: they queue here, so each holds a connection only on its turn. */
  const turns = new Map<string, Promise<void>>();

  /** Runs `work` after every earlier writer of the room in this process (other servers wait on the database lock). */
  function inTurn<T>(roomId: string, work: () => Promise<T>): Promise<T> {
    const result = (turns.get(roomId) ?? Promise.resolve()).then(work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    turns.set(roomId, tail);
    void tail.then(() => {
      if (turns.get(roomId) === tail) turns.delete(roomId);
    });
    return result;
  }

  /** Takes a connection; a connection that breaks while held is reported to the query waiting on it, not thrown. */
  async function checkOut(): Promise<PoolClient> {
    const client = await pool.connect();
    client.on('error', ignore);
    return client;
  }

  function checkIn(client: PoolClient, broken: boolean): void {
    client.off('error', ignore);
    client.release(broken);
  }

  async function migrate(): Promise<void> {
    const client = await checkOut();
    let broken = false;
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [MIGRATION_LOCK]);
      // Only when absent: a schema the host made for a role without CREATE on the database is used as it is.
      const schemaFound = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schemaName]);
      if (schemaFound.rowCount === 0) await client.query(`CREATE SCHEMA ${s}`);
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${s}.migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      const applied = await client.query<{ version: number }>(`SELECT version FROM ${s}.migrations`);
      const done = new Set(applied.rows.map((row) => row.version));
      // Every step not yet recorded, in order: a later step's tables never stand in for an earlier one's.
      for (const migration of MIGRATIONS) {
        if (done.has(migration.version)) continue;
        await migration.apply(client, s);
        await client.query(`INSERT INTO ${s}.migrations (version) VALUES ($1)`, [migration.version]);
      }
      await client.query('COMMIT');
    } catch (error) {
      broken = await rollback(client);
      throw error;
    } finally {
      checkIn(client, broken);
    }
  }

  /** Rolls back; `true` when the connection is broken and must not go back to the pool. */
  async function rollback(client: PoolClient): Promise<boolean> {
    try {
      await client.query('ROLLBACK');
      return false;
    } catch {
      return true;
    }
  }

  function whenReady(): Promise<void> {
    ready ??= migrate().catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  }

  /** Runs `work` in a transaction on one connection, after the migrations; any failure rolls it all back. */
  async function transaction<T>(doing: string, work: (client: PoolClient) => Promise<T>): Promise<T> {
    let client: PoolClient | undefined;
    let broken = false;
    try {
      await whenReady();
      client = await checkOut();
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      if (client) broken = await rollback(client);
      if (error instanceof DecisionFailure) throw error.error;
      throw unavailable(error, doing);
    } finally {
      if (client) checkIn(client, broken);
    }
  }

  async function query<R extends QueryResultRow>(doing: string, text: string, values: unknown[] = []): Promise<R[]> {
    try {
      await whenReady();
      return (await pool.query<R>(text, values)).rows;
    } catch (error) {
      throw unavailable(error, doing);
    }
  }

  /** Holds `roomId` against every other writer of it, in this database, until the transaction ends. */
  async function lockRoom(client: PoolClient, roomId: string, purpose: 'record' | 'roster'): Promise<void> {
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${schemaName}:${purpose}:${roomId}`]);
  }

  async function readRecord(client: PoolClient, roomId: string): Promise<RoomRecord | undefined> {
    const rows = await client.query<RecordRow>(`SELECT ${COLUMNS} FROM ${FROM} WHERE r.room_id = $1`, [roomId]);
    const row = rows.rows[0];
    return row ? recordOf(row) : undefined;
  }

  /** Recounts a room's roster and its preview (presenters first, then by invitation order). */
  async function refreshSummary(client: PoolClient, roomId: string): Promise<void> {
    await client.query(
      `INSERT INTO ${s}.room_roster_summaries (room_id, participant_count, first_participants)
       SELECT $1,
         (SELECT count(*) FROM ${s}.room_roster WHERE room_id = $1),
         coalesce((
           SELECT jsonb_agg(jsonb_build_object('id', p.user_id, 'role', p.role) ORDER BY p.rank, p.position)
           FROM (
             SELECT * FROM (
               (SELECT user_id, role, position, 0 AS rank FROM ${s}.room_roster
                 WHERE room_id = $1 AND role = 'Presenter' ORDER BY position LIMIT $2)
               UNION ALL
               (SELECT user_id, role, position, 1 AS rank FROM ${s}.room_roster
                 WHERE room_id = $1 AND role <> 'Presenter' ORDER BY position LIMIT $2)
             ) first ORDER BY rank, position LIMIT $2
           ) p
         ), '[]'::jsonb)
       ON CONFLICT (room_id) DO UPDATE
         SET participant_count = excluded.participant_count, first_participants = excluded.first_participants`,
      [roomId, ROSTER_PREVIEW_SIZE],
    );
  }

  async function addToRoster(
    client: PoolClient,
    roomId: string,
    participants: Iterable<readonly [string, RoomRole]>,
  ): Promise<void> {
    const { ids, roles } = distinct(participants);
    if (ids.length === 0) return;
    await client.query(
      `INSERT INTO ${s}.room_roster (room_id, user_id, role, position, room_created_at)
       SELECT $1, t.user_id, t.role,
         (SELECT coalesce(max(position), 0) FROM ${s}.room_roster WHERE room_id = $1) + t.place,
         (SELECT created_at FROM ${s}.room_records WHERE room_id = $1)
       FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS t(user_id, role, place)
       ON CONFLICT (room_id, user_id) DO UPDATE SET role = excluded.role`,
      [roomId, ids, roles],
    );
  }

  /** Locks a room's roster for a change; `false` when the room has no record (its roster is left alone). */
  async function lockRoster(client: PoolClient, roomId: string): Promise<boolean> {
    // KEY SHARE does not wait for an update() holding the record (which takes NO KEY UPDATE): a roster write made
    // while an update's callback calls the service goes through, and a delete waits for it.
    const found = await client.query(`SELECT 1 FROM ${s}.room_records WHERE room_id = $1 FOR KEY SHARE`, [roomId]);
    if (found.rowCount === 0) return false;
    await lockRoom(client, roomId, 'roster');
    return true;
  }

  function patchAssignments(patch: RoomRecordPatch, values: unknown[]): string[] {
    const set: string[] = [];
    const assign = (column: string, value: unknown): void => {
      values.push(value);
      set.push(`${column} = $${values.length}`);
    };
    if (patch.subject !== undefined) {
      assign('subject', patch.subject);
      assign('subject_folded', patch.subject === null ? '' : foldForSearch(patch.subject));
    }
    if (patch.timeZone !== undefined) assign('time_zone', patch.timeZone);
    if (patch.description !== undefined) assign('description', patch.description);
    if (patch.reference !== undefined) {
      assign('reference', patch.reference);
      assign('reference_folded', patch.reference === null ? '' : foldForSearch(patch.reference));
    }
    if (patch.validFrom !== undefined) assign('valid_from', patch.validFrom);
    if (patch.validUntil !== undefined) assign('valid_until', patch.validUntil);
    if (patch.pstnDialOutEnabled !== undefined) assign('pstn_dial_out_enabled', patch.pstnDialOutEnabled);
    if (patch.updatedBy !== undefined) assign('updated_by', patch.updatedBy);
    assign('updated_at', patch.updatedAt);
    set.push('version = version + 1');
    return set;
  }

  return {
    async get(roomId) {
      const rows = await query<RecordRow>(
        'reading a room record',
        `SELECT ${COLUMNS} FROM ${FROM} WHERE r.room_id = $1`,
        [roomId],
      );
      const row = rows[0];
      return row ? recordOf(row) : undefined;
    },

    async insert(record: NewRoomRecord, participants: readonly RoomParticipant[], options?: { intentKey?: string }) {
      return inTurn(record.roomId, () =>
        transaction('saving a new room record', async (client) => {
          await lockRoom(client, record.roomId, 'record');
          const inserted = await client.query(
            `INSERT INTO ${s}.room_records (room_id, organizer_id, tenant_id, subject, time_zone, description,
               reference, subject_folded, reference_folded, created_at, valid_from, valid_until,
               pstn_dial_out_enabled, version, updated_at, updated_by, adopted)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 1, $14, $15, $16)
             ON CONFLICT (room_id) DO NOTHING`,
            [
              record.roomId,
              record.organizerId ?? null,
              record.tenantId ?? null,
              record.subject ?? null,
              record.timeZone ?? null,
              record.description ?? null,
              record.reference ?? null,
              record.subject === undefined ? '' : foldForSearch(record.subject),
              record.reference === undefined ? '' : foldForSearch(record.reference),
              record.createdAt,
              record.validFrom,
              record.validUntil,
              record.pstnDialOutEnabled,
              record.updatedAt,
              record.updatedBy ?? null,
              record.adopted,
            ],
          );
          if (inserted.rowCount === 0) {
            throw new RoomRecordStoreError('exists', `Room ${record.roomId} already has a record.`);
          }
          await addToRoster(
            client,
            record.roomId,
            participants.map(({ id, role }) => [id, role] as const),
          );
          await refreshSummary(client, record.roomId);
          if (options?.intentKey !== undefined) {
            await client.query(`DELETE FROM ${s}.room_create_intents WHERE key = $1`, [options.intentKey]);
          }
          const saved = await readRecord(client, record.roomId);
          if (!saved) throw new Error('The inserted record could not be read back.');
          return saved;
        }),
      );
    },

    update(roomId, decide) {
      return inTurn(roomId, () =>
        transaction('updating a room record', async (client) => {
          // The advisory lock holds the id even while it has no record; the row lock keeps out anyone writing the
          // row without going through this store. NO KEY UPDATE, not UPDATE: roster writes (KEY SHARE) need not wait.
          await lockRoom(client, roomId, 'record');
          await client.query(`SELECT 1 FROM ${s}.room_records WHERE room_id = $1 FOR NO KEY UPDATE`, [roomId]);
          const current = await readRecord(client, roomId);
          let decision: RoomRecordDecision;
          try {
            decision = await decide(current);
          } catch (error) {
            throw new DecisionFailure(error);
          }
          if ('remove' in decision) {
            await client.query(`DELETE FROM ${s}.room_records WHERE room_id = $1`, [roomId]);
            return undefined;
          }
          if (!current) return undefined;
          if ('write' in decision) {
            const values: unknown[] = [roomId];
            const set = patchAssignments(decision.write, values);
            await client.query(`UPDATE ${s}.room_records SET ${set.join(', ')} WHERE room_id = $1`, values);
            return readRecord(client, roomId);
          }
          return current;
        }),
      );
    },

    async updateParticipants(roomId, upserted, removed) {
      if (upserted.length === 0 && removed.length === 0) return;
      await transaction('changing a room roster index', async (client) => {
        if (!(await lockRoster(client, roomId))) return;
        if (removed.length > 0) {
          await client.query(`DELETE FROM ${s}.room_roster WHERE room_id = $1 AND user_id = ANY($2::text[])`, [
            roomId,
            [...removed],
          ]);
        }
        await addToRoster(client, roomId, upserted);
        await refreshSummary(client, roomId);
      });
    },

    async replaceParticipants(roomId, participants) {
      await transaction('replacing a room roster index', async (client) => {
        if (!(await lockRoster(client, roomId))) return;
        await client.query(`DELETE FROM ${s}.room_roster WHERE room_id = $1`, [roomId]);
        await addToRoster(
          client,
          roomId,
          participants.map(({ id, role }) => [id, role] as const),
        );
        await refreshSummary(client, roomId);
      });
    },

    async list(query_: RoomRecordQuery): Promise<RoomRecordPage> {
      const { scope, search, after } = query_;
      const limit = Math.max(1, Math.floor(query_.limit));
      const values: unknown[] = [];
      const param = (value: unknown): string => {
        values.push(value);
        return `$${values.length}`;
      };
      /** The scope as a condition on `r`, a room record; none for every room. */
      let inScope: string | undefined;
      if (scope.all !== true) {
        // One fact: a plain condition, which walks its index in list order. Several: the ids each fact's index finds,
        // together, rather than one condition with OR, which PostgreSQL can only check row by row over every room.
        const facts: Array<{ where: string; ids: string }> = [];
        if (scope.organizerId !== undefined) {
          const value = param(scope.organizerId);
          facts.push({
            where: `r.organizer_id = ${value}`,
            ids: `SELECT room_id FROM ${s}.room_records WHERE organizer_id = ${value}`,
          });
        }
        if (scope.tenantId !== undefined) {
          const value = param(scope.tenantId);
          facts.push({
            where: `r.tenant_id = ${value}`,
            ids: `SELECT room_id FROM ${s}.room_records WHERE tenant_id = ${value}`,
          });
        }
        if (scope.participantId !== undefined) {
          const value = param(scope.participantId);
          facts.push({
            where: `EXISTS (SELECT 1 FROM ${s}.room_roster o WHERE o.room_id = r.room_id AND o.user_id = ${value})`,
            ids: `SELECT room_id FROM ${s}.room_roster WHERE user_id = ${value}`,
          });
        }
        const [only] = facts;
        if (!only) return { records: [] };
        inScope = facts.length === 1 ? only.where : `r.room_id IN (${facts.map((fact) => fact.ids).join(' UNION ')})`;
      }
      /** Rooms after the cursor, in list order, as a condition on the creation time and id columns named. */
      const cursor = after ? [param(new Date(after.createdAt)), param(after.roomId)] : undefined;
      const afterCursor = (createdAt: string, roomId: string): string[] =>
        cursor ? [`(${createdAt}, ${roomId}) > (${cursor[0]}, ${cursor[1]})`] : [];
      const where = [...(inScope ? [inScope] : []), ...afterCursor('r.created_at', 'r.room_id')];
      const take = param(limit + 1);
      let sql: string;
      if (!search) {
        sql = `SELECT ${COLUMNS} FROM ${FROM} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY r.created_at, r.room_id LIMIT ${take}`;
      } else {
        // A page costs what the page costs, not what every match costs: each branch finds only its own first rooms
        // of the page, the scope and cursor inside it. The title, reference and id branches walk the list order for
        // a common fragment, or take a rare one from its trigram index; the roster branch reads its rooms' order
        // from the roster's own index. Only the page's rooms of their union are read in full, with their summaries.
        const branch = (condition: string): string =>
          `(SELECT r.created_at, r.room_id FROM ${s}.room_records r WHERE ${[condition, ...where].join(' AND ')}
            ORDER BY r.created_at, r.room_id LIMIT ${take})`;
        const text = param(containsPattern(search.text));
        const branches = [branch(`r.subject_folded LIKE ${text}`), branch(`r.reference_folded LIKE ${text}`)];
        const compact = search.text.replace(/\s+/g, '');
        if (compact !== '') branches.push(branch(`lower(r.room_id) LIKE ${param(containsPattern(compact))}`));
        if (search.participantIds.length > 0) {
          const onRoster = [
            `p.user_id = ANY(${param([...search.participantIds])}::text[])`,
            ...afterCursor('p.room_created_at', 'p.room_id'),
            ...(inScope
              ? [`EXISTS (SELECT 1 FROM ${s}.room_records r WHERE r.room_id = p.room_id AND ${inScope})`]
              : []),
          ];
          branches.push(
            `(SELECT DISTINCT p.room_created_at AS created_at, p.room_id FROM ${s}.room_roster p
              WHERE ${onRoster.join(' AND ')} ORDER BY p.room_created_at, p.room_id LIMIT ${take})`,
          );
        }
        sql = `WITH page AS (
            SELECT created_at, room_id FROM (${branches.join(' UNION ')}) found
            ORDER BY created_at, room_id LIMIT ${take}
          )
          SELECT ${COLUMNS} FROM page JOIN ${s}.room_records r ON r.room_id = page.room_id
            LEFT JOIN ${s}.room_roster_summaries m ON m.room_id = r.room_id
          ORDER BY r.created_at, r.room_id`;
      }
      const rows = await query<RecordRow>('listing room records', sql, values);
      const records = rows.slice(0, limit).map(recordOf);
      const last = records[records.length - 1];
      const page: RoomRecordPage = { records };
      if (rows.length > limit && last) page.next = { createdAt: last.createdAt.getTime(), roomId: last.roomId };
      return page;
    },

    async roomIds() {
      const rows = await query<{ room_id: string }>(
        'listing room record ids',
        `SELECT room_id FROM ${s}.room_records ORDER BY created_at, room_id`,
      );
      return rows.map((row) => row.room_id);
    },

    async beginCreate(intent: RoomCreateIntent) {
      const rows = await query(
        'saving a create intent',
        `INSERT INTO ${s}.room_create_intents (key, started_at, request) VALUES ($1, $2, $3)
         ON CONFLICT (key) DO NOTHING RETURNING key`,
        [intent.key, intent.startedAt, JSON.stringify(intent.request ?? null)],
      );
      return rows.length === 1;
    },

    async endCreate(key) {
      await query('removing a create intent', `DELETE FROM ${s}.room_create_intents WHERE key = $1`, [key]);
    },

    async staleCreates(before) {
      const rows = await query<{ key: string; started_at: Date; request: unknown }>(
        'reading create intents',
        `SELECT key, started_at, request FROM ${s}.room_create_intents WHERE started_at < $1 ORDER BY started_at, key`,
        [before],
      );
      return rows.map((row) => ({ key: row.key, startedAt: row.started_at, request: row.request }));
    },

    async participantsAmong(roomId, userIds) {
      if (userIds.length === 0) return new Set<string>();
      const rows = await query<{ user_id: string }>(
        'reading a room roster index',
        `SELECT user_id FROM ${s}.room_roster WHERE room_id = $1 AND user_id = ANY($2::text[])`,
        [roomId, [...userIds]],
      );
      return new Set(rows.map((row) => row.user_id));
    },

    events,
    lobby,

    async close() {
      await events.close();
      await lobby.close();
      if (owned) await pool.end();
    },
  };
}
