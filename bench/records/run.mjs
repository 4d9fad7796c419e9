// Benchmarks the PostgreSQL record store with 100,000 rooms: the first page of the list, a keyset page deep in it,
// a search by a word of the title, a search by participant, and a caller who may see 20 of the 100,000. The
// reference, measured in the same run on the same pool, is a `SELECT 1` round trip: the floor any query pays.
//
//   node bench/records/run.mjs [--runs 200] [--rooms 100000]
//
// Uses $ROOMS_KIT_TEST_DATABASE_URL, or a throwaway database in this machine's Debian cluster (dropped at the end).
// Prints a table and writes bench/results/records.json.
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createServer } from 'vite';
import { POSTGRES_HINT, provideTestDatabase } from '../../scripts/postgres.mjs';
import { option, round, stats } from '../stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const resultsDir = join(repo, 'bench', 'results');

const RUNS = Math.max(50, Number(option('runs', '200')));
const ROOMS = Number(option('rooms', '100000'));
const WARMUP = 20;
const PAGE = 50;

async function time(run) {
  for (let i = 0; i < WARMUP; i++) await run();
  const samples = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    last = await run();
    samples.push(performance.now() - start);
  }
  return { ms: stats(samples), last };
}

const database = provideTestDatabase();
if (!database) {
  console.error(POSTGRES_HINT);
  process.exit(1);
}
process.on('exit', () => database.drop());
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

// The kit's server code is TypeScript; Vite loads it for Node without a build step, as `npm start` does.
const vite = await createServer({
  root: repo,
  configFile: false,
  logLevel: 'silent',
  server: { middlewareMode: true },
  appType: 'custom',
});
const schema = `rk_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
const admin = new pg.Pool({ connectionString: database.url, max: 2 });
let store;
try {
  const { createPostgresRoomRecordStore } = await vite.ssrLoadModule(join(repo, 'src/server/records/postgres.ts'));
  const { roomSearchText } = await vite.ssrLoadModule(join(repo, 'src/core/roomDetails.ts'));
  const bulk = await vite.ssrLoadModule(join(repo, 'test/server/records/bulkRecords.ts'));
  store = createPostgresRoomRecordStore({ connectionString: database.url }, { schema });
  const loadAverageAtStart = os.loadavg().map(round);

  process.stdout.write(`seeding ${ROOMS} rooms…\n`);
  const seedStart = performance.now();
  await store.roomIds();
  await bulk.seedBulkRecords(admin, schema, ROOMS);
  const seedMs = Math.round(performance.now() - seedStart);
  const trigram = (await admin.query(`SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'`)).rowCount === 1;

  const deep = bulk.bulkRecord(Math.floor(ROOMS * 0.9));
  const group = 42;
  const search = (typed, participantIds = []) => ({ text: roomSearchText(typed), participantIds });
  const cases = [
    ['list, first page', { scope: { all: true }, limit: PAGE }],
    [
      'list, keyset page at 90%',
      { scope: { all: true }, limit: PAGE, after: { createdAt: deep.createdAt.getTime(), roomId: deep.roomId } },
    ],
    ['search by title word', { scope: { all: true }, search: search('room 4242'), limit: PAGE }],
    [
      'search by participant',
      { scope: { all: true }, search: search('priya', [bulk.bulkParticipant(group).id]), limit: PAGE },
    ],
    [`scoped: 20 of ${ROOMS} (organiser)`, { scope: { organizerId: `bulk-organizer-${group}` }, limit: PAGE }],
    [`scoped: 20 of ${ROOMS} (participant)`, { scope: { participantId: bulk.bulkParticipant(group).id }, limit: PAGE }],
    [
      `scoped: 40 of ${ROOMS} (org. or part.)`,
      {
        scope: { organizerId: `bulk-organizer-${group}`, participantId: bulk.bulkParticipant(group + 1).id },
        limit: PAGE,
      },
    ],
  ];

  const reference = await time(() => admin.query('SELECT 1'));
  const results = [];
  for (const [name, query] of cases) {
    process.stdout.write(`measuring ${name}…\n`);
    const { ms, last } = await time(() => store.list(query));
    results.push({ name, query, records: last.records.length, more: last.next !== undefined, ms });
  }

  console.log(`\nSELECT 1 round trip (reference): p50 ${reference.ms.p50} ms, p95 ${reference.ms.p95} ms`);
  console.log(`${ROOMS} rooms seeded in ${seedMs} ms; title search indexes: ${trigram ? 'pg_trgm' : 'none (scan)'}\n`);
  console.log('query                                | rows | p50 / p95          | p50 vs reference');
  for (const r of results) {
    console.log(
      `${r.name.padEnd(36)} | ${String(r.records).padEnd(4)} | ${`${r.ms.p50} / ${r.ms.p95} ms`.padEnd(18)} | ` +
        `${round(r.ms.p50 / reference.ms.p50)}×`,
    );
  }
  await mkdir(resultsDir, { recursive: true });
  const json = {
    machine: { cpus: os.cpus().length, loadAverageAtStart, node: process.version },
    postgres: (await admin.query('SHOW server_version')).rows[0].server_version,
    rooms: ROOMS,
    runsPerQuery: RUNS,
    seedMs,
    titleSearchIndex: trigram ? 'pg_trgm' : 'none',
    reference: { selectOneMs: reference.ms },
    results,
  };
  await writeFile(join(resultsDir, 'records.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nwrote ${join(resultsDir, 'records.json')}`);
} finally {
  await store?.close();
  await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
  await admin.end();
  await vite.close();
}
