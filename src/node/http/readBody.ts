/**
 * Reading a request body into memory with a byte limit. The limit holds whether the client declares a length or
 * streams chunks; a body declared too large is refused before a byte of it is read.
 */
import type { IncomingMessage } from 'node:http';
import { ServiceError } from './serviceError';

/** Options of {@link readBody}. */
export interface ReadBodyOptions {
  /** Largest body accepted, in bytes; a larger one is refused with 413. */
  limit: number;
  /**
   * Called once the headers are known and before any of the body is read. Throwing refuses the request without
   * reading its body, so a check that needs only the headers (a signature over a declared hash, the caller's
   * rights) costs the server nothing when it fails.
   */
  admit?: () => void | Promise<void>;
}

/** The 413 answer for a body over `limit` bytes. */
export function bodyTooLarge(limit: number): ServiceError {
  return new ServiceError(413, 'RequestEntityTooLarge', `The request body is larger than ${limit} bytes.`);
}

/**
 * Reads the whole body of `request`.
 * @throws {@link ServiceError} 413 when it is larger than the limit; whatever `admit` throws; the stream's error when
 * the client goes away.
 */
export async function readBody(request: IncomingMessage, options: ReadBodyOptions): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > options.limit) throw bodyTooLarge(options.limit);
  await options.admit?.();
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (): void => {
      settled = true;
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > options.limit) {
        settle();
        chunks.length = 0;
        // Paused, not drained: the answer closes the connection rather than read the rest of a refused body.
        request.pause();
        reject(bodyTooLarge(options.limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      if (settled) return;
      settle();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error): void => {
      if (settled) return;
      settle();
      reject(error);
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
  });
}
