/**
 * Turning a request body into JSON, strictly: only a body that says it is JSON is read as JSON, and nesting is
 * bounded before the parser sees it.
 *
 * Why the media type matters: a cross-site `fetch(…, { mode: 'no-cors' })` may send any body, but only with a
 * "simple" type (`text/plain`, a form type) or none, and then without a CORS preflight. Reading such a body as JSON
 * would let any web page drive the API with the visitor's cookies. A JSON type cannot be sent cross-site without a
 * preflight, which the server does not grant.
 *
 * Why depth matters: `JSON.parse` itself copes with deep nesting, but whatever walks the result afterwards —
 * validation, `JSON.stringify`, a fingerprint of the body — recurses, and 100,000 levels of `[[[[…` overflow the
 * stack. Counting brackets first costs one pass over bytes that are about to be parsed anyway.
 */
import { ServiceError } from './serviceError';

/** Deepest nesting of arrays and objects accepted by default; the kit's bodies need 3. */
export const DEFAULT_MAX_JSON_DEPTH = 64;

/** Options of {@link parseJsonBody}. */
export interface ParseJsonBodyOptions {
  /** Deepest nesting of arrays and objects accepted. @default 64 */
  maxDepth?: number;
}

// `application/json`, and structured types that are JSON (`application/merge-patch+json`), with any parameters.
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;

/** Whether `type` (a `Content-Type` header value) names JSON. */
export function isJsonMediaType(type: string | undefined): boolean {
  return type !== undefined && JSON_TYPE.test(type);
}

/**
 * Whether `bytes` nest arrays and objects deeper than `maxDepth`, counting brackets outside strings. Malformed input
 * is not judged here: the parser refuses it next.
 */
export function jsonNestsDeeperThan(bytes: Uint8Array, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_BRACKET || byte === OPEN_BRACE) {
      if (++depth > maxDepth) return true;
    } else if (byte === CLOSE_BRACKET || byte === CLOSE_BRACE) {
      depth--;
    }
  }
  return false;
}

/**
 * Parses a request body as JSON. An empty body is `undefined`, whatever its type.
 * @throws {@link ServiceError} 415 when a body has no JSON `Content-Type`; 400 when it nests deeper than `maxDepth`
 * or is not valid JSON.
 */
export function parseJsonBody(
  body: Uint8Array,
  contentType: string | undefined,
  options: ParseJsonBodyOptions = {},
): unknown {
  if (body.length === 0) return undefined;
  if (!isJsonMediaType(contentType)) {
    throw new ServiceError(
      415,
      'UnsupportedMediaType',
      'Send the request body as JSON, with Content-Type: application/json.',
    );
  }
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_JSON_DEPTH;
  if (jsonNestsDeeperThan(body, maxDepth)) {
    throw new ServiceError(400, 'BadRequest', `The request body nests arrays and objects more than ${maxDepth} deep.`);
  }
  try {
    return JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'));
  } catch {
    throw new ServiceError(400, 'BadRequest', 'The request body is not valid JSON.');
  }
}
