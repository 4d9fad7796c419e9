/**
 * The `rooms-emulator` command as a user runs it: the bin file over the built package, in a child process. It prints
 * its connection string; killed with SIGKILL after writes and restarted with the same `--data` file, it has lost none
 * of the writes it had acknowledged.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommunicationIdentityClient } from '@azure/communication-identity';
import { RoomsClient } from '@azure/communication-rooms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEmulatorPackage, type BuiltEmulator, type Child } from './builtEmulator';

let built: BuiltEmulator;
let dataDir: string;

// The bin imports ../dist/emulator.js, as in the installed package.
beforeAll(async () => {
  built = await buildEmulatorPackage();
  dataDir = await mkdtemp(join(tmpdir(), 'rooms-cli-'));
}, 120_000);

afterAll(async () => {
  await built?.dispose();
  await rm(dataDir, { recursive: true, force: true });
});

const run = (args: string[]): Child => built.run(built.binPath, args);
const start = (args: string[]) => built.start(built.binPath, args);
const kill = (child: Child) => built.kill(child);

const clients = (connectionString: string) => ({
  rooms: new RoomsClient(connectionString, { allowInsecureConnection: true }),
  identity: new CommunicationIdentityClient(connectionString, { allowInsecureConnection: true }),
});

describe('rooms-emulator', () => {
  it('prints its address and connection string, and serves the official SDKs on loopback', async () => {
    const started = await start(['--port', '0']);
    expect(started.lines[0]).toMatch(
      /Rooms 2025-03-13 and Identity 2023-10-01 on http:\/\/127\.0\.0\.1:\d+\/ \(in memory\)/,
    );
    expect(started.connectionString).toMatch(/^endpoint=http:\/\/127\.0\.0\.1:\d+\/;accesskey=[A-Za-z0-9+/]{86}==$/);
    const { rooms } = clients(started.connectionString);
    expect((await rooms.createRoom()).id).toMatch(/^\d{17}$/);
    started.child.kill('SIGTERM');
    expect((await started.exited).code).toBe(0);
  });

  it('loses no acknowledged write when killed with SIGKILL and restarted with the same --data file', async () => {
    const dataFile = join(dataDir, 'kill.json');
    const first = await start(['--port', '0', '--data', dataFile]);
    const { rooms, identity } = clients(first.connectionString);
    const user = await identity.createUser();
    const room = await rooms.createRoom({ participants: [{ id: user, role: 'Presenter' }] });
    await rooms.updateRoom(room.id, { pstnDialOutEnabled: true });
    const lateJoiner = await identity.createUser();
    await rooms.addOrUpdateParticipants(room.id, [{ id: lateJoiner, role: 'Consumer' }]);

    // A burst of creates; the process dies as soon as half of them have been answered, others still in flight.
    const acknowledged: string[] = [];
    await new Promise<void>((resolve) => {
      for (let i = 0; i < 30; i++) {
        rooms.createRoom().then(
          (created) => {
            acknowledged.push(created.id);
            if (acknowledged.length === 15) resolve();
          },
          () => undefined,
        );
      }
    });
    await kill(first);

    // The emulator's file, whatever line the kill cut into.
    expect(await readFile(dataFile, 'utf8')).toMatch(/^[0-9a-f]{8} \{"format":"acs-rooms-kit\/rooms-emulator"/);
    const second = await start(['--port', '0', '--data', dataFile]);
    expect(second.connectionString.split(';accesskey=')[1]).toBe(first.connectionString.split(';accesskey=')[1]);
    const again = clients(second.connectionString);
    const read = await again.rooms.getRoom(room.id);
    expect(read.pstnDialOutEnabled).toBe(true);
    const roster: Array<string | undefined> = [];
    for await (const p of again.rooms.listParticipants(room.id)) roster.push(p.role);
    expect(roster).toEqual(['Presenter', 'Consumer']);
    await expect(again.identity.getToken(user, ['voip'])).resolves.toMatchObject({ token: expect.any(String) });
    const ids = new Set<string>();
    for await (const r of again.rooms.listRooms()) ids.add(r.id);
    for (const id of acknowledged) expect(ids.has(id), `acknowledged room ${id}`).toBe(true);
    await kill(second);
  });

  it('explains its options with --help and refuses a bad --port with exit code 2', async () => {
    const help = run(['--help']);
    expect((await help.exited).code).toBe(0);
    expect(help.lines.join('\n')).toMatch(/Usage: rooms-emulator \[--port N\]/);
    const bad = run(['--port', 'eighty']);
    expect((await bad.exited).code).toBe(2);
    expect(bad.errors.join('')).toMatch(/--port must be a whole number/);
  });
});
