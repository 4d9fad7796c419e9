/**
 * The PostgreSQL `RoomLobbyStore` of `createPostgresRoomRecordStore` (its `lobby`): each room's lobby is one jsonb row,
 * changed by core's reducer between a `SELECT … FOR UPDATE` and the `UPDATE` in one transaction, so writers on every
 * server take turns and a write that dies half-way leaves the row as it was. Speaker grants are rows of their own;
 * taking one is a `DELETE … RETURNING`, so a grant is given back once however many servers hear the call end.
 */
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { applyLobbyAction, emptyLobby, lobbyStateToJson, readLobbyState, type LobbyState } from '../../core/lobby';
import type { SpeakerGrant } from '../../core/moderation';
import { isRoomRole } from '../../core/roles';
import { unavailable } from '../records/postgresErrors';
import type { RoomLobbyStore } from './lobbyStore';

/** What the record store gives its lobby store. */
export interface PostgresRoomLobbyStoreOptions {
  /** The store's pool. */
  pool: Pool;
  /** The store's schema name (already checked), where migrations made the lobby's tables. */
  schema: string;
  /** Resolves once the store's migrations have run. */
  whenReady(): Promise<void>;
}

const WHAT = 'room lobbies';

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function ignore(): void {}

interface GrantRow extends QueryResultRow {
  room_id: string;
  user_id: string;
  previous_role: string;
  granted_role: string;
  granted_by: string;
  granted_at: Date;
}

function grantOf(row: GrantRow): SpeakerGrant | undefined {
  if (!isRoomRole(row.previous_role) || !isRoomRole(row.granted_role)) return undefined;
  return {
    roomId: row.room_id,
    userId: row.user_id,
    previousRole: row.previous_role,
    grantedRole: row.granted_role,
    grantedBy: row.granted_by,
    grantedAt: row.granted_at,
  };
}

function grantsOf(rows: readonly GrantRow[]): SpeakerGrant[] {
  return rows.map(grantOf).filter((grant): grant is SpeakerGrant => grant !== undefined);
}

/**
 * Makes the lobby store of a PostgreSQL record store. Not for direct use: the record store runs the migrations that
 * make its tables (migration 5).
 */
export function createPostgresRoomLobbyStore(options: PostgresRoomLobbyStoreOptions): RoomLobbyStore {
  const { pool } = options;
  const s = quoteIdentifier(options.schema);

  async function transaction<T>(doing: string, work: (client: PoolClient) => Promise<T>): Promise<T> {
    let client: PoolClient | undefined;
    let broken = false;
    try {
      await options.whenReady();
      client = await pool.connect();
      client.on('error', ignore);
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      if (client) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
      }
      throw unavailable(error, doing, WHAT);
    } finally {
      if (client) {
        client.off('error', ignore);
        client.release(broken);
      }
    }
  }

  async function query<R extends QueryResultRow>(doing: string, text: string, values: unknown[] = []): Promise<R[]> {
    try {
      await options.whenReady();
      return (await pool.query<R>(text, values)).rows;
    } catch (error) {
      throw unavailable(error, doing, WHAT);
    }
  }

  function stateOf(roomId: string, value: unknown): LobbyState {
    if (value === undefined || value === null) return emptyLobby(roomId);
    return readLobbyState(value);
  }

  return {
    async read(roomId) {
      const rows = await query<{ state: unknown }>(
        'reading a room lobby',
        `SELECT state FROM ${s}.room_lobbies WHERE room_id = $1`,
        [roomId],
      );
      return stateOf(roomId, rows[0]?.state);
    },

    apply(roomId, action, context) {
      return transaction('changing a room lobby', async (client) => {
        // The row is made first, so that the first two knocks on a room also take turns on its lock.
        await client.query(
          `INSERT INTO ${s}.room_lobbies (room_id, state, updated_at) VALUES ($1, $2::jsonb, now())
           ON CONFLICT (room_id) DO NOTHING`,
          [roomId, JSON.stringify(lobbyStateToJson(emptyLobby(roomId)))],
        );
        const rows = await client.query<{ state: unknown }>(
          `SELECT state FROM ${s}.room_lobbies WHERE room_id = $1 FOR UPDATE`,
          [roomId],
        );
        const outcome = applyLobbyAction(stateOf(roomId, rows.rows[0]?.state), action, context);
        if (outcome.ok && outcome.changed) {
          await client.query(`UPDATE ${s}.room_lobbies SET state = $2::jsonb, updated_at = now() WHERE room_id = $1`, [
            roomId,
            JSON.stringify(lobbyStateToJson(outcome.state)),
          ]);
        }
        return outcome;
      });
    },

    async grants(roomId) {
      const rows = await query<GrantRow>(
        'reading speaker grants',
        `SELECT room_id, user_id, previous_role, granted_role, granted_by, granted_at FROM ${s}.room_speaker_grants
         WHERE room_id = $1 ORDER BY granted_at, user_id`,
        [roomId],
      );
      return grantsOf(rows);
    },

    async putGrant(grant) {
      await query(
        'saving a speaker grant',
        `INSERT INTO ${s}.room_speaker_grants (room_id, user_id, previous_role, granted_role, granted_by, granted_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (room_id, user_id) DO UPDATE SET previous_role = excluded.previous_role,
           granted_role = excluded.granted_role, granted_by = excluded.granted_by, granted_at = excluded.granted_at`,
        [grant.roomId, grant.userId, grant.previousRole, grant.grantedRole, grant.grantedBy, grant.grantedAt],
      );
    },

    async takeGrants(roomId, userIds) {
      if (userIds.length === 0) return [];
      const rows = await query<GrantRow>(
        'ending speaker grants',
        `DELETE FROM ${s}.room_speaker_grants WHERE room_id = $1 AND user_id = ANY($2::text[])
         RETURNING room_id, user_id, previous_role, granted_role, granted_by, granted_at`,
        [roomId, [...new Set(userIds)]],
      );
      return grantsOf(rows);
    },

    async forget(roomId) {
      await transaction('dropping a room lobby', async (client) => {
        await client.query(`DELETE FROM ${s}.room_lobbies WHERE room_id = $1`, [roomId]);
        await client.query(`DELETE FROM ${s}.room_speaker_grants WHERE room_id = $1`, [roomId]);
      });
    },

    close() {
      // The record store owns the pool and ends it.
      return Promise.resolve();
    },
  };
}
