/* global window -- the functions given to page.evaluate run in the bench page */
// Benchmarks RosterEditor at 10,000 and 100,000 participants on the in-memory backend, side by side with
// @azure/communication-react's ParticipantList fed the same people (10,000), in headless Debian Chromium.
//
//   node bench/roster/run.mjs [--runs 5] [--sizes 10000,100000] [--against DIR] [--quick]
//
// Builds bench/roster/{kit,acs}.html with Vite in production mode, serves the build on 127.0.0.1, drives each
// scenario in a fresh page with trusted input (playwright-core), prints a table and writes bench/results/roster.json.
// --against DIR measures another checkout of the kit (a `git worktree` of an older commit, say) with the same bench
// pages in the same run, as the "before" column: the pages are copied into DIR and built against DIR's src/.
import { createServer } from 'node:http';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
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
const listOption = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  const values = index >= 0 ? (process.argv[index + 1] ?? '').split(',').map(Number) : [];
  return values.length > 0 && values.every((v) => Number.isFinite(v) && v > 0) ? values : fallback;
};
const SIZES = listOption('sizes', process.argv.includes('--n') ? [option('n', 10_000)] : [10_000, 100_000]);
const REFERENCE_SIZE = 10_000;
const againstIndex = process.argv.indexOf('--against');
const AGAINST = againstIndex >= 0 ? process.argv[againstIndex + 1] : undefined;
const BULK_LINES = 50_000;
// Pause after a first render before timing an interaction.
const SETTLE_MS = 500;
// Issue 14: a keystroke or role change within a frame at 10,000, within 50 ms at 100,000; first rows within 150 ms.
const TARGETS = {
  firstPageMs: 150,
  at10k: { interactionToDomMs: 16, interactionToFrameMs: 33 },
  at100k: { interactionToDomMs: 50, interactionToFrameMs: 50 },
  listNodes: 2000,
};

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const PAGE_FILES = ['kit.html', 'kit.tsx', 'measure.ts'];

/** Builds the bench pages: this checkout's (kit and ParticipantList), or the kit page against another checkout. */
async function buildPages(pagesRoot, out, inputs) {
  await build({
    root: pagesRoot,
    mode: 'production',
    logLevel: 'warn',
    configFile: false,
    plugins: [react()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: out,
      emptyOutDir: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 20_000,
      rolldownOptions: { input: Object.fromEntries(inputs.map((name) => [name, join(pagesRoot, `${name}.html`)])) },
    },
  });
}

/** Copies the bench pages into another checkout so they import its src/. */
async function pagesIn(checkout) {
  const dir = join(checkout, 'bench', '.roster-current');
  await mkdir(dir, { recursive: true });
  for (const file of PAGE_FILES) await copyFile(join(here, file), join(dir, file));
  return dir;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

function serve(root) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^[/\\]+/, '');
    try {
      const body = await readFile(join(root, path));
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

async function benchKit(browser, base, n, label) {
  const kit = collector();
  for (let run = 0; run < RUNS; run++) {
    const page = await openPage(browser, `${base}/kit.html?n=${n}`, 'rosterBench');
    const mounted = await page.evaluate(() => window.rosterBench.mountBound());
    kit.add('firstPage', mounted.first);
    kit.add('allLoaded', mounted.all);
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
    await page.waitForFunction((count) => window.rosterBench.rowCount() === count + 1, n);
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

    const controlled = await openPage(browser, `${base}/kit.html?n=${n}`, 'rosterBench');
    kit.add('firstRenderControlled', await controlled.evaluate(() => window.rosterBench.mountControlled()));
    await controlled.waitForTimeout(SETTLE_MS);
    kit.add('rerenderAfterChange', await controlled.evaluate(() => window.rosterBench.rerenderAfterChange()));
    if (n === REFERENCE_SIZE) {
      const bulk = await controlled.evaluate((lines) => window.rosterBench.parseBulk(lines), BULK_LINES);
      kit.add('bulkCheck50kLines', {
        syncMs: bulk.syncMs,
        slicedMs: bulk.slicedMs,
        longestMainThreadTaskMs: bulk.longestTaskMs,
      });
    }
    await controlled.close();
    process.stdout.write(`  RosterEditor (${label}, ${n}) run ${run + 1}/${RUNS} done\n`);
  }
  return kit.summary();
}

/** The list's size must not grow with the roster. */
async function gridNodesBySize(browser, base) {
  const nodesBySize = {};
  for (const size of [1_000, 10_000, 50_000]) {
    const page = await openPage(browser, `${base}/kit.html?n=${size}`, 'rosterBench');
    await page.evaluate(() => window.rosterBench.mountBound());
    nodesBySize[size] = await page.evaluate(() => window.rosterBench.gridNodes());
    await page.close();
  }
  return nodesBySize;
}

async function benchAcs(browser, base, n) {
  const acs = collector();
  for (let run = 0; run < RUNS; run++) {
    const page = await openPage(browser, `${base}/acs.html?n=${n}`, 'acsBench');
    acs.add('firstRender', await page.evaluate(() => window.acsBench.mount()));
    acs.add('listNodes', await page.evaluate(() => window.acsBench.listNodes()));
    await page.waitForTimeout(SETTLE_MS);
    acs.add('rerenderAfterChange', await page.evaluate(() => window.acsBench.rerenderAfterChange()));
    await page.close();
    process.stdout.write(`  ParticipantList (${n}) run ${run + 1}/${RUNS} done\n`);
  }
  return acs.summary();
}

const fmt = (m) => (m ? `${m.median} (${m.min}–${m.max})` : '—');
const tasks = (m) => (m ? `${m.longTasks.median} (max ${m.longTasks.max})` : '—');

function table(n, before, after, reference) {
  const target = n >= 100_000 ? TARGETS.at100k : TARGETS.at10k;
  const lines = [
    `\n${n.toLocaleString('en-US')} participants — median (min–max), ms unless noted`,
    `| measure | ${before ? 'before | ' : ''}after | ParticipantList | target |`,
    `|---|${before ? '---|' : ''}---|---|---|`,
  ];
  const line = (label, pick, ref, goal) =>
    lines.push(`| ${label} | ${before ? `${pick(before)} | ` : ''}${pick(after)} | ${ref ?? '—'} | ${goal} |`);
  const m = (key, field) => (side) => fmt(side[key]?.[field]);
  const t = (key) => (side) => tasks(side[key]);
  line(
    'first rows on screen, to DOM',
    m('firstPage', 'commitMs'),
    fmt(reference?.firstRender?.commitMs),
    `≤ ${TARGETS.firstPageMs}`,
  );
  line('first rows on screen, to next frame', m('firstPage', 'paintMs'), fmt(reference?.firstRender?.paintMs), '—');
  line('every page loaded, to DOM', m('allLoaded', 'commitMs'), undefined, '—');
  line('  long tasks while loading (count)', t('allLoaded'), undefined, '—');
  line('first render, controlled, to DOM', m('firstRenderControlled', 'commitMs'), undefined, '—');
  line('filter keystroke, to DOM', m('filterKeystroke', 'commitMs'), 'n/a', `≤ ${target.interactionToDomMs}`);
  line('filter keystroke, to next frame', m('filterKeystroke', 'paintMs'), 'n/a', `≤ ${target.interactionToFrameMs}`);
  line('  long tasks (count)', t('filterKeystroke'), 'n/a', '0');
  line('role change (click), to DOM', m('roleChange', 'commitMs'), 'n/a', `≤ ${target.interactionToDomMs}`);
  line('role change (click), to next frame', m('roleChange', 'paintMs'), 'n/a', `≤ ${target.interactionToFrameMs}`);
  line('  long tasks (count)', t('roleChange'), 'n/a', '0');
  line(
    're-render after a parent change, to DOM',
    m('rerenderAfterChange', 'commitMs'),
    fmt(reference?.rerenderAfterChange?.commitMs),
    '—',
  );
  line(
    're-render after a parent change, to next frame',
    m('rerenderAfterChange', 'paintMs'),
    fmt(reference?.rerenderAfterChange?.paintMs),
    '—',
  );
  line(
    'list DOM elements',
    (side) => String(side.gridNodes?.value.median ?? '—'),
    reference?.listNodes?.value.median,
    `< ${TARGETS.listNodes}`,
  );
  if (after.bulkCheck50kLines) {
    line(`bulk check of ${BULK_LINES} lines, in slices`, m('bulkCheck50kLines', 'slicedMs'), 'n/a', '—');
    line('  longest main-thread task while checking', m('bulkCheck50kLines', 'longestMainThreadTaskMs'), 'n/a', '—');
  }
  return lines.join('\n');
}

async function main() {
  console.log(`Building bench pages (production)…`);
  await buildPages(here, outDir, ['kit', 'acs']);
  const servers = [await serve(outDir)];
  let beforeBase;
  if (AGAINST) {
    const beforeOut = join(resultsDir, 'roster-dist-before');
    await buildPages(await pagesIn(AGAINST), beforeOut, ['kit']);
    servers.push(await serve(beforeOut));
    beforeBase = `http://127.0.0.1:${servers[1].address().port}`;
  }
  const base = `http://127.0.0.1:${servers[0].address().port}`;
  const loadAtStart = os.loadavg().map((v) => Math.round(v * 100) / 100);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const version = browser.version();
  try {
    console.log(
      `Chromium ${version}, ${SIZES.join(' and ')} participants, ${RUNS} runs each, load average ${loadAtStart.join(' ')}`,
    );
    const bySize = {};
    for (const n of SIZES) {
      // Before and after take turns within each size, so a change in the machine's load touches both.
      const before = beforeBase ? await benchKit(browser, beforeBase, n, 'before') : undefined;
      const after = await benchKit(browser, base, n, 'after');
      const participantList =
        n === REFERENCE_SIZE && !process.argv.includes('--quick') ? await benchAcs(browser, base, n) : undefined;
      bySize[n] = { before, after, participantList };
    }
    const gridNodes = process.argv.includes('--quick') ? undefined : await gridNodesBySize(browser, base);
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
      sizes: SIZES,
      runs: RUNS,
      before: AGAINST ?? null,
      method:
        'Medians of fresh pages (each run loads the page again). commitMs: from the trusted event (or the render call) ' +
        'to the DOM showing the change, style and layout forced; paintMs: to the next frame after it; longTasks: ' +
        'main-thread tasks over 50 ms from the event until 250 ms after that frame. Interactions ' +
        `are timed ${SETTLE_MS} ms after the first render. firstPage: the bound editor's first rows on screen; ` +
        'allLoaded: every page loaded and every name resolved from the in-memory backend. Nodes: elements in the list ' +
        '(RosterEditor: the role="grid" element; ParticipantList: its whole tree). ParticipantList runs at 10,000 ' +
        'only. bulkCheck50kLines: a 50,000-line paste with every 20th line bad, checked in slices.',
      targets: TARGETS,
      bySize,
      gridNodesByRosterSize: gridNodes,
    };
    await mkdir(resultsDir, { recursive: true });
    await writeFile(join(resultsDir, 'roster.json'), `${JSON.stringify(result, null, 2)}\n`);
    for (const n of SIZES) console.log(table(n, bySize[n].before, bySize[n].after, bySize[n].participantList));
    if (gridNodes) console.log(`\ngrid elements by roster size: ${JSON.stringify(gridNodes)}`);
    console.log(`\nwritten to ${join('bench', 'results', 'roster.json')}`);
  } finally {
    await browser.close();
    for (const server of servers) server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
