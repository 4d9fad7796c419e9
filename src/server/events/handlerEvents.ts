/**
 * The handler's side of room events: publishing what its writes change to the event log, serving the event stream
 * and the call activity, the `call` of room answers, and the Event Grid webhook that feeds call events in. The
 * handler calls these; the rules of each live here, not in the request handler's routes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RoomCallEvent, RoomCallSummary } from '../../core/types';
import { failWith } from '../schemas';
import { createEventGridReceiver, type EventGridReceiver } from '../eventGrid';
import type { RoomRecord, RoomRecordStore, RoomScope } from '../records/types';
import { callActivityJson } from './eventJson';
import { createRoomEventStreams, type RoomEventStreams } from './streams';
import type { RoomEventAudience, RoomEventEntry, RoomEventLog } from './eventLog';
import { createEventVisibility } from './visibility';

/** How the handler's event stream behaves; every field is optional. */
export interface RoomEventStreamOptions {
  /** Time between keep-alive comments on an idle stream. @default 15000 */
  heartbeatMs?: number;
  /** The reconnection delay the stream asks browsers for (`retry:`). @default 2000 */
  retryMs?: number;
  /**
   * Bytes a live stream's socket may hold unsent (a browser that stopped reading) before the stream is closed; the
   * browser reconnects and resumes with its cursor. Larger than the largest burst of events a healthy reader gets
   * at once (one Event Grid delivery is at most 1 MiB). @default 4 MiB
   */
  maxBufferedBytes?: number;
}

/** The handler's `eventGrid` option: the Event Grid webhook at `POST {basePath}/eventgrid`. */
export interface RoomsEventGridOptions {
  /** The shared secret Event Grid sends in the `secret` query parameter (compared in constant time). */
  secret: string;
  /** Only events of this Communication Services resource count (its name, case-insensitive). */
  resourceName?: string;
}

/** Options of {@link createHandlerEvents}. */
export interface HandlerEventsOptions extends RoomEventStreamOptions {
  /** The handler's record store: rooms known to the webhook, and the roster index visibility asks. */
  records: RoomRecordStore;
  /** The log events go to and streams come from. */
  log: RoomEventLog;
  /** Which of `userIds` are on the room's roster, when the store cannot say. */
  rosterFallback(roomId: string, userIds: readonly string[]): Promise<Set<string>>;
  /** The webhook's options, when the handler serves it. */
  eventGrid?: RoomsEventGridOptions;
  /**
   * Runs once the webhook's call events are kept, before Event Grid is answered (speaker grants end with the call).
   * A rejection answers 503, so Event Grid delivers the batch again: the log keeps each event once, and this runs
   * again.
   */
  onCallEvents?(events: RoomCallEvent[]): Promise<void>;
  /** Hears failures nobody else hears (a failed append, a stream that had to end). */
  onError(error: unknown): void;
}

/** What the handler uses. */
export interface HandlerEvents {
  /** The log the handler publishes to. */
  readonly log: RoomEventLog;
  /**
   * Appends events of a write that has landed. Never rejects: a log that fails keeps them in order and retries in
   * the background, so a landed write is never answered as failed and its events still go out.
   */
  publish(entries: readonly RoomEventEntry[]): Promise<void>;
  /** `GET /events`. */
  serveStream(request: IncomingMessage, response: ServerResponse, scope: RoomScope, url: URL): Promise<void>;
  /** `GET /rooms/{id}/activity`. */
  activityAnswer(roomId: string): Promise<Record<string, unknown>>;
  /** The calls going on in these rooms, for room answers. */
  liveCalls(roomIds: readonly string[]): Promise<Map<string, RoomCallSummary>>;
  /** The Event Grid webhook, when the handler has `eventGrid`. */
  readonly eventGrid: EventGridReceiver | undefined;
  /** Open event streams. */
  readonly streams: number;
  /** Ends the streams, flushes what waits to be published once more, stops retrying. */
  close(): Promise<void>;
}

const DEFAULT_HEARTBEAT_MS = 15_000;
const DEFAULT_RETRY_MS = 2_000;
const DEFAULT_MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
const MAX_REPLAY_BUFFER = 10_000;
/** Rooms one stream may be narrowed to (query `roomId`). */
const MAX_STREAM_ROOMS = 100;
const MAX_OUTBOX = 10_000;
const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 30_000;

/** The facts a room's events carry about who may hear them, from its record. */
export function audienceOf(record: RoomRecord | undefined): RoomEventAudience {
  if (!record) return {};
  const audience: RoomEventAudience = {
    participantIds: record.firstParticipants.map((participant) => participant.id),
    participantCount: record.participantCount,
  };
  if (record.tenantId !== undefined) audience.tenantId = record.tenantId;
  if (record.organizerId !== undefined) audience.organizerId = record.organizerId;
  return audience;
}

/** Makes the handler's events. */
export function createHandlerEvents(options: HandlerEventsOptions): HandlerEvents {
  const { log, records, onError } = options;
  const onRoster = async (roomId: string, userIds: readonly string[]): Promise<Set<string>> => {
    try {
      return records.participantsAmong
        ? await records.participantsAmong(roomId, userIds)
        : await options.rosterFallback(roomId, userIds);
    } catch (error) {
      onError(error);
      throw error;
    }
  };
  const streams: RoomEventStreams = createRoomEventStreams({
    log,
    visibility: createEventVisibility({ onRoster }),
    heartbeatMs: Math.max(10, options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS),
    retryMs: Math.max(0, Math.floor(options.retryMs ?? DEFAULT_RETRY_MS)),
    maxBufferedBytes: Math.max(1024, options.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES),
    maxReplayBuffer: MAX_REPLAY_BUFFER,
    onError,
  });

  // Entries whose append failed, in order; while any wait, later ones queue behind them.
  const outbox: RoomEventEntry[] = [];
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryDelay = RETRY_MIN_MS;
  let flushing: Promise<void> | undefined;
  let closed = false;

  function keep(entries: readonly RoomEventEntry[]): void {
    outbox.push(...entries);
    if (outbox.length > MAX_OUTBOX) {
      const dropped = outbox.splice(0, outbox.length - MAX_OUTBOX);
      onError(new Error(`${dropped.length} room events could not be kept: the event log has been failing too long.`));
    }
    if (!closed) retrySoon();
  }

  function retrySoon(): void {
    if (retryTimer !== undefined) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void flush();
    }, retryDelay);
    retryTimer.unref?.();
  }

  function flush(): Promise<void> {
    flushing ??= (async () => {
      while (outbox.length > 0) {
        const batch = outbox.slice(0, 500);
        try {
          await log.append(batch);
        } catch (error) {
          onError(error);
          retryDelay = Math.min(RETRY_MAX_MS, retryDelay * 2);
          if (!closed) retrySoon();
          return;
        }
        outbox.splice(0, batch.length);
        retryDelay = RETRY_MIN_MS;
      }
    })().finally(() => {
      flushing = undefined;
    });
    return flushing;
  }

  const eventGrid = options.eventGrid
    ? createEventGridReceiver({
        secret: options.eventGrid.secret,
        resourceName: options.eventGrid.resourceName,
        isKnownRoom: async (roomId) => (await records.get(roomId)) !== undefined,
        // Straight to the log, not through the outbox: Event Grid is told 200 only once the events are durable, and
        // a redelivery of what the log already holds is stored once (by its source id).
        accept: async (events) => {
          const roomIds = [...new Set(events.map((item) => item.event.roomId))];
          const found = await Promise.all(roomIds.map(async (id) => [id, await records.get(id)] as const));
          const recordOf = new Map(found);
          await log.append(
            events.map(({ sourceId, event }) => ({
              event,
              sourceId,
              audience: audienceOf(recordOf.get(event.roomId)),
            })),
          );
          await options.onCallEvents?.(events.map((item) => item.event));
        },
        onError,
      })
    : undefined;

  return {
    log,
    eventGrid,

    get streams() {
      return streams.size;
    },

    async publish(entries) {
      if (entries.length === 0) return;
      if (outbox.length > 0 || closed) return keep(entries);
      try {
        await log.append(entries);
      } catch (error) {
        onError(error);
        keep(entries);
      }
    },

    async serveStream(request, response, scope, url) {
      const roomIds = url.searchParams.getAll('roomId').filter((id) => id !== '');
      if (roomIds.length > MAX_STREAM_ROOMS) {
        failWith(`Narrow a stream to at most ${MAX_STREAM_ROOMS} rooms.`, 'roomId');
      }
      const header = request.headers['last-event-id'];
      const fromHeader = Array.isArray(header) ? header[0] : header;
      const fromQuery = url.searchParams.get('lastEventId') ?? undefined;
      const lastEventId = fromHeader !== undefined && fromHeader !== '' ? fromHeader : fromQuery || undefined;
      await streams.open(request, response, {
        scope,
        roomIds: roomIds.length > 0 ? new Set(roomIds) : undefined,
        lastEventId,
      });
    },

    async activityAnswer(roomId) {
      return callActivityJson(await log.activity(roomId));
    },

    liveCalls(roomIds) {
      return log.liveCalls(roomIds);
    },

    async close() {
      closed = true;
      if (retryTimer !== undefined) clearTimeout(retryTimer);
      retryTimer = undefined;
      await streams.close();
      await flushing;
      if (outbox.length > 0) {
        await flush();
        if (outbox.length > 0) {
          onError(new Error(`${outbox.length} room events could not be kept before the handler closed.`));
        }
      }
    },
  };
}
