// Benchmarks joins on a large roster: the local Rooms service and the kit's request handler on loopback, one room of
// 10,000 members, join latency through HTTP with the handler's roster index and, as the reference in the same run,
// with the old approach (the roster read through the SDK on every join, stopping at the member).
//
//   node bench/join/run.mjs [--n 10000] [--joins 60] [--concurrent 20]
//
// Loads the TypeScript sources the way demo/start.mjs does (Vite's ssrLoadModule), prints a table and writes
// bench/results/join.json.
import { createServer as createHttpServer } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { createServer as createViteServer } from 'vite';
import { countOption, round, stats } from '../stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const resultsDir = join(repo, 'bench', 'results');

const N = countOption('n', 10_000);
const JOINS = Math.max(50, countOption('joins', 60));
const CONCURRENT = countOption('concurrent', 20);
// Members who really join (they need identities for their tokens), spread evenly over the roster, so the old
// approach meets them near the start, in the middle and at the end alike.
const JOINERS = Math.max(CONCURRENT, 20);
const TARGET_P50_MS = 100;
const BASE_PATH = '/api/rooms-kit';

/** A raw id of the shape the service issues, the same for the same `i`. */
function syntheticId(resource, i) {
  return `8:acs:${resource}_00000002-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
}

async function timedJoin(origin, roomId, userId) {
  const started = performance.now();
  const response = await fetch(`${origin}${BASE_PATH}/rooms/${roomId}/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  const body = await response.json();
  const ms = performance.now() - started;
  if (response.status !== 200 || body.userId !== userId) {
    throw new Error(`join answered ${response.status}: ${JSON.stringify(body)}`);
  }
  return ms;
}

async function main() {
  const vite = await createViteServer({
    root: repo,
    configFile: false,
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false },
    // Only Node code is loaded: nothing for the browser to pre-bundle, and no page to scan for it.
    optimizeDeps: { noDiscovery: true, entries: [] },
  });
  const { createRoomsEmulator } = await vite.ssrLoadModule(`${repo}/src/emulator/index.ts`);
  const { createMemoryRoomRecordStore, createRoomsRequestHandler } = await vite.ssrLoadModule(
    `${repo}/src/server/index.ts`,
  );

  const emulator = await createRoomsEmulator({ onError: (error) => console.error(error) });
  const servers = [];
  // One record store for every handler, as servers behind one load balancer share one: the room is recorded once,
  // in setup, so the joins measured read only the roster index.
  const records = createMemoryRoomRecordStore();
  /** A fresh handler (empty roster index) on its own loopback server. */
  async function startHandler(rosterCache) {
    const handler = createRoomsRequestHandler({
      connectionString: emulator.connectionString,
      basePath: BASE_PATH,
      authorize: () => true,
      records,
      syncIntervalMs: false,
      rosterCache,
      onError: (error) => console.error(error),
    });
    const server = createHttpServer((req, res) => void handler(req, res));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    return { handler, origin: `http://127.0.0.1:${server.address().port}` };
  }

  try {
    process.stdout.write(`Setting up a room of ${N} members (${JOINERS} with identities)…\n`);
    const setup = await startHandler(false);
    const joiners = [];
    for (let i = 0; i < JOINERS; i++) joiners.push((await setup.handler.createUser(`Joiner ${i}`)).id);
    const resource = /^8:acs:([^_]+)_/.exec(joiners[0])[1];
    const ids = Array.from({ length: N - JOINERS }, (_, i) => syntheticId(resource, i));
    joiners.forEach((id, k) => ids.splice(Math.floor(((k + 0.5) * N) / JOINERS), 0, id));
    const rooms = setup.handler.roomsClient;
    const room = await rooms.createRoom();
    for (let start = 0; start < ids.length; start += 2000) {
      await rooms.addOrUpdateParticipants(
        room.id,
        ids.slice(start, start + 2000).map((id) => ({ id: { communicationUserId: id }, role: 'Attendee' })),
      );
    }
    // Made straight in the service: the store adopts it (as a handler's periodic sync would) before any join.
    await setup.handler.syncRooms();

    // Warm the SDK, the emulator and the JIT up on the setup handler, so neither mode pays for it in its first join.
    for (const id of joiners) await timedJoin(setup.origin, room.id, id);

    const loadAtStart = os.loadavg().map(round);
    const results = {};
    for (const [mode, rosterCache] of [
      ['rosterIndex', undefined],
      ['fullReadPerJoin', false],
    ]) {
      process.stdout.write(`  ${mode}…\n`);
      // Cold: the first join on a fresh handler.
      const cold = await startHandler(rosterCache);
      const coldMs = await timedJoin(cold.origin, room.id, joiners[JOINERS - 1]);
      // Warm: one after another, round the joiners.
      const warm = [];
      for (let i = 0; i < JOINS; i++) warm.push(await timedJoin(cold.origin, room.id, joiners[i % JOINERS]));
      // Concurrent, on a fresh handler (all wait for the first roster read) and on the warm one.
      const burst = async (origin) => {
        const started = performance.now();
        const each = await Promise.all(
          Array.from({ length: CONCURRENT }, (_, i) => timedJoin(origin, room.id, joiners[i % JOINERS])),
        );
        return { wallMs: round(performance.now() - started), perJoin: stats(each) };
      };
      const fresh = await startHandler(rosterCache);
      results[mode] = {
        coldFirstJoinMs: round(coldMs),
        warmSequential: stats(warm),
        concurrentCold: await burst(fresh.origin),
        concurrentWarm: await burst(cold.origin),
      };
    }

    const result = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        node: process.version,
        // Other work on the machine skews every figure; the load average says how busy it was.
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: os.loadavg().map(round),
      },
      rosterSize: N,
      servicePageSize: 100,
      joinsMeasured: JOINS,
      concurrent: CONCURRENT,
      method:
        'Each join is POST {base}/rooms/{id}/join through node:http on 127.0.0.1 (fetch, keep-alive), to the kit’s ' +
        'handler, which calls the local Rooms service through the official SDKs (roster pages of 100, then a VoIP ' +
        'token). Joiners are spread evenly over the roster. rosterIndex: the handler as shipped (one full roster read ' +
        'per room, shared; then served from the index). fullReadPerJoin: rosterCache: false, the old approach, which ' +
        'pages through the roster on every join until it meets the member. cold: the first join on a fresh handler; ' +
        'warmSequential: joins one after another; concurrent*: joins sent at once, on a fresh handler and on a warm ' +
        'one, wallMs from the first sent to the last answered. Milliseconds.',
      targets: { warmP50Ms: TARGET_P50_MS },
      ...results,
    };
    await mkdir(resultsDir, { recursive: true });
    await writeFile(join(resultsDir, 'join.json'), `${JSON.stringify(result, null, 2)}\n`);

    const a = results.rosterIndex;
    const b = results.fullReadPerJoin;
    const pair = (s) => `${s.p50} / ${s.p95}`;
    console.log(`\n${N} members, ${JOINS} warm joins, ${CONCURRENT} at once; load average ${loadAtStart.join(' ')}`);
    console.log('| measure (ms) | roster index | full read per join (old) | target |');
    console.log('|---|---|---|---|');
    console.log(`| first join, cold | ${a.coldFirstJoinMs} | ${b.coldFirstJoinMs} | — |`);
    console.log(
      `| joins one by one, p50 / p95 | ${pair(a.warmSequential)} | ${pair(b.warmSequential)} | p50 ≤ ${TARGET_P50_MS} |`,
    );
    console.log(
      `| ${CONCURRENT} at once on a fresh handler, all done | ${a.concurrentCold.wallMs} | ${b.concurrentCold.wallMs} | — |`,
    );
    console.log(
      `| ${CONCURRENT} at once on a fresh handler, per join p50 / p95 | ${pair(a.concurrentCold.perJoin)} | ${pair(b.concurrentCold.perJoin)} | — |`,
    );
    console.log(
      `| ${CONCURRENT} at once, warm, all done | ${a.concurrentWarm.wallMs} | ${b.concurrentWarm.wallMs} | — |`,
    );
    console.log(`\nwritten to ${join('bench', 'results', 'join.json')}`);
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    await emulator.close();
    await vite.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
