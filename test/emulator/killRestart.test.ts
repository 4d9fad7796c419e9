/**
 * The local Rooms service killed with SIGKILL in the middle of bursts of writes — keyed creates, the same keys sent
 * twice at once, roster patches — while its disk fails part of the time (appends that stop half-way, flushes and
 * renames that fail): after each restart every write it acknowledged is there, and no write it refused is.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getIdentifierRawId } from '@azure/communication-common';
import { RoomsClient } from '@azure/communication-rooms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEmulatorPackage, type BuiltEmulator, type StartedChild } from './builtEmulator';

// A child that runs the built emulator on a disk that fails at the rate given, from a seed, so a run can be repeated.
const FAULTY_CHILD = `
import { createRoomsEmulator, nodeDataFileSystem } from '../dist/emulator.js';
const [dataFile, rate, seed, accessKey] = process.argv.slice(2);
let state = Number(seed) >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = Math.imul(state ^ (state >>> 15), state | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const fails = (share = 1) => random() < Number(rate) * share;
const eio = (what) => Object.assign(new Error('EIO: simulated disk failure, ' + what), { code: 'EIO' });
const fileSystem = {
  ...nodeDataFileSystem,
  async openForWriting(path) {
    const handle = await nodeDataFileSystem.openForWriting(path);
    return {
      ...handle,
      async write(data, position) {
        if (fails()) {
          await handle.write(data.subarray(0, data.length >> 1), position);
          throw eio('write');
        }
        await handle.write(data, position);
      },
      async sync() {
        if (fails()) throw eio('sync');
        await handle.sync();
      },
      async truncate(length) {
        if (fails(0.2)) throw eio('truncate');
        await handle.truncate(length);
      },
    };
  },
  async writeNew(path, data) {
    if (fails()) throw eio('writeNew');
    await nodeDataFileSystem.writeNew(path, data);
  },
  async rename(from, to) {
    if (fails()) throw eio('rename');
    await nodeDataFileSystem.rename(from, to);
  },
};
const emulator = await createRoomsEmulator({
  port: 0,
  dataFile,
  accessKey,
  fileSystem,
  // Small, so the bursts also kill the process during compactions.
  compactAfterBytes: 4096,
});
console.log(emulator.connectionString);
`;

let built: BuiltEmulator;
let faultyChild: string;
let dataDir: string;

beforeAll(async () => {
  built = await buildEmulatorPackage();
  faultyChild = await built.script('faulty-child.mjs', FAULTY_CHILD);
  dataDir = await mkdtemp(join(tmpdir(), 'rooms-kill-'));
}, 120_000);

afterAll(async () => {
  await built?.dispose();
  await rm(dataDir, { recursive: true, force: true });
});

type Outcome = 'acknowledged' | 'refused' | 'unknown';

/** 2xx: acknowledged; 500: refused (the service says nothing was changed); anything else (503, no answer): unknown. */
function outcomeOf(result: PromiseSettledResult<unknown> | undefined): Outcome {
  if (!result) return 'unknown';
  if (result.status === 'fulfilled') return 'acknowledged';
  return (result.reason as { statusCode?: number }).statusCode === 500 ? 'refused' : 'unknown';
}

const client = (connectionString: string): RoomsClient =>
  new RoomsClient(connectionString, { allowInsecureConnection: true, retryOptions: { maxRetries: 0 } });

describe('the local Rooms service, killed during bursts of writes on a failing disk', () => {
  it('keeps every acknowledged write and no refused one, across three kills and restarts', async () => {
    const dataFile = join(dataDir, 'rooms.json');
    const accessKey = Buffer.from(randomUUID()).toString('base64');
    // What each key and participant must look like after every restart.
    const keys = new Map<string, { until: number; outcome: Outcome; roomId?: string }>();
    const participants = new Map<string, Outcome>();
    const base = Date.now() + 86_400_000;
    let roomId: string | undefined;
    let acknowledgedSoFar = 0;

    for (let cycle = 0; cycle < 3; cycle++) {
      // Opening the file can fail on this disk too (the start then says so and exits): try with the next seed.
      let started: StartedChild | undefined;
      for (let attempt = 0; !started; attempt++) {
        expect(attempt, 'starts on the failing disk').toBeLessThan(10);
        const seed = String(cycle * 10 + attempt + 1);
        started = await built.start(faultyChild, [dataFile, '0.15', seed, accessKey]).catch(() => undefined);
      }
      const rooms = client(started.connectionString);
      // A room for the roster patches, made before the burst (retried: the disk fails here too).
      while (roomId === undefined)
        roomId = await rooms.createRoom().then(
          (room) => room.id,
          () => undefined,
        );

      const settled: Array<Promise<void>> = [];
      const results: Array<() => void> = [];
      let answered = 0;
      let killAt!: () => void;
      const enough = new Promise<void>((resolve) => (killAt = resolve));
      const track = <T>(promise: Promise<T>, record: (result: PromiseSettledResult<T>) => void): void => {
        settled.push(
          promise.then(
            (value) => record({ status: 'fulfilled', value }),
            (reason: unknown) => record({ status: 'rejected', reason }),
          ),
        );
        void promise
          .catch(() => undefined)
          .finally(() => {
            answered++;
            if (answered === 45) killAt();
          });
      };

      // Creates (every fourth sent twice at once) and roster patches, interleaved so the kill cuts into both.
      for (let i = 0; i < 40; i++) {
        const key = randomUUID();
        const until = base + (cycle * 100 + i) * 60_000;
        const request = () =>
          rooms.createRoom({
            validUntil: new Date(until),
            requestOptions: { customHeaders: { 'Repeatability-Request-ID': key } },
          });
        const sends: Array<PromiseSettledResult<{ id: string }> | undefined> = [undefined];
        if (i % 4 === 0) sends.push(undefined);
        sends.forEach((_, index) => track(request(), (result) => (sends[index] = result)));
        results.push(() => {
          const outcomes = sends.map(outcomeOf);
          const ack = sends.find((s) => s?.status === 'fulfilled') as
            PromiseFulfilledResult<{ id: string }> | undefined;
          const outcome: Outcome = ack
            ? 'acknowledged'
            : outcomes.every((o) => o === 'refused')
              ? 'refused'
              : 'unknown';
          keys.set(key, { until, outcome, ...(ack ? { roomId: ack.value.id } : {}) });
        });
        if (i % 2 === 0) {
          const user = `8:acs:${randomUUID()}_${randomUUID()}`;
          let result: PromiseSettledResult<unknown> | undefined;
          const patch = rooms.addOrUpdateParticipants(roomId, [
            { id: { communicationUserId: user }, role: 'Consumer' },
          ]);
          track(patch, (r) => (result = r));
          results.push(() => participants.set(user, outcomeOf(result)));
        }
      }

      await enough;
      await built.kill(started);
      // Requests cut off by the kill settle now (with no answer: unknown).
      await Promise.all(settled);
      for (const record of results) record();

      // Restart on a healthy disk and read everything back.
      const checked = await built.start(built.binPath, ['--port', '0', '--data', dataFile]);
      const again = client(checked.connectionString);
      const byUntil = new Map<number, string[]>();
      for await (const room of again.listRooms()) {
        const ids = byUntil.get(room.validUntil.getTime()) ?? [];
        ids.push(room.id);
        byUntil.set(room.validUntil.getTime(), ids);
      }
      for (const [key, expected] of keys) {
        const found = byUntil.get(expected.until) ?? [];
        // One key never makes two rooms, whatever happened.
        expect(found.length, `rooms for key ${key}`).toBeLessThanOrEqual(1);
        if (expected.outcome === 'acknowledged') expect(found, `acknowledged key ${key}`).toEqual([expected.roomId]);
        if (expected.outcome === 'refused') expect(found, `refused key ${key}`).toEqual([]);
      }
      const roster = new Set<string>();
      for await (const p of again.listParticipants(roomId)) roster.add(getIdentifierRawId(p.id));
      for (const [user, outcome] of participants) {
        if (outcome === 'acknowledged') expect(roster.has(user), `acknowledged participant ${user}`).toBe(true);
        if (outcome === 'refused') expect(roster.has(user), `refused participant ${user}`).toBe(false);
      }
      await built.kill(checked);
      acknowledgedSoFar = [...keys.values()].filter((k) => k.outcome === 'acknowledged').length;
    }

    // The bursts did exercise both sides: writes were acknowledged and writes were refused.
    expect(acknowledgedSoFar).toBeGreaterThan(0);
    expect([...keys.values()].some((k) => k.outcome === 'refused')).toBe(true);
    expect(await readdir(dataDir)).toEqual(['rooms.json']);
  });
});
