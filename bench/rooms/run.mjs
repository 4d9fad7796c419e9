// Benchmarks room lists and searches end to end, as a browser's adapter sees them: `createHttpRoomsAdapter` →
// loopback HTTP → the kit's request handler → the PostgreSQL record store with 100,000 rooms (titles, organisers,
// rosters of people in the handler's directory). Cases: the first page of the list, a page deep in it (cursors
// followed to 90 %), searches by a word of the title, by a participant's name (one person, and a first name a hundred
// people share) and by a fragment of a room id, and an organiser who may see 20 of the 100,000 (one page, exactly
// those 20). References, measured in the same rounds: an HTTP round trip through the adapter and handler that does no
// store work (`GET /people?search=x&limit=0`), and `SELECT 1` through a pool on the same database. Each case is also
// timed on the store alone (the same query the handler makes), so the figures say what the HTTP layer adds.
//
//   node bench/rooms/run.mjs [--runs 100] [--rooms 100000]
//
// Uses $ROOMS_KIT_TEST_DATABASE_URL, or a throwaway database in this machine's Debian cluster (dropped at the end,
// also when the run fails). Prints a table and writes bench/results/rooms.json.
import { createServer as createHttpServer } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createServer as createViteServer } from 'vite';
import { POSTGRES_HINT, provideTestDatabase } from '../../scripts/postgres.mjs';
import { countOption, round, stats } from '../stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const resultsDir = join(repo, 'bench', 'results');

const RUNS = Math.max(50, countOption('runs', 100));
const ROOMS = Math.max(10_000, countOption('rooms', 100_000));
const WARMUP = 10;
const PAGE = 50;
const BASE_PATH = '/api/rooms-kit';
/** The header the bench's host reads the caller from (a real host reads its session). */
const CALLER_HEADER = 'x-bench-caller';

// The seeded world: a clinic's 250 clinicians organise the rooms, one more (the scoped caller) organises exactly
// 1 in 5,000 of them, spread over the whole list; 5,000 patients are each on 20 rooms, and every 4th room has a
// companion too. Every person is in the handler's directory by name.
const STAFF = 250;
const PATIENTS = 5000;
const SCOPED_EVERY = 5000;
const SCOPED_AT = 1234;
const START = Date.UTC(2025, 0, 1, 8);
const STEP_MINUTES = 5;
const KINDS = ['Consultation', 'Follow-up', 'Check-up', 'Therapy session', 'Second opinion', 'Results talk', 'Intake'];
const TOPICS = [
  'knee pain',
  'back pain',
  'migraine',
  'asthma',
  'diabetes',
  'blood pressure',
  'sleep',
  'allergies',
  'eczema',
  'dermatology',
  'nutrition',
  'pregnancy',
  'vaccination',
  'physiotherapy',
  'cardiology',
  'hearing',
  'vision',
  'anxiety',
  'thyroid',
  'cholesterol',
  'fracture',
  'rehabilitation',
  'oncology',
  'neurology',
  'pediatrics',
  'orthopedics',
  'urology',
  'gastroenterology',
  'pulmonology',
  'rheumatology',
  'endocrinology',
  'hematology',
  'nephrology',
  'psychiatry',
  'radiology',
  'podiatry',
  'dentistry',
  'speech therapy',
  'occupational therapy',
  'smoking cessation',
];
const ZONES = ['Europe/Berlin', 'Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney'];
const FIRST = [
  'Priya',
  'Amara',
  'Jonas',
  'Lena',
  'Mateo',
  'Sofia',
  'Kenji',
  'Aisha',
  'Liam',
  'Noah',
  'Emma',
  'Olivia',
  'Lucas',
  'Mia',
  'Elena',
  'Omar',
  'Fatima',
  'Yusuf',
  'Hana',
  'Ivan',
  'Nadia',
  'Tomas',
  'Chloe',
  'Arjun',
  'Mei',
  'Diego',
  'Sara',
  'Felix',
  'Zoe',
  'Ravi',
  'Ines',
  'Hugo',
  'Leila',
  'Marta',
  'Pavel',
  'Rosa',
  'Sven',
  'Tara',
  'Uma',
  'Victor',
  'Wen',
  'Yara',
  'Adam',
  'Beatriz',
  'Carlos',
  'Dana',
  'Erik',
  'Freya',
  'Gabriel',
  'Helga',
];
const LAST = [
  'Raman',
  'Okafor',
  'Schmidt',
  'Nguyen',
  'Garcia',
  'Rossi',
  'Tanaka',
  'Khan',
  'Murphy',
  'Novak',
  'Silva',
  'Kowalski',
  'Jensen',
  'Haddad',
  'Moreau',
  'Petrov',
  'Costa',
  'Yilmaz',
  'Fischer',
  'Lindqvist',
  'Bauer',
  'Chen',
  'Das',
  'Eriksen',
  'Fontaine',
  'Gruber',
  'Hoffmann',
  'Ibrahim',
  'Jovanovic',
  'Kaur',
  'Larsen',
  'Mendes',
  'Nakamura',
  'Olsen',
  'Papadopoulos',
  'Quinn',
  'Reyes',
  'Sato',
  'Torres',
  'Ueda',
  'Varga',
  'Weber',
  'Xu',
  'Yamada',
  'Zimmermann',
  'Abbott',
  'Bianchi',
  'Castillo',
  'Dubois',
  'Engel',
  'Ferreira',
  'Gallagher',
  'Horvat',
  'Iqbal',
  'Jansen',
  'Keller',
  'Lopez',
  'Meyer',
  'Nielsen',
  "O'Brien",
  'Pereira',
  'Quintero',
  'Richter',
  'Santos',
  'Thompson',
  'Urbanek',
  'Vogel',
  'Walsh',
  'Xavier',
  'Young',
  'Zeller',
  'Alvarez',
  'Brennan',
  'Cohen',
  'Dimitrov',
  'Evans',
  'Fleming',
  'Gomez',
  'Hansen',
  'Ito',
  'Jaeger',
  'Kim',
  'Lambert',
  'Marin',
  'Nowak',
  'Ortiz',
  'Park',
  'Ramos',
  'Stein',
  'Tran',
  'Ulrich',
  'Vasquez',
  'Wagner',
  'Yildiz',
  'Zhou',
  'Arnold',
  'Berg',
  'Campbell',
  'Duarte',
  'Ekström',
];
const STAFF_FIRST = [
  'Anders',
  'Beatrix',
  'Cyrus',
  'Delphine',
  'Emeka',
  'Farida',
  'Gustav',
  'Hiroko',
  'Idris',
  'Jolene',
];
const STAFF_LAST = [
  'Achterberg',
  'Blomqvist',
  'Cavanagh',
  'Desrosiers',
  'Etxeberria',
  'Fairweather',
  'Grünewald',
  'Hazelwood',
  'Ingebrigtsen',
  'Jablonski',
  'Kristoffersen',
  'Lindenbaum',
  'Montgomery',
  'Nightingale',
  'Oyelaran',
  'Pemberton',
  'Quatermain',
  'Rosenthal',
  'Sandoval',
  'Thorvaldsen',
  'Underhill',
  'Valdivia',
  'Whitcombe',
  'Ysselmuiden',
  'Zoltanyi',
];

/** A raw ACS id of the shape the service issues, the same for the same kind and number (mirrored in SQL below). */
const ID_PREFIX = '8:acs:5f3ab1c2-0d4e-4f60-9a7b-8c9d0e1f2a3b_00000002-0000-4000-';
const userId = (kind, n) => `${ID_PREFIX}${kind}-${n.toString(16).padStart(12, '0')}`;
const sqlUserId = (kind, n) => `'${ID_PREFIX}${kind}-' || lpad(to_hex(${n}), 12, '0')`;
const STAFF_KIND = 'a000';
const PATIENT_KIND = 'b000';
// 17-digit room ids, as the service's look, from a bijection of the room's number modulo 10^16.
const ID_MULTIPLIER = 6364136223846793n;
const ID_OFFSET = 1442695040888963n;
const roomIdOf = (i) => `9${((BigInt(i) * ID_MULTIPLIER + ID_OFFSET) % 10n ** 16n).toString().padStart(16, '0')}`;
const staffName = (n) =>
  n === STAFF ? 'Dr. Amara Okafor' : `Dr. ${STAFF_FIRST[n % 10]} ${STAFF_LAST[Math.floor(n / 10) % 25]}`;
const patientName = (p) => `${FIRST[p % FIRST.length]} ${LAST[Math.floor(p / FIRST.length)]}`;

function check(condition, message) {
  if (!condition) throw new Error(`bench check failed: ${message}`);
}

/**
 * Fills the store's tables (its migrations have run) with `count` rooms in one `INSERT … SELECT generate_series`
 * per table, its secondary indexes and foreign keys set aside and rebuilt afterwards, as a bulk load is done.
 */
async function seed(pool, schema, count, foldForSearch) {
  const s = `"${schema}"`;
  const rows = `FROM generate_series(0, $1::integer - 1) AS i`;
  const id = `'9' || lpad(((i::numeric * ${ID_MULTIPLIER} + ${ID_OFFSET}) % 10000000000000000)::text, 16, '0')`;
  const organiser = `CASE WHEN i % ${SCOPED_EVERY} = ${SCOPED_AT} THEN ${STAFF} ELSE i % ${STAFF} END`;
  const patient = `((i * 37 + 11) % ${PATIENTS})`;
  const companion = `((i * 53 + 7) % ${PATIENTS})`;
  const created = `to_timestamp(${START / 1000}) + i * interval '${STEP_MINUTES} minutes'`;
  const subjects = [];
  for (const kind of KINDS) for (const topic of TOPICS) subjects.push(`${kind}: ${topic}`);
  // Every title is ASCII, so PostgreSQL's lower() folds it as the kit's foldForSearch does; say so rather than trust it.
  for (const subject of subjects) check(foldForSearch(subject) === subject.toLowerCase(), `folding ${subject}`);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const keys = await client.query(
      `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE contype = 'f' AND connamespace = $1::regnamespace`,
      [s],
    );
    const indexes = await client.query(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
       WHERE schemaname = $1 AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE connamespace = $2::regnamespace)`,
      [schema, s],
    );
    for (const key of keys.rows) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT "${key.name}"`);
    for (const index of indexes.rows) await client.query(`DROP INDEX ${s}."${index.name}"`);
    await client.query(
      `INSERT INTO ${s}.room_records (room_id, organizer_id, subject, subject_folded, time_zone, reference,
         reference_folded, created_at, valid_from, valid_until, pstn_dial_out_enabled, version, updated_at, updated_by,
         adopted)
       SELECT ${id}, ${sqlUserId(STAFF_KIND, organiser)}, ($2::text[])[1 + i % array_length($2::text[], 1)],
         lower(($2::text[])[1 + i % array_length($2::text[], 1)]), ($3::text[])[1 + i % array_length($3::text[], 1)],
         'A-' || lpad(i::text, 6, '0'), 'a-' || lpad(i::text, 6, '0'), ${created},
         ${created} + interval '1 day', ${created} + interval '1 day 30 minutes', false, 1, ${created},
         ${sqlUserId(STAFF_KIND, organiser)}, false ${rows}`,
      [count, subjects, ZONES],
    );
    await client.query(
      `INSERT INTO ${s}.room_roster (room_id, user_id, role, position, room_created_at)
       SELECT ${id}, ${sqlUserId(STAFF_KIND, organiser)}, 'Presenter', 1, ${created} ${rows}
       UNION ALL SELECT ${id}, ${sqlUserId(PATIENT_KIND, patient)}, 'Attendee', 2, ${created} ${rows}
       UNION ALL SELECT ${id}, ${sqlUserId(PATIENT_KIND, companion)}, 'Attendee', 3, ${created} ${rows}
         WHERE i % 4 = 0 AND ${companion} <> ${patient}`,
      [count],
    );
    await client.query(
      `INSERT INTO ${s}.room_roster_summaries (room_id, participant_count, first_participants)
       SELECT ${id}, CASE WHEN i % 4 = 0 AND ${companion} <> ${patient} THEN 3 ELSE 2 END,
         jsonb_build_array(
           jsonb_build_object('id', ${sqlUserId(STAFF_KIND, organiser)}, 'role', 'Presenter'),
           jsonb_build_object('id', ${sqlUserId(PATIENT_KIND, patient)}, 'role', 'Attendee'))
         || CASE WHEN i % 4 = 0 AND ${companion} <> ${patient}
              THEN jsonb_build_array(jsonb_build_object('id', ${sqlUserId(PATIENT_KIND, companion)}, 'role', 'Attendee'))
              ELSE '[]'::jsonb END ${rows}`,
      [count],
    );
    for (const index of indexes.rows) await client.query(index.definition);
    for (const key of keys.rows) {
      await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT "${key.name}" ${key.definition}`);
    }
    await client.query('COMMIT');
    await client.query(`ANALYZE ${s}.room_records; ANALYZE ${s}.room_roster; ANALYZE ${s}.room_roster_summaries`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const database = provideTestDatabase();
if (!database) {
  console.error(POSTGRES_HINT);
  process.exit(1);
}
// A run that fails, or is stopped, still drops its database.
process.on('exit', () => database.drop());
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

async function main() {
  // The kit's code is TypeScript; Vite loads it for Node without a build step, as `npm start` does.
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
  const { createRoomsRequestHandler, createPostgresRoomRecordStore } = await load('src/server/index.ts');
  const { createGrowingPeopleDirectory } = await load('src/server/directory.ts');
  const { createHttpRoomsAdapter } = await load('src/adapter/http/index.ts');
  const { foldForSearch } = await load('src/core/people.ts');
  const { roomSearchText } = await load('src/core/roomDetails.ts');

  const schema = 'rooms_kit';
  const admin = new pg.Pool({ connectionString: database.url, max: 2 });
  admin.on('error', () => undefined);
  const records = createPostgresRoomRecordStore({ connectionString: database.url }, { schema });
  let emulator;
  let handler;
  let server;
  try {
    process.stdout.write(`seeding ${ROOMS} rooms…\n`);
    const seedStart = performance.now();
    await records.roomIds(); // runs the store's migrations
    await seed(admin, schema, ROOMS, foldForSearch);
    const seedMs = Math.round(performance.now() - seedStart);
    const trigram = (await admin.query(`SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'`)).rowCount === 1;
    const rosterRows = Number((await admin.query(`SELECT count(*) AS n FROM ${schema}.room_roster`)).rows[0].n);

    // The handler's directory: every clinician and patient by name (the default directory, filled directly rather
    // than through createUser, which would also make 5,000 identities in the local service).
    const directory = createGrowingPeopleDirectory();
    for (let n = 0; n <= STAFF; n++) directory.add({ id: userId(STAFF_KIND, n), displayName: staffName(n) });
    for (let p = 0; p < PATIENTS; p++) directory.add({ id: userId(PATIENT_KIND, p), displayName: patientName(p) });

    const ADMIN = userId(STAFF_KIND, 0xfff);
    const SCOPED = userId(STAFF_KIND, STAFF);
    emulator = await createRoomsEmulator({ onError: (error) => console.error(error) });
    handler = createRoomsRequestHandler({
      connectionString: emulator.connectionString,
      basePath: BASE_PATH,
      records,
      directory,
      // The seeded records have no rooms in the local service: a sync would drop them as rooms gone.
      syncIntervalMs: false,
      currentUser: (request) => request.headers[CALLER_HEADER],
      // The host's rule: its administrator sees every room, anyone else the rooms they organise.
      scope: (request) => {
        const caller = request.headers[CALLER_HEADER];
        if (typeof caller !== 'string' || caller === '') throw new Error('no caller');
        return caller === ADMIN ? { all: true } : { organizerId: caller };
      },
      authorize: () => true,
      onError: (error) => console.error(error),
    });
    server = createHttpServer((request, response) => void handler(request, response));
    server.on('clientError', handler.onClientError);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${server.address().port}${BASE_PATH}`;
    // What a browser's code holds: the kit's HTTP adapter (Node's fetch, keep-alive, as a browser's).
    const adapterOf = (caller) => createHttpRoomsAdapter({ baseUrl, headers: { [CALLER_HEADER]: caller }, retries: 0 });
    const all = adapterOf(ADMIN);
    const scoped = adapterOf(SCOPED);

    // The deep page: cursors followed (100 a page) to 90 % of the list, then one page of 50 timed from there.
    process.stdout.write('following cursors to 90 % of the list…\n');
    const deepIndex = Math.floor(ROOMS * 0.9);
    let cursor;
    let seen = 0;
    let before; // the last room before the deep page, for the store-alone query
    while (seen < deepIndex) {
      const page = await all.listRooms({ pageSize: Math.min(100, deepIndex - seen), cursor });
      check(page.items.length > 0 && page.nextCursor !== undefined, `a page at ${seen} has rooms and a next cursor`);
      seen += page.items.length;
      before = page.items[page.items.length - 1];
      cursor = page.nextCursor;
    }
    const deepCursor = cursor;
    check(before.id === roomIdOf(deepIndex - 1), 'the cursors led to the 90 % room');

    const scopedIds = new Set();
    for (let i = SCOPED_AT; i < ROOMS; i += SCOPED_EVERY) scopedIds.add(roomIdOf(i));
    const idRoom = Math.floor(ROOMS * 0.777);
    const idFragment = roomIdOf(idRoom).slice(5, 13);
    const priya = userId(PATIENT_KIND, 0);
    const priyaRooms = Number(
      (await admin.query(`SELECT count(*) AS n FROM ${schema}.room_roster WHERE user_id = $1`, [priya])).rows[0].n,
    );
    const word = 'dermatology';

    // Each case: the adapter call, the same query on the store alone, and what its answer must be.
    const storeSearch = async (typed) => ({
      text: roomSearchText(typed),
      participantIds: (await directory.search(typed, 100)).map((person) => person.id),
    });
    const cases = [
      {
        name: 'list, first page',
        http: () => all.listRooms({ pageSize: PAGE }),
        store: { scope: { all: true }, limit: PAGE },
        expect: (page) =>
          page.items.length === PAGE && page.nextCursor !== undefined && page.items[0].id === roomIdOf(0),
      },
      {
        name: 'list, page at 90 % (cursor)',
        http: () => all.listRooms({ pageSize: PAGE, cursor: deepCursor }),
        store: {
          scope: { all: true },
          limit: PAGE,
          after: { createdAt: before.createdAt.getTime(), roomId: before.id },
        },
        expect: (page) => page.items.length === PAGE && page.items[0].id === roomIdOf(deepIndex),
      },
      {
        name: `search: title word "${word}"`,
        http: () => all.listRooms({ pageSize: PAGE, search: word }),
        store: { scope: { all: true }, search: await storeSearch(word), limit: PAGE },
        expect: (page) =>
          page.items.length === PAGE &&
          page.nextCursor !== undefined &&
          page.items.every((r) => r.subject.includes(word)),
      },
      {
        name: 'search: person "Priya Raman"',
        http: () => all.listRooms({ pageSize: PAGE, search: 'Priya Raman' }),
        store: { scope: { all: true }, search: await storeSearch('Priya Raman'), limit: PAGE },
        expect: (page) =>
          page.items.length === priyaRooms &&
          page.nextCursor === undefined &&
          page.items.every((r) => r.rosterPreview.participants.some((p) => p.id === priya)),
      },
      {
        name: 'search: first name "Priya" (100)',
        http: () => all.listRooms({ pageSize: PAGE, search: 'Priya' }),
        store: { scope: { all: true }, search: await storeSearch('Priya'), limit: PAGE },
        expect: (page) => page.items.length === PAGE && page.nextCursor !== undefined,
      },
      {
        name: `search: id fragment "${idFragment}"`,
        http: () => all.listRooms({ pageSize: PAGE, search: idFragment }),
        store: { scope: { all: true }, search: await storeSearch(idFragment), limit: PAGE },
        expect: (page) =>
          page.items.some((r) => r.id === roomIdOf(idRoom)) && page.items.every((r) => r.id.includes(idFragment)),
      },
      {
        name: `scoped: organiser's 20 of ${ROOMS}`,
        http: () => scoped.listRooms({ pageSize: PAGE }),
        store: { scope: { organizerId: SCOPED }, limit: PAGE },
        expect: (page) =>
          page.items.length === scopedIds.size &&
          page.nextCursor === undefined &&
          page.items.every((r) => scopedIds.has(r.id) && r.organizerId === SCOPED),
      },
    ];
    check(scopedIds.size === 20 || ROOMS !== 100_000, 'the scoped caller organises 20 rooms');

    // Each answer is checked once before timing, and once more at the end of the timed runs.
    for (const c of cases) check(c.expect(await c.http()), `${c.name} answers as seeded`);

    const references = [
      { name: 'HTTP round trip, no store work', run: () => all.searchPeople('x', { limit: 0 }) },
      { name: 'SELECT 1 through a pool', run: () => admin.query('SELECT 1') },
    ];
    // Round-robin: every round times each case and each reference once, so the machine's load falls on all alike.
    const timers = [
      ...references.map((r) => ({ key: r.name, run: r.run })),
      ...cases.flatMap((c) => [
        { key: `${c.name}|http`, run: c.http, last: true },
        { key: `${c.name}|store`, run: () => records.list(c.store) },
      ]),
    ];
    const samples = new Map(timers.map((t) => [t.key, []]));
    const lastAnswers = new Map();
    const loadAverageAtStart = os.loadavg().map(round);
    process.stdout.write(`timing ${cases.length} cases and 2 references, ${WARMUP} + ${RUNS} rounds…\n`);
    for (let round_ = 0; round_ < WARMUP + RUNS; round_++) {
      for (const timer of timers) {
        const start = performance.now();
        const answer = await timer.run();
        const ms = performance.now() - start;
        if (round_ >= WARMUP) samples.get(timer.key).push(ms);
        if (timer.last) lastAnswers.set(timer.key, answer);
      }
    }
    for (const c of cases) check(c.expect(lastAnswers.get(`${c.name}|http`)), `${c.name} still answers as seeded`);
    const loadAverageAtEnd = os.loadavg().map(round);

    const httpReference = stats(samples.get(references[0].name));
    const selectOne = stats(samples.get(references[1].name));
    const results = cases.map((c) => {
      const page = lastAnswers.get(`${c.name}|http`);
      const http = stats(samples.get(`${c.name}|http`));
      const store = stats(samples.get(`${c.name}|store`));
      return {
        name: c.name,
        rooms: page.items.length,
        more: page.nextCursor !== undefined,
        httpMs: http,
        storeMs: store,
        p50VsHttpReference: round(http.p50 / httpReference.p50),
        p50VsSelectOne: round(http.p50 / selectOne.p50),
      };
    });

    const pair = (s) => `${s.p50} / ${s.p95}`;
    console.log(
      `\n${ROOMS} rooms (${rosterRows} roster entries, ${directory.size} people), seeded in ${seedMs} ms; ` +
        `title search index: ${trigram ? 'pg_trgm' : 'none (scan)'}; ${RUNS} runs each after ${WARMUP} warm-up; ` +
        `load average ${loadAverageAtStart.join(' ')} → ${loadAverageAtEnd.join(' ')} on ${os.cpus().length} CPUs`,
    );
    console.log(`reference: HTTP round trip without store work p50 / p95 ${pair(httpReference)} ms`);
    console.log(`reference: SELECT 1 through a pool          p50 / p95 ${pair(selectOne)} ms\n`);
    console.log(
      '| case | rooms | through HTTP p50 / p95 (ms) | store alone p50 / p95 (ms) | p50 ÷ HTTP ref | p50 ÷ SELECT 1 |',
    );
    console.log('|---|---|---|---|---|---|');
    for (const r of results) {
      console.log(
        `| ${r.name} | ${r.rooms}${r.more ? '+' : ''} | ${pair(r.httpMs)} | ${pair(r.storeMs)} | ` +
          `${r.p50VsHttpReference}× | ${r.p50VsSelectOne}× |`,
      );
    }

    const json = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        node: process.version,
        // Other work on the machine skews every figure; the load average says how busy it was.
        loadAverageAtStart,
        loadAverageAtEnd,
      },
      postgres: (await admin.query('SHOW server_version')).rows[0].server_version,
      rooms: ROOMS,
      rosterEntries: rosterRows,
      directoryPeople: directory.size,
      seedMs,
      titleSearchIndex: trigram ? 'pg_trgm' : 'none',
      runsPerCase: RUNS,
      warmupRounds: WARMUP,
      pageSize: PAGE,
      method:
        'Each case is one listRooms call of createHttpRoomsAdapter (the browser adapter, on Node’s fetch with ' +
        'keep-alive) to createRoomsRequestHandler on node:http at 127.0.0.1, whose records are ' +
        'createPostgresRoomRecordStore on a throwaway database, timed from the call to the parsed page. The caller is ' +
        'named by a request header the host’s scope resolver reads: the administrator sees every room, anyone else ' +
        'the rooms they organise. Rounds are round-robin over the cases and references. storeMs: the same query on ' +
        'the store directly (no HTTP, no handler). References: searchPeople("x", { limit: 0 }) through the same ' +
        'adapter and handler (no directory or store work), and SELECT 1 on a pg pool to the same database. ' +
        'The deep page is reached by following cursors to 90 % of the list; the id fragment is 8 digits of a ' +
        '17-digit room id. Milliseconds.',
      reference: { httpRoundTripMs: httpReference, selectOneMs: selectOne },
      results,
    };
    await mkdir(resultsDir, { recursive: true });
    await writeFile(join(resultsDir, 'rooms.json'), `${JSON.stringify(json, null, 2)}\n`);
    console.log(`\nwritten to ${join('bench', 'results', 'rooms.json')}`);
  } finally {
    if (server) {
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await closed;
    }
    await handler?.close();
    await records.close();
    await admin.end();
    await emulator?.close();
    await vite.close();
    database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
