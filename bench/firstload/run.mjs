// Measures the first impression of `npm start`: each round starts the demo afresh (`node demo/start.mjs`), then a new
// Chromium with an empty profile opens the printed URL.
//
//   node bench/firstload/run.mjs [--rounds 3] [--repo <checkout>]
//
// Per round: process start → URL printed (the cost of getting ready; the first start after a change builds the
// client, later ones reuse that build), URL printed → the appointments list's first row
// on screen, and from clicking into an appointment and joining its call → the call page with the caller's role, the
// first time. `--repo` measures another checkout (a clone of an older commit) with the same script, so before and
// after come from one run on one machine. Prints a table and writes bench/results/firstload[-<label>].json.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { startDemo, stopDemo } from '../../scripts/demoProcess.mjs';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../../scripts/chromium.mjs';
import { countOption, round, stats } from '../stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const ROUNDS = countOption('rounds', 3);
const TARGET_MS = 3000;
const APPOINTMENT = /Video consultation: Priya Raman/;
const option = (name) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const target = resolve(option('repo') ?? repo);
const label = option('label') ?? (target === resolve(repo) ? 'current' : 'reference');

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

async function oneRound() {
  const demo = await startDemo(target);
  const profile = await mkdtemp(join(tmpdir(), 'rk-firstload-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 900 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(demo.url, { timeout: 0, waitUntil: 'commit' });
    const entry = page.getByRole('button', { name: APPOINTMENT }).or(page.getByRole('link', { name: APPOINTMENT }));
    await entry.first().waitFor({ timeout: 0 });
    const listMs = performance.now() - demo.printedAt;

    const opened = performance.now();
    await entry.first().click({ timeout: 0 });
    const joinAs = page.getByRole('combobox', { name: 'Join as' });
    await joinAs.waitFor({ timeout: 0 });
    const roomMs = performance.now() - opened;
    await joinAs.click({ timeout: 0 });
    await page.getByRole('option', { name: /Amara Okafor/ }).click({ timeout: 0 });
    const joining = performance.now();
    await page.getByRole('button', { name: 'Join', exact: true }).click({ timeout: 0 });
    await page
      .getByRole('region', { name: 'Call as Dr. Amara Okafor' })
      .getByText(/Your role: Presenter/)
      .first()
      .waitFor({ timeout: 0 });
    const joinMs = performance.now() - joining;
    const callMs = performance.now() - opened;
    return { readyMs: demo.readyMs, listMs, roomMs, joinMs, callMs };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    await stopDemo(demo.child);
  }
}

async function main() {
  const ready = [];
  const list = [];
  const call = [];
  const room = [];
  const joined = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const r = await oneRound();
    ready.push(r.readyMs);
    list.push(r.listMs);
    call.push(r.callMs);
    room.push(r.roomMs);
    joined.push(r.joinMs);
    console.log(
      `round ${i + 1}: ready ${Math.round(r.readyMs)} ms, list ${Math.round(r.listMs)} ms, call ${Math.round(r.callMs)} ms`,
    );
  }
  const result = {
    bench: 'firstload',
    label,
    checkout: target,
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map(round) },
    rounds: ROUNDS,
    targetMs: TARGET_MS,
    startToUrlMs: stats(ready),
    urlToListMs: stats(list),
    openToCallPageMs: stats(call),
    openToRoomPageMs: stats(room),
    joinClickToCallMs: stats(joined),
  };
  await mkdir(join(repo, 'bench', 'results'), { recursive: true });
  const file = join('bench', 'results', label === 'current' ? 'firstload.json' : `firstload-${label}.json`);
  await writeFile(join(repo, file), `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `First load of the demo (${label}), ${ROUNDS} rounds, a new browser each (load ${result.machine.loadAverage.join(' ')})`,
  );
  console.table({
    'npm start → URL printed': result.startToUrlMs,
    'URL printed → first list on screen': result.urlToListMs,
    'open appointment + join → call page': result.openToCallPageMs,
    '  of which: open → appointment page': result.openToRoomPageMs,
    '  of which: Join clicked → call page': result.joinClickToCallMs,
  });
  console.log(
    `list p50 ${result.urlToListMs.p50} ms, call page p50 ${result.openToCallPageMs.p50} ms; target ≤ ${TARGET_MS} ms each`,
  );
  console.log(`written to ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
