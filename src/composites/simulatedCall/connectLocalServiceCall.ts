/**
 * The browser's way into the local Rooms service's shared room call, so simulated calls in different tabs and
 * browsers are one call: the room's call as a Server-Sent Events stream read with `fetch` (so it can carry the
 * token as a Bearer header, in browsers and in Node 20 alike), and the local user's actions as POSTs. The stream
 * reconnects by itself with backoff and keeps the user's place in the call while it does.
 */
import { createParser } from 'eventsource-parser';
import {
  readSharedCallNotices,
  readSharedCallState,
  type SharedCallAction,
  type SharedCallNotice,
  type SharedCallState,
} from '../../core/sharedCall';
import type {
  SharedCallConnection,
  SharedCallConnectionRefusal,
  SharedCallSendResult,
  SharedCallUpdate,
} from './sharedCallHub';

/** Options of {@link connectLocalServiceCall}. */
export interface LocalServiceCallOptions {
  /** The local Rooms service's URL (`http://127.0.0.1:7400/`). */
  baseUrl: string;
  /** The room whose call to join. */
  roomId: string;
  /**
   * The user's access token, issued by that service (the join token `getJoinInfo` gives); a function is asked again
   * on every request, so a token can be renewed.
   */
  token: string | (() => string | Promise<string>);
  /** The fetch to use. @default globalThis.fetch */
  fetch?: typeof fetch;
  /** The first wait before reconnecting; it doubles with every failure. @default 500 */
  retryDelayMs?: number;
  /** The longest wait before reconnecting. @default 10000 */
  maxRetryDelayMs?: number;
  /** Hears failures of the stream and of requests (they are retried), for logs. @default none */
  onError?: (error: unknown) => void;
}

/** How the connection stands. */
export type LocalServiceCallStatus = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'refused' | 'closed';

/** A connection to the local service's shared call. */
export interface LocalServiceCallConnection extends SharedCallConnection {
  /** How the connection stands now. */
  readonly status: LocalServiceCallStatus;
  /** Why the service refused the connection, once it has (`status` is `refused`). */
  readonly refusal: SharedCallConnectionRefusal | undefined;
  /** Resolves once the stream is open and the call has been heard; resolves at once if it already has. */
  opened(): Promise<void>;
  /** Closes the stream for good; actions sent afterwards are refused as `unavailable`. */
  close(): void;
}

const SERVICE_ACTIONS = new Set<SharedCallAction['type']>(['setRole', 'rosterRemoved', 'closeRoom']);
const REFUSAL_CODES: Readonly<Record<string, SharedCallConnectionRefusal['code']>> = {
  Forbidden: 'forbidden',
  NotInCall: 'notInCall',
  Conflict: 'conflict',
  BadRequest: 'invalid',
  StreamNotOpen: 'unavailable',
  Unauthorized: 'notInvited',
  RoomClosed: 'roomClosed',
};
const SEND_ATTEMPTS = 3;

class NotInvited extends Error {}

async function errorOf(response: Response): Promise<{ code?: string; message: string }> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    const code = typeof body.error?.code === 'string' ? body.error.code : undefined;
    const message = typeof body.error?.message === 'string' ? body.error.message : `HTTP ${response.status}`;
    return code === undefined ? { message } : { code, message };
  } catch {
    return { message: `HTTP ${response.status}` };
  }
}

class LocalServiceCall implements LocalServiceCallConnection {
  readonly rolesFromService = true;
  readonly #options: LocalServiceCallOptions;
  readonly #fetch: typeof fetch;
  readonly #base: string;
  readonly #listeners = new Set<(update: SharedCallUpdate) => void>();
  #state: SharedCallState | undefined;
  #status: LocalServiceCallStatus = 'idle';
  #refusal: SharedCallConnectionRefusal | undefined;
  #connectionId: string | undefined;
  #abort: AbortController | undefined;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #failures = 0;
  #retryMs: number;
  #sending = 0;
  #waiters: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];

  constructor(options: LocalServiceCallOptions) {
    this.#options = options;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#base = `${options.baseUrl.replace(/\/+$/, '')}/calling/rooms/${encodeURIComponent(options.roomId)}`;
    this.#retryMs = options.retryDelayMs ?? 500;
  }

  get state(): SharedCallState | undefined {
    return this.#state;
  }

  get status(): LocalServiceCallStatus {
    return this.#status;
  }

  get refusal(): SharedCallConnectionRefusal | undefined {
    return this.#refusal;
  }

  subscribe(listener: (update: SharedCallUpdate) => void): () => void {
    this.#listeners.add(listener);
    this.#start();
    return () => {
      this.#listeners.delete(listener);
      this.#idleIfUnused();
    };
  }

  opened(): Promise<void> {
    if (this.#status === 'open') return Promise.resolve();
    if (this.#status === 'refused' || this.#status === 'closed') {
      return Promise.reject(new Error(this.#refusal?.message ?? 'The connection is closed.'));
    }
    this.#start();
    return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
  }

  async send(action: SharedCallAction): Promise<SharedCallSendResult> {
    // The service keeps the roster and enforces roles itself.
    if (SERVICE_ACTIONS.has(action.type)) return { ok: true };
    this.#sending += 1;
    try {
      return await this.#post(action);
    } finally {
      this.#sending -= 1;
      this.#idleIfUnused();
    }
  }

  close(): void {
    if (this.#status === 'closed') return;
    this.#stopStream();
    this.#settleWaiters(new Error('The connection is closed.'));
    this.#status = 'closed';
  }

  // ---- Actions -------------------------------------------------------------------------------------------------

  async #post(action: SharedCallAction): Promise<SharedCallSendResult> {
    if (this.#status === 'closed') return { ok: false, refusal: { code: 'unavailable', message: 'Closed.' } };
    let body: Record<string, unknown>;
    if (action.type === 'join') {
      try {
        await this.opened();
      } catch (error) {
        return { ok: false, refusal: this.#refusal ?? { code: 'unavailable', message: (error as Error).message } };
      }
      const { userId: _user, role: _role, ...join } = action;
      body = { connectionId: this.#connectionId, action: join };
    } else {
      body = { action };
    }
    let last: SharedCallConnectionRefusal = { code: 'unavailable', message: 'The service could not be reached.' };
    for (let attempt = 0; attempt < SEND_ATTEMPTS; attempt++) {
      let response: Response;
      try {
        response = await this.#fetch(`${this.#base}/actions`, {
          method: 'POST',
          headers: { authorization: `Bearer ${await this.#token()}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      } catch (error) {
        this.#report(error);
        continue;
      }
      if (response.ok) {
        const answer = (await response.json()) as { state?: unknown; notices?: unknown };
        this.#heard(readSharedCallState(answer.state), readSharedCallNotices(answer.notices), false);
        return { ok: true };
      }
      const error = await errorOf(response);
      const code = error.code === undefined ? undefined : REFUSAL_CODES[error.code];
      last = { code: code ?? (response.status === 403 ? 'notInvited' : 'unavailable'), message: error.message };
      // A join sent while the stream was reconnecting is tried again on the new stream.
      if (error.code === 'StreamNotOpen' && action.type === 'join') {
        try {
          await this.opened();
          body = { ...body, connectionId: this.#connectionId };
          continue;
        } catch {
          break;
        }
      }
      if (response.status < 500) break;
    }
    return { ok: false, refusal: last };
  }

  async #token(): Promise<string> {
    const { token } = this.#options;
    return typeof token === 'string' ? token : await token();
  }

  // ---- The stream ----------------------------------------------------------------------------------------------

  #start(): void {
    if (this.#abort || this.#retryTimer !== undefined) return;
    if (this.#status === 'refused' || this.#status === 'closed') return;
    void this.#run();
  }

  #idleIfUnused(): void {
    // A tab that has left and hears nobody needs no stream; the next subscriber opens one again.
    if (this.#listeners.size > 0 || this.#sending > 0 || this.#status === 'closed' || this.#status === 'refused') {
      return;
    }
    this.#stopStream();
    this.#status = 'idle';
  }

  #stopStream(): void {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
    this.#abort?.abort();
    this.#abort = undefined;
  }

  async #run(): Promise<void> {
    const abort = new AbortController();
    this.#abort = abort;
    this.#status = this.#status === 'idle' ? 'connecting' : 'reconnecting';
    try {
      const query = this.#connectionId === undefined ? '' : `?connectionId=${encodeURIComponent(this.#connectionId)}`;
      const response = await this.#fetch(`${this.#base}/stream${query}`, {
        headers: { authorization: `Bearer ${await this.#token()}`, accept: 'text/event-stream' },
        signal: abort.signal,
      });
      if (!response.ok) {
        const error = await errorOf(response);
        if (response.status === 401 || response.status === 403 || response.status === 400) {
          throw new NotInvited(error.message);
        }
        throw new Error(`The call stream answered ${response.status}: ${error.message}`);
      }
      if (!response.body) throw new Error('The call stream has no body.');
      await this.#read(response.body, abort);
      if (!abort.signal.aborted) this.#report(new Error('The call stream ended.'));
    } catch (error) {
      if (abort.signal.aborted) return;
      if (error instanceof NotInvited) {
        this.#refuse({ code: 'notInvited', message: error.message });
        return;
      }
      this.#report(error);
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
    }
    // The status may have changed while the stream was read (refused, closed).
    if (abort.signal.aborted || this.#stopped()) return;
    this.#status = 'reconnecting';
    const delay = Math.min(this.#options.maxRetryDelayMs ?? 10_000, this.#retryMs * 2 ** Math.min(this.#failures, 16));
    this.#failures += 1;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      this.#start();
    }, delay);
  }

  async #read(body: ReadableStream<Uint8Array>, abort: AbortController): Promise<void> {
    let first = true;
    const parser = createParser({
      onRetry: (ms) => {
        if (this.#options.retryDelayMs === undefined) this.#retryMs = ms;
      },
      onEvent: (event) => {
        let data: { type?: unknown; connectionId?: unknown; state?: unknown; notices?: unknown; reason?: unknown };
        try {
          data = JSON.parse(event.data) as typeof data;
        } catch (error) {
          this.#report(error);
          return;
        }
        if (data.type === 'hello' && typeof data.connectionId === 'string') {
          this.#connectionId = data.connectionId;
        } else if (data.type === 'state') {
          this.#heard(readSharedCallState(data.state), readSharedCallNotices(data.notices), first);
          if (first) {
            first = false;
            this.#failures = 0;
            this.#status = 'open';
            this.#settleWaiters();
          }
        } else if (data.type === 'closed') {
          // Taken off the roster, or the room is gone: reconnecting would only be refused.
          const reason = typeof data.reason === 'string' ? data.reason : 'closed';
          this.#refuse({ code: 'notInvited', message: `The service closed the call (${reason}).` });
          abort.abort();
        }
      },
    });
    const reader = body.getReader();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        parser.feed(decoder.decode(value, { stream: true }));
      }
    } finally {
      reader.releaseLock();
    }
  }

  #stopped(): boolean {
    return this.#status === 'refused' || this.#status === 'closed';
  }

  #heard(state: SharedCallState, notices: readonly SharedCallNotice[], fresh: boolean): void {
    const current = this.#state;
    // A reopened stream starts over (the service may have restarted); otherwise only newer states count.
    if (!fresh && current && state.version <= current.version) return;
    this.#state = state;
    const update: SharedCallUpdate = { state, notices };
    for (const listener of [...this.#listeners]) listener(update);
  }

  #refuse(refusal: SharedCallConnectionRefusal): void {
    this.#refusal = refusal;
    this.#status = 'refused';
    this.#settleWaiters(new Error(refusal.message));
  }

  #settleWaiters(error?: Error): void {
    const waiters = this.#waiters.splice(0);
    for (const waiter of waiters) {
      if (error) waiter.reject(error);
      else waiter.resolve();
    }
  }

  #report(error: unknown): void {
    try {
      this.#options.onError?.(error);
    } catch {
      // A failing logger must not stop the call.
    }
  }
}

/**
 * Connects to the local Rooms service's shared call of a room, for `createSimulatedCallAdapter`'s `sharedCall`:
 * then everyone who joins that room, in any tab or browser, is in the same call, with the roles of the service's
 * roster. The token is the user's access token from that service; nothing secret is held in the browser.
 *
 * @example
 * ```ts
 * const info = await rooms.getJoinInfo!(roomId, { userId });
 * const call = createSimulatedCallAdapter({
 *   userId: info.userId,
 *   role: info.role,
 *   roomsAdapter: rooms,
 *   roomId,
 *   startOn: 'call',
 *   sharedCall: connectLocalServiceCall({ baseUrl: 'http://127.0.0.1:7400/', roomId, token: info.token }),
 * });
 * ```
 */
export function connectLocalServiceCall(options: LocalServiceCallOptions): LocalServiceCallConnection {
  return new LocalServiceCall(options);
}
