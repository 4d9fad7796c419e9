/* global window -- the functions given to page.evaluate run in the bench pages */
// Benchmarks how fast a change made in one browser reaches another: a roster change made through the HTTP adapter in
// one Chromium context, to the kit's handler, to the local Rooms service, then pushed back through the handler's
// event stream to a second context — subscribed on the same handler instance, and on a second instance that shares
// the first one's PostgreSQL database (LISTEN/NOTIFY), as two servers behind one load balancer would.
//
//   node bench/live/run.mjs [--changes 100]
//
// Uses $ROOMS_KIT_TEST_DATABASE_URL, or a throwaway database in this machine's PostgreSQL cluster (dropped at the
// end); without PostgreSQL, the two instances share one in-memory record store and the cross-instance figure says
// so. Prints a table and writes bench/results/live.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { createServer as createViteServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../../scripts/chromium.mjs';
import { TEST_DATABASE_ENV, provideTestDatabase } from '../../scripts/postgres.mjs';
import { countOption, round, stats } from '../stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const resultsDir = join(repo, 'bench', 'results');
const CHANGES = countOption('changes', 100);
const WARM_UP = 5;
const TARGET_P95_MS = 250;

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

/** A raw id of the shape the service issues, the same for the same `i`. */
function syntheticId(resource, i) {
  return `8:acs:${resource}_00000003-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
}

async function main() {
  let database;
  let databaseUrl = process.env[TEST_DATABASE_ENV];
  if (!databaseUrl) {
    try {
      database = provideTestDatabase();
      databaseUrl = database?.url;
    } catch (error) {
      console.warn(`No PostgreSQL (${error.message}); the two instances share one in-memory store.`);
    }
  }

  const handlers = {};
  const vite = await createViteServer({
    root: here,
    configFile: false,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, fs: { allow: [repo] }, hmr: false },
    plugins: [
      {
        name: 'live-bench-api',
        configureServer(server) {
          server.middlewares.use((request, response, next) => {
            const handler = request.url?.startsWith('/api/a')
              ? handlers.a
              : request.url?.startsWith('/api/b')
                ? handlers.b
                : undefined;
            return handler ? handler(request, response, next) : next();
          });
        },
      },
    ],
  });
  const { createRoomsEmulator } = await vite.ssrLoadModule(`${repo}/src/emulator/index.ts`);
  const server = await vite.ssrLoadModule(`${repo}/src/server/index.ts`);
  const emulator = await createRoomsEmulator({ onError: (error) => console.error(error) });
  const shared = databaseUrl ? undefined : server.createMemoryRoomRecordStore();
  const stores = [];
  for (const name of ['a', 'b']) {
    const records = shared ?? server.createPostgresRoomRecordStore({ connectionString: databaseUrl });
    if (!shared) stores.push(records);
    handlers[name] = server.createRoomsRequestHandler({
      connectionString: emulator.connectionString,
      basePath: `/api/${name}`,
      authorize: () => true,
      records,
      syncIntervalMs: false,
      onError: (error) => console.error(error),
    });
  }

  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    await vite.listen();
    const origin = vite.resolvedUrls.local[0].replace(/\/$/, '');
    const person = await handlers.a.createUser('Bench person');
    const resource = /^8:acs:([^_]+)_/.exec(person.id)[1];
    const roomId = await (async () => {
      const response = await fetch(`${origin}/api/a/rooms`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ subject: 'Live bench', participants: { [person.id]: { role: 'Presenter' } } }),
      });
      if (response.status !== 201) throw new Error(`create answered ${response.status}`);
      return (await response.json()).id;
    })();

    const open = async (base) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/page.html?base=${encodeURIComponent(base)}`, { timeout: 0 });
      await page.waitForFunction(() => 'bench' in window, undefined, { timeout: 0 });
      return page;
    };
    const writer = await open('/api/a');
    const sameInstance = await open('/api/a');
    const otherInstance = await open('/api/b');
    for (const page of [sameInstance, otherInstance]) await page.evaluate((id) => window.bench.listen(id), roomId);

    const loadAtStart = os.loadavg().map(round);
    const latencies = { sameInstance: [], otherInstance: [] };
    const writes = [];
    for (let i = 0; i < WARM_UP + CHANGES; i++) {
      const id = syntheticId(resource, i);
      const { sentAt, answeredAt } = await writer.evaluate(([room, who]) => window.bench.add(room, who), [roomId, id]);
      const heard = {};
      for (const [name, page] of [
        ['sameInstance', sameInstance],
        ['otherInstance', otherInstance],
      ]) {
        // Waits for what the other person would see: the change arriving in their page.
        const handle = await page.waitForFunction((who) => window.bench.heardAt(who), id, {
          timeout: 0,
          polling: 'raf',
        });
        heard[name] = await handle.jsonValue();
      }
      if (i < WARM_UP) continue;
      writes.push(answeredAt - sentAt);
      latencies.sameInstance.push(heard.sameInstance - sentAt);
      latencies.otherInstance.push(heard.otherInstance - sentAt);
    }

    const result = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        node: process.version,
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: os.loadavg().map(round),
      },
      changes: CHANGES,
      recordStore: shared ? 'memory (shared by both instances)' : 'postgresql (one store per instance, one database)',
      method:
        'Three Chromium contexts on one Vite page, each with its own createHttpRoomsAdapter. The writer adds one ' +
        'participant at a time (PATCH participants through handler instance A, which calls the local Rooms service ' +
        'through the official SDK and appends the change to the event store); the listeners are subscribed through ' +
        'instance A and through instance B. Latency: from just before the writer sends to the moment the listener ' +
        'page hears the event (wall clock, performance.timeOrigin + now). Reference: the writer’s own request, sent ' +
        'to answered, in the same run. Milliseconds; one change at a time, after ' +
        WARM_UP +
        ' warm-up changes.',
      targets: { p95Ms: TARGET_P95_MS },
      writeRoundTrip: stats(writes),
      sameInstance: stats(latencies.sameInstance),
      otherInstance: stats(latencies.otherInstance),
    };
    await mkdir(resultsDir, { recursive: true });
    await writeFile(join(resultsDir, 'live.json'), `${JSON.stringify(result, null, 2)}\n`);

    const row = (label, s) =>
      `| ${label} | ${s.p50} | ${s.p95} | ${s.max} | ${round(s.p50 / result.writeRoundTrip.p50)}× |`;
    console.log(
      `\n${CHANGES} roster changes, one at a time; store: ${result.recordStore}; load ${loadAtStart.join(' ')}`,
    );
    console.log('| from the writer’s click to (ms) | p50 | p95 | max | p50 vs write |');
    console.log('|---|---|---|---|---|');
    console.log(row('the write answered (reference)', result.writeRoundTrip));
    console.log(row('heard in another browser, same instance', result.sameInstance));
    console.log(row('heard in another browser, second instance', result.otherInstance));
    const ok = result.sameInstance.p95 <= TARGET_P95_MS && result.otherInstance.p95 <= TARGET_P95_MS;
    console.log(`\ntarget p95 ≤ ${TARGET_P95_MS} ms: ${ok ? 'met' : 'NOT met'}`);
    console.log(`written to ${join('bench', 'results', 'live.json')}`);
  } finally {
    await browser.close();
    await Promise.all(Object.values(handlers).map((handler) => handler.close()));
    await Promise.all(stores.map((store) => store.close()));
    await emulator.close();
    await vite.close();
    database?.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
