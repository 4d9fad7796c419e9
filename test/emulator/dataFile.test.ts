/**
 * The emulator's data file: the state survives a restart, the access key with it; a write is answered only once it
 * is on disk, a refused or unsaved write changes nothing (in memory or on disk), a damaged file stops the start with
 * a message and is left byte for byte as it was, and no temporary file is left behind.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { getIdentifierRawId } from '@azure/communication-common';
import { CommunicationIdentityClient } from '@azure/communication-identity';
import { RoomsClient } from '@azure/communication-rooms';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRoomsEmulator, type RoomsEmulator } from '../../src/emulator';
import { nodeDataFileSystem, type DataFileSystem } from '../../src/emulator/journal';
import { openEmulatorStore } from '../../src/emulator/store';

let directory: string;
let dataFile: string;
const running: RoomsEmulator[] = [];

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'rooms-data-'));
  dataFile = join(directory, 'rooms.json');
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()));
  await rm(directory, { recursive: true, force: true });
});

async function start(options: Parameters<typeof createRoomsEmulator>[0] = {}): Promise<RoomsEmulator> {
  const emulator = await createRoomsEmulator({ dataFile, ...options });
  running.push(emulator);
  return emulator;
}

async function restart(emulator: RoomsEmulator): Promise<RoomsEmulator> {
  running.splice(running.indexOf(emulator), 1);
  await emulator.close();
  return start();
}

// No retries: each call is one request, so the test sees exactly what the service answered.
const clients = (connectionString: string) => ({
  rooms: new RoomsClient(connectionString, { allowInsecureConnection: true, retryOptions: { maxRetries: 0 } }),
  identity: new CommunicationIdentityClient(connectionString, {
    allowInsecureConnection: true,
    retryOptions: { maxRetries: 0 },
  }),
});

async function roomIds(rooms: RoomsClient): Promise<string[]> {
  const ids: string[] = [];
  for await (const room of rooms.listRooms()) ids.push(room.id);
  return ids;
}

async function rosterOf(rooms: RoomsClient, roomId: string): Promise<string[]> {
  const roster: string[] = [];
  for await (const p of rooms.listParticipants(roomId)) roster.push(`${getIdentifierRawId(p.id)}:${p.role}`);
  return roster;
}

const keyed = (key: string) => ({ requestOptions: { customHeaders: { 'Repeatability-Request-ID': key } } });

/** The real file system, with appends that fail while `failing` is set (EIO, after writing half the line). */
function failingDisk() {
  const state = { failing: false, syncGate: undefined as Promise<void> | undefined, syncs: 0, writes: 0 };
  const eio = (): Error => Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
  const fileSystem: DataFileSystem = {
    ...nodeDataFileSystem,
    async openForWriting(path) {
      const handle = await nodeDataFileSystem.openForWriting(path);
      return {
        ...handle,
        async write(data, position) {
          state.writes++;
          if (state.failing) {
            await handle.write(data.subarray(0, Math.floor(data.length / 2)), position);
            throw eio();
          }
          await handle.write(data, position);
        },
        async sync() {
          await state.syncGate;
          state.syncs++;
          await handle.sync();
        },
      };
    },
  };
  return { state, fileSystem };
}

/** Rewrites one line of a data file with a correct checksum, as a buggy tool or a careless hand might. */
function line(json: unknown): string {
  const text = JSON.stringify(json);
  return `${(crc32(text) >>> 0).toString(16).padStart(8, '0')} ${text}\n`;
}

async function savedLines(): Promise<unknown[]> {
  const text = await readFile(dataFile, 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((entry) => JSON.parse(entry.slice(9)) as unknown);
}

describe('the emulator data file', () => {
  it('keeps rooms, rosters, identities, repeatability records and the access key across a restart', async () => {
    const first = await start();
    const { rooms, identity } = clients(first.connectionString);
    const user = await identity.createUser();
    const second = await identity.createUser();
    const key = randomUUID();
    const kept = await rooms.createRoom({
      participants: [{ id: user, role: 'Presenter' }],
      pstnDialOutEnabled: true,
      ...keyed(key),
    });
    const gone = await rooms.createRoom();
    await rooms.deleteRoom(gone.id);
    await rooms.addOrUpdateParticipants(kept.id, [{ id: second, role: 'Consumer' }]);

    const again = await restart(first);
    expect(again.accessKey).toBe(first.accessKey);
    const after = clients(again.connectionString);
    expect(await after.rooms.getRoom(kept.id)).toEqual(kept);
    await expect(after.rooms.getRoom(gone.id)).rejects.toMatchObject({ statusCode: 400 });
    expect(await rosterOf(after.rooms, kept.id)).toEqual([
      `${user.communicationUserId}:Presenter`,
      `${second.communicationUserId}:Consumer`,
    ]);
    // The repeatability record survived: the same request again is the same room, not a second one.
    const replay = await after.rooms.createRoom({
      participants: [{ id: user, role: 'Presenter' }],
      pstnDialOutEnabled: true,
      ...keyed(key),
    });
    expect(replay.id).toBe(kept.id);
    expect(await roomIds(after.rooms)).toEqual([kept.id]);
    await expect(after.identity.getToken(user, ['voip'])).resolves.toMatchObject({ token: expect.any(String) });
    expect(await readdir(directory)).toEqual(['rooms.json']);
  });

  it('creates the file at start, so an unusable path fails the start instead of the first change', async () => {
    await expect(createRoomsEmulator({ dataFile: join(directory, 'missing-dir', 'rooms.json') })).rejects.toThrow(
      /ENOENT/,
    );
    await start();
    const [header, snapshot] = await savedLines();
    expect(header).toMatchObject({ format: 'acs-rooms-kit/rooms-emulator', version: 2 });
    expect(snapshot).toMatchObject({ snapshot: { rooms: { rooms: [] } } });
  });

  it('appends one line per change, so a write costs the same however many rooms there are', async () => {
    const emulator = await start();
    const { rooms } = clients(emulator.connectionString);
    for (let i = 0; i < 5; i++) await rooms.createRoom();
    const before = (await readFile(dataFile)).length;
    await rooms.createRoom();
    const grown = (await readFile(dataFile)).length - before;
    // One create is one short line, not the whole state again.
    expect(grown).toBeGreaterThan(50);
    expect(grown).toBeLessThan(400);
    expect(await savedLines()).toHaveLength(2 + 6);
  });

  describe('a failing disk', () => {
    it('refuses a create, a roster change and a delete it could not save, and changes nothing', async () => {
      const disk = failingDisk();
      const reported: unknown[] = [];
      const emulator = await start({ fileSystem: disk.fileSystem, onError: (error) => reported.push(error) });
      const { rooms, identity } = clients(emulator.connectionString);
      const user = await identity.createUser();
      const room = await rooms.createRoom({ participants: [{ id: user, role: 'Presenter' }] });
      const bytes = await readFile(dataFile);

      disk.state.failing = true;
      await expect(rooms.createRoom()).rejects.toMatchObject({ statusCode: 500 });
      const newcomer = { communicationUserId: `8:acs:${randomUUID()}_${randomUUID()}` };
      await expect(rooms.addOrUpdateParticipants(room.id, [{ id: newcomer, role: 'Consumer' }])).rejects.toMatchObject({
        statusCode: 500,
      });
      await expect(rooms.deleteRoom(room.id)).rejects.toMatchObject({ statusCode: 500 });

      // Nothing changed in memory…
      expect(await roomIds(rooms)).toEqual([room.id]);
      expect(await rosterOf(rooms, room.id)).toEqual([`${user.communicationUserId}:Presenter`]);
      // …nor on disk: the half-written lines were cut off again. The operator was told why.
      expect(await readFile(dataFile)).toEqual(bytes);
      expect(reported).toHaveLength(3);
      expect(reported[0]).toMatchObject({ code: 'EIO' });

      // The next good write saves only itself, and all of it survives a restart.
      disk.state.failing = false;
      await rooms.updateRoom(room.id, { pstnDialOutEnabled: true });
      const again = clients((await restart(emulator)).connectionString);
      expect(await roomIds(again.rooms)).toEqual([room.id]);
      expect((await again.rooms.getRoom(room.id)).pstnDialOutEnabled).toBe(true);
      expect(await rosterOf(again.rooms, room.id)).toEqual([`${user.communicationUserId}:Presenter`]);
    });

    it('saves the retry of a create whose first try could not be saved, with the same Repeatability-Request-ID', async () => {
      const disk = failingDisk();
      const emulator = await start({ fileSystem: disk.fileSystem, onError: () => undefined });
      const { rooms } = clients(emulator.connectionString);
      const key = randomUUID();
      disk.state.failing = true;
      await expect(rooms.createRoom(keyed(key))).rejects.toMatchObject({ statusCode: 500 });
      disk.state.failing = false;
      const created = await rooms.createRoom(keyed(key));
      const again = clients((await restart(emulator)).connectionString);
      expect(await roomIds(again.rooms)).toEqual([created.id]);
    });
  });

  it('answers a repeated Repeatability-Request-ID only after the original is saved, with the same room', async () => {
    const disk = failingDisk();
    let release!: () => void;
    disk.state.syncGate = new Promise<void>((resolve) => (release = resolve));
    const store = await openEmulatorStore({
      now: () => new Date(),
      pageSize: 100,
      newAccessKey: () => 'a2V5',
      dataFile,
      fileSystem: disk.fileSystem,
    });
    const key = randomUUID();
    const answered: Array<[string, number]> = [];
    // Both requests reach the service before the original is saved (its flush to disk is held).
    const first = store.createRoom({}, { requestId: key }).then((o) => (answered.push(['first', disk.state.syncs]), o));
    const second = store
      .createRoom({}, { requestId: key })
      .then((o) => (answered.push(['second', disk.state.syncs]), o));
    await expect.poll(() => disk.state.writes).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toEqual([]);
    release();
    const [a, b] = await Promise.all([first, second]);
    expect(b.room.id).toBe(a.room.id);
    expect(b.replayed).toBe(true);
    // Each was answered after the one save, and there was only one.
    expect(answered).toEqual([
      ['first', 1],
      ['second', 1],
    ]);
    await store.close();
  });

  describe('a damaged or foreign file stops the start, says how to recover, and is left as it was', () => {
    it.each([
      ['a JSON file of something else', '{"hello":"world"}', /not an emulator data file/],
      ['a file that is not JSON', 'name,email\nAda,ada@example.com\n', /not an emulator data file/],
      [
        'a file of the older single-document format',
        '{"format":"acs-rooms-kit/rooms-emulator","version":1,"accessKey":"a2V5","state":{}}',
        /older version of the emulator/,
      ],
      ['an empty file', '', /is damaged: it is empty/],
    ])('%s', async (_label, text, message) => {
      await writeFile(dataFile, text);
      await expect(createRoomsEmulator({ dataFile })).rejects.toThrow(message);
      expect(await readFile(dataFile, 'utf8')).toBe(text);
    });

    async function savedFile(): Promise<string[]> {
      const emulator = await start();
      const { rooms } = clients(emulator.connectionString);
      await rooms.createRoom();
      await rooms.createRoom();
      running.splice(running.indexOf(emulator), 1);
      await emulator.close();
      return (await readFile(dataFile, 'utf8')).split('\n').filter(Boolean);
    }

    it.each([
      [
        'a line whose bytes changed',
        (lines: string[]) => [
          ...lines.slice(0, 2),
          lines[2]!.replace('"roomCreated"', '"roomCreatex"'),
          ...lines.slice(3),
        ],
        /line 3 does not match its checksum/,
      ],
      ['a file without its saved state', (lines: string[]) => lines.slice(0, 1), /it has no saved state/],
      [
        'an access key that is not base64',
        (lines: string[]) => [
          line({ format: 'acs-rooms-kit/rooms-emulator', version: 2, accessKey: 'not base64!' }),
          ...lines.slice(1),
        ],
        /access key is not base64/,
      ],
      [
        'a state with one room id twice',
        (lines: string[]) => {
          const saved = JSON.parse(lines[1]!.slice(9)) as {
            snapshot: { rooms: { rooms: unknown[]; roomSeq: number } };
          };
          const room = {
            id: '12345678901234567',
            createdAt: 0,
            validFrom: 0,
            validUntil: 1,
            pstnDialOutEnabled: false,
          };
          saved.snapshot.rooms.rooms = [
            { ...room, seq: 1, participants: [] },
            { ...room, seq: 2, participants: [] },
          ];
          saved.snapshot.rooms.roomSeq = 2;
          return [lines[0]!, line(saved), ...lines.slice(2)];
        },
        /has the room 12345678901234567 twice/,
      ],
      [
        'a change that does not fit the state before it',
        (lines: string[]) => [
          ...lines,
          line({ change: { rooms: { type: 'roomDeleted', roomId: '11111111111111111' } } }),
        ],
        /line 5 does not fit the state before it/,
      ],
    ])('%s', async (_label, damage, message) => {
      const text = `${damage(await savedFile())
        .map((entry) => entry.replace(/\n$/, ''))
        .join('\n')}\n`;
      await writeFile(dataFile, text);
      const start = createRoomsEmulator({ dataFile });
      await expect(start).rejects.toThrow(message);
      await expect(start).rejects.toThrow(/left as it is\. To recover, restore .* from a backup, or move it away/);
      expect(await readFile(dataFile, 'utf8')).toBe(text);
      expect(await readdir(directory)).toEqual(['rooms.json']);
    });
  });

  it('drops an unfinished last line (a write the process died in) and keeps everything before it', async () => {
    const emulator = await start();
    const { rooms } = clients(emulator.connectionString);
    const room = await rooms.createRoom();
    running.splice(running.indexOf(emulator), 1);
    await emulator.close();
    const whole = await readFile(dataFile, 'utf8');
    await writeFile(
      dataFile,
      `${whole}${line({ change: { rooms: { type: 'roomDeleted', roomId: room.id } } }).slice(0, 40)}`,
    );
    const again = clients((await start()).connectionString);
    expect(await roomIds(again.rooms)).toEqual([room.id]);
    expect(await readFile(dataFile, 'utf8')).toBe(whole);
  });

  it('removes the temporary file of a compaction that a killed process left behind', async () => {
    await start().then((emulator) => restartAndClose(emulator));
    await writeFile(join(directory, `rooms.json.99999-x.tmp`), 'half a snapshot');
    await start();
    expect(await readdir(directory)).toEqual(['rooms.json']);
  });
});

async function restartAndClose(emulator: RoomsEmulator): Promise<void> {
  running.splice(running.indexOf(emulator), 1);
  await emulator.close();
}
