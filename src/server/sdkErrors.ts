/**
 * What the official Rooms and Identity SDKs throw, turned into answers a browser can act on: the service's own
 * error bodies pass through as they came; failures of this server's credentials or of the network become answers
 * that say so without blaming the browser.
 */
import { ServiceError, type ServiceErrorBody } from '../node/http';

/**
 * An error body passed on from the Rooms service as it came (status and all), so the browser sees the service's own
 * codes, messages and targets.
 */
export class UpstreamError extends ServiceError {
  /** The body as the service wrote it. */
  readonly body: { error: { code: string; message: string } & Record<string, unknown> };

  constructor(status: number, body: UpstreamError['body']) {
    super(status, body.error.code, body.error.message);
    this.name = 'UpstreamError';
    this.body = body;
  }

  /** The service's body, unchanged (with its `target`, `details` or `innererror`, whatever they hold). */
  override toBody(): ServiceErrorBody {
    return this.body as ServiceErrorBody;
  }
}

interface SdkErrorLike {
  name?: unknown;
  message?: unknown;
  statusCode?: unknown;
  code?: unknown;
  response?: { bodyAsText?: unknown };
}

function serviceBody(text: unknown): UpstreamError['body'] | undefined {
  if (typeof text !== 'string' || text === '') return undefined;
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    if (typeof parsed.error?.code === 'string' && typeof parsed.error.message === 'string') {
      return parsed as UpstreamError['body'];
    }
  } catch {
    // Not the service's JSON (a proxy's HTML page…): answered below with a message of our own.
  }
  return undefined;
}

/**
 * Maps what the official Rooms or Identity SDK threw to the answer the browser gets. The service's own 4xx answers
 * pass through unchanged; its refusal of this server's credentials becomes a 502 (the browser did nothing wrong);
 * an unreachable service becomes a 503; anything else is `undefined` (an unexpected failure, answered with a 500).
 */
export function fromSdkError(error: unknown): ServiceError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as SdkErrorLike;
  if (e.name !== 'RestError') return undefined;
  if (typeof e.statusCode === 'number') {
    const status = e.statusCode;
    if (status === 401 || status === 403) {
      return new ServiceError(
        502,
        'UpstreamAuthenticationFailed',
        'The Rooms service refused this server’s credentials; check its connection string or access key.',
      );
    }
    const body = serviceBody(e.response?.bodyAsText);
    if (body) return new UpstreamError(status, body);
    const code =
      typeof e.code === 'string' && e.code !== '' ? e.code : status >= 500 ? 'ServiceUnavailable' : 'BadRequest';
    const message =
      typeof e.message === 'string' && e.message !== '' ? e.message : `The Rooms service answered ${status}.`;
    return new ServiceError(status, code, message);
  }
  return new ServiceError(503, 'ServiceUnavailable', 'The Rooms service could not be reached; try again shortly.');
}

/**
 * Whether what the Rooms SDK threw is the service saying it has no such room (400 `Invalid room ID.`, or a 404), so
 * a record of that room can be dropped.
 */
export function isUnknownRoomError(error: unknown): boolean {
  const mapped = fromSdkError(error);
  if (!mapped) return false;
  if (mapped.status === 404) return true;
  return mapped.status === 400 && mapped.message === 'Invalid room ID.';
}
