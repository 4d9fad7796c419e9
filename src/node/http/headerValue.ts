/**
 * Reading one request header as one string. Node gives a repeated header as an array (and joins most of them); the
 * kit's headers are single-valued, so the first one counts.
 */
import type { IncomingHttpHeaders } from 'node:http';

/** The first value of header `name` (lower case), or `undefined` when it is absent. */
export function headerValue(headers: Readonly<IncomingHttpHeaders>, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
