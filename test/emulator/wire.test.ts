/**
 * The local Rooms service's wire format, request by request: the exact statuses, headers and bodies of the real
 * service (notes/rooms-service.md), and HMAC-SHA256 authentication on every request.
 */
import { request as httpRequest } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRoomsEmulator, signRequest, type RoomsEmulator } from '../../src/emulator';
import { IDENTITY, ROOMS, signedFetch } from './signedFetch';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const NOW = new Date('2026-03-02T09:30:00.000Z');
const USER = '8:acs:4f2a9c1e-7b3d-4e8a-9c5f-1d6b2e8a3f70_00000001-aaaa-bbbb-cccc-000000000001';
const OTHER = '8:acs:4f2a9c1e-7b3d-4e8a-9c5f-1d6b2e8a3f70_00000001-aaaa-bbbb-cccc-000000000002';
const NEVER_INVITED = '8:acs:4f2a9c1e-7b3d-4e8a-9c5f-1d6b2e8a3f70_00000001-aaaa-bbbb-cccc-000000000003';

let emulator: RoomsEmulator;

/**
 * A signed POST sent with exactly `headers` as its content headers: `fetch` would add `text/plain` to a string body,
 * so this goes through node:http, which adds nothing.
 */
function signedFetchWithoutType(
  path: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Headers }> {
  const url = new URL(path, emulator.url);
  const signed = signRequest({ method: 'POST', url: url.toString(), body, accessKey: emulator.accessKey });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: 'POST',
        headers: { ...signed, ...headers },
      },
      (res) => {
        res.resume();
        const answer = new Headers();
        for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') answer.set(name, value);
        resolve({ status: res.statusCode ?? 0, headers: answer });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

beforeEach(async () => {
  emulator = await createRoomsEmulator({ now: () => new Date(NOW.getTime()), pageSize: 2 });
});

afterEach(async () => {
  await emulator.close();
});

const iso = (offsetMs: number): string => new Date(NOW.getTime() + offsetMs).toISOString();

async function createRoom(body: unknown = {}) {
  const answer = await signedFetch(emulator, 'POST', `/rooms?${ROOMS}`, { body });
  expect(answer.status).toBe(201);
  return answer.json as { id: string };
}

describe('rooms', () => {
  it('answers a create with 201, the room, Location and Repeatability-Result', async () => {
    const answer = await signedFetch(emulator, 'POST', `/rooms?${ROOMS}`, {
      body: { participants: {} },
      headers: {
        'repeatability-request-id': crypto.randomUUID(),
        'repeatability-first-sent': NOW.toUTCString(),
      },
    });
    expect(answer.status).toBe(201);
    const room = answer.json as Record<string, unknown>;
    expect(Object.keys(room).sort()).toEqual(['createdAt', 'id', 'pstnDialOutEnabled', 'validFrom', 'validUntil']);
    expect(room).toMatchObject({
      createdAt: NOW.toISOString(),
      validFrom: NOW.toISOString(),
      validUntil: iso(180 * DAY_MS),
      pstnDialOutEnabled: false,
    });
    expect(answer.headers.get('location')).toBe(`${emulator.url}rooms/${String(room.id)}`);
    expect(answer.headers.get('repeatability-result')).toBe('accepted');
  });

  it('replays a create with a repeated Repeatability-Request-ID and makes one room', async () => {
    const key = crypto.randomUUID();
    const send = () =>
      signedFetch(emulator, 'POST', `/rooms?${ROOMS}`, {
        body: { validUntil: iso(HOUR_MS) },
        headers: { 'repeatability-request-id': key, 'repeatability-first-sent': NOW.toUTCString() },
      });
    const first = await send();
    const second = await send();
    expect(second.status).toBe(201);
    expect(second.json).toEqual(first.json);
    const list = await signedFetch(emulator, 'GET', `/rooms?${ROOMS}`);
    expect((list.json as { value: unknown[] }).value).toHaveLength(1);

    const different = await signedFetch(emulator, 'POST', `/rooms?${ROOMS}`, {
      body: { validUntil: iso(2 * HOUR_MS) },
      headers: { 'repeatability-request-id': key },
    });
    expect(different.status).toBe(409);
  });

  it('refuses a validUntil in the past with the service’s recorded body and x-ms-error-code', async () => {
    const answer = await signedFetch(emulator, 'POST', `/rooms?${ROOMS}`, {
      body: { validFrom: iso(-2 * HOUR_MS), validUntil: iso(-HOUR_MS) },
    });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('x-ms-error-code')).toBe('BadRequest');
    expect(answer.json).toEqual({
      error: {
        code: 'BadRequest',
        message: 'The request could not be understood by the server due to malformed syntax.',
        details: [{ code: 'BadArgument', message: 'The time range end is in the past.', target: 'ValidUntil' }],
      },
    });
  });

  it('accepts exactly 180 days and refuses a minute more', async () => {
    await createRoom({ validFrom: iso(HOUR_MS), validUntil: iso(HOUR_MS + 180 * DAY_MS) });
    const answer = await signedFetch(emulator, 'POST', `/rooms?${ROOMS}`, {
      body: { validFrom: iso(HOUR_MS), validUntil: iso(HOUR_MS + 180 * DAY_MS + 60_000) },
    });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({
      error: { details: [{ message: 'The time range is incorrect, or larger than 180 days.', target: 'ValidUntil' }] },
    });
  });

  it('refuses a malformed participant with the service’s message and creates nothing', async () => {
    const answer = await signedFetch(emulator, 'POST', `/rooms?${ROOMS}`, {
      body: { participants: { [USER]: { role: 'Presenter' }, 'not-an-id': { role: 'Attendee' } } },
    });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      error: { code: 'BadRequest', message: 'Invalid format for communication identifier.' },
    });
    const list = await signedFetch(emulator, 'GET', `/rooms?${ROOMS}`);
    expect(list.json).toEqual({ value: [] });
  });

  it.each([
    ['GET', ''],
    ['PATCH', ''],
    ['DELETE', ''],
    ['GET', '/participants'],
    ['PATCH', '/participants'],
  ])('answers %s of an unknown room%s with 400 "Invalid room ID."', async (method, tail) => {
    for (const id of ['12345678901234567', 'not%20a%20room', '']) {
      const answer = await signedFetch(emulator, method, `/rooms/${id}${tail}?${ROOMS}`, {
        body: method === 'PATCH' ? {} : undefined,
        headers: method === 'PATCH' ? { 'content-type': 'application/merge-patch+json' } : {},
      });
      expect(answer.status, `${method} /rooms/${id}${tail}`).toBe(400);
      expect(answer.json).toEqual({ error: { code: 'BadRequest', message: 'Invalid room ID.' } });
      expect(answer.headers.get('x-ms-error-code')).toBe('BadRequest');
    }
  });

  it('merge-patches a room: only the given fields change; a window is checked against the stored one', async () => {
    const room = await createRoom({ validFrom: iso(HOUR_MS), validUntil: iso(3 * HOUR_MS) });
    const patch = (body: unknown) =>
      signedFetch(emulator, 'PATCH', `/rooms/${room.id}?${ROOMS}`, {
        body,
        headers: { 'content-type': 'application/merge-patch+json' },
      });
    const dialOut = await patch({ pstnDialOutEnabled: true });
    expect(dialOut.status).toBe(200);
    expect(dialOut.json).toMatchObject({
      validFrom: iso(HOUR_MS),
      validUntil: iso(3 * HOUR_MS),
      pstnDialOutEnabled: true,
    });
    const refused = await patch({ validFrom: iso(4 * HOUR_MS) });
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({ error: { details: [{ target: 'ValidUntil' }] } });
    const deleted = await signedFetch(emulator, 'DELETE', `/rooms/${room.id}?${ROOMS}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
  });

  it('answers a participant patch with 200 {}, upserting and removing (an absent participant too)', async () => {
    const room = await createRoom({ participants: { [USER]: { role: 'Presenter' } } });
    const patch = (participants: unknown) =>
      signedFetch(emulator, 'PATCH', `/rooms/${room.id}/participants?${ROOMS}`, {
        body: { participants },
        headers: { 'content-type': 'application/merge-patch+json' },
      });
    const upsert = await patch({ [OTHER]: { role: 'Consumer' }, [USER]: { role: 'Attendee' } });
    expect(upsert.status).toBe(200);
    expect(upsert.text).toBe('{}');
    const remove = await patch({ [USER]: null, [NEVER_INVITED]: null });
    expect(remove.status).toBe(200);
    expect(remove.json).toEqual({});
    const list = await signedFetch(emulator, 'GET', `/rooms/${room.id}/participants?${ROOMS}`);
    expect(list.json).toEqual({ value: [{ rawId: OTHER, role: 'Consumer' }] });
  });
});

describe('paging', () => {
  it('gives nextLinks that carry the api-version and survive URLSearchParams re-serialisation unchanged', async () => {
    for (let i = 0; i < 5; i++) await createRoom();
    const seen: string[] = [];
    let path = `/rooms?${ROOMS}`;
    for (let pages = 0; pages < 10; pages++) {
      const answer = await signedFetch(emulator, 'GET', path);
      expect(answer.status).toBe(200);
      const page = answer.json as { value: Array<{ id: string }>; nextLink?: string };
      expect(page.value.length).toBeLessThanOrEqual(2);
      seen.push(...page.value.map((r) => r.id));
      if (page.nextLink === undefined) break;
      const link = new URL(page.nextLink);
      expect(link.origin).toBe(new URL(emulator.url).origin);
      expect(link.searchParams.get('api-version')).toBe('2025-03-13');
      // The SDK signs the re-serialised query; a link that re-encodes differently would fail its signature.
      expect(`${link.pathname}?${link.searchParams.toString()}`).toBe(page.nextLink.slice(link.origin.length));
      path = page.nextLink.slice(link.origin.length);
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it('answers empty pages that still carry a nextLink when asked to, and ends the list properly', async () => {
    await emulator.close();
    emulator = await createRoomsEmulator({ now: () => NOW, pageSize: 1, emptyPageEvery: 1 });
    for (let i = 0; i < 3; i++) await createRoom();
    const sizes: number[] = [];
    let path: string | undefined = `/rooms?${ROOMS}`;
    while (path !== undefined && sizes.length < 20) {
      const page = (await signedFetch(emulator, 'GET', path)).json as { value: unknown[]; nextLink?: string };
      sizes.push(page.value.length);
      path = page.nextLink?.slice(emulator.url.length - 1);
    }
    expect(sizes).toEqual([1, 0, 1, 0, 1]);
  });

  it('refuses a skip token it did not issue', async () => {
    const answer = await signedFetch(emulator, 'GET', `/rooms?${ROOMS}&skipToken=garbage`);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('x-ms-error-code')).toBe('BadRequest');
  });
});

describe('identities', () => {
  it('creates a user from an empty body (as createUser sends it) and from a token request', async () => {
    const empty = await signedFetch(emulator, 'POST', `/identities?${IDENTITY}`, {
      rawBody: '',
      headers: { 'content-type': 'application/json' },
    });
    expect(empty.status).toBe(201);
    expect(empty.json).toEqual({ identity: { id: expect.stringMatching(/^8:acs:/) } });

    const withToken = await signedFetch(emulator, 'POST', `/identities?${IDENTITY}`, {
      body: { createTokenWithScopes: ['voip'] },
    });
    expect(withToken.status).toBe(201);
    expect(withToken.json).toMatchObject({
      identity: { id: expect.stringMatching(/^8:acs:/) },
      accessToken: { token: expect.any(String), expiresOn: new Date(NOW.getTime() + DAY_MS).toISOString() },
    });
  });

  it('issues a token for a percent-encoded identity path, 200 {token, expiresOn}', async () => {
    const created = (await signedFetch(emulator, 'POST', `/identities?${IDENTITY}`, { body: {} })).json as {
      identity: { id: string };
    };
    const answer = await signedFetch(
      emulator,
      'POST',
      `/identities/${encodeURIComponent(created.identity.id)}/:issueAccessToken?${IDENTITY}`,
      { body: { scopes: ['voip'], expiresInMinutes: 60 } },
    );
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      token: expect.any(String),
      expiresOn: new Date(NOW.getTime() + HOUR_MS).toISOString(),
    });
  });
});

describe('authentication and routing', () => {
  it.each([
    ['an unsigned request', { unsigned: true }],
    ['a signature made with another key', { accessKey: Buffer.alloc(64, 1).toString('base64') }],
    ['a stale x-ms-date (20 minutes old)', { date: new Date(Date.now() - 20 * 60_000) }],
    [
      'a body changed after signing',
      { body: { pstnDialOutEnabled: false }, tamperBody: '{"pstnDialOutEnabled":true}' },
    ],
  ])('refuses %s with 401 in the service’s error shape and changes nothing', async (_label, options) => {
    const answer = await signedFetch(emulator, 'POST', `/rooms?${ROOMS}`, { body: {}, ...options });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('x-ms-error-code')).toBe('Denied');
    expect(answer.json).toEqual({
      error: { code: 'Denied', message: expect.stringMatching(/^Denied by the resource provider/) },
    });
    const list = await signedFetch(emulator, 'GET', `/rooms?${ROOMS}`);
    expect(list.json).toEqual({ value: [] });
  });

  it('refuses a signature made for another path', async () => {
    const { signRequest } = await import('../../src/emulator');
    const headers = signRequest({
      method: 'GET',
      url: `${emulator.url}identities?${IDENTITY}`,
      accessKey: emulator.accessKey,
    });
    const response = await fetch(`${emulator.url}rooms?${ROOMS}`, { headers });
    expect(response.status).toBe(401);
  });

  it('answers unknown paths with 404, wrong methods with 405 and Allow, bad api-versions with 400', async () => {
    expect((await signedFetch(emulator, 'GET', `/nothing?${ROOMS}`)).status).toBe(404);
    const wrong = await signedFetch(emulator, 'PUT', `/rooms?${ROOMS}`, { body: {} });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, POST');
    const missing = await signedFetch(emulator, 'GET', '/rooms');
    expect(missing.status).toBe(400);
    expect(missing.headers.get('x-ms-error-code')).toBe('MissingApiVersionParameter');
    const old = await signedFetch(emulator, 'GET', '/rooms?api-version=2021-04-07');
    expect(old.headers.get('x-ms-error-code')).toBe('UnsupportedApiVersion');
  });

  it('checks the signature before reading the body: an unsigned 8 MB upload is refused at once, unread', async () => {
    const size = 8 * 1024 * 1024;
    const url = new URL(`${emulator.url}rooms?${ROOMS}`);
    const outcome = await new Promise<{ status: number; sentBytes: number; closed: boolean }>((resolve) => {
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: `${url.pathname}${url.search}`,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': String(size) },
        },
        (res) => {
          res.resume();
          // The server closes the connection rather than read (even to discard) the rest of the body.
          req.socket?.once('close', () => resolve({ status: res.statusCode ?? 0, sentBytes: sent, closed: true }));
        },
      );
      req.on('error', () => undefined);
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      // Only the first 64 KiB: a server that waits for the whole body before answering never answers.
      req.write(chunk);
      sent += chunk.length;
    });
    expect(outcome).toEqual({ status: 401, sentBytes: 64 * 1024, closed: true });
  });

  it('refuses a signature with junk around it that a lenient base64 decoder would ignore', async () => {
    const url = `${emulator.url}rooms?${ROOMS}`;
    const headers = signRequest({ method: 'GET', url, accessKey: emulator.accessKey });
    expect((await fetch(url, { headers })).status).toBe(200);
    for (const junk of ['!!!~~', '====', ' x', '%']) {
      const forged = { ...headers, authorization: `${headers.authorization}${junk}` };
      const answer = await fetch(url, { headers: forged });
      expect(answer.status, junk).toBe(401);
    }
    const withoutPadding = { ...headers, authorization: String(headers.authorization).replace(/=$/, '') };
    expect((await fetch(url, { headers: withoutPadding })).status).toBe(401);
  });

  it('answers an unexpected failure with a 500 that reveals nothing, and tells onError', async () => {
    await emulator.close();
    const errors: unknown[] = [];
    let fail = false;
    emulator = await createRoomsEmulator({
      now: () => {
        if (fail) throw new Error("ENOENT: no such file or directory, open '/srv/secret/rooms.json.tmp'");
        return new Date(NOW.getTime());
      },
      onError: (error) => errors.push(error),
    });
    fail = true;
    const answer = await signedFetch(emulator, 'POST', `/rooms?${ROOMS}`, { body: {} });
    expect(answer.status).toBe(500);
    expect(answer.json).toEqual({
      error: { code: 'InternalServerError', message: 'The emulator could not handle the request.' },
    });
    expect(answer.text).not.toMatch(/ENOENT|secret|rooms\.json/);
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toContain('ENOENT');
  });

  it('refuses JSON nested 100,000 deep with 400, not a stack overflow', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    for (const body of [`{"pstnDialOutEnabled":${deep}}`, deep]) {
      const answer = await signedFetch(emulator, 'POST', `/rooms?${ROOMS}`, { rawBody: body });
      expect(answer.status).toBe(400);
      expect(answer.json).toEqual({
        error: { code: 'BadRequest', message: 'The request body nests arrays and objects more than 64 deep.' },
      });
    }
    expect((await signedFetch(emulator, 'GET', `/rooms?${ROOMS}`)).json).toEqual({ value: [] });
  });

  it('refuses with 415 a body with no Content-Type or one that is not JSON, signed or not', async () => {
    const types: Array<Record<string, string>> = [{ 'content-type': 'text/plain' }, {}];
    for (const headers of types) {
      const answer = await signedFetchWithoutType(`/rooms?${ROOMS}`, '{"pstnDialOutEnabled":true}', headers);
      expect(answer.status).toBe(415);
      expect(answer.headers.get('x-ms-error-code')).toBe('UnsupportedMediaType');
    }
    expect((await signedFetch(emulator, 'GET', `/rooms?${ROOMS}`)).json).toEqual({ value: [] });
  });

  it('answers headers over 16 KiB with the service’s JSON 431', async () => {
    const answer = await fetch(`${emulator.url}rooms?${ROOMS}`, { headers: { 'x-padding': 'p'.repeat(20_000) } });
    expect(answer.status).toBe(431);
    expect(answer.headers.get('x-ms-error-code')).toBe('RequestHeaderFieldsTooLarge');
    expect(await answer.json()).toMatchObject({ error: { code: 'RequestHeaderFieldsTooLarge' } });
  });

  it('refuses a body over its limit with 413 and a body that is not JSON with 400', async () => {
    await emulator.close();
    emulator = await createRoomsEmulator({ bodyLimitBytes: 1024 });
    const big = await signedFetch(emulator, 'POST', `/rooms?${ROOMS}`, {
      rawBody: JSON.stringify({ x: 'a'.repeat(2000) }),
    });
    expect(big.status).toBe(413);
    const broken = await signedFetch(emulator, 'POST', `/rooms?${ROOMS}`, { rawBody: '{"validFrom":' });
    expect(broken.status).toBe(400);
    expect(broken.json).toMatchObject({ error: { code: 'BadRequest' } });
  });
});
