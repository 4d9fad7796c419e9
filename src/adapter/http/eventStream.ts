/**
 * The HTTP adapter's room events: ONE streaming connection per adapter to `GET {baseUrl}/events`, shared by every
 * `subscribe` and `subscribeRooms` listener (browsers allow about six connections per origin, so one per view would
 * starve the page's own requests). Server-Sent Events are read from a `fetch` body with eventsource-parser rather
 * than with `EventSource`, which Node 20 lacks and which cannot send the adapter's headers.
 *
 * The connection opens with the first listener and closes when the last one goes. After any drop it resumes with
 * `Last-Event-ID`, so the server replays what was missed; it waits between attempts with exponential backoff and
 * jitter (the server's `retry:` as the base), tries again at once when the browser comes back online, and only backs
 * off to the longest wait when the server refuses the stream (401, 403, 404…), never looping.
 */
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { RoomsError, roomsErrorFromResponse } from '../../core/errors';
import type { RoomEvent } from '../types';
import { readRoomEvent } from './readAnswers';

/**
 * Where the event stream is: `closed` (no listener), `connecting`, `open` (events flow), or `waiting` to try again
 * after a drop or a refusal.
 */
export type RoomEventStreamState = 'closed' | 'connecting' | 'open' | 'waiting';

/** What a host (or a test) can see of the event stream. */
export interface RoomEventStreamStatus {
  /** Where the stream is now. */
  readonly state: RoomEventStreamState;
  /** Why the last attempt failed or the last connection ended, while the stream waits to try again. */
  readonly error: RoomsError | undefined;
  /**
   * Resolves when the stream is next open (at once while it is open): from then on, every change reaches the
   * listeners. It waits as long as the server refuses the stream, and for the next listener while it is closed.
   */
  opened(): Promise<void>;
}

/** The timers the stream waits with; a test passes ones it drives. */
export interface RoomEventTimers {
  /** Calls `callback` once after `ms`. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Cancels a call `setTimeout` planned. */
  clearTimeout(handle: unknown): void;
}

/** Something that tells of the browser's `online` event (the window). */
export interface OnlineEventSource {
  /** Adds a listener. */
  addEventListener(type: 'online', listener: () => void): void;
  /** Removes a listener. */
  removeEventListener(type: 'online', listener: () => void): void;
}

/** How the HTTP adapter's event stream connects and reconnects; every field is optional. */
export interface HttpRoomEventsOptions {
  /**
   * First wait before reconnecting, doubled after each failed attempt (with jitter) and back to it after a
   * connection that delivered. @default the server's `retry:` (2000 from the kit's handler), else 1000
   */
  reconnectDelayMs?: number;
  /** Longest wait between attempts; a server that refuses the stream (401, 403, 404…) is asked this often. @default 30000 */
  maxReconnectDelayMs?: number;
  /**
   * A connection that brings nothing (no event, not even the server's keep-alive) for this long is taken as dead
   * and replaced: a laptop waking from sleep keeps a socket that will never speak again. `0` never. @default 45000
   */
  idleTimeoutMs?: number;
  /**
   * Where errors nobody else hears go: a listener that threw (the others are still told) and an event the kit
   * could not read (listeners are sent `resync` instead). @default rethrown asynchronously, as an event handler's
   */
  onError?: (error: unknown) => void;
  /** The timers to wait with. @default globalThis's setTimeout / clearTimeout */
  timers?: RoomEventTimers;
  /** Jitter source (0..1). @default Math.random */
  random?: () => number;
  /** Where the browser's `online` event is heard. @default globalThis, where it is an event target (a window) */
  network?: OnlineEventSource;
}

/** What {@link createRoomEventHub} needs from the adapter. */
export interface RoomEventHubOptions extends HttpRoomEventsOptions {
  /** `{baseUrl}/events`. */
  url: string;
  /** The `fetch` to connect with. */
  fetch: () => typeof fetch;
  /** The headers of every request the adapter makes (auth, CSRF), made fresh per attempt. */
  headers: () => Promise<Headers>;
  /** The adapter's credentials policy. */
  credentials?: RequestCredentials;
}

/** The listeners of one adapter and the one connection they share. */
export interface RoomEventHub {
  /** Listens to one room's events; returns a function that stops listening. */
  subscribe(roomId: string, listener: (event: RoomEvent) => void): () => void;
  /** Listens to every room's events; returns a function that stops listening. */
  subscribeRooms(listener: (event: RoomEvent) => void): () => void;
  /** Where the connection is. */
  readonly status: RoomEventStreamStatus;
}

const DEFAULT_BASE_DELAY_MS = 1_000;
const DEFAULT_MAX_DELAY_MS = 30_000;
const DEFAULT_IDLE_TIMEOUT_MS = 45_000;
/** A server's `retry:` below this is raised to it, so a server that answers and hangs up cannot make a hot loop. */
const MIN_SERVER_DELAY_MS = 250;
/** Answers that another attempt soon will not change: wait the longest before asking again. */
const REFUSALS = new Set([400, 401, 403, 404, 405, 406, 410, 501]);
/** A partial line or event larger than this is not an event of the kit's. */
const MAX_BUFFER_CHARS = 4 * 1024 * 1024;

interface Subscription {
  /** The room listened to; `undefined` for every room. */
  roomId: string | undefined;
  listener: (event: RoomEvent) => void;
  active: boolean;
}

/** How one attempt ended. */
interface Outcome {
  error?: RoomsError;
  refused?: boolean;
  retryAfterMs?: number;
}

const rethrowLater = (error: unknown): void => {
  queueMicrotask(() => {
    throw error;
  });
};

function defaultNetwork(): OnlineEventSource | undefined {
  const target = globalThis as Partial<OnlineEventSource>;
  return typeof target.addEventListener === 'function' && typeof target.removeEventListener === 'function'
    ? (target as OnlineEventSource)
    : undefined;
}

function retryAfterMs(value: string | null): number | undefined {
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Makes the listeners' hub of one adapter; nothing connects until the first listener. */
export function createRoomEventHub(options: RoomEventHubOptions): RoomEventHub {
  const timers: RoomEventTimers = options.timers ?? {
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  };
  const random = options.random ?? Math.random;
  const onError = options.onError ?? rethrowLater;
  const network = options.network ?? defaultNetwork();
  const maxDelayMs = Math.max(1, options.maxReconnectDelayMs ?? DEFAULT_MAX_DELAY_MS);
  const idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;

  const byRoom = new Map<string, Set<Subscription>>();
  const everyRoom = new Set<Subscription>();
  let listenerCount = 0;
  let connection: { stop(): void } | undefined;
  let closeTimer: unknown;
  let state: RoomEventStreamState = 'closed';
  let lastError: RoomsError | undefined;
  let waitingForOpen: Array<() => void> = [];

  function deliver(subscription: Subscription, event: RoomEvent): void {
    if (!subscription.active) return;
    try {
      subscription.listener(event);
    } catch (error) {
      // One broken view must not cost the others their events, nor the stream its place.
      onError(error);
    }
  }

  /** Tells every listener that changes may have been missed: room listeners with their room. */
  function resyncAll(): void {
    const rooms = [...byRoom.values()].flatMap((set) => [...set]);
    for (const subscription of [...rooms, ...everyRoom]) {
      deliver(
        subscription,
        subscription.roomId === undefined ? { type: 'resync' } : { type: 'resync', roomId: subscription.roomId },
      );
    }
  }

  function dispatch(event: RoomEvent): void {
    if (event.type === 'resync' && event.roomId === undefined) {
      resyncAll();
      return;
    }
    const room = event.roomId === undefined ? undefined : byRoom.get(event.roomId);
    // Taken before delivering, so a listener added while one is told does not hear this event.
    for (const subscription of [...(room ?? []), ...everyRoom]) {
      // Each listener gets its own copy, as from the in-memory backend: one editing its event cannot reach the next.
      deliver(subscription, structuredClone(event));
    }
  }

  function onMessage(message: EventSourceMessage): void {
    // Named events are not the kit's (it sends none); a newer server's are passed over.
    if (message.event !== undefined && message.event !== 'message') return;
    let event: RoomEvent | undefined;
    try {
      event = readRoomEvent(JSON.parse(message.data));
    } catch (error) {
      // An event that cannot be read is a change the views would miss: tell them to reload instead.
      onError(
        error instanceof RoomsError
          ? error
          : new RoomsError('unknown', 'The server sent an event the kit cannot read.', { cause: error }),
      );
      resyncAll();
      return;
    }
    if (event) dispatch(event);
  }

  function setState(next: RoomEventStreamState): void {
    state = next;
    if (next !== 'open') return;
    lastError = undefined;
    const waiting = waitingForOpen;
    waitingForOpen = [];
    for (const resolve of waiting) resolve();
  }

  /** Runs one connection with its reconnects until stopped. */
  function connect(): { stop(): void } {
    const stopper = new AbortController();
    const stopped = stopper.signal;
    let lastEventId: string | undefined;
    let serverRetryMs: number | undefined;
    // Failed attempts since the last connection that delivered.
    let failures = 0;
    let wake: (() => void) | undefined;
    const onOnline = (): void => {
      failures = 0;
      wake?.();
    };
    network?.addEventListener('online', onOnline);

    function wait(ms: number): Promise<void> {
      return new Promise((resolve) => {
        const done = (): void => {
          timers.clearTimeout(handle);
          stopped.removeEventListener('abort', done);
          wake = undefined;
          resolve();
        };
        const handle = timers.setTimeout(done, ms);
        stopped.addEventListener('abort', done, { once: true });
        wake = done;
      });
    }

    function delayAfter(outcome: Outcome): number {
      const base = Math.max(
        1,
        options.reconnectDelayMs ??
          (serverRetryMs === undefined ? DEFAULT_BASE_DELAY_MS : Math.max(MIN_SERVER_DELAY_MS, serverRetryMs)),
      );
      const backoff = outcome.refused ? maxDelayMs : Math.min(maxDelayMs, base * 2 ** Math.min(failures, 30));
      // Jitter over the upper half, so the clients a restart dropped together do not all come back together.
      let delay = backoff * (0.5 + random() / 2);
      if (outcome.retryAfterMs !== undefined) delay = Math.max(delay, Math.min(maxDelayMs, outcome.retryAfterMs));
      return Math.max(1, delay);
    }

    async function attempt(): Promise<Outcome> {
      const request = new AbortController();
      let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
      // The body is cancelled as well as the request: not every fetch ends a body it already handed over.
      const cut = (reason: unknown): void => {
        request.abort(reason);
        reader?.cancel(reason).catch(() => undefined);
      };
      const stop = (): void => cut(stopped.reason);
      stopped.addEventListener('abort', stop, { once: true });
      let idleTimer: unknown;
      let idle = false;
      const quiet = (): RoomsError => new RoomsError('network', 'The event stream went quiet; reconnecting.');
      const touch = (): void => {
        if (idleTimeoutMs <= 0 || !Number.isFinite(idleTimeoutMs)) return;
        timers.clearTimeout(idleTimer);
        idleTimer = timers.setTimeout(() => {
          idle = true;
          cut(new DOMException('The event stream went quiet.', 'TimeoutError'));
        }, idleTimeoutMs);
      };
      try {
        const headers = await options.headers();
        headers.set('accept', 'text/event-stream');
        const resumeFrom = lastEventId;
        if (resumeFrom !== undefined) headers.set('last-event-id', resumeFrom);
        const init: RequestInit = { method: 'GET', headers, signal: request.signal };
        if (options.credentials !== undefined) init.credentials = options.credentials;
        touch();
        const response = await options.fetch()(options.url, init);
        if (!response.ok) {
          const text = await response.text().catch(() => '');
          let body: unknown;
          try {
            body = text === '' ? undefined : JSON.parse(text);
          } catch {
            body = undefined;
          }
          return {
            error: roomsErrorFromResponse(response.status, body),
            refused: REFUSALS.has(response.status),
            retryAfterMs: retryAfterMs(response.headers.get('retry-after')),
          };
        }
        const type = response.headers.get('content-type') ?? '';
        if (!/^text\/event-stream\b/i.test(type) || !response.body) {
          await response.body?.cancel().catch(() => undefined);
          return {
            error: new RoomsError('unknown', 'The server answered the event stream with something else.', {
              status: response.status,
            }),
            refused: true,
          };
        }
        reader = response.body.getReader();
        const decoder = new TextDecoder();
        let open = false;
        const delivered = (): void => {
          failures = 0;
        };
        const parser = createParser({
          maxBufferSize: MAX_BUFFER_CHARS,
          onRetry: (ms) => {
            serverRetryMs = ms;
          },
          onComment: delivered,
          onEvent: (message) => {
            delivered();
            if (message.id !== undefined) lastEventId = message.id;
            onMessage(message);
          },
          onError: (error) => {
            if (error.type === 'max-buffer-size-exceeded') request.abort(error);
          },
        });
        for (;;) {
          const chunk = await reader.read();
          if (chunk.done || stopped.aborted) break;
          touch();
          if (!open) {
            open = true;
            setState('open');
            // A stream opened without a cursor starts at the server's head: what changed while it was connecting
            // (or since a drop before any event) is not replayed, so whoever shows a room reloads it.
            if (resumeFrom === undefined) resyncAll();
          }
          parser.feed(decoder.decode(chunk.value, { stream: true }));
        }
        return { error: idle ? quiet() : new RoomsError('network', 'The event stream ended; reconnecting.') };
      } catch (error) {
        return {
          error: idle
            ? quiet()
            : new RoomsError('network', 'The event stream could not be reached; reconnecting.', { cause: error }),
        };
      } finally {
        timers.clearTimeout(idleTimer);
        stopped.removeEventListener('abort', stop);
        cut(undefined);
      }
    }

    void (async () => {
      try {
        while (!stopped.aborted) {
          setState('connecting');
          const outcome = await attempt();
          if (stopped.aborted) break;
          lastError = outcome.error;
          const delay = delayAfter(outcome);
          failures += 1;
          setState('waiting');
          await wait(delay);
        }
      } finally {
        network?.removeEventListener('online', onOnline);
      }
    })();

    return { stop: () => stopper.abort() };
  }

  function add(subscription: Subscription): () => void {
    if (subscription.roomId === undefined) everyRoom.add(subscription);
    else {
      let set = byRoom.get(subscription.roomId);
      if (!set) byRoom.set(subscription.roomId, (set = new Set()));
      set.add(subscription);
    }
    listenerCount += 1;
    if (closeTimer !== undefined) {
      timers.clearTimeout(closeTimer);
      closeTimer = undefined;
    }
    connection ??= connect();
    return () => remove(subscription);
  }

  function remove(subscription: Subscription): void {
    if (!subscription.active) return;
    subscription.active = false;
    if (subscription.roomId === undefined) everyRoom.delete(subscription);
    else {
      const set = byRoom.get(subscription.roomId);
      set?.delete(subscription);
      if (set?.size === 0) byRoom.delete(subscription.roomId);
    }
    listenerCount -= 1;
    if (listenerCount > 0) return;
    // Closed on the next turn, so a view that re-subscribes at once (React's strict effects, one view replacing
    // another) keeps the connection and its place in the stream.
    closeTimer = timers.setTimeout(() => {
      closeTimer = undefined;
      if (listenerCount > 0 || !connection) return;
      connection.stop();
      connection = undefined;
      setState('closed');
      lastError = undefined;
    }, 0);
  }

  return {
    subscribe: (roomId, listener) => add({ roomId: String(roomId), listener, active: true }),
    subscribeRooms: (listener) => add({ roomId: undefined, listener, active: true }),
    status: {
      get state() {
        return state;
      },
      get error() {
        return lastError;
      },
      opened() {
        if (state === 'open') return Promise.resolve();
        return new Promise<void>((resolve) => waitingForOpen.push(resolve));
      },
    },
  };
}
