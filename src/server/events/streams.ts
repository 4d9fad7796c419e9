/**
 * The handler's Server-Sent Events streams (`GET {basePath}/events`, contract A in docs/http-contract.openapi.yaml):
 * one listener on the room event log, fanned out to every open stream.
 *
 * - Each event's frame (`id: <epoch>.<seq>` and `data: <json>`) is made once and the same bytes are written to every
 *   stream whose scope may hear it; visibility is decided once per event for each distinct scope.
 * - A stream that resumes (`Last-Event-ID`) is attached to the live fan-out first, buffering, then replays from the
 *   log up to the log's head as of its last read, then passes on the buffered events after that head: none is
 *   missed in between, none is sent twice. A cursor the log cannot resume (trimmed, of another epoch, unreadable)
 *   gets a `resync` carrying the head's cursor instead.
 * - A live stream whose socket holds more unsent bytes than its limit (or whose replay buffer grows past its own)
 *   is closed: the browser reconnects and resumes with its cursor, so a reader that stopped costs the server a
 *   bounded amount of memory. The bytes are the fan-out's shared frames, so the limit bounds how far behind a
 *   reader may fall more than what it holds. A replay goes at the reader's pace instead (it waits for `drain`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RoomScope } from '../records/types';
import type { RoomEventLog, RoomEventPosition, RoomEventSubscription, StoredRoomEvent } from './eventLog';
import { scopeKey, type EventVerdicts, type EventVisibility } from './visibility';

/** Options of {@link createRoomEventStreams}. */
export interface RoomEventStreamsOptions {
  /** The log the streams replay from and listen to. */
  log: RoomEventLog;
  /** Who may hear which event. */
  visibility: EventVisibility;
  /** Time between keep-alive comments. */
  heartbeatMs: number;
  /** The reconnection delay the stream asks browsers for (`retry:`). */
  retryMs: number;
  /** Bytes a stream's socket may hold unsent before the stream is closed. */
  maxBufferedBytes: number;
  /** Events a resuming stream may buffer while it replays before it is closed. */
  maxReplayBuffer: number;
  /** Hears failures of the fan-out (a replay that failed, a roster that could not be read). */
  onError(error: unknown): void;
}

/** What one stream hears. */
export interface RoomEventStreamRequest {
  /** The caller's scope. */
  scope: RoomScope;
  /** Only these rooms (query `roomId`); absent for every room in scope. */
  roomIds?: ReadonlySet<string>;
  /** The cursor to resume after (`Last-Event-ID`); absent starts at the head. */
  lastEventId?: string;
}

/** The streams of one handler. */
export interface RoomEventStreams {
  /**
   * Starts a stream on `response`. Resolves once it is live; rejects before anything is written when the event log
   * cannot be reached (the caller answers with an error).
   */
  open(request: IncomingMessage, response: ServerResponse, stream: RoomEventStreamRequest): Promise<void>;
  /** Open streams. */
  readonly size: number;
  /** Ends every stream and stops listening to the log. */
  close(): Promise<void>;
}

const REPLAY_PAGE = 500;
const CURSOR = /^([0-9a-f]{1,64})\.(\d{1,15})$/;
const KEEP_ALIVE = Buffer.from(': keep-alive\n\n');
const RESYNC_DATA = JSON.stringify({ type: 'resync' });

/** A cursor's parts, or `undefined` when it is not one of the kit's. */
export function parseEventCursor(text: string): RoomEventPosition | undefined {
  const match = CURSOR.exec(text.trim());
  if (!match?.[1] || !match[2]) return undefined;
  return { epoch: match[1], seq: Number(match[2]) };
}

/** The cursor of a place in the log, as `id:` lines carry it. */
export function eventCursor(position: RoomEventPosition): string {
  return `${position.epoch}.${position.seq}`;
}

function frame(id: string, data: string): Buffer {
  return Buffer.from(`id: ${id}\ndata: ${data}\n\n`);
}

interface Pending {
  seq: number;
  bytes: Buffer;
}

interface Subscriber {
  key: string;
  scope: RoomScope;
  roomIds: ReadonlySet<string> | undefined;
  response: ServerResponse;
  /** Events heard while replaying, sent once the replay is done. */
  buffered: Pending[] | undefined;
  closed: boolean;
}

/** A stored event or a gap the log reported, in the order the fan-out passes them on. */
type Item = { event: StoredRoomEvent } | { gap: RoomEventPosition };

/** Makes the streams of one handler; nothing listens to the log until the first stream opens. */
export function createRoomEventStreams(options: RoomEventStreamsOptions): RoomEventStreams {
  const { log, visibility } = options;
  const subscribers = new Set<Subscriber>();
  /** Distinct scopes among the subscribers, with how many share each. */
  const scopes = new Map<string, { scope: RoomScope; count: number }>();
  let epoch: string | undefined;
  let subscription: RoomEventSubscription | undefined;
  let arming: Promise<string> | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let closed = false;
  const queue: Item[] = [];
  let pumping = false;

  function report(error: unknown): void {
    try {
      options.onError(error);
    } catch {
      // A failing error listener must not stop the fan-out.
    }
  }

  function arm(): Promise<string> {
    arming ??= (async () => {
      const listening = log.onAppend({
        events: (events) => enqueue(events.map((event) => ({ event }))),
        gap: (head) => enqueue([{ gap: head }]),
      });
      subscription = listening;
      try {
        await listening.ready;
        const head = await log.head();
        epoch = head.epoch;
        return head.epoch;
      } catch (error) {
        listening.close();
        subscription = undefined;
        throw error;
      }
    })().catch((error: unknown) => {
      arming = undefined;
      throw error;
    });
    return arming;
  }

  function end(subscriber: Subscriber): void {
    if (subscriber.closed) return;
    subscriber.closed = true;
    subscribers.delete(subscriber);
    const shared = scopes.get(subscriber.key);
    if (shared && --shared.count === 0) scopes.delete(subscriber.key);
    subscriber.buffered = undefined;
    if (!subscriber.response.writableEnded) subscriber.response.end();
    if (subscribers.size === 0 && heartbeat !== undefined) {
      clearInterval(heartbeat);
      heartbeat = undefined;
    }
  }

  /** Writes to a live stream; one that holds more unsent bytes than allowed is cut (it resumes by its cursor). */
  function write(subscriber: Subscriber, bytes: Buffer): void {
    if (subscriber.closed) return;
    const { response } = subscriber;
    if (response.destroyed || response.writableEnded) return end(subscriber);
    response.write(bytes);
    if (response.writableLength > options.maxBufferedBytes) {
      end(subscriber);
      response.destroy();
    }
  }

  function deliver(subscriber: Subscriber, pending: Pending): void {
    if (subscriber.buffered) {
      subscriber.buffered.push(pending);
      if (subscriber.buffered.length > options.maxReplayBuffer) {
        end(subscriber);
        subscriber.response.destroy();
      }
    } else write(subscriber, pending.bytes);
  }

  function enqueue(items: Item[]): void {
    if (closed) return;
    queue.push(...items);
    if (!pumping) void pump();
  }

  /** Passes items on one at a time, in log order: an event whose visibility waits on a roster holds the ones after. */
  async function pump(): Promise<void> {
    pumping = true;
    try {
      let next = 0;
      while (next < queue.length) {
        const item = queue[next++] as Item;
        if (next > 1024) {
          queue.splice(0, next);
          next = 0;
        }
        if (subscribers.size === 0 || epoch === undefined) continue;
        try {
          await passOn(item, epoch);
        } catch (error) {
          report(error);
        }
      }
      queue.length = 0;
    } finally {
      pumping = false;
    }
  }

  /** Passes one item on to every stream that may hear it. */
  async function passOn(item: Item, epoch: string): Promise<void> {
    if ('gap' in item) {
      const pending = { seq: item.gap.seq, bytes: frame(eventCursor(item.gap), RESYNC_DATA) };
      for (const subscriber of [...subscribers]) deliver(subscriber, pending);
      return;
    }
    const { event } = item;
    const keys = [...scopes.keys()];
    const list = keys.map((key) => (scopes.get(key) as { scope: RoomScope }).scope);
    let verdicts: EventVerdicts;
    try {
      const decided = visibility.decide(event, list);
      verdicts = Array.isArray(decided) ? decided : await decided;
    } catch (error) {
      report(error);
      verdicts = list.map(() => undefined);
    }
    const byKey = new Map(keys.map((key, index) => [key, verdicts[index]]));
    const pending = { seq: event.seq, bytes: frame(eventCursor({ epoch, seq: event.seq }), event.data) };
    for (const subscriber of [...subscribers]) {
      if (subscriber.roomIds && !subscriber.roomIds.has(event.roomId)) continue;
      const verdict = byKey.get(subscriber.key);
      if (verdict === true) deliver(subscriber, pending);
      else if (verdict === undefined && byKey.has(subscriber.key)) {
        // Undecidable now (the roster could not be read): rather than drop the event silently, the stream ends
        // and its browser resumes from its cursor.
        end(subscriber);
      }
    }
  }

  /** Waits until a stream has sent most of what it holds (or has closed): a replay goes at the reader's pace. */
  function drained(subscriber: Subscriber): Promise<void> {
    const { response } = subscriber;
    if (subscriber.closed || response.writableLength <= options.maxBufferedBytes / 2) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        response.off('drain', done);
        response.off('close', done);
        resolve();
      };
      response.on('drain', done);
      response.on('close', done);
    });
  }

  async function decideOne(event: StoredRoomEvent, scope: RoomScope): Promise<boolean | undefined> {
    const decided = visibility.decide(event, [scope]);
    return (Array.isArray(decided) ? decided : await decided)[0];
  }

  /** Replays the log after `seq` to one stream; the head it read through, or a resync position. */
  async function replay(
    subscriber: Subscriber,
    seq: number,
    logEpoch: string,
  ): Promise<{ through: number } | { resync: RoomEventPosition }> {
    let after = seq;
    for (;;) {
      const read = await log.readAfter(after, REPLAY_PAGE);
      if (!read.continuous) return { resync: { epoch: read.epoch, seq: read.head } };
      for (const event of read.events) {
        if (subscriber.closed) return { through: read.head };
        if (subscriber.roomIds && !subscriber.roomIds.has(event.roomId)) continue;
        const verdict = await decideOne(event, subscriber.scope);
        if (verdict === undefined) throw new Error('The roster a replayed event needs could not be read.');
        if (!verdict) continue;
        await drained(subscriber);
        write(subscriber, frame(eventCursor({ epoch: logEpoch, seq: event.seq }), event.data));
      }
      const last = read.events[read.events.length - 1];
      // A short page read everything up to the head of its snapshot.
      if (!last || read.events.length < REPLAY_PAGE) return { through: Math.max(read.head, last?.seq ?? 0) };
      after = last.seq;
    }
  }

  return {
    get size() {
      return subscribers.size;
    },

    async open(_request, response, stream) {
      if (closed) throw new Error('The handler is closing.');
      const logEpoch = await arm();
      const key = scopeKey(stream.scope);
      const subscriber: Subscriber = {
        key,
        scope: stream.scope,
        roomIds: stream.roomIds,
        response,
        buffered: [],
        closed: false,
      };
      // Attached before anything is read: whatever the fan-out passes on from now is buffered.
      subscribers.add(subscriber);
      const shared = scopes.get(key);
      if (shared) shared.count += 1;
      else scopes.set(key, { scope: stream.scope, count: 1 });
      response.on('close', () => end(subscriber));
      heartbeat ??= setInterval(() => {
        for (const s of [...subscribers]) if (!s.buffered) write(s, KEEP_ALIVE);
      }, options.heartbeatMs);
      heartbeat.unref?.();

      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        'x-accel-buffering': 'no',
        'x-content-type-options': 'nosniff',
      });
      response.write(`retry: ${options.retryMs}\n\n`);

      let through = Number.NEGATIVE_INFINITY;
      try {
        if (stream.lastEventId !== undefined) {
          const cursor = parseEventCursor(stream.lastEventId);
          const outcome =
            cursor && cursor.epoch === logEpoch
              ? await replay(subscriber, cursor.seq, logEpoch)
              : { resync: await log.head() };
          if ('resync' in outcome) {
            write(subscriber, frame(eventCursor(outcome.resync), RESYNC_DATA));
            through = outcome.resync.seq;
          } else through = outcome.through;
        }
      } catch (error) {
        // The stream has begun: it can only end. The browser resumes from the last event it got.
        report(error);
        end(subscriber);
        response.destroy();
        return;
      }
      const buffered = subscriber.buffered ?? [];
      subscriber.buffered = undefined;
      for (const pending of buffered) if (pending.seq > through) write(subscriber, pending.bytes);
    },

    async close() {
      closed = true;
      if (heartbeat !== undefined) clearInterval(heartbeat);
      heartbeat = undefined;
      for (const subscriber of [...subscribers]) end(subscriber);
      subscription?.close();
      subscription = undefined;
      await arming?.catch(() => undefined);
    },
  };
}
