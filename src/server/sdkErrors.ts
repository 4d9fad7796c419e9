/**
 * The kit's HTTP contract on the server side: JSON answers in the Rooms service's error shape, request bodies read
 * with a size limit, and the mapping from the official SDKs' errors to answers a browser can act on.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** One entry of an error's `details`. */
export interface WireErrorDetail {
  code: string;
  message: string;
  target?: string;
}

/** An error answer of the handler, in the service's shape `{ error: { code, message, target?, details? } }`. */
export class HandlerError extends Error {
  /** HTTP status. */
  readonly status: number;
  /** The service-style code, also sent as `x-ms-error-code`. */
  readonly code: string;
  /** The field the error names, camelCase. */
  readonly target: string | undefined;
  /** Finer-grained problems. */
  readonly details: readonly WireErrorDetail[];
  /** Extra response headers (`Allow` on a 405). */
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: number,
    code: string,
    message: string,
    options: { target?: string; details?: WireErrorDetail[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'HandlerError';
    this.status = status;
    this.code = code;
    this.target = options.target;
    this.details = options.details ?? [];
    this.headers = options.headers ?? {};
  }

  /** The JSON body of this answer. */
  toBody(): { error: { code: string; message: string; target?: string; details?: WireErrorDetail[] } } {
    const error: { code: string; message: string; target?: string; details?: WireErrorDetail[] } = {
      code: this.code,
      message: this.message,
    };
    if (this.target !== undefined) error.target = this.target;
    if (this.details.length > 0) error.details = [...this.details];
    return { error };
  }
}

/**
 * An error body passed on from the Rooms service as it came (status and all), so the browser sees the service's own
 * codes, messages and targets.
 */
export class UpstreamError extends Error {
  readonly status: number;
  readonly body: { error: { code: string; message: string } & Record<string, unknown> };

  constructor(status: number, body: UpstreamError['body']) {
    super(body.error.message);
    this.name = 'UpstreamError';
    this.status = status;
    this.body = body;
  }
}

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
} as const;

/** Writes a JSON answer (or an empty one for `undefined`), unless an answer has already started. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (response.headersSent || response.writableEnded) return;
  for (const [name, value] of Object.entries({ ...SECURITY_HEADERS, ...headers })) response.setHeader(name, value);
  if (body === undefined) {
    response.statusCode = status;
    response.end();
    return;
  }
  const text = JSON.stringify(body);
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.setHeader('content-length', Buffer.byteLength(text));
  response.end(text);
}

/** Writes an error answer with the `x-ms-error-code` header the service sends. */
export function sendError(response: ServerResponse, error: HandlerError | UpstreamError): void {
  if (error instanceof UpstreamError) {
    sendJson(response, error.status, error.body, { 'x-ms-error-code': error.body.error.code });
    return;
  }
  sendJson(response, error.status, error.toBody(), { ...error.headers, 'x-ms-error-code': error.code });
}

const JSON_TYPES = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** A request a framework may already have read: Express's `express.json()` leaves the parsed body on `req.body`. */
type MaybeParsedRequest = IncomingMessage & { body?: unknown };

/**
 * Reads a JSON request body of at most `limit` bytes. A body that a framework already parsed (Express) is taken as
 * it is. An empty body is `undefined`.
 * @throws {@link HandlerError} 413 when too large, 415 when not JSON, 400 when not valid JSON.
 */
export async function readJsonBody(request: IncomingMessage, limit: number): Promise<unknown> {
  const preParsed = (request as MaybeParsedRequest).body;
  if (preParsed !== undefined && (request.readableEnded || request.complete)) {
    if (typeof preParsed === 'string' || Buffer.isBuffer(preParsed)) return parseJson(Buffer.from(preParsed), request);
    // Express answers an empty body with `{}`; that is what an empty JSON request means here too.
    return preParsed;
  }
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    // Drain what the client still sends, so it can read the answer instead of failing with a reset.
    request.resume();
    throw tooLarge(limit);
  }
  const body = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    request.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        chunks.length = 0;
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    request.on('error', (error) => {
      if (!failed) reject(error);
    });
  });
  return parseJson(body, request);
}

function tooLarge(limit: number): HandlerError {
  return new HandlerError(413, 'RequestEntityTooLarge', `The request body is larger than ${limit} bytes.`);
}

function parseJson(body: Buffer, request: IncomingMessage): unknown {
  if (body.length === 0) return undefined;
  const type = request.headers['content-type'];
  if (type !== undefined && !JSON_TYPES.test(type)) {
    throw new HandlerError(415, 'UnsupportedMediaType', 'Send the request body as JSON (application/json).');
  }
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new HandlerError(400, 'BadRequest', 'The request body is not valid JSON.');
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
export function fromSdkError(error: unknown): HandlerError | UpstreamError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as SdkErrorLike;
  if (e.name !== 'RestError') return undefined;
  if (typeof e.statusCode === 'number') {
    const status = e.statusCode;
    if (status === 401 || status === 403) {
      return new HandlerError(
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
    return new HandlerError(status, code, message);
  }
  return new HandlerError(503, 'ServiceUnavailable', 'The Rooms service could not be reached; try again shortly.');
}
