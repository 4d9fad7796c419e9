// Benchmarks write latency of the local Rooms service with a data file, at 10, 10,000 and 100,000 rooms: room
// creates and roster patches through the official @azure/communication-rooms SDK, each answered only once its change
// is on disk. The reference, measured in the same run on the same disk, is one raw append + fdatasync of a line of
// the same size: the floor any durable write pays.
//
//   node bench/writes/run.mjs [--writes 300] [--sizes 10,10000,100000]
//
// Prints a table and writes bench/results/writes.json.
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, open, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RoomsClient } from '@azure/communication-rooms';
import { createServer } from 'vite';
import { option, round, stats } from '../stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const resultsDir = join(repo, 'bench', 'results');

const WRITES = Number(option('writes', '300'));
const SIZES = option('sizes', '10,10000,100000').split(',').map(Number);
const WARMUP = 20;

// The kit's server code is TypeScript; Vite loads it for Node without a build step, as `npm start` does.
const vite = await createServer({
  root: repo,
  configFile: false,
  logLevel: 'silent',
  server: { middlewareMode: true },
  appType: 'custom',
});
const { createRoomsEmulator } = await vite.ssrLoadModule(join(repo, 'src/emulator/index.ts'));
const { openJournal } = await vite.ssrLoadModule(join(repo, 'src/emulator/journal.ts'));
const { createRoomsModel, digitRoomIds } = await vite.ssrLoadModule(join(repo, 'src/core/roomsModel.ts'));
const { makeUserId } = await vite.ssrLoadModule(join(repo, 'src/adapter/inMemory/people.ts'));

const work = await mkdtemp(join(os.tmpdir(), 'rooms-bench-writes-'));

/** A data file that already holds `size` rooms of three participants each, written as one snapshot. */
async function seededDataFile(size) {
  const now = new Date();
  const model = createRoomsModel({ now: () => now, newRoomId: digitRoomIds(Math.random) });
  for (let i = 0; i < size; i++) {
    const plan = model.planCreate({
      participants: [0, 1, 2].map((n) => ({ id: makeUserId(i * 3 + n, 5), role: n === 0 ? 'Presenter' : 'Attendee' })),
    });
    model.apply(plan.change);
  }
  const path = join(work, `rooms-${size}.json`);
  const accessKey = Buffer.from(randomUUID()).toString('base64');
  const snapshot = { rooms: model.snapshot(), identities: { resourceId: randomUUID(), identities: [] } };
  const { journal } = await openJournal({
    path,
    accessKey,
    initialSnapshot: snapshot,
    read: (s, c) => ({ snapshot: s, changes: c }),
  });
  await journal.close();
  return { path, accessKey, roomId: model.listRooms({ after: -1, sinceEmpty: 0 }, 1).items[0]?.id };
}

async function measure(size) {
  const seeded = await seededDataFile(size);
  const fileBytes = (await stat(seeded.path)).size;
  const startedAt = performance.now();
  const emulator = await createRoomsEmulator({ dataFile: seeded.path, accessKey: seeded.accessKey });
  const startMs = performance.now() - startedAt;
  const rooms = new RoomsClient(emulator.connectionString, {
    allowInsecureConnection: true,
    retryOptions: { maxRetries: 0 },
  });
  const creates = [];
  const patches = [];
  let patchRoom = seeded.roomId ?? (await rooms.createRoom()).id;
  for (let i = 0; i < WARMUP + WRITES; i++) {
    let at = performance.now();
    await rooms.createRoom({ participants: [] });
    if (i >= WARMUP) creates.push(performance.now() - at);
    at = performance.now();
    await rooms.addOrUpdateParticipants(patchRoom, [
      { id: { communicationUserId: makeUserId(9_000_000 + i, 6) }, role: 'Consumer' },
    ]);
    if (i >= WARMUP) patches.push(performance.now() - at);
  }
  await emulator.close();
  return {
    rooms: size,
    dataFileBytes: fileBytes,
    startMs: round(startMs),
    createMs: stats(creates),
    participantPatchMs: stats(patches),
  };
}

/** The floor: append one ~180-byte line and flush it, as the journal does, on the same disk. */
async function fsyncReference() {
  const path = join(work, 'reference.log');
  await writeFile(path, '');
  const handle = await open(path, 'r+');
  const line = Buffer.from(`${'x'.repeat(180)}\n`);
  const times = [];
  let position = 0;
  for (let i = 0; i < WARMUP + WRITES; i++) {
    const at = performance.now();
    await handle.write(line, 0, line.length, position);
    await handle.datasync();
    if (i >= WARMUP) times.push(performance.now() - at);
    position += line.length;
  }
  await handle.close();
  return stats(times);
}

try {
  const loadAverageAtStart = os.loadavg().map(round);
  const reference = await fsyncReference();
  const results = [];
  for (const size of SIZES) {
    process.stdout.write(`measuring ${size} rooms…\n`);
    results.push(await measure(size));
  }
  const smallest = results[0];
  console.log(`\nappend + fdatasync of one line (reference): p50 ${reference.p50} ms, p95 ${reference.p95} ms\n`);
  console.log('rooms    | start (load) | create p50 / p95 | patch p50 / p95 | create p50 vs smallest | vs reference');
  for (const r of results) {
    console.log(
      `${String(r.rooms).padEnd(8)} | ${`${r.startMs} ms`.padEnd(12)} | ${`${r.createMs.p50} / ${r.createMs.p95} ms`.padEnd(16)} | ` +
        `${`${r.participantPatchMs.p50} / ${r.participantPatchMs.p95} ms`.padEnd(15)} | ` +
        `${`${round(r.createMs.p50 / smallest.createMs.p50)}×`.padEnd(22)} | ${round(r.createMs.p50 / reference.p50)}×`,
    );
  }
  await mkdir(resultsDir, { recursive: true });
  const json = {
    machine: { cpus: os.cpus().length, loadAverageAtStart, node: process.version },
    writesPerSize: WRITES,
    reference: { appendAndDatasyncMs: reference },
    results,
  };
  await writeFile(join(resultsDir, 'writes.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nwrote ${join(resultsDir, 'writes.json')}`);
} finally {
  await vite.close();
  await rm(work, { recursive: true, force: true });
}
