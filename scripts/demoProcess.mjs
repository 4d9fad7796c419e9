/* global document -- untilStill runs in the page. */
// Starting `npm start`'s servers from a script (benches, screenshots): on a free port, with the local Rooms service,
// resolved once the demo prints its URL. Also the wait for a page to stop moving before it is measured or pictured.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';

/** A TCP port nobody listens on at this moment. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs `node demo/start.mjs` in `cwd` on a free port, on the local Rooms service (never Azure). Resolves with the
 * child, the URL it printed and how long that took; rejects with its output if it exits first.
 */
export async function startDemo(cwd) {
  const port = await freePort();
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['demo/start.mjs'], {
      cwd,
      env: { ...process.env, PORT: String(port), ACS_CONNECTION_STRING: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk) => {
      output += chunk.toString();
      const match = /demo: (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, url: match[1], readyMs: performance.now() - started, printedAt: performance.now() });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`The demo exited with ${code}:\n${output}`)));
  });
}

/** Stops a demo started by {@link startDemo} as Ctrl-C would, and waits until it has exited. */
export function stopDemo(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGINT');
  });
}

/**
 * Runs in the page (pass it to `page.evaluate`): resolves once no animation is running. Fluent's motion (dialogs,
 * toasts) runs on Web Animations; any motion that starts meanwhile is waited for too.
 */
export async function untilStill() {
  for (;;) {
    const moving = document
      .getAnimations()
      .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity);
    if (moving.length === 0) return;
    await Promise.allSettled(moving.map((a) => a.finished));
  }
}
