// Screenshots of every screen of the clinic demo as clinic staff and patients meet them: the appointments list, a new
// appointment, an appointment's edit form, its page, a call with two people in it (the doctor's people panel open),
// and the waiting room of someone who is not on the list. Each in light and dark, left to right and right to left,
// on a phone (360 px) and a full screen (1920 px). Starts `npm start`'s servers itself on a free port.
//
//   node scripts/demo-screens.mjs [--out screenshots/demo]
//
// Writes one PNG per screen and view, and a contact sheet per view.
/* global document -- the functions passed to page.evaluate run in the page. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './chromium.mjs';
import { startDemo, stopDemo, untilStill } from './demoProcess.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = process.argv.indexOf('--out');
const out = resolve(at > 0 ? process.argv[at + 1] : join(root, 'screenshots', 'demo'));
const VIEWS = [
  { name: 'light-ltr-1920', query: '', width: 1920, height: 1080 },
  { name: 'dark-ltr-1920', query: '?theme=dark', width: 1920, height: 1080 },
  { name: 'light-rtl-360', query: '?dir=rtl', width: 360, height: 780 },
  { name: 'dark-ltr-360', query: '?theme=dark', width: 360, height: 780 },
  { name: 'light-ltr-1366', query: '', width: 1366, height: 900 },
];
const APPOINTMENT = /Video consultation: Priya Raman/;

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

/** Where the page's width overflows the viewport, so the sheet can say so. */
const overflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function shoot(page, view, name, shots) {
  await page.evaluate(untilStill);
  const file = join(out, view.name, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  const wider = await overflow(page);
  shots.push({ name, file, wider });
  console.log(`${view.name} ${name}${wider > 0 ? ` — ${wider} px wider than the screen` : ''}`);
}

async function screens(browser, base, view) {
  await mkdir(join(out, view.name), { recursive: true });
  const shots = [];
  const context = await browser.newContext({ viewport: { width: view.width, height: view.height } });
  const page = await context.newPage();
  const url = `${base}${view.query}`;
  await page.goto(url);
  const entry = page.getByRole('button', { name: APPOINTMENT }).or(page.getByRole('link', { name: APPOINTMENT }));
  await entry.first().waitFor();
  await shoot(page, view, '1-list', shots);

  await page.getByRole('button', { name: 'New appointment' }).click();
  await page.getByRole('textbox', { name: 'Title' }).waitFor();
  await shoot(page, view, '2-new-appointment', shots);
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: /Actions for .Video consultation: Priya Raman/ }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  await page.getByRole('form', { name: 'Video consultation: Priya Raman' }).getByText('Mei Chen').first().waitFor();
  await shoot(page, view, '3-edit-appointment', shots);
  await page.getByRole('button', { name: 'Cancel' }).click();

  await entry.first().click();
  await page.getByRole('combobox', { name: 'Join as' }).waitFor();
  await page.getByText('Mei Chen').first().waitFor();
  await shoot(page, view, '4-appointment-page', shots);

  const joinAs = async (who) => {
    await page.getByRole('combobox', { name: 'Join as' }).click();
    await page.getByRole('option', { name: who }).click();
    await page.getByRole('button', { name: 'Join', exact: true }).click();
  };
  await joinAs(/Amara Okafor/);
  const doctor = page.getByRole('region', { name: 'Call as Dr. Amara Okafor' });
  await doctor
    .getByText(/Your role: Presenter/)
    .first()
    .waitFor();
  await joinAs(/Mei Chen/);
  const consumer = page.getByRole('region', { name: 'Call as Mei Chen' });
  await consumer
    .getByText(/Your role: Consumer/)
    .first()
    .waitFor();
  await doctor.scrollIntoViewIfNeeded();
  await shoot(page, view, '5-call-two-people', shots);
  await doctor.getByRole('button', { name: 'People' }).first().click();
  await doctor.getByRole('combobox', { name: 'Role of Mei Chen' }).waitFor();
  await shoot(page, view, '6-call-people-panel', shots);

  const link = await page.getByRole('textbox', { name: 'Link for people not on the list' }).inputValue();
  // The patient's own browser: her own cookies, so signing her in leaves the doctor's page as it is.
  const patientContext = await browser.newContext({ viewport: { width: view.width, height: view.height } });
  const patient = await patientContext.newPage();
  await patient.goto(`${base}${view.query}`);
  await patient.evaluate(async (name) => {
    const session = await (await fetch('/demo/session')).json();
    const userId = session.people.find((p) => p.displayName === name)?.id;
    await fetch('/demo/session', { method: 'POST', body: JSON.stringify({ userId }) });
  }, 'Hannah Schulz');
  // Loaded afresh, so the page reads who is signed in now (the link differs only by its hash).
  await patient.reload();
  await patient.goto(link.replace(/^[^#]*/, `${base}${view.query}`));
  await patient.getByRole('button', { name: /Ask to join/ }).waitFor();
  await shoot(patient, view, '7-waiting-room', shots);
  await patientContext.close();
  await context.close();

  const sheet = await browser.newPage({ viewport: { width: 1800, height: 1000 } });
  const cell = view.width > 1000 ? 420 : 200;
  const figures = shots
    .map(
      (s) =>
        `<figure style="margin:0;width:${cell}px"><img src="${view.name}/${s.name}.png" style="width:${cell}px;border:1px solid #999"><figcaption>${s.name}${s.wider > 0 ? ` (overflows ${s.wider} px)` : ''}</figcaption></figure>`,
    )
    .join('');
  const html = join(out, `sheet-${view.name}.html`);
  await writeFile(
    html,
    `<body style="margin:8px;font:12px sans-serif;display:flex;flex-wrap:wrap;gap:8px">${figures}</body>`,
  );
  await sheet.goto(`file://${html}`);
  await sheet.screenshot({ path: join(out, `sheet-${view.name}.png`), fullPage: true });
  await sheet.close();
  return shots;
}

async function main() {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const results = {};
  for (const view of VIEWS) {
    // A fresh demo per view: the same seeded appointments, nobody in a call yet.
    const demo = await startDemo(root);
    try {
      results[view.name] = await screens(browser, demo.url.replace(/\/$/, '/'), view);
    } finally {
      await stopDemo(demo.child);
    }
  }
  await browser.close();
  await writeFile(join(out, 'screens.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written to ${out}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
