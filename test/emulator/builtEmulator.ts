/**
 * The emulator as an installed package runs it, for tests that need a real process (to kill it with SIGKILL, or to
 * run the `rooms-emulator` bin): `src/emulator.ts` built into a throwaway package folder inside the repository's
 * node_modules, so the child resolves the package's dependencies exactly as an installed copy would.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Bounds every wait on a child, so a broken emulator fails the test instead of hanging it. */
const START_TIMEOUT_MS = 15_000;

/** A running child process and what it printed. */
export interface Child {
  child: ChildProcessByStdio<null, Readable, Readable>;
  /** Lines printed on stdout so far. */
  lines: string[];
  /** What was printed on stderr so far. */
  errors: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A child that printed its connection string. */
export interface StartedChild extends Child {
  connectionString: string;
}

/** The built package. */
export interface BuiltEmulator {
  /** The package's `bin/rooms-emulator.mjs`. */
  binPath: string;
  /** Writes a script into the package's folder (so it can import `../dist/emulator.js`) and returns its path. */
  script(name: string, source: string): Promise<string>;
  /** Runs a Node script with arguments. */
  run(path: string, args: readonly string[], env?: Record<string, string>): Child;
  /** Runs a script and waits for the line that starts with `endpoint=`. */
  start(path: string, args: readonly string[], env?: Record<string, string>): Promise<StartedChild>;
  /** Kills a child with SIGKILL and waits for it to be gone. */
  kill(started: Child): Promise<void>;
  /** Kills every child still running and removes the package. */
  dispose(): Promise<void>;
}

/** Builds the emulator entry into a package folder with its bin. */
export async function buildEmulatorPackage(): Promise<BuiltEmulator> {
  await mkdir(join(root, 'node_modules/.cache'), { recursive: true });
  const packageDir = await mkdtemp(join(root, 'node_modules/.cache/rooms-emulator-'));
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
  const binPath = join(packageDir, 'bin/rooms-emulator.mjs');
  await copyFile(join(root, 'bin/rooms-emulator.mjs'), binPath);
  const children = new Set<Child>();

  const run = (path: string, args: readonly string[], env: Record<string, string> = {}): Child => {
    const child = spawn(process.execPath, [path, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    const lines: string[] = [];
    const errors: string[] = [];
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => lines.push(...chunk.split('\n').filter(Boolean)));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => errors.push(chunk));
    const started: Child = {
      child,
      lines,
      errors,
      exited: new Promise((resolve) =>
        child.once('exit', (code, signal) => {
          children.delete(started);
          resolve({ code, signal });
        }),
      ),
    };
    children.add(started);
    return started;
  };

  const kill = async (started: Child): Promise<void> => {
    if (started.child.exitCode !== null || started.child.signalCode !== null) return;
    started.child.kill('SIGKILL');
    await started.exited;
  };

  return {
    binPath,
    async script(name, source) {
      const path = join(packageDir, 'bin', name);
      await writeFile(path, source);
      return path;
    },
    run,
    async start(path, args, env) {
      const started = run(path, args, env);
      const connectionString = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no connection string; stderr: ${started.errors.join('')}`)),
          START_TIMEOUT_MS,
        );
        const look = (): void => {
          const found = started.lines.find((line) => line.startsWith('endpoint='));
          if (found) {
            clearTimeout(timer);
            resolve(found);
          }
        };
        started.child.stdout.on('data', look);
        void started.exited.then(() => {
          clearTimeout(timer);
          reject(new Error(`the emulator exited; stderr: ${started.errors.join('')}`));
        });
      });
      return { ...started, connectionString };
    },
    kill,
    async dispose() {
      await Promise.all([...children].map(kill));
      await rm(packageDir, { recursive: true, force: true });
    },
  };
}
