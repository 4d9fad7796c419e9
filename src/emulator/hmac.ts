/**
 * HMAC-SHA256 request signing as Azure Communication Services does it, from both ends: the emulator verifies what the
 * official SDKs' `CommunicationAccessKeyCredentialPolicy` signs, and {@link signRequest} signs as that policy does, for
 * clients written by hand (and for tests that need a request the SDKs would never send).
 *
 * The string to sign is `VERB\n<path and query>\n<x-ms-date>;<host>;<x-ms-content-sha256>`, keyed by the base64-decoded
 * access key. The SDK re-serialises the query with `URLSearchParams` before signing; the verifier accepts that form and
 * the raw form, so a client that signs the URL exactly as sent is accepted too.
 *
 * The signature covers the body only through the hash the client declares, so it can be checked from the headers
 * alone ({@link verifySignedHeaders}) before a byte of the body is read, and the body checked against the hash after
 * ({@link verifyContentHash}): a request nobody signed never makes the service read megabytes.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { headerValue } from '../node/http';

/** The headers an ACS HMAC signature covers, in the order the SDKs sign them. */
export const SIGNED_HEADERS = 'x-ms-date;host;x-ms-content-sha256';

/** How far `x-ms-date` may be from the emulator's clock before a request counts as stale or replayed. */
export const DEFAULT_MAX_CLOCK_SKEW_MS = 15 * 60_000;

/** Base64 SHA-256 of a request body (the empty string for no body), as `x-ms-content-sha256` carries it. */
export function contentHash(body: Uint8Array | string): string {
  return createHash('sha256').update(body).digest('base64');
}

/** The path and query the SDK signs: the pathname, then `?` and the query re-serialised by `URLSearchParams`. */
export function canonicalPathAndQuery(url: string): string {
  const parsed = new URL(url, 'http://signing.invalid');
  const query = parsed.searchParams.toString();
  return query ? `${parsed.pathname}?${query}` : parsed.pathname;
}

function computeSignature(accessKey: string, text: string): Buffer {
  return createHmac('sha256', Buffer.from(accessKey, 'base64')).update(text, 'utf8').digest();
}

/** What {@link signRequest} signs. */
export interface RequestToSign {
  /** HTTP method. */
  method: string;
  /** The absolute URL the request goes to. */
  url: string;
  /** The body as sent; omit for none. */
  body?: Uint8Array | string;
  /** The resource's access key (base64), as in the connection string. */
  accessKey: string;
  /** The instant to sign with. @default now */
  date?: Date;
}

/**
 * Signs a request as the official SDKs do and returns the headers to send with it.
 *
 * @example
 * ```ts
 * const headers = signRequest({ method: 'GET', url: `${emulator.url}rooms?api-version=2025-03-13`, accessKey });
 * await fetch(`${emulator.url}rooms?api-version=2025-03-13`, { headers });
 * ```
 */
export function signRequest(request: RequestToSign): Record<string, string> {
  const url = new URL(request.url);
  const date = (request.date ?? new Date()).toUTCString();
  const hash = contentHash(request.body ?? '');
  const text = `${request.method.toUpperCase()}\n${canonicalPathAndQuery(request.url)}\n${date};${url.host};${hash}`;
  const signature = computeSignature(request.accessKey, text).toString('base64');
  return {
    'x-ms-date': date,
    'x-ms-content-sha256': hash,
    authorization: `HMAC-SHA256 SignedHeaders=${SIGNED_HEADERS}&Signature=${signature}`,
  };
}

/** What {@link verifySignedHeaders} checks: the request without its body. */
export interface SignedHeadersToVerify {
  /** HTTP method. */
  method: string;
  /** The request target as received (`/rooms?api-version=…`). */
  url: string;
  /** Request headers, lower-case names (Node's `IncomingMessage.headers`). */
  headers: Readonly<IncomingHttpHeaders>;
  /** The access key the signature must have been made with. */
  accessKey: string;
  /** The verifier's current instant. */
  now: Date;
  /** Largest allowed distance between `x-ms-date` and `now`. @default 15 minutes */
  maxClockSkewMs?: number;
}

/** What {@link verifyRequestSignature} checks: the request with its body. */
export interface RequestToVerify extends SignedHeadersToVerify {
  /** The body bytes as received. */
  body: Uint8Array;
}

/** The outcome of a check: `reason` says, in English, why a request was refused. */
export type SignatureCheck = { ok: true } | { ok: false; reason: string };

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

const AUTHORIZATION = /^HMAC-SHA256\s+SignedHeaders=([^&]+)&Signature=([^&\s]*)$/i;
// An HMAC-SHA256 is 32 bytes: 43 base64 characters and one `=`. Node's decoder skips characters that are not
// base64, so without this check `<signature>!!!~~` would pass as the signature it contains.
const SIGNATURE = /^[A-Za-z0-9+/]{43}=$/;

function decodeSignature(text: string): Buffer | undefined {
  if (!SIGNATURE.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  // The last character carries two bits beyond the 256; canonical base64 leaves them zero.
  return bytes.toString('base64') === text ? bytes : undefined;
}

/**
 * Checks a request's ACS HMAC-SHA256 signature from its headers alone: present, canonical, over exactly
 * `x-ms-date`, `host` and `x-ms-content-sha256`, a date within the allowed skew, and the right key. The declared
 * content hash is signed, so once this passes, {@link verifyContentHash} ties the body to the signature.
 */
export function verifySignedHeaders(request: SignedHeadersToVerify): SignatureCheck {
  const authorization = headerValue(request.headers, 'authorization');
  if (!authorization) return { ok: false, reason: 'the request is not signed (no Authorization header).' };
  const match = AUTHORIZATION.exec(authorization.trim());
  if (!match) return { ok: false, reason: 'the Authorization header is not an HMAC-SHA256 signature.' };
  const signedHeaders = (match[1] ?? '').toLowerCase().split(';');
  const required = SIGNED_HEADERS.split(';');
  if (signedHeaders.length !== required.length || !required.every((name) => signedHeaders.includes(name))) {
    return { ok: false, reason: `the signature must cover exactly ${SIGNED_HEADERS}.` };
  }
  const given = decodeSignature(match[2] ?? '');
  if (!given) return { ok: false, reason: 'the signature is not the base64 of an HMAC-SHA256.' };
  const dateText = headerValue(request.headers, 'x-ms-date');
  const date = dateText === undefined ? Number.NaN : Date.parse(dateText);
  if (Number.isNaN(date)) return { ok: false, reason: 'x-ms-date is missing or not a date.' };
  const skew = request.maxClockSkewMs ?? DEFAULT_MAX_CLOCK_SKEW_MS;
  if (Math.abs(request.now.getTime() - date) > skew) {
    return { ok: false, reason: 'x-ms-date is too far from the current time (a stale or replayed request).' };
  }
  if (headerValue(request.headers, 'x-ms-content-sha256') === undefined) {
    return { ok: false, reason: 'x-ms-content-sha256 is missing.' };
  }
  const values = signedHeaders.map((name) => headerValue(request.headers, name) ?? '');
  const verb = request.method.toUpperCase();
  const targets = new Set([canonicalPathAndQuery(request.url), request.url]);
  for (const target of targets) {
    const expected = computeSignature(request.accessKey, `${verb}\n${target}\n${values.join(';')}`);
    if (sameBytes(given, expected)) return { ok: true };
  }
  return { ok: false, reason: 'the signature does not match (wrong access key or altered request).' };
}

/** Checks that `body` is what the request's (signed) `x-ms-content-sha256` declares. */
export function verifyContentHash(headers: Readonly<IncomingHttpHeaders>, body: Uint8Array): SignatureCheck {
  const declared = headerValue(headers, 'x-ms-content-sha256');
  if (declared === undefined || declared !== contentHash(body)) {
    return { ok: false, reason: 'x-ms-content-sha256 does not match the body.' };
  }
  return { ok: true };
}

/**
 * Checks a whole request: {@link verifySignedHeaders}, then {@link verifyContentHash}. The emulator runs the two
 * apart, around reading the body; this is for callers that already hold it.
 */
export function verifyRequestSignature(request: RequestToVerify): SignatureCheck {
  const signed = verifySignedHeaders(request);
  return signed.ok ? verifyContentHash(request.headers, request.body) : signed;
}
