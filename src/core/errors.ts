/**
 * The one error type every adapter throws, and the mapping from the Rooms service's error body to it.
 */

/** What kind of failure a {@link RoomsError} is. UI code switches on this, never on message text. */
export type RoomsErrorCode =
  'validation' | 'notFound' | 'forbidden' | 'conflict' | 'network' | 'unavailable' | 'aborted' | 'unknown';

/** One detail of a service error (the service's `details[]`). */
export interface RoomsErrorDetail {
  /** The service's code, e.g. `BadArgument`. */
  code: string;
  /** The service's message. */
  message: string;
  /** The field the detail names, in the kit's camelCase (e.g. `validUntil`). */
  target?: string;
}

/** Options for constructing a {@link RoomsError}. */
export interface RoomsErrorOptions {
  /** The field the error belongs to, in camelCase (`validFrom`, `validUntil`, `participants`, `roomId`, …). */
  target?: string;
  /** Details the service gave. */
  details?: RoomsErrorDetail[];
  /** The HTTP status, when the error came over HTTP. */
  status?: number;
  /** The service's own error code (e.g. `BadRequest`). */
  serviceCode?: string;
  /** The error this one wraps. */
  cause?: unknown;
}

/**
 * A failed Rooms operation. Every adapter method throws only this, so UI code can react by `code` and show the
 * message next to the field named by `target`.
 */
export class RoomsError extends Error {
  /** What kind of failure this is. */
  readonly code: RoomsErrorCode;
  /** The field the error belongs to, when there is one. */
  readonly target: string | undefined;
  /** Details the service gave. */
  readonly details: readonly RoomsErrorDetail[];
  /** The HTTP status, when the error came over HTTP. */
  readonly status: number | undefined;
  /** The service's own error code. */
  readonly serviceCode: string | undefined;

  constructor(code: RoomsErrorCode, message: string, options: RoomsErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RoomsError';
    this.code = code;
    this.target = options.target;
    this.details = options.details ?? [];
    this.status = options.status;
    this.serviceCode = options.serviceCode;
  }

  /** Whether trying the same request again may succeed (the failure was in transit or the service was busy). */
  get retryable(): boolean {
    return this.code === 'network' || this.code === 'unavailable';
  }
}

/** True when `value` is a {@link RoomsError}, also across bundle copies. */
export function isRoomsError(value: unknown): value is RoomsError {
  return (
    value instanceof RoomsError ||
    (typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'RoomsError')
  );
}

/** Converts the service's PascalCase field names (`ValidUntil`) to the kit's camelCase (`validUntil`). */
export function normalizeTarget(target: string | undefined | null): string | undefined {
  if (!target) return undefined;
  return target.charAt(0).toLowerCase() + target.slice(1);
}

function codeForStatus(status: number): RoomsErrorCode {
  if (status === 400 || status === 422) return 'validation';
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'notFound';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 408 || status === 429 || status >= 500) return 'unavailable';
  return 'unknown';
}

interface ServiceErrorBody {
  error?: {
    code?: unknown;
    message?: unknown;
    target?: unknown;
    details?: unknown;
  };
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/**
 * Maps an error answer of the Rooms service (or of the kit's HTTP contract, which uses the same shape) to a
 * {@link RoomsError}.
 *
 * The service answers an unknown room id with 400 `Invalid room ID.`; that one case becomes `notFound` with target
 * `roomId`, because a caller can do nothing with it but treat the room as gone.
 *
 * @example
 * ```ts
 * throw roomsErrorFromResponse(response.status, await response.json().catch(() => undefined));
 * ```
 */
export function roomsErrorFromResponse(status: number, body: unknown): RoomsError {
  const error = (typeof body === 'object' && body !== null ? (body as ServiceErrorBody).error : undefined) ?? {};
  const rawDetails = Array.isArray(error.details) ? (error.details as unknown[]) : [];
  const details: RoomsErrorDetail[] = rawDetails.flatMap((d) => {
    if (typeof d !== 'object' || d === null) return [];
    const item = d as Record<string, unknown>;
    const detail: RoomsErrorDetail = {
      code: asString(item.code) ?? 'Unknown',
      message: asString(item.message) ?? '',
    };
    const target = normalizeTarget(asString(item.target));
    if (target) detail.target = target;
    return [detail];
  });
  const serviceCode = asString(error.code);
  const topMessage = asString(error.message);
  // The most specific message is the first detail's: the wrapper's "could not be understood" helps nobody.
  const message = details[0]?.message || topMessage || `The request failed with status ${status}.`;
  let code = codeForStatus(status);
  let target = normalizeTarget(asString(error.target)) ?? details.find((d) => d.target)?.target;
  if (status === 400 && topMessage === 'Invalid room ID.') {
    code = 'notFound';
    target = 'roomId';
  }
  return new RoomsError(code, message, { status, details, target, serviceCode });
}

/**
 * Wraps anything thrown by lower layers (fetch, timers, SDKs) in a {@link RoomsError}: aborts become `aborted`, a
 * `TypeError` from fetch becomes `network`, an existing {@link RoomsError} passes through.
 */
export function toRoomsError(error: unknown): RoomsError {
  if (isRoomsError(error)) return error;
  if (typeof error === 'object' && error !== null) {
    const e = error as { name?: unknown; message?: unknown; statusCode?: unknown; code?: unknown };
    if (e.name === 'AbortError') return new RoomsError('aborted', 'The request was cancelled.', { cause: error });
    if (e.name === 'TimeoutError') {
      return new RoomsError('network', 'The request timed out.', { cause: error });
    }
    if (typeof e.statusCode === 'number') {
      const status = e.statusCode;
      return new RoomsError(codeForStatus(status), typeof e.message === 'string' ? e.message : 'Request failed.', {
        status,
        serviceCode: typeof e.code === 'string' ? e.code : undefined,
        cause: error,
      });
    }
    if (e.name === 'TypeError') {
      return new RoomsError('network', 'The service could not be reached.', { cause: error });
    }
  }
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  return new RoomsError('unknown', message, { cause: error });
}
