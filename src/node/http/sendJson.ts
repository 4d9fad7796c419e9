/**
 * Writing JSON answers, error answers included. Every answer forbids caching and content sniffing: they carry room
 * rosters and join tokens, which no shared cache may keep and no browser may reinterpret as HTML.
 */
import type { ServerResponse } from 'node:http';
import type { ServiceError } from './serviceError';

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

/**
 * The largest request body Node may drain after an early answer so the connection can be reused. Past it (or when
 * the length is unknown), the answer closes the connection instead: draining would read, for nothing, a body that
 * was refused so as not to read it.
 */
const DRAIN_LIMIT_BYTES = 64 * 1024;

function leavesLargeBodyUnread(response: ServerResponse): boolean {
  const request = response.req;
  // `complete` turns true once the whole body has arrived; a framework that read it (Express) leaves it true too.
  if (!request || request.complete || request.readableEnded) return false;
  if (request.headers['transfer-encoding'] !== undefined) return true;
  const declared = Number(request.headers['content-length'] ?? 0);
  return !Number.isFinite(declared) || declared > DRAIN_LIMIT_BYTES;
}

/**
 * Writes a JSON answer (or an empty one for `undefined`), unless an answer has already started; then it does
 * nothing, since a second answer cannot be sent.
 */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (response.headersSent || response.writableEnded) return;
  for (const [name, value] of Object.entries({ ...SECURITY_HEADERS, ...headers })) response.setHeader(name, value);
  if (leavesLargeBodyUnread(response)) response.setHeader('connection', 'close');
  response.statusCode = status;
  if (body === undefined) {
    response.end();
    return;
  }
  const text = JSON.stringify(body);
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.setHeader('content-length', Buffer.byteLength(text));
  response.end(text);
}

/** Writes an error answer: its body, its extra headers and `x-ms-error-code`, as the service sends them. */
export function sendError(
  response: ServerResponse,
  error: ServiceError,
  headers: Readonly<Record<string, string>> = {},
): void {
  sendJson(response, error.status, error.toBody(), { ...error.headers, ...headers, 'x-ms-error-code': error.code });
}
