/**
 * The HTTP adapter's room events against a small Server-Sent Events server on node:http (Node's own `fetch`, as in
 * Node 20, which has no EventSource): one connection per adapter, resume with Last-Event-ID, resync, reconnect
 * backoff driven by test timers, and events read like room answers.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createHttpRoomsAdapter,
  type HttpRoomsAdapter,
  type HttpRoomsAdapterOptions,
  type RoomEventTimers,
} from '../../src/adapter/http';
import type { RoomEvent } from '../../src/adapter/types';
import { isRoomsError } from '../../src/core/errors';
import { listen, stop } from '../server/stack';

const USER = '8:acs:4f2a9c1e-7b3d-4e8a-9c5f-1d6b2e8a3f70_00000001-aaaa-bbbb-cccc-000000000001';
const ROOM_JSON = {
  id: 'r1',
  createdAt: '2026-12-02T16:00:00.000Z',
  validFrom: '2026-12-02T17:00:00.000Z',
  validUntil: '2026-12-02T18:00:00.000Z',
  pstnDialOutEnabled: false,
  subject: 'Follow-up: Priya Raman',
  version: '3',
  call: { callId: 'c1', startedAt: '2026-12-02T17:01:00.000Z', participantCount: 2 },
};

/** One event-stream request the server holds open. */
interface Connection {
  request: IncomingMessage;
  lastEventId: string | undefined;
  /** Sends one message: `id:` (when given) and `data:`. */
  send(data: unknown, id?: string): void;
  /** Sends raw stream text. */
  write(text: string): void;
  /** Ends the stream cleanly. */
  end(): void;
  /** Cuts the socket, as a crash or a lost network does. */
  destroy(): void;
  /** Resolves when the client has gone away. */
  closed: Promise<void>;
}

/** A test server for `GET /events`, with a hook for other answers (refusals). */
async function startEventServer(answer?: (request: IncomingMessage, response: ServerResponse) => boolean, retryMs = 5) {
  const connections: Connection[] = [];
  const waiting: Array<(connection: Connection) => void> = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    if (answer?.(request, response)) return;
    if (!request.url?.startsWith('/api/events')) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    response.write(`retry: ${retryMs}\n\n`);
    const closed = new Promise<void>((resolve) => response.on('close', () => resolve()));
    const header = request.headers['last-event-id'];
    const connection: Connection = {
      request,
      lastEventId: typeof header === 'string' ? header : undefined,
      send: (data, id) => response.write(`${id === undefined ? '' : `id: ${id}\n`}data: ${JSON.stringify(data)}\n\n`),
      write: (text) => response.write(text),
      end: () => response.end(),
      destroy: () => request.socket.destroy(),
      closed,
    };
    connections.push(connection);
    waiting.shift()?.(connection);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const origin = await listen(server);
  return {
    baseUrl: `${origin}/api`,
    connections,
    /** The next connection (or one already made and not yet taken). */
    nextConnection(): Promise<Connection> {
      return new Promise((resolve) => waiting.push(resolve));
    },
    openSockets: () => sockets.size,
    close: () => stop(server),
  };
}

type EventServer = Awaited<ReturnType<typeof startEventServer>>;

let servers: EventServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function serve(...args: Parameters<typeof startEventServer>): Promise<EventServer> {
  const server = await startEventServer(...args);
  servers.push(server);
  return server;
}

/** Listener errors are collected instead of rethrown, so a test can see them. */
function adapterFor(server: EventServer, options: Partial<HttpRoomsAdapterOptions> = {}) {
  const errors: unknown[] = [];
  const adapter = createHttpRoomsAdapter({
    baseUrl: server.baseUrl,
    retryDelayMs: 1,
    ...options,
    // The server's retry (raised to a floor of 250 ms) would only slow the tests down.
    events: { onError: (error) => errors.push(error), reconnectDelayMs: 1, ...options.events },
  });
  return { adapter, errors };
}

/** Events a listener heard, with a way to wait for the n-th one. */
function recorder() {
  const events: RoomEvent[] = [];
  return {
    events,
    listener: (event: RoomEvent) => events.push(event),
    async count(n: number) {
      await vi.waitFor(() => expect(events.length).toBeGreaterThanOrEqual(n));
      return events;
    },
  };
}

const changed = (roomId: string, n: number): RoomEvent => ({
  type: 'participantsChanged',
  roomId,
  upserted: [{ id: `${USER}${n}`, role: 'Consumer' }],
  removed: [],
});

describe('HTTP adapter events over a fetch stream', () => {
  it('says it has events and activity, and reads events with their rooms and instants as room answers', async () => {
    const server = await serve();
    const { adapter } = adapterFor(server, { headers: { authorization: 'Bearer t1' } });
    expect(adapter.features).toMatchObject({ events: true, activity: true });
    expect(adapter.eventStream.state).toBe('closed');

    const heard = recorder();
    const stopListening = adapter.subscribe('r1', heard.listener);
    const connection = await server.nextConnection();
    expect(connection.request.url).toBe('/api/events');
    expect(connection.request.headers.accept).toBe('text/event-stream');
    expect(connection.request.headers.authorization).toBe('Bearer t1');
    await adapter.eventStream.opened();
    expect(adapter.eventStream.state).toBe('open');

    connection.send({ type: 'roomUpdated', roomId: 'r1', room: ROOM_JSON }, 'e.1');
    connection.send(
      {
        type: 'participantJoined',
        roomId: 'r1',
        callId: 'c1',
        at: '2026-12-02T17:04:00.000Z',
        userId: USER,
        displayName: 'Priya Raman',
        role: 'Attendee',
        participantId: 'p-1',
      },
      'e.2',
    );
    connection.send(
      { type: 'callEnded', roomId: 'r1', callId: 'c1', at: '2026-12-02T17:40:00.000Z', durationSeconds: 2340 },
      'e.3',
    );

    const events = await heard.count(4);
    expect(events).toEqual([
      // Opened without a cursor: what changed while it connected is not replayed, so the view reloads.
      { type: 'resync', roomId: 'r1' },
      {
        type: 'roomUpdated',
        roomId: 'r1',
        room: {
          id: 'r1',
          createdAt: new Date('2026-12-02T16:00:00.000Z'),
          validFrom: new Date('2026-12-02T17:00:00.000Z'),
          validUntil: new Date('2026-12-02T18:00:00.000Z'),
          pstnDialOutEnabled: false,
          subject: 'Follow-up: Priya Raman',
          version: '3',
          call: { callId: 'c1', startedAt: new Date('2026-12-02T17:01:00.000Z'), participantCount: 2 },
        },
      },
      {
        type: 'participantJoined',
        roomId: 'r1',
        callId: 'c1',
        at: new Date('2026-12-02T17:04:00.000Z'),
        userId: USER,
        displayName: 'Priya Raman',
        role: 'Attendee',
        participantId: 'p-1',
      },
      {
        type: 'callEnded',
        roomId: 'r1',
        callId: 'c1',
        at: new Date('2026-12-02T17:40:00.000Z'),
        durationSeconds: 2340,
      },
    ]);
    stopListening();
  });

  it('shares one connection among every subscription and closes it after the last one goes', async () => {
    const server = await serve();
    const { adapter } = adapterFor(server, { credentials: 'include' });
    const [a1, a2, b, all] = [recorder(), recorder(), recorder(), recorder()];
    const stops = [
      adapter.subscribe('a', a1.listener),
      adapter.subscribe('a', a2.listener),
      adapter.subscribe('b', b.listener),
      adapter.subscribeRooms(all.listener),
    ];
    const connection = await server.nextConnection();
    await adapter.eventStream.opened();
    connection.send(changed('a', 1), '1');
    connection.send(changed('b', 2), '2');
    connection.send({ type: 'roomCreated', roomId: 'c', room: { ...ROOM_JSON, id: 'c', call: null } }, '3');
    connection.send({ type: 'roomDeleted', roomId: 'a' }, '4');

    await all.count(5);
    expect(server.connections).toHaveLength(1);
    const types = (r: ReturnType<typeof recorder>) => r.events.map((e) => `${e.type}:${e.roomId ?? '*'}`);
    expect(types(a1)).toEqual(['resync:a', 'participantsChanged:a', 'roomDeleted:a']);
    expect(types(a2)).toEqual(types(a1));
    expect(types(b)).toEqual(['resync:b', 'participantsChanged:b']);
    expect(types(all)).toEqual([
      'resync:*',
      'participantsChanged:a',
      'participantsChanged:b',
      'roomCreated:c',
      'roomDeleted:a',
    ]);
    // Each listener has its own copy.
    expect(a1.events[1]).not.toBe(a2.events[1]);

    for (const stopListening of stops.slice(0, 3)) stopListening();
    expect(adapter.eventStream.state).toBe('open');
    stops[3]!();
    stops[3]!();
    await connection.closed;
    await vi.waitFor(() => expect(adapter.eventStream.state).toBe('closed'));
    expect(server.connections).toHaveLength(1);

    // A new listener opens a new stream, from the head: the old cursor belonged to the listeners that left.
    const later = adapter.subscribe('a', () => {});
    const again = await server.nextConnection();
    expect(again.lastEventId).toBeUndefined();
    later();
    await again.closed;
  });

  it('keeps the connection when a view re-subscribes at once, as strict effects do', async () => {
    const server = await serve();
    const { adapter } = adapterFor(server);
    const first = adapter.subscribe('a', () => {});
    const connection = await server.nextConnection();
    await adapter.eventStream.opened();
    first();
    const heard = recorder();
    const second = adapter.subscribe('a', heard.listener);
    connection.send(changed('a', 1), '1');
    await heard.count(1);
    expect(heard.events).toEqual([changed('a', 1)]);
    expect(server.connections).toHaveLength(1);
    second();
    await connection.closed;
  });

  it('resumes with Last-Event-ID after a cut connection, so nothing is missed or heard twice', async () => {
    const server = await serve();
    const { adapter } = adapterFor(server, { headers: async () => ({ authorization: `Bearer ${Date.now()}` }) });
    const heard = recorder();
    adapter.subscribe('a', heard.listener);
    const first = await server.nextConnection();
    first.send(changed('a', 1), '7.1');
    first.send(changed('a', 2), '7.2');
    await heard.count(3);

    const nextOne = server.nextConnection();
    first.destroy();
    const second = await nextOne;
    expect(second.lastEventId).toBe('7.2');
    expect(second.request.headers.authorization).toMatch(/^Bearer \d+$/);
    second.send(changed('a', 3), '7.3');
    // A clean end (a server restart, a slow subscriber cut off) resumes the same way.
    await heard.count(4);
    const third = server.nextConnection();
    second.end();
    const resumed = await third;
    expect(resumed.lastEventId).toBe('7.3');
    resumed.send(changed('a', 4), '7.4');

    await heard.count(5);
    expect(heard.events).toEqual([
      { type: 'resync', roomId: 'a' },
      changed('a', 1),
      changed('a', 2),
      changed('a', 3),
      changed('a', 4),
    ]);
  });

  it('tells every listener of a resync, room listeners with their room', async () => {
    const server = await serve();
    const { adapter } = adapterFor(server);
    const [a, all] = [recorder(), recorder()];
    adapter.subscribe('a', a.listener);
    adapter.subscribeRooms(all.listener);
    const connection = await server.nextConnection();
    await adapter.eventStream.opened();
    connection.send({ type: 'resync' }, '9.40');
    connection.send(changed('a', 1), '9.41');
    await all.count(3);
    expect(a.events).toEqual([{ type: 'resync', roomId: 'a' }, { type: 'resync', roomId: 'a' }, changed('a', 1)]);
    expect(all.events).toEqual([{ type: 'resync' }, { type: 'resync' }, changed('a', 1)]);
  });

  it('keeps the stream going past a listener that throws and an event it cannot read', async () => {
    const server = await serve();
    const { adapter, errors } = adapterFor(server);
    adapter.subscribe('a', () => {
      throw new Error('a broken view');
    });
    const heard = recorder();
    adapter.subscribe('a', heard.listener);
    const connection = await server.nextConnection();
    await adapter.eventStream.opened();
    connection.send(changed('a', 1), '1');
    connection.write('id: 2\ndata: {"type":"participantsChanged","roomId":"a","upserted":"nobody"}\n\n');
    connection.write('id: 3\ndata: not json\n\n');
    connection.send({ type: 'somethingNewer', roomId: 'a' }, '4');
    connection.write('event: other\ndata: {"type":"roomDeleted","roomId":"a"}\n\n');
    connection.send(changed('a', 5), '5');

    await heard.count(5);
    expect(heard.events).toEqual([
      { type: 'resync', roomId: 'a' },
      changed('a', 1),
      { type: 'resync', roomId: 'a' },
      { type: 'resync', roomId: 'a' },
      changed('a', 5),
    ]);
    expect(errors.filter((e) => e instanceof Error && e.message === 'a broken view')).toHaveLength(5);
    expect(errors.filter((e) => isRoomsError(e) && e.code === 'unknown')).toHaveLength(2);
    expect(server.connections).toHaveLength(1);
  });
});

/** Timers the test fires by hand: the waits the stream asks for are recorded, none passes by itself. */
function manualTimers() {
  let next = 0;
  const pending = new Map<number, { callback: () => void; ms: number }>();
  const timers: RoomEventTimers = {
    setTimeout(callback, ms) {
      const id = ++next;
      pending.set(id, { callback, ms });
      return id;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
    },
  };
  return {
    timers,
    /** The reconnect wait the stream is in (the only timer with a delay above zero). */
    async nextWait(): Promise<number> {
      let found: [number, { callback: () => void; ms: number }] | undefined;
      await vi.waitFor(() => {
        found = [...pending].find(([, t]) => t.ms > 0);
        expect(found).toBeDefined();
      });
      return found![1].ms;
    },
    /** Ends the reconnect wait now. */
    fireWait() {
      const found = [...pending].find(([, t]) => t.ms > 0);
      if (!found) throw new Error('No reconnect wait is pending.');
      pending.delete(found[0]);
      found[1].callback();
    },
    /** Runs the zero-delay timers (the close after the last listener). */
    flushImmediate() {
      for (const [id, t] of [...pending]) {
        if (t.ms === 0) {
          pending.delete(id);
          t.callback();
        }
      }
    },
  };
}

/** A fetch that answers event-stream requests from a script and counts them. */
function scriptedFetch(reply: (attempt: number, init: RequestInit) => Promise<Response> | Response) {
  const calls: Array<{ url: string; headers: Headers; credentials: RequestCredentials | undefined }> = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), headers: new Headers(init.headers), credentials: init.credentials });
    return reply(calls.length, init);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const streamOf = (text: string, keepOpen = false) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        if (!keepOpen) controller.close();
      },
    }),
    { status: 200, headers: { 'content-type': 'text/event-stream' } },
  );

function timedAdapter(fetch: typeof globalThis.fetch, events: HttpRoomsAdapterOptions['events'] = {}) {
  const clock = manualTimers();
  const adapter: HttpRoomsAdapter = createHttpRoomsAdapter({
    baseUrl: 'https://clinic.example/api/rooms-kit',
    fetch,
    credentials: 'include',
    events: { timers: clock.timers, random: () => 1, idleTimeoutMs: 0, onError: () => {}, ...events },
  });
  return { adapter, clock };
}

describe('HTTP adapter events: reconnecting', () => {
  it('waits twice as long after each failed attempt, from the server’s retry, up to the longest wait', async () => {
    const { fetch, calls } = scriptedFetch((attempt) =>
      attempt === 1 ? streamOf('retry: 1000\n\n') : Promise.reject(new TypeError('fetch failed')),
    );
    const { adapter, clock } = timedAdapter(fetch, { maxReconnectDelayMs: 6000 });
    adapter.subscribe('a', () => {});

    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      waits.push(await clock.nextWait());
      expect(adapter.eventStream.state).toBe('waiting');
      expect(adapter.eventStream.error?.code).toBe('network');
      clock.fireWait();
    }
    expect(waits).toEqual([1000, 2000, 4000, 6000, 6000]);
    await vi.waitFor(() => expect(calls).toHaveLength(6));
    expect(calls[0]).toMatchObject({ url: 'https://clinic.example/api/rooms-kit/events', credentials: 'include' });
  });

  it('jitters each wait over its upper half', async () => {
    const { fetch } = scriptedFetch(() => Promise.reject(new TypeError('fetch failed')));
    const { adapter, clock } = timedAdapter(fetch, { random: () => 0, reconnectDelayMs: 400 });
    adapter.subscribe('a', () => {});
    expect(await clock.nextWait()).toBe(200);
    clock.fireWait();
    expect(await clock.nextWait()).toBe(400);
  });

  it('starts again from the first wait after a connection that delivered', async () => {
    const { fetch } = scriptedFetch((attempt) =>
      attempt === 3
        ? streamOf('retry: 500\n\nid: 1\ndata: {"type":"roomDeleted","roomId":"a"}\n\n')
        : Promise.reject(new TypeError('fetch failed')),
    );
    const { adapter, clock } = timedAdapter(fetch);
    adapter.subscribe('a', () => {});
    expect(await clock.nextWait()).toBe(1000);
    clock.fireWait();
    expect(await clock.nextWait()).toBe(2000);
    clock.fireWait();
    // The third attempt delivers an event and ends: the next wait is the server's retry again.
    expect(await clock.nextWait()).toBe(500);
    clock.fireWait();
    expect(await clock.nextWait()).toBe(1000);
  });

  it('asks a server that refuses the stream only at the longest wait, never in a loop', async () => {
    const { fetch, calls } = scriptedFetch(
      () =>
        new Response(JSON.stringify({ error: { code: 'Forbidden', message: 'Not for you.' } }), {
          status: 403,
          headers: { 'content-type': 'application/json' },
        }),
    );
    const { adapter, clock } = timedAdapter(fetch, { reconnectDelayMs: 10 });
    const heard = recorder();
    adapter.subscribe('a', heard.listener);
    expect(await clock.nextWait()).toBe(30_000);
    expect(adapter.eventStream.error).toMatchObject({ code: 'forbidden', status: 403 });
    expect(calls).toHaveLength(1);
    clock.fireWait();
    expect(await clock.nextWait()).toBe(30_000);
    expect(calls).toHaveLength(2);
    expect(heard.events).toEqual([]);
  });

  it('waits at least as long as a busy server’s Retry-After', async () => {
    const { fetch } = scriptedFetch(() => new Response(null, { status: 503, headers: { 'retry-after': '5' } }));
    const { adapter, clock } = timedAdapter(fetch, { reconnectDelayMs: 10 });
    adapter.subscribe('a', () => {});
    expect(await clock.nextWait()).toBe(5000);
    expect(adapter.eventStream.error?.code).toBe('unavailable');
  });

  it('tries again at once when the browser comes back online', async () => {
    const network = new EventTarget();
    const { fetch, calls } = scriptedFetch((attempt) =>
      attempt < 3 ? Promise.reject(new TypeError('fetch failed')) : streamOf('retry: 1000\n\n', true),
    );
    const { adapter, clock } = timedAdapter(fetch, { network });
    adapter.subscribe('a', () => {});
    await clock.nextWait();
    clock.fireWait();
    expect(await clock.nextWait()).toBe(2000);

    network.dispatchEvent(new Event('online'));
    await adapter.eventStream.opened();
    expect(calls).toHaveLength(3);
  });

  it('replaces a connection that went quiet', async () => {
    const { fetch, calls } = scriptedFetch((attempt) =>
      streamOf(`retry: 1000\n\nid: ${attempt}\ndata: {"type":"roomDeleted","roomId":"a"}\n\n`, true),
    );
    const { adapter, clock } = timedAdapter(fetch, { idleTimeoutMs: 45_000 });
    adapter.subscribe('a', () => {});
    await adapter.eventStream.opened();
    // The only timer is the idle one; firing it is the 45 s of silence.
    expect(await clock.nextWait()).toBe(45_000);
    clock.fireWait();
    await vi.waitFor(() => expect(adapter.eventStream.error?.message).toMatch(/went quiet/));
    expect(await clock.nextWait()).toBe(1000);
    clock.fireWait();
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]!.headers.get('last-event-id')).toBe('1');
  });

  it('stops trying once the last listener has gone', async () => {
    const { fetch, calls } = scriptedFetch(() => Promise.reject(new TypeError('fetch failed')));
    const { adapter, clock } = timedAdapter(fetch);
    const stopListening = adapter.subscribe('a', () => {});
    await clock.nextWait();
    stopListening();
    clock.flushImmediate();
    expect(adapter.eventStream.state).toBe('closed');
    await vi.waitFor(() => expect(() => clock.fireWait()).toThrow(/No reconnect wait/));
    expect(calls).toHaveLength(1);
  });
});

describe('HTTP adapter activity', () => {
  it('reads a room’s calls with their instants', async () => {
    const { fetch, calls } = scriptedFetch(
      () =>
        new Response(
          JSON.stringify({
            roomId: 'r1',
            calls: [
              {
                callId: 'c1',
                startedAt: '2026-12-02T17:00:00.000Z',
                endedAt: '2026-12-02T17:40:00.000Z',
                durationSeconds: 2400,
                attendees: [
                  {
                    userId: USER,
                    displayName: 'Priya Raman',
                    role: 'Attendee',
                    stays: [
                      {
                        participantId: 'p-1',
                        joinedAt: '2026-12-02T17:04:00.000Z',
                        leftAt: '2026-12-02T17:20:00.000Z',
                      },
                      { participantId: 'p-2', joinedAt: '2026-12-02T17:22:00.000Z' },
                    ],
                  },
                ],
              },
            ],
          }),
          { status: 200, headers: { 'content-type': 'application/json' } },
        ),
    );
    const { adapter } = timedAdapter(fetch);
    expect(await adapter.getRoomActivity('r 1')).toEqual({
      roomId: 'r1',
      calls: [
        {
          callId: 'c1',
          startedAt: new Date('2026-12-02T17:00:00.000Z'),
          endedAt: new Date('2026-12-02T17:40:00.000Z'),
          durationSeconds: 2400,
          attendees: [
            {
              userId: USER,
              displayName: 'Priya Raman',
              role: 'Attendee',
              stays: [
                {
                  participantId: 'p-1',
                  joinedAt: new Date('2026-12-02T17:04:00.000Z'),
                  leftAt: new Date('2026-12-02T17:20:00.000Z'),
                },
                { participantId: 'p-2', joinedAt: new Date('2026-12-02T17:22:00.000Z') },
              ],
            },
          ],
        },
      ],
    });
    expect(calls[0]?.url).toBe('https://clinic.example/api/rooms-kit/rooms/r%201/activity');
  });

  it('reads the call going on in a room and in list items, and refuses one it cannot read', async () => {
    const { fetch } = scriptedFetch((attempt) => {
      const body =
        attempt === 1
          ? ROOM_JSON
          : attempt === 2
            ? { value: [ROOM_JSON, { ...ROOM_JSON, id: 'r2', call: null }] }
            : { ...ROOM_JSON, call: { callId: 'c1', participantCount: 'two' } };
      return new Response(JSON.stringify(body), { status: 200 });
    });
    const { adapter } = timedAdapter(fetch);
    const call = { callId: 'c1', startedAt: new Date('2026-12-02T17:01:00.000Z'), participantCount: 2 };
    expect((await adapter.getRoom('r1')).call).toEqual(call);
    const page = await adapter.listRooms();
    expect(page.items.map((room) => room.call)).toEqual([call, undefined]);
    await expect(adapter.getRoom('r1')).rejects.toMatchObject({ code: 'unknown' });
  });

  it('refuses activity it cannot read and passes the server’s refusal on', async () => {
    const { fetch } = scriptedFetch((attempt) =>
      attempt === 1
        ? new Response(JSON.stringify({ roomId: 'r1', calls: [{ callId: 'c1' }] }), { status: 200 })
        : new Response(JSON.stringify({ error: { code: 'BadRequest', message: 'Invalid room ID.' } }), {
            status: 400,
          }),
    );
    const { adapter } = timedAdapter(fetch);
    await expect(adapter.getRoomActivity('r1')).rejects.toMatchObject({ code: 'unknown' });
    await expect(adapter.getRoomActivity('r2')).rejects.toMatchObject({ message: 'Invalid room ID.' });
  });
});
