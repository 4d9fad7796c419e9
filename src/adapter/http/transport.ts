/**
 * How the HTTP adapter talks to the host's server: one request with a timeout that also honours the caller's abort
 * signal, retried with exponential backoff and jitter only when the caller says the request is safe to repeat. Every
 * failure leaves as a {@link RoomsError}. Browser-safe: `fetch`, `AbortController` and timers only.
 */
import { RoomsError, roomsErrorFromResponse } from '../../core/errors';

/** How a request may be retried. */
export interface RetryPolicy {
  /** Further attempts after the first. */
  retries: number;
  /** First backoff delay; each retry doubles it, with jitter. */
  baseDelayMs: number;
  /** Longest wait between attempts, `Retry-After` included. */
  maxDelayMs: number;
}

/** One request. */
export interface TransportRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Absolute or relative URL. */
  url: string;
  /** A JSON body. */
  body?: unknown;
  /** The body's media type. @default 'application/json' */
  contentType?: string;
  /** Headers for this request only. */
  headers?: Record<string, string>;
  /** Whether repeating the request cannot do harm (reads, merges, keyed creates). */
  idempotent: boolean;
  /** The caller's signal. */
  signal?: AbortSignal;
}

/** The transport's settings. */
export interface TransportOptions {
  fetch: () => typeof fetch;
  headers: () => Promise<Headers>;
  timeoutMs: number;
  retry: RetryPolicy;
  credentials?: RequestCredentials;
  random: () => number;
}

/** A successful answer: status and parsed JSON (`undefined` for an empty body). */
export interface TransportResponse {
  status: number;
  body: unknown;
}

function abortedError(cause?: unknown): RoomsError {
  return new RoomsError('aborted', 'The request was cancelled.', { cause });
}

/**
 * A signal that fires when the caller aborts or the attempt times out, and says which. Made by hand rather than with
 * `AbortSignal.any` + `AbortSignal.timeout` so its timer and listener are released when the attempt ends, on every
 * browser the kit supports.
 */
function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number) {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = (): void => controller.abort(caller?.reason);
  caller?.addEventListener('abort', onAbort, { once: true });
  const timer =
    timeoutMs > 0 && Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          timedOut = true;
          controller.abort(new DOMException('The request timed out.', 'TimeoutError'));
        }, timeoutMs)
      : undefined;
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose: (): void => {
      if (timer !== undefined) clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortedError(signal.reason));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortedError(signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date. */
function retryAfterMs(value: string | null): number | undefined {
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return Number.isInteger(s) ? String(s) : s.toFixed(1);
}

/** Makes the function the adapter sends every request through. */
export function createTransport(options: TransportOptions): (request: TransportRequest) => Promise<TransportResponse> {
  return async function send(request) {
    const { signal } = request;
    const attempts = request.idempotent ? Math.max(0, Math.floor(options.retry.retries)) + 1 : 1;
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    for (let attempt = 0; ; attempt++) {
      if (signal?.aborted) throw abortedError(signal.reason);
      const headers = await options.headers();
      headers.set('accept', 'application/json');
      if (body !== undefined) headers.set('content-type', request.contentType ?? 'application/json');
      for (const [name, value] of Object.entries(request.headers ?? {})) headers.set(name, value);

      const current = attemptSignal(signal, options.timeoutMs);
      let failure: RoomsError;
      let retryAfter: number | undefined;
      try {
        const init: RequestInit = { method: request.method, headers, body, signal: current.signal };
        if (options.credentials !== undefined) init.credentials = options.credentials;
        const response = await options.fetch()(request.url, init);
        const text = await response.text();
        let parsed: unknown;
        let parsedOk = true;
        if (text !== '') {
          try {
            parsed = JSON.parse(text);
          } catch {
            parsedOk = false;
          }
        }
        if (response.ok) {
          if (!parsedOk) {
            throw new RoomsError('unknown', 'The server answered with something that is not JSON.', {
              status: response.status,
            });
          }
          return { status: response.status, body: parsed };
        }
        failure = roomsErrorFromResponse(response.status, parsedOk ? parsed : undefined);
        retryAfter = retryAfterMs(response.headers.get('retry-after'));
      } catch (error) {
        if (error instanceof RoomsError) throw error;
        if (signal?.aborted) throw abortedError(signal.reason);
        failure = current.timedOut()
          ? new RoomsError('network', `The server did not answer within ${seconds(options.timeoutMs)} seconds.`, {
              cause: error,
            })
          : new RoomsError('network', 'The server could not be reached. Check the connection and try again.', {
              cause: error,
            });
      } finally {
        current.dispose();
      }

      if (!failure.retryable || attempt + 1 >= attempts) throw failure;
      const backoff = Math.min(options.retry.maxDelayMs, options.retry.baseDelayMs * 2 ** attempt);
      // Full jitter on the upper half, so clients that failed together do not come back together.
      const delay = Math.min(
        options.retry.maxDelayMs,
        Math.max(retryAfter ?? 0, backoff * (0.5 + options.random() / 2)),
      );
      await sleep(delay, signal);
    }
  };
}
