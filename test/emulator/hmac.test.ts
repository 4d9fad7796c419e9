/**
 * The ACS HMAC-SHA256 scheme the emulator verifies: what the official SDKs sign is accepted, in the SDK's
 * re-serialised form of the query and in the raw form; anything altered, stale or partly signed is refused.
 */
import { describe, expect, it } from 'vitest';
import {
  canonicalPathAndQuery,
  contentHash,
  signRequest,
  verifyContentHash,
  verifyRequestSignature,
  verifySignedHeaders,
} from '../../src/emulator';

const KEY = Buffer.alloc(64, 9).toString('base64');
const NOW = new Date('2026-03-02T09:30:00.000Z');
const URL_ = 'http://127.0.0.1:7400/rooms?api-version=2025-03-13';

function verify(
  overrides: Partial<Parameters<typeof verifyRequestSignature>[0]> & { signedBody?: string; sentBody?: string } = {},
) {
  const body = overrides.signedBody ?? '{"pstnDialOutEnabled":true}';
  const headers = signRequest({ method: 'POST', url: URL_, body, accessKey: KEY, date: NOW });
  return verifyRequestSignature({
    method: 'POST',
    url: '/rooms?api-version=2025-03-13',
    headers: { ...headers, host: '127.0.0.1:7400' },
    body: Buffer.from(overrides.sentBody ?? body),
    accessKey: KEY,
    now: NOW,
    ...overrides,
  });
}

describe('ACS HMAC-SHA256 signatures', () => {
  it('accepts a request signed with the key, within the clock skew', () => {
    expect(verify()).toEqual({ ok: true });
    expect(verify({ now: new Date(NOW.getTime() + 14 * 60_000) })).toEqual({ ok: true });
  });

  it('hashes the body as the SDK does (base64 SHA-256, empty body included)', () => {
    expect(contentHash('')).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  it('signs the query the way URLSearchParams re-serialises it, and accepts the raw form too', () => {
    expect(canonicalPathAndQuery('/identities/8%3Aacs%3Ar_u?x=a%20b&api-version=1')).toBe(
      '/identities/8%3Aacs%3Ar_u?x=a+b&api-version=1',
    );
    const url = 'http://127.0.0.1:7400/rooms?api-version=2025-03-13&skipToken=a%20b';
    const headers = signRequest({ method: 'GET', url, accessKey: KEY, date: NOW });
    const check = (target: string) =>
      verifyRequestSignature({
        method: 'GET',
        url: target,
        headers: { ...headers, host: '127.0.0.1:7400' },
        body: Buffer.alloc(0),
        accessKey: KEY,
        now: NOW,
      });
    expect(check('/rooms?api-version=2025-03-13&skipToken=a%20b')).toEqual({ ok: true });
    expect(check('/rooms?api-version=2025-03-13&skipToken=a+b')).toEqual({ ok: true });
    expect(check('/rooms?api-version=2025-03-13&skipToken=a+c').ok).toBe(false);
  });

  it.each([
    ['another key', { accessKey: Buffer.alloc(64, 8).toString('base64') }, /signature does not match/],
    [
      'another host',
      {
        headers: {
          ...signRequest({ method: 'POST', url: URL_, body: '{}', accessKey: KEY, date: NOW }),
          host: 'evil:80',
        },
        signedBody: '{}',
      },
      /signature does not match/,
    ],
    ['another path', { url: '/rooms/1?api-version=2025-03-13' }, /signature does not match/],
    ['another method', { method: 'PATCH' }, /signature does not match/],
    ['an altered body', { sentBody: '{"pstnDialOutEnabled":false}' }, /x-ms-content-sha256/],
    ['a date 16 minutes old', { now: new Date(NOW.getTime() + 16 * 60_000) }, /stale/],
    ['no Authorization header', { headers: { host: '127.0.0.1:7400' } }, /not signed/],
    ['a Bearer token', { headers: { authorization: 'Bearer abc', host: '127.0.0.1:7400' } }, /not an HMAC-SHA256/],
    [
      'a signature over fewer headers',
      {
        headers: {
          ...signRequest({ method: 'POST', url: URL_, body: '{}', accessKey: KEY, date: NOW }),
          authorization: 'HMAC-SHA256 SignedHeaders=host&Signature=abc',
          host: '127.0.0.1:7400',
        },
        signedBody: '{}',
      },
      /must cover exactly/,
    ],
  ])('refuses %s', (_label, overrides, reason) => {
    const result = verify(overrides as Parameters<typeof verify>[0]);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });

  it.each([
    ['junk after it', (s: string) => `${s}!!!~~`],
    ['junk inside it', (s: string) => `${s.slice(0, 10)}*${s.slice(10)}`],
    ['no padding', (s: string) => s.replace(/=$/, '')],
    ['a non-canonical last character', (s: string) => `${s.slice(0, 42)}${s.charAt(42) === 'A' ? 'B' : 'A'}=`],
    ['a signature of another length', () => Buffer.alloc(48, 1).toString('base64')],
  ])('refuses a signature with %s, which a lenient base64 decoder would read', (_label, alter) => {
    const headers = signRequest({ method: 'POST', url: URL_, body: '{}', accessKey: KEY, date: NOW });
    const signature = /Signature=(.*)$/.exec(headers.authorization ?? '')?.[1] ?? '';
    const result = verifyRequestSignature({
      method: 'POST',
      url: '/rooms?api-version=2025-03-13',
      headers: {
        ...headers,
        authorization: headers.authorization?.replace(signature, alter(signature)),
        host: '127.0.0.1:7400',
      },
      body: Buffer.from('{}'),
      accessKey: KEY,
      now: NOW,
    });
    expect(result).toMatchObject({ ok: false });
  });

  it('checks the signature from the headers alone, then the body against the signed hash', () => {
    const body = '{"pstnDialOutEnabled":true}';
    const headers = {
      ...signRequest({ method: 'POST', url: URL_, body, accessKey: KEY, date: NOW }),
      host: '127.0.0.1:7400',
    };
    const request = { method: 'POST', url: '/rooms?api-version=2025-03-13', headers, accessKey: KEY, now: NOW };
    expect(verifySignedHeaders(request)).toEqual({ ok: true });
    expect(verifyContentHash(headers, Buffer.from(body))).toEqual({ ok: true });
    expect(verifyContentHash(headers, Buffer.from('{}'))).toMatchObject({ ok: false });
    // The declared hash is signed: changing it breaks the signature, so a body cannot be swapped with its hash.
    const swapped = { ...headers, 'x-ms-content-sha256': contentHash('{}') };
    expect(verifySignedHeaders({ ...request, headers: swapped })).toMatchObject({ ok: false });
  });
});
