// Benchmarks the handler's event stream with 1,000 concurrent subscribers on one handler instance: what each open
// stream costs the server in memory, and how long an event takes from the append to the event log until every
// subscriber has it (fan-out latency). Cases, in one run: every subscriber sees every room (one scope), and every
// subscriber is a different participant of the room (1,000 distinct scopes, decided from the roster index once per
// event). References measured in the same run: the same latency with one subscriber, and the memory of 1,000 plain
// node:http responses held open on the same server without the kit.
//
//   node --expose-gc bench/events/run.mjs [--subscribers 1000] [--runs 50]
//
// The server (local Rooms service, handler, memory store) runs in this process; the subscribers run in a child
// process (bench/events/subscribers.mjs), so only the server's side is in the memory figures. Timestamps of both
// processes are wall-clock (performance.timeOrigin + now), their offset estimated by ping. Prints a table and
// writes bench/results/events.json.
import { fork } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createServer as createViteServer } from 'vite';
import { countOption, round, stats } from '../stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const resultsDir = join(repo, 'bench', 'results');

const SUBSCRIBERS = countOption('subscribers', 1000);
const RUNS = Math.max(20, countOption('runs', 50));
const WARMUP = 5;
const BASE_PATH = '/api/rooms-kit';
const PARTICIPANT_PREFIX = '8:acs:bench-subscriber_';

const now = () => performance.timeOrigin + performance.now();

// Without --expose-gc, V8 still lets a process ask for its own collector.
if (typeof globalThis.gc !== 'function') setFlagsFromString('--expose-gc');
const collect = typeof globalThis.gc === 'function' ? globalThis.gc : runInNewContext('gc');

/** Heap and RSS after full collections, in bytes. */
async function settledMemory() {
  for (let i = 0; i < 3; i++) {
    collect();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss };
}

/** The subscriber process and a request/answer channel to it. */
function startSubscribers() {
  const child = fork(join(here, 'subscribers.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiting = [];
  const eventWaiters = new Map();
  const early = new Map();
  child.on('message', (message) => {
    if (message.event !== undefined) {
      const waiter = eventWaiters.get(message.event);
      if (waiter) {
        eventWaiters.delete(message.event);
        waiter(message.times);
      } else early.set(message.event, message.times);
      return;
    }
    waiting.shift()?.(message);
  });
  const ask = (message) =>
    new Promise((resolve) => {
      waiting.push(resolve);
      child.send(message);
    });
  return {
    ask,
    /** Resolves with the receipt times of `id` once every stream has it. */
    heard: (id) =>
      new Promise((resolve) => {
        const times = early.get(id);
        if (times) {
          early.delete(id);
          resolve(times);
        } else eventWaiters.set(id, resolve);
      }),
    /** The child's clock minus ours, from the ping with the shortest round trip. */
    async clockOffset() {
      let best = { rtt: Number.POSITIVE_INFINITY, offset: 0 };
      for (let i = 0; i < 20; i++) {
        const sent = now();
        const { at } = await ask({ cmd: 'ping', sent });
        const back = now();
        if (back - sent < best.rtt) best = { rtt: back - sent, offset: at - (sent + back) / 2 };
      }
      return best;
    },
    stop: () => child.kill(),
  };
}

async function main() {
  const vite = await createViteServer({
    root: repo,
    configFile: false,
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false },
    optimizeDeps: { noDiscovery: true, entries: [] },
  });
  const load = (path) => vite.ssrLoadModule(join(repo, path));
  const { createRoomsEmulator } = await load('src/emulator/index.ts');
  const { createRoomsRequestHandler, createMemoryRoomRecordStore } = await load('src/server/index.ts');

  const emulator = await createRoomsEmulator();
  const records = createMemoryRoomRecordStore();
  const handler = createRoomsRequestHandler({
    connectionString: emulator.connectionString,
    basePath: BASE_PATH,
    records,
    syncIntervalMs: false,
    authorize: () => true,
    scope: (request) => {
      const participant = request.headers['x-participant'];
      return typeof participant === 'string' ? { participantId: participant } : { all: true };
    },
    onError: (error) => console.error(error),
  });
  const log = handler.events;
  // The reference: a plain response held open, as node:http alone keeps one.
  const held = new Set();
  const server = createHttpServer((request, response) => {
    if (request.url === '/hold') {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('retry: 2000\n\n');
      held.add(response);
      response.on('close', () => held.delete(response));
      return;
    }
    void handler(request, response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const subscribers = startSubscribers();

  // The room every event is about; in the participant case, all subscribers are on its roster.
  const roomId = 'bench-room';
  const created = new Date();
  await records.insert(
    {
      roomId,
      createdAt: created,
      validFrom: created,
      validUntil: new Date(created.getTime() + 3_600_000),
      pstnDialOutEnabled: false,
      updatedAt: created,
      adopted: false,
    },
    Array.from({ length: SUBSCRIBERS }, (_, i) => ({ id: `${PARTICIPANT_PREFIX}${i}`, role: 'Attendee' })),
  );
  const audience = { participantIds: [], participantCount: SUBSCRIBERS };
  let n = 0;
  const change = () => ({
    event: {
      type: 'participantsChanged',
      roomId,
      upserted: [{ id: `${PARTICIPANT_PREFIX}${n++ % SUBSCRIBERS}`, role: 'Consumer' }],
      removed: [],
    },
    audience,
  });

  /** Appends one event at a time and times it until every subscriber has it. */
  async function fanOut(offset, runs) {
    const all = [];
    const each = [];
    const written = [];
    for (let run = 0; run < WARMUP + runs; run++) {
      const epoch = (await log.head()).epoch;
      const started = now();
      const [stored] = await log.append([change()]);
      const heard = subscribers.heard(`${epoch}.${stored.seq}`);
      // The fan-out writes in the turns after the append; by the next macrotask every stream has been written to.
      await new Promise((resolve) => setImmediate(resolve));
      const wrote = now() - started;
      const times = await heard;
      if (run < WARMUP) continue;
      const local = times.map((t) => t - offset - started);
      all.push(Math.max(...local));
      each.push(...local);
      written.push(wrote);
    }
    return { allReceivedMs: stats(all), perSubscriberMs: stats(each), serverWritesDoneMs: stats(written) };
  }

  async function withStreams(count, options, measure) {
    const before = await settledMemory();
    const opened = await subscribers.ask({ cmd: 'open', url: options.url, count, ...options.headers });
    if (opened.opened !== count) throw new Error(`opened ${opened.opened} of ${count} streams`);
    const result = await measure();
    const after = await settledMemory();
    await subscribers.ask({ cmd: 'close' });
    // One stream's share of the heap is lost in the collector's noise: memory is given for many streams only.
    if (count < 100) return result;
    return {
      ...result,
      heapPerStreamBytes: Math.round((after.heapUsed - before.heapUsed) / count),
      rssPerStreamBytes: Math.round((after.rss - before.rss) / count),
    };
  }

  const loadAverageAtStart = os.loadavg().map(round);
  try {
    const events = `${origin}${BASE_PATH}/events`;
    const { offset, rtt } = await subscribers.clockOffset();
    console.log(`clock offset ${round(offset)} ms (ping round trip ${round(rtt)} ms)`);

    const one = await withStreams(1, { url: events }, () => fanOut(offset, RUNS));
    const reference = await withStreams(SUBSCRIBERS, { url: `${origin}/hold` }, async () => ({}));
    const everyRoom = await withStreams(SUBSCRIBERS, { url: events }, () => fanOut(offset, RUNS));
    const participants = await withStreams(
      SUBSCRIBERS,
      { url: events, headers: { header: 'x-participant', valuePrefix: PARTICIPANT_PREFIX } },
      () => fanOut(offset, RUNS),
    );
    const loadAverageAtEnd = os.loadavg().map(round);

    const kb = (bytes) => round(bytes / 1024);
    const pair = (s) => `${s.p50} / ${s.p95}`;
    console.log(
      `\nload average ${loadAverageAtStart.join(' ')} → ${loadAverageAtEnd.join(' ')} on ${os.cpus().length} CPUs`,
    );
    console.log(
      '| case | streams | all received p50 / p95 (ms) | each subscriber p50 / p95 (ms) | ' +
        'server writes done p50 / p95 (ms) | heap / stream (KiB) | RSS / stream (KiB) |',
    );
    console.log('|---|---|---|---|---|---|---|');
    const maybe = (value, show) => (value === undefined ? '–' : show(value));
    const row = (name, count, r) =>
      console.log(
        `| ${name} | ${count} | ${maybe(r.allReceivedMs, pair)} | ${maybe(r.perSubscriberMs, pair)} | ` +
          `${maybe(r.serverWritesDoneMs, pair)} | ${maybe(r.heapPerStreamBytes, kb)} | ${maybe(r.rssPerStreamBytes, kb)} |`,
      );
    row('reference: one subscriber', 1, one);
    row('every room, one scope', SUBSCRIBERS, everyRoom);
    row('one participant scope each', SUBSCRIBERS, participants);
    row('reference: plain node:http responses held open', SUBSCRIBERS, reference);

    const json = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        node: process.version,
        loadAverageAtStart,
        loadAverageAtEnd,
      },
      subscribers: SUBSCRIBERS,
      runsPerCase: RUNS,
      warmupRounds: WARMUP,
      clock: { offsetMs: round(offset), pingRoundTripMs: round(rtt) },
      method:
        'One handler (createRoomsRequestHandler, memory record store and its event log) on node:http at 127.0.0.1; ' +
        'the subscribers are GET /events streams opened by a child process, one connection each. Each round ' +
        'appends one participantsChanged event to the handler’s event log and waits until every subscriber has ' +
        'read its id; allReceivedMs is from just before the append to the last subscriber’s read, perSubscriberMs ' +
        'to each one’s, serverWritesDoneMs to the server’s next macrotask, when the fan-out has written the event to ' +
        'every stream (the rest of allReceivedMs is the kernel and the one subscriber process reading 1,000 sockets). Memory is the server process’s heapUsed and RSS after full collections, before the streams ' +
        'opened and after the rounds, divided by the number of streams. The participant case gives every ' +
        'subscriber the scope { participantId } of a different member of the room’s 1,000-person roster, so each ' +
        'event is decided from the roster index (once per event, for all 1,000 scopes). References: one subscriber, ' +
        'and 1,000 plain responses held open by node:http on the same server. Milliseconds, bytes.',
      results: {
        oneSubscriber: one,
        everyRoom,
        participantScopes: participants,
        reference: { plainHeldResponses: reference },
      },
    };
    await mkdir(resultsDir, { recursive: true });
    await writeFile(join(resultsDir, 'events.json'), `${JSON.stringify(json, null, 2)}\n`);
    console.log(`\nwritten to ${join('bench', 'results', 'events.json')}`);
  } finally {
    subscribers.stop();
    for (const response of held) response.destroy();
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeAllConnections();
    await handler.close();
    await closed;
    await emulator.close();
    await vite.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
