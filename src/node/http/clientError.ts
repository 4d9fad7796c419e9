/**
 * Answers for requests Node refuses before any handler sees them — headers over its limit (16 KiB by default),
 * malformed request lines, a request that took too long to arrive — in the service's JSON error shape instead of
 * Node's bare status line, so a client reads them like every other error. Install with
 * `server.on('clientError', answerClientError)`.
 */
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { ServiceError } from './serviceError';

/** The parts of Node's parse error this reads. */
interface ClientError extends Error {
  code?: string;
}

/** The answer Node's own `clientError` handling would give, as a {@link ServiceError}. */
export function clientErrorAnswer(error: ClientError): ServiceError {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return new ServiceError(
        431,
        'RequestHeaderFieldsTooLarge',
        'The request headers are larger than the server accepts.',
      );
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new ServiceError(408, 'RequestTimeout', 'The request did not arrive in time.');
    default:
      return new ServiceError(400, 'BadRequest', 'The request is not valid HTTP.');
  }
}

/** The socket as Node hands it to `clientError`: an answer may already be under way on it. */
type ClientSocket = Duplex & { _httpMessage?: { headersSent?: boolean } };

/**
 * A `clientError` listener for a Node HTTP server. It writes one JSON answer and closes the connection; on a
 * connection that is already gone, or whose previous answer has started, it only closes it (a second answer would
 * corrupt the first).
 */
export function answerClientError(error: ClientError, socket: Duplex): void {
  const answering = (socket as ClientSocket)._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || answering?.headersSent) {
    socket.destroy();
    return;
  }
  const answer = clientErrorAnswer(error);
  const text = JSON.stringify(answer.toBody());
  const head = [
    `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? ''}`,
    'content-type: application/json; charset=utf-8',
    `content-length: ${Buffer.byteLength(text)}`,
    `x-ms-error-code: ${answer.code}`,
    'cache-control: no-store',
    'x-content-type-options: nosniff',
    'connection: close',
  ];
  socket.end(`${head.join('\r\n')}\r\n\r\n${text}`);
}
