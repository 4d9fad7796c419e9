/* global window -- the functions given to page.evaluate run in the bench page */
// Benchmarks RosterEditor with 10,000 participants on the in-memory backend, side by side with
// @azure/communication-react's ParticipantList fed the same people, in headless Debian Chromium.
//
//   node bench/roster/run.mjs [--runs 5] [--n 10000]
//
// Builds bench/roster/{kit,acs}.html with Vite in production mode, serves the build on 127.0.0.1, drives each
// scenario in a fresh page with trusted input (playwright-core), prints a table and writes bench/results/roster.json.
import { createServer } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../../scripts/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const resultsDir = join(repo, 'bench', 'results');
const outDir = join(resultsDir, 'roster-dist');

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
const RUNS = option('runs', 5);
const N = option('n', 10_000);
const BULK_LINES = 50_000;
// Pause after a first render before timing an interaction.
const SETTLE_MS = 500;
const TARGETS = { firstRenderMs: 300, interactionMs: 50, listNodes: 2000 };

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

async function buildPages() {
  await build({
    root: here,
    mode: 'production',
    logLevel: 'warn',
    configFile: false,
    plugins: [react()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 20_000,
      rolldownOptions: { input: { kit: join(here, 'kit.html'), acs: join(here, 'acs.html') } },
    },
  });
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

function serve() {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^[/\\]+/, '');
    try {
      const body = await readFile(join(outDir, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const round = (v) => Math.round(v * 10) / 10;
  return {
    median: round(median),
    min: round(sorted[0]),
    max: round(sorted[sorted.length - 1]),
    runs: values.map(round),
  };
}

/** Collects { commitMs, paintMs } timings per metric over the runs. */
function collector() {
  const data = {};
  return {
    add(metric, timing) {
      for (const [key, value] of Object.entries(typeof timing === 'number' ? { value: timing } : timing)) {
        ((data[metric] ??= {})[key] ??= []).push(value);
      }
    },
    summary() {
      return Object.fromEntries(
        Object.entries(data).map(([metric, series]) => [
          metric,
          Object.fromEntries(Object.entries(series).map(([key, values]) => [key, stats(values)])),
        ]),
      );
    },
  };
}

async function openPage(browser, url, global) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction((name) => window[name]?.ready === true, global, { timeout: 120_000 });
  return page;
}

async function benchKit(browser, base) {
  const kit = collector();
  for (let run = 0; run < RUNS; run++) {
    const page = await openPage(browser, `${base}/kit.html?n=${N}`, 'rosterBench');
    kit.add('firstRenderBound', await page.evaluate(() => window.rosterBench.mountBound()));
    kit.add('gridNodes', await page.evaluate(() => window.rosterBench.gridNodes()));
    kit.add('editorNodes', await page.evaluate(() => window.rosterBench.editorNodes()));

    // Interactions are timed once the page has settled after the first render, as a person would meet them.
    await page.waitForTimeout(SETTLE_MS);

    // A filter keystroke: "m" narrows the list.
    await page.focus('input[type="search"]');
    await page.evaluate(() => window.rosterBench.armFilter());
    await page.keyboard.press('m');
    kit.add('filterKeystroke', await page.evaluate(() => window.rosterBench.result()));
    await page.keyboard.press('Backspace');
    await page.waitForFunction((n) => window.rosterBench.rowCount() === n + 1, N);
    await page.waitForTimeout(SETTLE_MS);

    // A role change through the first row's picker (saved at once, optimistically).
    const row = page.locator('[data-row-index="0"]');
    const id = await row.getAttribute('data-id');
    const current = await row.getAttribute('data-role');
    const target = current === 'Collaborator' ? 'Consumer' : 'Collaborator';
    await row.locator('[data-col="role"] [role="combobox"]').click();
    const option = page.locator(`[role="listbox"] [role="option"][data-role="${target}"]`);
    await option.waitFor();
    await page.evaluate(([i, r]) => window.rosterBench.armRoleChange(i, r), [id, target]);
    await option.click();
    kit.add('roleChange', await page.evaluate(() => window.rosterBench.result()));
    await page.close();

    const controlled = await openPage(browser, `${base}/kit.html?n=${N}`, 'rosterBench');
    kit.add('firstRenderControlled', await controlled.evaluate(() => window.rosterBench.mountControlled()));
    await controlled.waitForTimeout(SETTLE_MS);
    kit.add('rerenderAfterChange', await controlled.evaluate(() => window.rosterBench.rerenderAfterChange()));
    const bulk = await controlled.evaluate((lines) => window.rosterBench.parseBulk(lines), BULK_LINES);
    kit.add('bulkCheck50kLines', {
      syncMs: bulk.syncMs,
      slicedMs: bulk.slicedMs,
      longestMainThreadTaskMs: bulk.longestTaskMs,
    });
    await controlled.close();
    process.stdout.write(`  RosterEditor run ${run + 1}/${RUNS} done\n`);
  }
  // The list's size must not grow with the roster.
  const nodesBySize = {};
  for (const size of process.argv.includes('--quick') ? [] : [1_000, N, 50_000]) {
    const page = await openPage(browser, `${base}/kit.html?n=${size}`, 'rosterBench');
    await page.evaluate(() => window.rosterBench.mountBound());
    nodesBySize[size] = await page.evaluate(() => window.rosterBench.gridNodes());
    await page.close();
  }
  return { ...kit.summary(), gridNodesByRosterSize: nodesBySize };
}

async function benchAcs(browser, base) {
  const acs = collector();
  for (let run = 0; run < RUNS; run++) {
    const page = await openPage(browser, `${base}/acs.html?n=${N}`, 'acsBench');
    acs.add('firstRender', await page.evaluate(() => window.acsBench.mount()));
    acs.add('listNodes', await page.evaluate(() => window.acsBench.listNodes()));
    await page.waitForTimeout(SETTLE_MS);
    acs.add('rerenderAfterChange', await page.evaluate(() => window.acsBench.rerenderAfterChange()));
    await page.close();
    process.stdout.write(`  ParticipantList run ${run + 1}/${RUNS} done\n`);
  }
  return acs.summary();
}

function row(label, kit, acs, target) {
  const cell = (v) => (v === undefined ? '—' : String(v));
  return `| ${label} | ${cell(kit)} | ${cell(acs)} | ${target} |`;
}

async function main() {
  console.log(`Building bench pages (production)…`);
  await buildPages();
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const loadAtStart = os.loadavg().map((v) => Math.round(v * 100) / 100);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const version = browser.version();
  try {
    console.log(`Chromium ${version}, ${N} participants, ${RUNS} runs each, load average ${loadAtStart.join(' ')}`);
    const rosterEditor = await benchKit(browser, base);
    const participantList = process.argv.includes('--quick') ? {} : await benchAcs(browser, base);
    const result = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        node: process.version,
        chromium: version,
        // Other work on the machine skews every figure; the load average says how busy it was.
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: os.loadavg().map((v) => Math.round(v * 100) / 100),
      },
      participants: N,
      runs: RUNS,
      method:
        'Medians of fresh pages (each run loads the page again). commitMs: from the trusted event (or the render call) ' +
        'to the DOM showing the change, style and layout forced; paintMs: to the next frame after it. Interactions ' +
        `are timed ${SETTLE_MS} ms after the first render. First render of RosterEditor (bound) includes loading all ` +
        'pages and resolving all names from the in-memory backend. Nodes: elements in the list (RosterEditor: the ' +
        'role="grid" element; ParticipantList: its whole tree). bulkCheck50kLines: a 50,000-line paste with every ' +
        '20th line bad; the editor checks it in slices (parseBulkRosterAsync), longestMainThreadTaskMs is the ' +
        'longest task (over 50 ms) seen meanwhile, 0 when none.',
      targets: TARGETS,
      rosterEditor,
      participantList,
    };
    await mkdir(resultsDir, { recursive: true });
    await writeFile(join(resultsDir, 'roster.json'), `${JSON.stringify(result, null, 2)}\n`);

    const k = rosterEditor;
    const a = participantList;
    console.log('\nmedian (min–max), ms unless noted');
    const fmt = (m) => (m ? `${m.median} (${m.min}–${m.max})` : undefined);
    const of = (m, key) => (m ? m[key] : undefined);
    console.log('| measure | RosterEditor | ParticipantList | target |');
    console.log('|---|---|---|---|');
    console.log(
      row('first render, to DOM', fmt(k.firstRenderBound.commitMs), fmt(of(a.firstRender, 'commitMs')), '≤ 300'),
    );
    console.log(
      row('first render, to next frame', fmt(k.firstRenderBound.paintMs), fmt(of(a.firstRender, 'paintMs')), '≤ 300'),
    );
    console.log(row('first render, controlled, to DOM', fmt(k.firstRenderControlled.commitMs), undefined, '≤ 300'));
    console.log(
      row(
        're-render after a change, to DOM',
        fmt(k.rerenderAfterChange.commitMs),
        fmt(of(a.rerenderAfterChange, 'commitMs')),
        '≤ 50',
      ),
    );
    console.log(
      row(
        're-render after a change, to next frame',
        fmt(k.rerenderAfterChange.paintMs),
        fmt(of(a.rerenderAfterChange, 'paintMs')),
        '≤ 50',
      ),
    );
    console.log(row('filter keystroke, to DOM', fmt(k.filterKeystroke.commitMs), 'n/a', '≤ 50'));
    console.log(row('filter keystroke, to next frame', fmt(k.filterKeystroke.paintMs), 'n/a', '≤ 50'));
    console.log(row('role change (click), to DOM', fmt(k.roleChange.commitMs), 'n/a', '≤ 50'));
    console.log(row('role change (click), to next frame', fmt(k.roleChange.paintMs), 'n/a', '≤ 50'));
    console.log(row('list DOM elements', k.gridNodes.value.median, of(a.listNodes, 'value')?.median, '< 2000'));
    console.log(row(`bulk check of ${BULK_LINES} lines, at once`, fmt(k.bulkCheck50kLines.syncMs), 'n/a', '—'));
    console.log(
      row(`bulk check of ${BULK_LINES} lines, in slices (the editor)`, fmt(k.bulkCheck50kLines.slicedMs), 'n/a', '—'),
    );
    console.log(
      row('  longest main-thread task while checking', fmt(k.bulkCheck50kLines.longestMainThreadTaskMs), 'n/a', '—'),
    );
    console.log(`grid elements by roster size: ${JSON.stringify(k.gridNodesByRosterSize)}`);
    console.log(`\nwritten to ${join('bench', 'results', 'roster.json')}`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
