/**
 * Reading a JSON request body in one step: {@link readBody}'s limit, then {@link parseJsonBody}'s media type, depth
 * and syntax checks. A body that a framework already read (Express's `express.json()` leaves it on `req.body`) is
 * taken as it is.
 */
import type { IncomingMessage } from 'node:http';
import { parseJsonBody, type ParseJsonBodyOptions } from './parseJsonBody';
import { readBody, type ReadBodyOptions } from './readBody';

/** Options of {@link readJsonBody}. */
export interface ReadJsonBodyOptions extends ReadBodyOptions, ParseJsonBodyOptions {}

/** A request a framework may already have read. */
type MaybeParsedRequest = IncomingMessage & { body?: unknown };

/**
 * Reads and parses the JSON body of `request`; an empty body is `undefined`.
 * @throws {@link ServiceError} 413, 415 or 400, as {@link readBody} and {@link parseJsonBody} do.
 */
export async function readJsonBody(request: IncomingMessage, options: ReadJsonBodyOptions): Promise<unknown> {
  const preParsed = (request as MaybeParsedRequest).body;
  if (preParsed !== undefined && (request.readableEnded || request.complete)) {
    await options.admit?.();
    if (typeof preParsed === 'string' || Buffer.isBuffer(preParsed)) {
      return parseJsonBody(Buffer.from(preParsed), request.headers['content-type'], options);
    }
    // Express answers an empty body with `{}`; that is what an empty JSON request means here too.
    return preParsed;
  }
  return parseJsonBody(await readBody(request, options), request.headers['content-type'], options);
}
