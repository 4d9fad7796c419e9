/**
 * The PostgreSQL `RoomEventLog`: the events live in the record store's database (its schema and migrations), so
 * every server on that database shares one log and one numbering.
 *
 * - Appends take one transaction-scoped advisory lock, so they commit one at a time, in the order of their numbers:
 *   a reader never sees event 11 committed while 10 is still to come, and a cursor never skips an event.
 * - A redelivered event (same `sourceId`) is stored once; its call activity (jsonb per room, row-locked) is updated
 *   in the same transaction as the event.
 * - Every server hears every append through LISTEN/NOTIFY on a connection of its own, outside the pool. When that
 *   connection drops it reconnects with backoff and then reads from the last event it passed on, so nothing
 *   appended meanwhile is missed; the notification only says "read", the events always come from the table.
 */
import type { Client, Pool, PoolClient, QueryResultRow } from 'pg';
import { applyCallEvent, callSummaryOf, emptyCallActivity, type RoomCallActivity } from '../../core/callActivity';
import { isRoomCallEvent, type RoomCallSummary } from '../../core/types';
import { unavailable } from '../records/postgresErrors';
import { callSummaryJson } from '../roomAnswers';
import { callActivityFromJson, callActivityJson, roomEventData } from './eventJson';
import {
  DEFAULT_MAX_EVENTS,
  DEFAULT_SOURCE_RETENTION_MS,
  type LoggedRoomEvent,
  type RoomEventAudience,
  type RoomEventEntry,
  type RoomEventListener,
  type RoomEventLog,
  type RoomEventPosition,
  type RoomEventRead,
  type RoomEventRetention,
  type StoredRoomEvent,
} from './eventLog';

/** What the record store gives its log. */
export interface PostgresRoomEventLogOptions extends RoomEventRetention {
  /** The store's pool. */
  pool: Pool;
  /** The store's schema name (already checked), where migrations made the log's tables. */
  schema: string;
  /** Resolves once the store's migrations have run. */
  whenReady(): Promise<void>;
  /** A new, unconnected client for the log's LISTEN connection, configured as the pool's are. */
  listenClient(): Client;
}

/** Events read per query when catching up. */
const PAGE = 500;
const MIN_RECONNECT_MS = 100;
const MAX_RECONNECT_MS = 5_000;

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function ignore(): void {}

function copyAudience(audience: RoomEventAudience | undefined): RoomEventAudience {
  const copy: RoomEventAudience = {};
  if (audience?.tenantId !== undefined) copy.tenantId = audience.tenantId;
  if (audience?.organizerId !== undefined) copy.organizerId = audience.organizerId;
  if (audience?.participantIds !== undefined) copy.participantIds = [...audience.participantIds];
  if (audience?.participantCount !== undefined) copy.participantCount = audience.participantCount;
  return copy;
}

interface EventRow extends QueryResultRow {
  seq: string | null;
  room_id: string | null;
  type: string | null;
  data: string | null;
  audience: RoomEventAudience | null;
}

function storedOf(row: EventRow): StoredRoomEvent | undefined {
  if (row.seq === null || row.room_id === null || row.type === null || row.data === null) return undefined;
  return {
    seq: Number(row.seq),
    type: row.type as LoggedRoomEvent['type'],
    roomId: row.room_id,
    data: row.data,
    audience: copyAudience(row.audience ?? undefined),
  };
}

function summaryOf(value: unknown): RoomCallSummary | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const raw = value as Record<string, unknown>;
  const startedAt = typeof raw.startedAt === 'string' ? new Date(raw.startedAt) : undefined;
  if (typeof raw.callId !== 'string' || typeof raw.participantCount !== 'number') return undefined;
  if (!startedAt || Number.isNaN(startedAt.getTime())) return undefined;
  return { callId: raw.callId, startedAt, participantCount: raw.participantCount };
}

/**
 * Makes the log of a PostgreSQL record store (the store's `events`). Not for direct use: the store runs the
 * migrations that make its tables.
 */
export function createPostgresRoomEventLog(options: PostgresRoomEventLogOptions): RoomEventLog {
  const { pool, schema: schemaName } = options;
  const s = quoteIdentifier(schemaName);
  const maxEvents = Math.max(1, Math.floor(options.maxEvents ?? DEFAULT_MAX_EVENTS));
  const slack = Math.max(16, Math.floor(maxEvents / 10));
  const sourceRetentionMs = Math.max(0, options.sourceRetentionMs ?? DEFAULT_SOURCE_RETENTION_MS);
  const appendLock = `${schemaName}:events`;
  // A channel name is an identifier: at most 63 bytes. Two long schema names that share a prefix would share a
  // channel, which costs each an empty read, never an event.
  const channel = `rk_events_${schemaName}`.slice(0, 63);

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
      throw unavailable(error, doing, 'room events');
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
      throw unavailable(error, doing, 'room events');
    }
  }

  async function lock(client: PoolClient): Promise<void> {
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [appendLock]);
  }

  /** Trims events and source ids retention no longer keeps; inside an append's (locked) transaction. */
  async function trimIn(client: PoolClient, head: number, trimmedThrough: number, force: boolean): Promise<number> {
    if (!force && head - trimmedThrough <= maxEvents + slack) return trimmedThrough;
    const through = Math.max(trimmedThrough, head - maxEvents);
    if (through > trimmedThrough) {
      await client.query(`DELETE FROM ${s}.room_events WHERE seq <= $1`, [through]);
    }
    await client.query(`DELETE FROM ${s}.room_event_sources WHERE received_at < now() - make_interval(secs => $1)`, [
      sourceRetentionMs / 1000,
    ]);
    return through;
  }

  /** Applies call events (and deletions) to the activity of their rooms, each room's row locked. */
  async function updateActivity(client: PoolClient, events: readonly LoggedRoomEvent[]): Promise<void> {
    const touched = events.filter((event) => isRoomCallEvent(event) || event.type === 'roomDeleted');
    if (touched.length === 0) return;
    const roomIds = [...new Set(touched.map((event) => event.roomId))];
    const current = await client.query<{ room_id: string; activity: unknown }>(
      `SELECT room_id, activity FROM ${s}.room_call_activity WHERE room_id = ANY($1::text[]) FOR UPDATE`,
      [roomIds],
    );
    const state = new Map<string, RoomCallActivity | null>();
    for (const row of current.rows) state.set(row.room_id, callActivityFromJson(row.room_id, row.activity));
    for (const event of touched) {
      if (event.type === 'roomDeleted') state.set(event.roomId, null);
      else if (isRoomCallEvent(event)) {
        state.set(event.roomId, applyCallEvent(state.get(event.roomId) ?? emptyCallActivity(event.roomId), event));
      }
    }
    const gone = [...state].flatMap(([roomId, activity]) => (activity === null ? [roomId] : []));
    const kept = [...state].flatMap(([roomId, activity]) => (activity === null ? [] : [[roomId, activity] as const]));
    if (gone.length > 0) {
      await client.query(`DELETE FROM ${s}.room_call_activity WHERE room_id = ANY($1::text[])`, [gone]);
    }
    if (kept.length > 0) {
      await client.query(
        `INSERT INTO ${s}.room_call_activity (room_id, activity, live_call, updated_at)
         SELECT t.room_id, t.activity, t.live_call, now()
         FROM unnest($1::text[], $2::jsonb[], $3::jsonb[]) AS t(room_id, activity, live_call)
         ON CONFLICT (room_id) DO UPDATE
           SET activity = excluded.activity, live_call = excluded.live_call, updated_at = excluded.updated_at`,
        [
          kept.map(([roomId]) => roomId),
          kept.map(([, activity]) => JSON.stringify(callActivityJson(activity))),
          kept.map(([, activity]) => {
            const summary = callSummaryOf(activity);
            return summary ? JSON.stringify(callSummaryJson(summary)) : null;
          }),
        ],
      );
    }
  }

  async function readAfter(seq: number, limit: number): Promise<RoomEventRead> {
    const take = Math.max(1, Math.floor(limit));
    // One statement, one snapshot: the trim mark and the events agree, so a trim between two reads cannot hide a gap.
    const rows = await query<EventRow & { epoch: string; head: string; trimmed_through: string }>(
      'reading room events',
      `SELECT l.epoch, l.head, l.trimmed_through, e.seq, e.room_id, e.type, e.data, e.audience
       FROM ${s}.room_event_log l
       LEFT JOIN LATERAL (
         SELECT seq, room_id, type, data, audience FROM ${s}.room_events WHERE seq > $1 ORDER BY seq LIMIT $2
       ) e ON true
       ORDER BY e.seq`,
      [Number.isFinite(seq) ? Math.floor(seq) : 0, take],
    );
    const first = rows[0];
    if (!first) throw unavailable(new Error('The event log has no head row.'), 'reading room events', 'room events');
    const head = Number(first.head);
    const trimmedThrough = Number(first.trimmed_through);
    const continuous = Number.isInteger(seq) && seq >= trimmedThrough && seq <= head;
    const events = continuous
      ? rows.map(storedOf).filter((event): event is StoredRoomEvent => event !== undefined)
      : [];
    return { epoch: first.epoch, events, continuous, head };
  }

  async function head(): Promise<RoomEventPosition> {
    const rows = await query<{ epoch: string; head: string }>(
      'reading the room event head',
      `SELECT epoch, head FROM ${s}.room_event_log`,
    );
    const row = rows[0];
    if (!row) throw unavailable(new Error('The event log has no head row.'), 'reading room events', 'room events');
    return { epoch: row.epoch, seq: Number(row.head) };
  }

  // ---- Hearing appends: one LISTEN connection, one reader, every listener told in order.

  const listeners = new Set<RoomEventListener>();
  let closed = false;
  let client: Client | undefined;
  /** The last event passed on to listeners; set once listening began. */
  let lastSeen: number | undefined;
  let arming: Promise<void> | undefined;
  let pulling: Promise<void> | undefined;
  let again = false;
  let reconnectDelay = MIN_RECONNECT_MS;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  function later(callback: () => void, ms: number): void {
    const timer = setTimeout(() => {
      timers.delete(timer);
      callback();
    }, ms);
    timer.unref?.();
    timers.add(timer);
  }

  async function connect(): Promise<void> {
    const next = options.listenClient();
    next.on('error', () => dropped(next));
    next.on('end', () => dropped(next));
    next.on('notification', () => pullSoon());
    try {
      await next.connect();
      await next.query(`LISTEN ${quoteIdentifier(channel)}`);
    } catch (error) {
      next.removeAllListeners();
      next.on('error', ignore);
      void next.end().catch(ignore);
      throw error;
    }
    if (closed) {
      void next.end().catch(ignore);
      return;
    }
    client = next;
    reconnectDelay = MIN_RECONNECT_MS;
  }

  function dropped(which: Client): void {
    if (client !== which) return;
    client = undefined;
    which.removeAllListeners();
    which.on('error', ignore);
    void which.end().catch(ignore);
    if (!closed) reconnectSoon();
  }

  function reconnectSoon(): void {
    later(() => {
      if (closed || client) return;
      connect().then(
        // Whatever was appended while the connection was down is read now.
        () => pullSoon(),
        () => {
          reconnectDelay = Math.min(MAX_RECONNECT_MS, reconnectDelay * 2);
          reconnectSoon();
        },
      );
    }, reconnectDelay);
  }

  /** Starts listening once (again after a failed start): LISTEN first, then the head, so nothing falls between. */
  function arm(): Promise<void> {
    arming ??= (async () => {
      await options.whenReady();
      if (!client) await connect();
      const position = await head();
      lastSeen ??= position.seq;
    })().catch((error: unknown) => {
      arming = undefined;
      throw unavailable(error, 'listening for room events', 'room events');
    });
    return arming;
  }

  function pullSoon(): void {
    if (lastSeen === undefined || closed || listeners.size === 0) return;
    again = true;
    pulling ??= pull().finally(() => {
      pulling = undefined;
      if (again) pullSoon();
    });
  }

  function tell(deliver: (listener: RoomEventListener) => void): void {
    for (const listener of [...listeners]) {
      try {
        deliver(listener);
      } catch {
        // One listener's failure is its own.
      }
    }
  }

  async function pull(): Promise<void> {
    while (again && !closed) {
      again = false;
      try {
        for (;;) {
          const read = await readAfter(lastSeen ?? 0, PAGE);
          if (!read.continuous) {
            lastSeen = read.head;
            const position = { epoch: read.epoch, seq: read.head };
            tell((listener) => listener.gap?.(position));
            break;
          }
          const last = read.events[read.events.length - 1];
          if (!last) break;
          lastSeen = last.seq;
          tell((listener) => listener.events(read.events));
          if (read.events.length < PAGE) break;
        }
      } catch {
        // The database is away: try again shortly (the LISTEN connection reconnects on its own).
        later(() => pullSoon(), reconnectDelay);
        return;
      }
    }
  }

  return {
    async append(entries: readonly RoomEventEntry[]) {
      if (closed) throw new Error('The room event log is closed.');
      if (entries.length === 0) return [];
      const prepared = entries.map((entry) => ({
        event: entry.event,
        sourceId: entry.sourceId,
        data: roomEventData(entry.event),
        audience: copyAudience(entry.audience),
      }));
      const stored = await transaction('appending room events', async (tx) => {
        await lock(tx);
        const meta = await tx.query<{ head: string; trimmed_through: string }>(
          `SELECT head, trimmed_through FROM ${s}.room_event_log`,
        );
        const row = meta.rows[0];
        if (!row) throw new Error('The event log has no head row.');
        let fresh = prepared;
        const sourceIds = prepared.flatMap((entry) => (entry.sourceId === undefined ? [] : [entry.sourceId]));
        if (sourceIds.length > 0) {
          // Under the lock, so no other append can store one of these ids between this check and the insert.
          const known = await tx.query<{ source_id: string }>(
            `SELECT source_id FROM ${s}.room_event_sources WHERE source_id = ANY($1::text[])`,
            [sourceIds],
          );
          const seen = new Set(known.rows.map((r) => r.source_id));
          fresh = prepared.filter((entry) => {
            if (entry.sourceId === undefined) return true;
            if (seen.has(entry.sourceId)) return false;
            seen.add(entry.sourceId);
            return true;
          });
        }
        if (fresh.length === 0) return [];
        let seq = Number(row.head);
        const saved = fresh.map((entry): StoredRoomEvent => ({
          seq: ++seq,
          type: entry.event.type,
          roomId: entry.event.roomId,
          data: entry.data,
          audience: entry.audience,
        }));
        await tx.query(
          `INSERT INTO ${s}.room_events (seq, room_id, type, data, audience)
           SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::jsonb[])`,
          [
            saved.map((event) => event.seq),
            saved.map((event) => event.roomId),
            saved.map((event) => event.type),
            saved.map((event) => event.data),
            saved.map((event) => JSON.stringify(event.audience)),
          ],
        );
        const withSource = fresh.flatMap((entry, index) =>
          entry.sourceId === undefined ? [] : [[entry.sourceId, saved[index]?.seq ?? 0] as const],
        );
        if (withSource.length > 0) {
          await tx.query(
            `INSERT INTO ${s}.room_event_sources (source_id, seq)
             SELECT * FROM unnest($1::text[], $2::bigint[]) ON CONFLICT (source_id) DO NOTHING`,
            [withSource.map(([id]) => id), withSource.map(([, at]) => at)],
          );
        }
        await updateActivity(
          tx,
          fresh.map((entry) => entry.event),
        );
        const trimmedThrough = await trimIn(tx, seq, Number(row.trimmed_through), false);
        await tx.query(`UPDATE ${s}.room_event_log SET head = $1, trimmed_through = $2`, [seq, trimmedThrough]);
        // Delivered at commit, in commit order, to every server listening (this one included).
        await tx.query('SELECT pg_notify($1, $2)', [channel, String(seq)]);
        return saved;
      });
      // This server's listeners need not wait for the notification's round trip.
      if (stored.length > 0) pullSoon();
      return stored;
    },

    head,

    readAfter,

    onAppend(listener) {
      listeners.add(listener);
      const ready = arm().then(() => lastSeen ?? 0);
      // A listener that never awaits `ready` must not cause an unhandled rejection.
      ready.catch(ignore);
      return {
        ready,
        close: () => {
          listeners.delete(listener);
        },
      };
    },

    async activity(roomId) {
      const rows = await query<{ activity: unknown }>(
        'reading call activity',
        `SELECT activity FROM ${s}.room_call_activity WHERE room_id = $1`,
        [roomId],
      );
      const row = rows[0];
      return row ? callActivityFromJson(roomId, row.activity) : emptyCallActivity(roomId);
    },

    async liveCalls(roomIds) {
      const calls = new Map<string, RoomCallSummary>();
      if (roomIds.length === 0) return calls;
      const rows = await query<{ room_id: string; live_call: unknown }>(
        'reading the calls going on',
        `SELECT room_id, live_call FROM ${s}.room_call_activity
         WHERE room_id = ANY($1::text[]) AND live_call IS NOT NULL`,
        [[...new Set(roomIds)]],
      );
      for (const row of rows) {
        const summary = summaryOf(row.live_call);
        if (summary) calls.set(row.room_id, summary);
      }
      return calls;
    },

    async trim() {
      await transaction('trimming room events', async (tx) => {
        await lock(tx);
        const meta = await tx.query<{ head: string; trimmed_through: string }>(
          `SELECT head, trimmed_through FROM ${s}.room_event_log`,
        );
        const row = meta.rows[0];
        if (!row) return;
        const through = await trimIn(tx, Number(row.head), Number(row.trimmed_through), true);
        await tx.query(`UPDATE ${s}.room_event_log SET trimmed_through = $1`, [through]);
      });
    },

    async close() {
      closed = true;
      listeners.clear();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await arming?.catch(ignore);
      await pulling;
      const open = client;
      client = undefined;
      if (open) {
        open.removeAllListeners();
        open.on('error', ignore);
        await open.end().catch(ignore);
      }
    },
  };
}
