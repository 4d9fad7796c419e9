// Through the whole stack, as a person would: `npm start`'s servers (local Rooms service, the kit's request handler
// on the official SDKs, the clinic app) driven in Debian's Chromium. Create a room with two people, make one a
// Consumer, join as that person and find the microphone and camera disabled; then two people in two browsers join
// one appointment, see each other, and a presenter's role change reaches both rosters and the other's controls.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function startDemo(port: number): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['demo/start.mjs'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), ACS_CONNECTION_STRING: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    // No clock of its own: the setup's limit bounds the start, and an exit says why it failed.
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /demo: (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        resolve({ child, url: match[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      reject(new Error(`The demo exited with ${code}:\n${output}`));
    });
  });
}

type Device = 'microphone' | 'camera';
/**
 * A call's microphone or camera button: the kit's own on a wide call, communication-react's on a phone-sized one.
 */
function deviceButton(call: Locator, device: Device): Locator {
  return call.locator(`button[id$="-${device}-button"], [data-ui-id="call-composite-${device}-button"]`).first();
}

async function pick(page: Page, comboboxName: string | RegExp, optionName: RegExp, type?: string) {
  const box = page.getByRole('combobox', { name: comboboxName }).first();
  if (type) {
    await box.fill(type);
  } else {
    await box.click();
  }
  await page.getByRole('option', { name: optionName }).filter({ visible: true }).first().click();
}

// One person's path in three steps that share a page, each bounded by the test's own time limit; every wait is for
// what the person would see (Playwright's locators wait until the element is there).
/**
 * Everything a page says on its console as a warning or an error, and every uncaught error, with the step it came in.
 * Fonts the browser could not download are left out (this machine has no network but the local servers).
 */
const consoleTrouble: { step: string; text: string }[] = [];
const stepNow = (): string => expect.getState().currentTestName ?? 'setup';
function listen(at: Page, who: string) {
  const note = (text: string) => consoleTrouble.push({ step: stepNow(), text: `${who} ${text}` });
  at.on('console', (message) => {
    if (message.type() !== 'warning' && message.type() !== 'error') return;
    const where = message.location().url;
    if (/Failed to load resource/.test(message.text()) && /\.(woff2?|ttf)(\?|$)/.test(where)) return;
    note(`${message.type()}: ${message.text()} (${where})`);
  });
  at.on('pageerror', (error) => note(`page error: ${error.message}`));
  // A request the page gave up itself (it left the view that asked) is not a failure.
  at.on('requestfailed', (request) => {
    if (/ERR_ABORTED/.test(request.failure()?.errorText ?? '')) return;
    if (!/\.(woff2?|ttf)(\?|$)/.test(request.url())) note(`request failed: ${request.url()}`);
  });
}

describe('the demo host app, through the whole stack', () => {
  let demo: { child: ChildProcess; url: string };
  let browser: Browser;
  let page: Page;
  let other: Page | undefined;

  beforeAll(async () => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error(INSTALL_HINT);
    demo = await startDemo(await freePort());
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
    listen(page, 'doctor');
    // The first visit belongs to the setup: the browser starts, and the page preloads the call while it is idle.
    await page.goto(demo.url, { timeout: 0 });
    await page.getByRole('button', { name: 'New appointment' }).waitFor({ timeout: 0 });
    // A second person's browser (its own context: no shared storage or cache), made ready the same way.
    other = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
    listen(other, 'patient');
    await other.goto(demo.url, { timeout: 0 });
    // Signed in as a patient who is on no appointment's list (the demo's session cookie, set by its server).
    await other.evaluate(async (name) => {
      const session = (await (await fetch('/demo/session')).json()) as {
        people: Array<{ id: string; displayName: string }>;
      };
      const userId = session.people.find((p) => p.displayName === name)?.id;
      await fetch('/demo/session', { method: 'POST', body: JSON.stringify({ userId }) });
    }, 'Hannah Schulz');
    await other.reload({ timeout: 0 });
    await other
      .getByRole('combobox', { name: 'Signed in as' })
      .filter({ hasText: 'Hannah Schulz' })
      .waitFor({ timeout: 0 });
    await other.getByRole('button', { name: 'New appointment' }).waitFor({ timeout: 0 });
  }, 300_000);

  afterAll(async () => {
    if (process.env.DEMO_E2E_SHOT) await page?.screenshot({ path: process.env.DEMO_E2E_SHOT, fullPage: true });
    await other?.close();
    await page?.close();
    await browser?.close();
    demo?.child.kill('SIGINT');
  });

  it('creates a room with two people, one of them a Consumer', async () => {
    await page.getByRole('button', { name: 'New appointment' }).click();
    await page.getByRole('switch', { name: 'Starts now' }).check();
    await pick(page, 'Add a person', /Priya Raman/, 'Priya');
    await pick(page, 'Add a person', /Yusuf Demir/, 'Yusuf');
    await pick(page, 'Role of Yusuf Demir', /^Consumer/);
    await page.getByRole('button', { name: 'Book appointment' }).click();
    // The new appointment opens with its roster, loaded back from the service; it has no title, so its id names it.
    await page.getByRole('heading', { name: /Appointment \d+/ }).waitFor();
  });

  it("shows the new room's roster as the service keeps it", async () => {
    const role = page.getByRole('combobox', { name: 'Role of Yusuf Demir' }).first();
    await role.waitFor();
    await expect.poll(() => role.textContent()).toMatch(/Consumer/);
  });

  it('edits it by name: everyone on its list is shown by name, never by id', async () => {
    await page.getByRole('button', { name: 'Edit appointment' }).click();
    const form = page.getByRole('form', { name: /Appointment \d+/ });
    await form.getByText('Priya Raman', { exact: true }).first().waitFor();
    await form.getByText('Yusuf Demir', { exact: true }).first().waitFor();
    expect(await form.textContent()).not.toMatch(/8:acs:|Not in the directory/);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Join', exact: true }).waitFor();
  });

  it('lets that person join with microphone and camera disabled, and says why', async () => {
    await pick(page, 'Join as', /Yusuf Demir/);
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    const call = page.getByRole('region', { name: 'Call as Yusuf Demir' });
    await call
      .getByText(/Your role: Consumer/)
      .first()
      .waitFor();
    const refused = (device: Device) =>
      deviceButton(call, device).evaluate(
        (el) => el.getAttribute('aria-disabled') === 'true' || el.hasAttribute('disabled'),
      );
    await deviceButton(call, 'microphone').waitFor();
    await expect.poll(() => refused('microphone')).toBe(true);
    expect(await refused('camera')).toBe(true);
    await call
      .getByText(/Consumers can.t turn on the camera/)
      .first()
      .waitFor();
  });

  it('starts a titled appointment in Berlin', async () => {
    await page.getByRole('button', { name: 'All appointments' }).click();
    await page.getByRole('button', { name: 'New appointment' }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill('Follow-up: Priya Raman');
    const zone = page.getByRole('combobox', { name: 'Time zone' });
    // Typed, as a person does: the zone list opens and filters on key presses.
    await zone.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('berlin');
    await page.getByRole('option', { name: /^Europe\/Berlin/ }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => zone.inputValue()).toMatch(/^Europe\/Berlin/);
  });

  it('sets it for tomorrow 09:00–09:30 and books it; its page is headed by its title', async () => {
    // Tomorrow in Berlin, typed in the browser's (en-US) date order.
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    const date = new Intl.DateTimeFormat('en-US', {
      timeZone: 'Europe/Berlin',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(tomorrow);
    const startDate = page.getByRole('combobox', { name: 'Start date' });
    await startDate.fill(date);
    await startDate.press('Enter');
    await page.keyboard.press('Escape');
    const startTime = page.getByRole('combobox', { name: 'Start time' });
    await startTime.fill('09:00 AM');
    await startTime.press('Enter');
    await pick(page, 'Duration', /^30 minutes/);
    await page.getByRole('button', { name: 'Book appointment' }).click();
    // The appointment page is headed by its title, not its id.
    await page.getByRole('heading', { name: 'Follow-up: Priya Raman' }).waitFor();
  });

  it('reopens its edit form at 09:00 Europe/Berlin', async () => {
    await page.getByRole('button', { name: 'Edit appointment' }).click();
    await page.getByRole('form', { name: 'Follow-up: Priya Raman' }).waitFor();
    await expect.poll(() => page.getByRole('combobox', { name: 'Time zone' }).inputValue()).toMatch(/^Europe\/Berlin/);
    expect(await page.getByRole('combobox', { name: 'Start time' }).inputValue()).toBe('09:00 AM');
  });

  it("opens a seeded appointment's edit form from the list's actions, with names", async () => {
    await page.getByRole('button', { name: 'All appointments' }).click();
    await page.getByRole('button', { name: /Actions for .Video consultation: Priya Raman/ }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Video consultation: Priya Raman' });
    await form.getByText('Dr. Amara Okafor', { exact: true }).first().waitFor();
    await form.getByText('Mei Chen', { exact: true }).first().waitFor();
    expect(await form.textContent()).not.toMatch(/8:acs:|Not in the directory/);
  });

  it('is listed by its title at 09:00 Berlin time, and a search for "Priya" finds it', async () => {
    await page.getByRole('button', { name: 'All appointments' }).click();
    await page.getByLabel('Search appointments').fill('Priya');
    const row = page.getByRole('row').filter({ hasText: 'Follow-up: Priya Raman' });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toMatch(/9:00\s*–\s*9:30\s*AM Berlin time/);
    // The search runs on the server: an appointment without Priya leaves the list.
    await page.getByRole('row').filter({ hasText: 'Cardiology follow-up' }).waitFor({ state: 'detached' });
  });

  // Two people in two browsers (separate contexts: no shared storage), each joined through the token the handler
  // issued; the local Rooms service's shared call puts them in one call.
  async function joinAppointment(at: Page, title: RegExp, who: RegExp) {
    await at
      .getByRole('link', { name: title })
      .or(at.getByRole('button', { name: title }))
      .first()
      .click();
    await pick(at, 'Join as', who);
    await at.getByRole('button', { name: 'Join', exact: true }).click();
  }

  it('puts two people who join one appointment from two browsers in the same call, each seeing the other', async () => {
    await joinAppointment(page, /Video consultation: Priya Raman/, /Amara Okafor/);
    await joinAppointment(other!, /Video consultation: Priya Raman/, /Priya Raman/);
    const doctor = page.getByRole('region', { name: 'Call as Dr. Amara Okafor' });
    const patient = other!.getByRole('region', { name: 'Call as Priya Raman' });
    await doctor.getByText('Priya Raman', { exact: true }).first().waitFor();
    await patient.getByText('Dr. Amara Okafor', { exact: true }).first().waitFor();
    // The doctor's people panel counts her as in the call, not as "Not joined".
    await doctor.getByRole('button', { name: 'People' }).first().click();
    await doctor.getByRole('combobox', { name: 'Role of Priya Raman' }).waitFor();
    await expect.poll(() => doctor.getByText('In the call', { exact: false }).first().isVisible()).toBe(true);
  });

  it("shows a presenter's role change at once in both rosters and in the other person's controls", async () => {
    const doctor = page.getByRole('region', { name: 'Call as Dr. Amara Okafor' });
    const patient = other!.getByRole('region', { name: 'Call as Priya Raman' });
    await doctor.getByRole('combobox', { name: 'Role of Priya Raman' }).click();
    await page
      .getByRole('option', { name: /^Consumer/ })
      .filter({ visible: true })
      .first()
      .click();
    await patient
      .getByText(/Your role: Consumer/)
      .first()
      .waitFor();
    const microphone = deviceButton(patient, 'microphone');
    await expect
      .poll(() =>
        microphone.evaluate((el) => el.getAttribute('aria-disabled') === 'true' || el.hasAttribute('disabled')),
      )
      .toBe(true);
    for (const at of [page, other!]) {
      const role = at.locator('.rk-RosterEditor').getByRole('combobox', { name: 'Role of Priya Raman' });
      await expect.poll(() => role.textContent()).toMatch(/Consumer/);
    }
  });

  // Someone who is not on the appointment's list opens its link, asks to join, and the doctor lets them in with the
  // role she picks; the server decides from who is signed in (a cookie the page cannot forge) that she may.
  it('lets a patient who is not on the list knock, and the doctor admit her into the call as an Attendee', async () => {
    const link = await page.getByRole('textbox', { name: 'Link for people not on the list' }).inputValue();
    await other!.getByRole('button', { name: 'Close' }).first().click();
    // The same page, so only its hash changes: the link opens the appointment's waiting room.
    await other!.goto(link);
    const ask = other!.getByRole('button', { name: /Ask to join/ });
    await ask.click();
    await other!
      .getByText(/Waiting for/i)
      .first()
      .waitFor();
    const doctor = page.getByRole('region', { name: 'Call as Dr. Amara Okafor' });
    const admit = doctor.getByRole('button', { name: /Admit Hannah Schulz/ }).first();
    await admit.click();
    const call = other!.getByRole('region', { name: 'Your call' });
    await call
      .getByText(/Your role: Attendee/)
      .first()
      .waitFor();
    // She is on the list now, with the role the doctor chose.
    const role = page.locator('.rk-RosterEditor').getByRole('combobox', { name: 'Role of Hannah Schulz' });
    await expect.poll(() => role.textContent()).toMatch(/Attendee/);
  });

  it('deletes an appointment from the list, after asking, and it leaves the list', async () => {
    await page.getByRole('button', { name: 'All appointments' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Follow-up: Priya Raman' });
    await page.getByRole('button', { name: /Actions for .Follow-up: Priya Raman/ }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog'));
    await dialog
      .getByText(/Follow-up: Priya Raman/)
      .first()
      .waitFor();
    await dialog.getByRole('button', { name: 'Delete appointment' }).click();
    await row.waitFor({ state: 'detached' });
    await page
      .getByText(/Deleted .Follow-up: Priya Raman/)
      .first()
      .waitFor();
  });

  it('said nothing on either console but blocked font downloads', () => {
    expect(consoleTrouble).toEqual([]);
  });
});
