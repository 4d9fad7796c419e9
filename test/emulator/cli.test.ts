/**
 * The `rooms-emulator` command as a user runs it: the bin file over the built package, in a child process. It prints
 * its connection string; killed with SIGKILL after writes and restarted with the same `--data` file, it has lost none
 * of the writes it had acknowledged.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { CommunicationIdentityClient } from '@azure/communication-identity';
import { RoomsClient } from '@azure/communication-rooms';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Bounds every wait on the child, so a broken emulator fails the test instead of hanging it. */
const START_TIMEOUT_MS = 15_000;

let packageDir: string;
let binPath: string;
let dataDir: string;
const children = new Set<ChildProcessByStdio<null, Readable, Readable>>();

// The bin imports ../dist/emulator.js. Built inside the repository's node_modules, so the child resolves the
// package's dependencies exactly as an installed copy would.
beforeAll(async () => {
  await mkdir(join(root, 'node_modules/.cache'), { recursive: true });
  packageDir = await mkdtemp(join(root, 'node_modules/.cache/rooms-emulator-cli-'));
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: join(packageDir, 'dist'),
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
      lib: { entry: { emulator: 'src/emulator.ts' }, formats: ['es'] },
      rollupOptions: {
        external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
        output: { entryFileNames: '[name].js' },
      },
    },
  });
  await mkdir(join(packageDir, 'bin'));
  binPath = join(packageDir, 'bin/rooms-emulator.mjs');
  await copyFile(join(root, 'bin/rooms-emulator.mjs'), binPath);
  dataDir = await mkdtemp(join(tmpdir(), 'rooms-cli-'));
}, 120_000);

afterAll(async () => {
  await rm(packageDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

afterEach(() => {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
});

interface Started {
  child: ChildProcessByStdio<null, Readable, Readable>;
  lines: string[];
  connectionString: string;
}

function run(args: string[]) {
  const child = spawn(process.execPath, [binPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const lines: string[] = [];
  const errors: string[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => lines.push(...chunk.split('\n').filter(Boolean)));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => errors.push(chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  return { child, lines, errors, exited };
}

async function start(args: string[]): Promise<Started> {
  const { child, lines, errors, exited } = run(args);
  const connectionString = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no connection string; stderr: ${errors.join('')}`)),
      START_TIMEOUT_MS,
    );
    const look = (): void => {
      const found = lines.find((line) => line.startsWith('endpoint='));
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout.on('data', look);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the emulator exited; stderr: ${errors.join('')}`));
    });
  });
  return { child, lines, connectionString };
}

async function kill(started: Started): Promise<void> {
  const gone = new Promise((resolve) => started.child.once('exit', resolve));
  started.child.kill('SIGKILL');
  await gone;
}

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
    const gone = new Promise<number | null>((resolve) => started.child.once('exit', (code) => resolve(code)));
    started.child.kill('SIGTERM');
    expect(await gone).toBe(0);
  });

  it('loses no acknowledged write when killed with SIGKILL and restarted with the same --data file', async () => {
    const dataFile = join(dataDir, 'kill.json');
    const first = await start(['--port', '0', '--data', dataFile]);
    const { rooms, identity } = clients(first.connectionString);
    const user = await identity.createUser();
    const room = await rooms.createRoom({ participants: [{ id: user, role: 'Presenter' }] });
    await rooms.updateRoom(room.id, { pstnDialOutEnabled: true });
    await rooms.addOrUpdateParticipants(room.id, [
      { id: { communicationUserId: '8:acs:r_late-joiner' }, role: 'Consumer' },
    ]);

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

    // Whole, never torn: the file parses and is the emulator's.
    expect(JSON.parse(await readFile(dataFile, 'utf8'))).toMatchObject({ format: 'acs-rooms-kit/rooms-emulator' });
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
