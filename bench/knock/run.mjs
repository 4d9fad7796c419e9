// Benchmarks knock to join through the demo's whole stack (`npm start`: the local Rooms service, the kit's handler on
// the official SDKs, the clinic app) in Debian's Chromium, with two browser contexts: a doctor in the appointment's
// call, and a patient who is not on its list.
//
//   node bench/knock/run.mjs [--rounds 12]
//
// Each round: the patient opens the appointment's link and asks to join (reference: the time until the doctor's call
// shows the request), then the doctor admits her as an Attendee (measured: from the admit click until the patient's
// page shows the call with her role). She is then taken off the list again for the next round. Prints a table and
// writes bench/results/knock.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { startDemo } from '../../scripts/demoProcess.mjs';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../../scripts/chromium.mjs';
import { countOption, round, stats } from '../stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const ROUNDS = countOption('rounds', 12);
const WARM_UP = 2;
const TARGET_MS = 1000;
const APPOINTMENT = /Video consultation: Priya Raman/;
const PATIENT = 'Hannah Schulz';

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

async function main() {
  const demo = await startDemo(repo);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const doctor = await (await browser.newContext({ viewport: { width: 1400, height: 1100 } })).newPage();
    const patient = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();

    // The doctor (the session's default) opens the appointment and joins its call.
    await doctor.goto(demo.url, { timeout: 0 });
    await doctor
      .getByRole('button', { name: APPOINTMENT })
      .or(doctor.getByRole('link', { name: APPOINTMENT }))
      .first()
      .click({ timeout: 0 });
    await doctor.getByRole('combobox', { name: 'Join as' }).click({ timeout: 0 });
    await doctor.getByRole('option', { name: /Amara Okafor/ }).click();
    await doctor.getByRole('button', { name: 'Join', exact: true }).click();
    const call = doctor.getByRole('region', { name: 'Call as Dr. Amara Okafor' });
    await call
      .getByText(/Your role: Presenter/)
      .first()
      .waitFor({ timeout: 0 });
    // The requests to join show in the call's people panel.
    await call.getByRole('button', { name: 'People' }).first().click();
    const link = await doctor.getByRole('textbox', { name: 'Link for people not on the list' }).inputValue();
    const roomId = decodeURIComponent(link.split('#/join/')[1]);

    // The patient signs in as herself (the demo's session cookie).
    await patient.goto(demo.url, { timeout: 0 });
    const session = await patient.evaluate(async () => (await fetch('/demo/session')).json());
    const patientId = session.people.find((p) => p.displayName === PATIENT).id;
    await patient.evaluate(
      async (userId) =>
        fetch('/demo/session', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ userId }),
        }),
      patientId,
    );
    // A new session is a new page.
    await patient.reload({ timeout: 0 });

    const knock = [];
    const admit = [];
    for (let round = 0; round < ROUNDS + WARM_UP; round += 1) {
      await patient.goto(link, { timeout: 0 });
      const ask = patient.getByRole('button', { name: /Ask to join/ });
      await ask.waitFor({ timeout: 0 });
      const knocked = performance.now();
      await ask.click();
      const admitButton = call.getByRole('button', { name: new RegExp(`Admit ${PATIENT}`) }).first();
      await admitButton.waitFor({ timeout: 30_000 }).catch(async (error) => {
        await doctor.screenshot({ path: join(repo, 'bench', 'results', 'knock-doctor.png'), fullPage: true });
        await patient.screenshot({ path: join(repo, 'bench', 'results', 'knock-patient.png'), fullPage: true });
        throw new Error(
          `Round ${round + 1}: the doctor's call never showed the request (screenshots in bench/results)`,
          {
            cause: error,
          },
        );
      });
      const heard = performance.now();
      await admitButton.click();
      await patient
        .getByRole('region', { name: 'Your call' })
        .getByText(/Your role: Attendee/)
        .first()
        .waitFor({ timeout: 0 });
      const inCall = performance.now();
      if (round >= WARM_UP) {
        knock.push(heard - knocked);
        admit.push(inCall - heard);
      }
      // Off the list again, so the next round knocks anew.
      await patient.goto('about:blank');
      const answer = await fetch(new URL(`api/rooms/rooms/${encodeURIComponent(roomId)}/participants`, demo.url), {
        method: 'PATCH',
        headers: { 'content-type': 'application/merge-patch+json' },
        body: JSON.stringify({ participants: { [patientId]: null } }),
      });
      if (!answer.ok) throw new Error(`Could not take ${PATIENT} off the list: ${answer.status}`);
    }

    const result = {
      bench: 'knock',
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map(round) },
      rounds: ROUNDS,
      targetMs: TARGET_MS,
      knockToPresenterMs: stats(knock),
      admitToCallPageMs: stats(admit),
      ratioAdmitToKnock: round(stats(admit).p50 / stats(knock).p50),
    };
    await mkdir(join(repo, 'bench', 'results'), { recursive: true });
    await writeFile(join(repo, 'bench', 'results', 'knock.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(
      `Knock to join through the demo's stack, ${ROUNDS} rounds (load ${result.machine.loadAverage.join(' ')})`,
    );
    console.table({
      'knock → the doctor sees the request (reference)': result.knockToPresenterMs,
      'admit click → the patient sees her call': result.admitToCallPageMs,
    });
    console.log(
      `admit → call page p50 ${result.admitToCallPageMs.p50} ms (${result.ratioAdmitToKnock}× the knock); target < ${TARGET_MS} ms: ${
        result.admitToCallPageMs.p50 < TARGET_MS ? 'met' : 'missed'
      }`,
    );
    console.log(`written to ${join('bench', 'results', 'knock.json')}`);
  } finally {
    await browser.close();
    demo.child.kill('SIGINT');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
