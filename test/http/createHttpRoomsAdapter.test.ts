/**
 * createHttpRoomsAdapter against a scripted fetch: the requests it makes, how it reads answers, and its failure
 * handling — timeouts, aborts, and retries only where repeating is safe. (The whole real stack runs in
 * test/contract/fullStack.contract.test.ts.)
 */
import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpRoomsAdapter, type HttpRoomsAdapterOptions } from '../../src/adapter/http';
import { isRoomsError, type RoomsError } from '../../src/core/errors';

const BASE = 'https://clinic.example/api/rooms-kit';
const ROOM = {
  id: '99117812428622880',
  createdAt: '2026-03-02T09:00:00.000Z',
  validFrom: '2026-03-02T10:00:00.000Z',
  validUntil: '2026-03-02T11:00:00.000Z',
  pstnDialOutEnabled: false,
};
const USER = '8:acs:4f2a9c1e-7b3d-4e8a-9c5f-1d6b2e8a3f70_00000001-aaaa-bbbb-cccc-000000000001';

type Reply = Response | Error | ((init: RequestInit) => Promise<Response>);

interface Sent {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** A fetch that answers from a script, one reply per call (the last one repeats), and records what was sent. */
function scripted(...replies: Reply[]) {
  const sent: Sent[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    sent.push({
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    });
    const reply = replies[Math.min(sent.length - 1, replies.length - 1)];
    if (reply instanceof Error) throw reply;
    if (typeof reply === 'function') return reply(init);
    return (reply as Response).clone();
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, sent };
}

function adapterWith(fetch: typeof globalThis.fetch, options: Partial<HttpRoomsAdapterOptions> = {}) {
  return createHttpRoomsAdapter({ baseUrl: `${BASE}/`, fetch, retryDelayMs: 1, ...options });
}

async function rejection(promise: Promise<unknown>): Promise<RoomsError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(isRoomsError(error)).toBe(true);
  return error as RoomsError;
}

/** A fetch that never answers until its signal aborts, as a hung server does. */
const hanging = (init: RequestInit): Promise<Response> =>
  new Promise((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true });
  });

afterEach(() => {
  vi.useRealTimers();
});

describe('requests', () => {
  it('creates a room with ISO dates, a participant map (Attendee by default) and repeatability headers', async () => {
    const { fetch, sent } = scripted(json(201, ROOM));
    const room = await adapterWith(fetch).createRoom(
      {
        validFrom: new Date(ROOM.validFrom),
        validUntil: new Date(ROOM.validUntil),
        participants: [{ id: ` ${USER} `, role: 'Presenter' }, { id: '8:acs:r_two' }],
      },
      { idempotencyKey: 'key-1' },
    );
    expect(room).toEqual({
      ...ROOM,
      createdAt: new Date(ROOM.createdAt),
      validFrom: new Date(ROOM.validFrom),
      validUntil: new Date(ROOM.validUntil),
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ url: `${BASE}/rooms`, method: 'POST' });
    expect(sent[0]!.body).toEqual({
      validFrom: ROOM.validFrom,
      validUntil: ROOM.validUntil,
      participants: { [USER]: { role: 'Presenter' }, '8:acs:r_two': { role: 'Attendee' } },
    });
    expect(sent[0]!.headers.get('content-type')).toBe('application/json');
    expect(sent[0]!.headers.get('repeatability-request-id')).toBe('key-1');
    expect(Date.parse(sent[0]!.headers.get('repeatability-first-sent') ?? '')).not.toBeNaN();
  });

  it('mirrors the Rooms REST paths under the base path, with merge-patch for changes', async () => {
    const { fetch, sent } = scripted(json(200, ROOM));
    const adapter = adapterWith(fetch);
    await adapter.getRoom('a b/c');
    await adapter.updateRoom(ROOM.id, { pstnDialOutEnabled: true });
    expect(sent.map((s) => `${s.method} ${s.url}`)).toEqual([
      `GET ${BASE}/rooms/a%20b%2Fc`,
      `PATCH ${BASE}/rooms/${ROOM.id}`,
    ]);
    expect(sent[1]!.body).toEqual({ pstnDialOutEnabled: true });
    expect(sent[1]!.headers.get('content-type')).toBe('application/merge-patch+json');

    const lists = scripted(json(200, { value: [{ rawId: USER, role: 'Consumer' }], nextCursor: 'c2' }));
    const page = await adapterWith(lists.fetch).listParticipants(ROOM.id, { pageSize: 10, cursor: 'c1' });
    expect(page).toEqual({ items: [{ id: USER, role: 'Consumer' }], nextCursor: 'c2' });
    expect(lists.sent[0]!.url).toBe(`${BASE}/rooms/${ROOM.id}/participants?pageSize=10&cursor=c1`);
  });

  it('sends participant merges with roles to upsert and null to remove', async () => {
    const { fetch, sent } = scripted(json(200, {}));
    const adapter = adapterWith(fetch);
    await adapter.upsertParticipants(ROOM.id, [{ id: USER, role: 'Consumer' }, { id: '8:acs:r_b' }]);
    await adapter.removeParticipants(ROOM.id, [USER]);
    expect(sent.map((s) => s.body)).toEqual([
      { participants: { [USER]: { role: 'Consumer' }, '8:acs:r_b': { role: 'Attendee' } } },
      { participants: { [USER]: null } },
    ]);
    expect(sent.every((s) => s.url === `${BASE}/rooms/${ROOM.id}/participants` && s.method === 'PATCH')).toBe(true);
  });

  it('searches and resolves people, in batches of at most 1000 ids, each id once', async () => {
    const { fetch, sent } = scripted(json(200, { value: [{ id: USER, displayName: 'Amara Okafor' }] }));
    const adapter = adapterWith(fetch);
    expect(await adapter.searchPeople('amara o', { limit: 5 })).toEqual([{ id: USER, displayName: 'Amara Okafor' }]);
    expect(sent[0]!.url).toBe(`${BASE}/people?search=amara+o&limit=5`);

    sent.length = 0;
    const ids = Array.from({ length: 2500 }, (_, i) => `8:acs:r_${i}`);
    await adapter.resolvePeople([...ids, ...ids.slice(0, 10)]);
    expect(sent.map((s) => `${s.method} ${s.url}`)).toEqual(Array(3).fill(`POST ${BASE}/people:resolve`));
    expect(sent.map((s) => (s.body as { ids: string[] }).ids.length)).toEqual([1000, 1000, 500]);
    sent.length = 0;
    expect(await adapter.resolvePeople([])).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('asks the join endpoint for join info and reads its expiry as a Date', async () => {
    const { fetch, sent } = scripted(
      json(200, { roomId: ROOM.id, userId: USER, role: 'Attendee', token: 't.o.k', expiresOn: '2026-03-03T09:00:00Z' }),
    );
    const info = await adapterWith(fetch).getJoinInfo(ROOM.id, { userId: USER });
    expect(info).toEqual({
      roomId: ROOM.id,
      userId: USER,
      role: 'Attendee',
      token: 't.o.k',
      expiresOn: new Date('2026-03-03T09:00:00Z'),
    });
    expect(sent[0]).toMatchObject({ url: `${BASE}/rooms/${ROOM.id}/join`, method: 'POST', body: { userId: USER } });
  });

  it('adds the host’s headers, asking a header function again for every attempt', async () => {
    const { fetch, sent } = scripted(
      json(503, { error: { code: 'ServiceUnavailable', message: 'busy' } }),
      json(200, ROOM),
    );
    let n = 0;
    await adapterWith(fetch, { headers: async () => ({ authorization: `Bearer token-${++n}` }) }).getRoom(ROOM.id);
    expect(sent.map((s) => s.headers.get('authorization'))).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('says what it supports: events, activity, join info, room details, search, lobby and moderation, no join policy', () => {
    expect(adapterWith(scripted().fetch).features).toEqual({
      joinPolicy: false,
      events: true,
      activity: true,
      joinInfo: true,
      details: true,
      search: true,
      lobby: true,
      moderation: true,
    });
  });
});

describe('room details, versions and search', () => {
  const DETAILED = {
    ...ROOM,
    subject: 'Follow-up: Priya Raman',
    timeZone: 'Europe/Berlin',
    description: 'Bring the latest results.',
    reference: 'APPT-2026-0142',
    organizerId: USER,
    version: '3',
    updatedAt: '2026-03-02T09:30:00.000Z',
    updatedBy: USER,
  };

  it('sends the details of a create, and reads them back with the version, organiser and last change', async () => {
    const { fetch, sent } = scripted(json(201, DETAILED));
    const room = await adapterWith(fetch).createRoom({
      subject: 'Follow-up: Priya Raman',
      timeZone: 'Europe/Berlin',
      description: 'Bring the latest results.',
      reference: 'APPT-2026-0142',
    });
    expect(sent[0]!.body).toEqual({
      subject: 'Follow-up: Priya Raman',
      timeZone: 'Europe/Berlin',
      description: 'Bring the latest results.',
      reference: 'APPT-2026-0142',
    });
    expect(room).toEqual({
      ...DETAILED,
      createdAt: new Date(ROOM.createdAt),
      validFrom: new Date(ROOM.validFrom),
      validUntil: new Date(ROOM.validUntil),
      updatedAt: new Date(DETAILED.updatedAt),
    });
  });

  it('sends null to clear a detail, and the version it was made against as If-Match', async () => {
    const { fetch, sent } = scripted(json(200, DETAILED));
    const adapter = adapterWith(fetch);
    await adapter.updateRoom(ROOM.id, { subject: 'New title', description: null }, { ifMatch: '3' });
    await adapter.updateRoom(ROOM.id, { reference: 'APPT-1' });
    expect(sent[0]!.body).toEqual({ subject: 'New title', description: null });
    expect(sent[0]!.headers.get('if-match')).toBe('"3"');
    expect(sent[1]!.headers.get('if-match')).toBeNull();
  });

  it('turns a 412 into conflict on the version, and does not retry it', async () => {
    const { fetch, sent } = scripted(
      json(
        412,
        { error: { code: 'PreconditionFailed', message: 'Someone changed this room.', target: 'version' } },
        { 'x-ms-error-code': 'PreconditionFailed' },
      ),
    );
    const error = await rejection(adapterWith(fetch).updateRoom(ROOM.id, { subject: 'Mine' }, { ifMatch: '2' }));
    expect(error).toMatchObject({ code: 'conflict', target: 'version', status: 412 });
    expect(sent).toHaveLength(1);
  });

  it('sends a room search with the page, and reads each item’s roster preview', async () => {
    const item = { ...DETAILED, rosterPreview: { total: 6, participants: [{ rawId: USER, role: 'Presenter' }] } };
    const { fetch, sent } = scripted(json(200, { value: [item], nextCursor: 'next' }));
    const adapter = adapterWith(fetch);
    const page = await adapter.listRooms({ search: 'Priya Raman', pageSize: 5 });
    await adapter.listRooms({ search: '   ' });
    expect(new URL(sent[0]!.url).searchParams.get('search')).toBe('Priya Raman');
    expect(new URL(sent[1]!.url).searchParams.has('search')).toBe(false);
    expect(page.items[0]?.rosterPreview).toEqual({ total: 6, participants: [{ id: USER, role: 'Presenter' }] });
    expect(page.nextCursor).toBe('next');
  });

  it('refuses an answer whose details are not text (unknown)', async () => {
    const { fetch } = scripted(json(200, { ...ROOM, subject: 42 }));
    expect((await rejection(adapterWith(fetch).getRoom(ROOM.id))).code).toBe('unknown');
  });
});

describe('errors', () => {
  it('maps the service error shape to RoomsError codes and targets', async () => {
    const validation = scripted(
      json(400, {
        error: {
          code: 'BadRequest',
          message: 'The request could not be understood by the server due to malformed syntax.',
          details: [{ code: 'BadArgument', message: 'The time range end is in the past.', target: 'ValidUntil' }],
        },
      }),
    );
    const error = await rejection(adapterWith(validation.fetch).createRoom({}));
    expect(error).toMatchObject({
      code: 'validation',
      target: 'validUntil',
      message: 'The time range end is in the past.',
      status: 400,
    });

    const unknown = scripted(json(400, { error: { code: 'BadRequest', message: 'Invalid room ID.' } }));
    expect(await rejection(adapterWith(unknown.fetch).getRoom('1'))).toMatchObject({
      code: 'notFound',
      target: 'roomId',
    });

    const forbidden = scripted(json(403, { error: { code: 'Forbidden', message: 'You are not allowed to do this.' } }));
    expect(await rejection(adapterWith(forbidden.fetch).deleteRoom('1'))).toMatchObject({ code: 'forbidden' });
  });

  it('turns answers it cannot read into RoomsErrors, not half-filled objects', async () => {
    const html = scripted(
      new Response('<h1>Bad gateway</h1>', { status: 502, headers: { 'content-type': 'text/html' } }),
    );
    expect(await rejection(adapterWith(html.fetch, { retries: 0 }).getRoom('1'))).toMatchObject({
      code: 'unavailable',
      status: 502,
    });
    const notJson = scripted(new Response('ok', { status: 200 }));
    expect(await rejection(adapterWith(notJson.fetch).getRoom('1'))).toMatchObject({ code: 'unknown' });
    const wrongShape = scripted(json(200, { id: 7 }));
    expect(await rejection(adapterWith(wrongShape.fetch).getRoom('1'))).toMatchObject({ code: 'unknown' });
    const badRole = scripted(json(200, { value: [{ rawId: USER, role: 'Owner' }] }));
    expect(await rejection(adapterWith(badRole.fetch).listParticipants('1'))).toMatchObject({ code: 'unknown' });
  });

  it('refuses a Date that is no date before sending anything', async () => {
    const { fetch, sent } = scripted(json(201, ROOM));
    const error = await rejection(adapterWith(fetch).createRoom({ validFrom: new Date('nope') }));
    expect(error).toMatchObject({ code: 'validation', target: 'validFrom' });
    expect(sent).toEqual([]);
  });
});

describe('retries', () => {
  const busy = () => json(503, { error: { code: 'ServiceUnavailable', message: 'Try again.' } });

  it('retries reads, participant merges and directory look-ups after a busy server or a network failure', async () => {
    const read = scripted(busy(), new TypeError('fetch failed'), json(200, ROOM));
    expect((await adapterWith(read.fetch).getRoom(ROOM.id)).id).toBe(ROOM.id);
    expect(read.sent).toHaveLength(3);

    const merge = scripted(new TypeError('fetch failed'), json(200, {}));
    await adapterWith(merge.fetch).upsertParticipants(ROOM.id, [{ id: USER }]);
    expect(merge.sent).toHaveLength(2);

    const resolve = scripted(busy(), json(200, { value: [] }));
    await adapterWith(resolve.fetch).resolvePeople([USER]);
    expect(resolve.sent).toHaveLength(2);
  });

  it('retries a create that carries an idempotency key, with the same key and first-sent time', async () => {
    const { fetch, sent } = scripted(busy(), new TypeError('fetch failed'), json(201, ROOM));
    await adapterWith(fetch).createRoom({}, { idempotencyKey: 'k-7' });
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((s) => s.headers.get('repeatability-request-id')))).toEqual(new Set(['k-7']));
    expect(new Set(sent.map((s) => s.headers.get('repeatability-first-sent'))).size).toBe(1);
  });

  it.each([
    ['a create without an idempotency key', (a: ReturnType<typeof adapterWith>) => a.createRoom({})],
    ['an update', (a: ReturnType<typeof adapterWith>) => a.updateRoom(ROOM.id, { pstnDialOutEnabled: true })],
    ['a delete', (a: ReturnType<typeof adapterWith>) => a.deleteRoom(ROOM.id)],
  ])('never repeats %s', async (_label, call) => {
    const { fetch, sent } = scripted(busy(), json(200, ROOM));
    expect(await rejection(call(adapterWith(fetch)))).toMatchObject({ code: 'unavailable' });
    const lost = scripted(new TypeError('fetch failed'), json(200, ROOM));
    expect(await rejection(call(adapterWith(lost.fetch)))).toMatchObject({ code: 'network' });
    expect(sent).toHaveLength(1);
    expect(lost.sent).toHaveLength(1);
  });

  it('does not repeat what the server refused, and gives up after the configured retries', async () => {
    const refused = scripted(json(400, { error: { code: 'BadRequest', message: 'No.' } }));
    await rejection(adapterWith(refused.fetch).getRoom('1'));
    expect(refused.sent).toHaveLength(1);
    const down = scripted(new TypeError('fetch failed'));
    const error = await rejection(adapterWith(down.fetch, { retries: 3 }).listRooms());
    expect(error).toMatchObject({
      code: 'network',
      message: 'The server could not be reached. Check the connection and try again.',
    });
    expect(down.sent).toHaveLength(4);
  });

  it('waits as long as Retry-After asks before trying again', async () => {
    vi.useFakeTimers();
    const { fetch, sent } = scripted(
      json(429, { error: { code: 'TooManyRequests', message: 'Slow down.' } }, { 'retry-after': '5' }),
      json(200, ROOM),
    );
    const pending = adapterWith(fetch, { retryDelayMs: 10 }).getRoom(ROOM.id);
    await vi.advanceTimersByTimeAsync(4_900);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    await expect(pending).resolves.toMatchObject({ id: ROOM.id });
    expect(sent).toHaveLength(2);
  });
});

describe('timeouts and cancellation', () => {
  it('fails an attempt that takes longer than timeoutMs with network, saying so, and retries a read', async () => {
    vi.useFakeTimers();
    const { fetch, sent } = scripted(hanging);
    const pending = rejection(adapterWith(fetch, { timeoutMs: 2_000, retries: 1 }).getRoom(ROOM.id));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_100);
    const error = await pending;
    expect(error).toMatchObject({ code: 'network', message: 'The server did not answer within 2 seconds.' });
    expect(sent).toHaveLength(2);
  });

  it('rejects with aborted at once when the signal is already aborted, without a request', async () => {
    const { fetch, sent } = scripted(json(200, ROOM));
    const signal = AbortSignal.abort();
    const adapter = adapterWith(fetch);
    for (const call of [
      () => adapter.getRoom('1', { signal }),
      () => adapter.createRoom({}, { signal, idempotencyKey: 'k' }),
      () => adapter.resolvePeople([USER], { signal }),
      () => adapter.getJoinInfo('1', { signal, userId: USER }),
    ]) {
      expect(await rejection(call())).toMatchObject({ code: 'aborted' });
    }
    expect(sent).toEqual([]);
  });

  it('rejects with aborted when aborted in flight or while waiting to retry, and tries no more', async () => {
    const inFlight = scripted(hanging);
    const controller = new AbortController();
    const pending = rejection(adapterWith(inFlight.fetch).listRooms({ signal: controller.signal }));
    await vi.waitFor(() => expect(inFlight.sent).toHaveLength(1));
    controller.abort();
    expect(await pending).toMatchObject({ code: 'aborted' });
    expect(inFlight.sent).toHaveLength(1);

    vi.useFakeTimers();
    const busy = scripted(json(503, { error: { code: 'ServiceUnavailable', message: 'busy' } }));
    const waiting = new AbortController();
    const retrying = rejection(
      adapterWith(busy.fetch, { retryDelayMs: 1_000 }).getRoom('1', { signal: waiting.signal }),
    );
    await vi.advanceTimersByTimeAsync(10);
    expect(busy.sent).toHaveLength(1);
    waiting.abort();
    expect(await retrying).toMatchObject({ code: 'aborted' });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(busy.sent).toHaveLength(1);
  });

  it('leaves no listener on a long-lived signal after its calls end', async () => {
    const { fetch } = scripted(json(200, ROOM));
    const controller = new AbortController();
    const adapter = adapterWith(fetch);
    for (let i = 0; i < 20; i++) await adapter.getRoom(ROOM.id, { signal: controller.signal });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});
