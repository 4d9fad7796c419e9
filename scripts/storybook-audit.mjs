// Looks at every story of the built Storybook from outside, as a person's browser meets it: each story in the light
// theme left to right on a full screen (1920 px) and in the dark theme right to left on a phone (360 px); with
// `--views all`, also the other two pairings.
// After the story has rendered and its play function has run, axe checks the whole page (WCAG 2.x A and AA rules,
// every one of them, no exceptions, whatever the story's own parameters say); with `--shots <dir>` each view is also
// saved as a PNG, with one contact sheet per mode to look through.
//
//   npm run build-storybook && node scripts/storybook-audit.mjs [--shots screenshots/stories] [--only RoomList]
//     [--views all]
//
// Prints one line per violation and a summary; writes test-results/storybook-audit.json; exits 1 when axe found
// anything or a story failed to render.
/* global window, document -- the functions passed to page.evaluate run in the page. */
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './chromium.mjs';
import { untilStill } from './demoProcess.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = join(root, 'storybook-static');
const option = (name) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const shotsDir = option('shots') ? resolve(option('shots')) : undefined;
const only = option('only');

/**
 * The views a story can be looked at in; `--views all` takes all four, `--views light-ltr-360,dark-rtl-1920` the ones
 * named, and the default the two that differ most.
 */
const ALL_MODES = [
  { name: 'light-ltr-1920', globals: 'theme:light;direction:ltr', width: 1920, height: 1080 },
  { name: 'dark-rtl-360', globals: 'theme:dark;direction:rtl', width: 360, height: 780 },
  { name: 'light-ltr-360', globals: 'theme:light;direction:ltr', width: 360, height: 780 },
  { name: 'dark-rtl-1920', globals: 'theme:dark;direction:rtl', width: 1920, height: 1080 },
];
const views = option('views');
const MODES =
  views === 'all'
    ? ALL_MODES
    : views
      ? ALL_MODES.filter((m) => views.split(',').includes(m.name))
      : ALL_MODES.slice(0, 2);
// axe's rules for WCAG 2.0, 2.1 and 2.2 at levels A and AA, all of them.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (!existsSync(join(staticDir, 'index.json'))) {
  console.error('No built Storybook in storybook-static/: run `npm run build-storybook` first.');
  process.exit(1);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
function serve() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(staticDir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(staticDir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Waits until the story's render, play included, is over; Storybook's preview says where it is. */
async function settled(page) {
  await page.waitForFunction(
    () => {
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      return render && ['completed', 'finished', 'errored', 'aborted', 'played'].includes(render.phase);
    },
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  // Nothing moving (Fluent's dialogs and toasts run on Web Animations), as a person's eye would wait.
  await page.evaluate(untilStill);
  return page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender.phase);
}

async function contactSheet(browser, mode, shots) {
  const page = await browser.newPage({ viewport: { width: 1800, height: 1000 } });
  const cell = mode.width > 1000 ? 340 : 170;
  const html = `<body style="margin:8px;font:11px sans-serif;display:flex;flex-wrap:wrap;gap:8px">${shots
    .map(
      (s) =>
        `<figure style="margin:0;width:${cell}px"><img src="file://${s.file}" style="width:${cell}px;border:1px solid #999"><figcaption>${s.id}</figcaption></figure>`,
    )
    .join('')}</body>`;
  const sheet = join(shotsDir, `sheet-${mode.name}.html`);
  await writeFile(sheet, html);
  await page.goto(`file://${sheet}`);
  await page.screenshot({ path: join(shotsDir, `sheet-${mode.name}.png`), fullPage: true });
  await page.close();
}

async function main() {
  const index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries)
    .filter((e) => e.type === 'story')
    .filter((e) => !only || e.id.toLowerCase().includes(only.toLowerCase()) || e.title.includes(only));
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const axeSource = await readFile(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  if (shotsDir) await mkdir(shotsDir, { recursive: true });
  const findings = [];
  const failures = [];
  let views = 0;
  for (const mode of MODES) {
    // Reduced motion: a toast that times out while axe reads the page then goes at once instead of fading through
    // half-transparent frames, which axe would report as low contrast. Entering animations are waited for anyway.
    const context = await browser.newContext({
      viewport: { width: mode.width, height: mode.height },
      reducedMotion: 'reduce',
    });
    const shots = [];
    for (const story of stories) {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=${mode.globals}`);
        const phase = await settled(page);
        if (phase === 'errored' || phase === 'aborted') failures.push(`${mode.name} ${story.id}: ${phase}`);
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(
          (tags) =>
            window.axe
              .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
              .then((r) =>
                r.violations.map((v) => ({
                  id: v.id,
                  impact: v.impact,
                  help: v.help,
                  nodes: v.nodes.map((n) => n.target.join(' ')),
                })),
              ),
          WCAG_TAGS,
        );
        for (const v of violations) {
          findings.push({ story: story.id, mode: mode.name, ...v });
          console.log(
            `✖ ${mode.name} ${story.id}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).join(' | ')}`,
          );
        }
        if (shotsDir) {
          const file = join(shotsDir, mode.name, `${story.id}.png`);
          await mkdir(join(shotsDir, mode.name), { recursive: true });
          await page.screenshot({ path: file, fullPage: true });
          shots.push({ id: story.id, file });
        }
        views += 1;
      } catch (error) {
        failures.push(`${mode.name} ${story.id}: ${error.message.split('\n')[0]}`);
      } finally {
        for (const e of errors) failures.push(`${mode.name} ${story.id}: page error ${e}`);
        await page.close();
      }
    }
    if (shotsDir && shots.length > 0) await contactSheet(browser, mode, shots);
    await context.close();
  }
  await browser.close();
  server.close();
  await mkdir(join(root, 'test-results'), { recursive: true });
  await writeFile(
    join(root, 'test-results', 'storybook-audit.json'),
    `${JSON.stringify({ stories: stories.length, modes: MODES.map((m) => m.name), views, findings, failures }, null, 2)}\n`,
  );
  for (const f of failures) console.log(`✖ ${f}`);
  console.log(
    `${stories.length} stories × ${MODES.length} views: ${views} looked at, ${findings.length} axe violations, ${failures.length} failures`,
  );
  process.exit(findings.length > 0 || failures.length > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
