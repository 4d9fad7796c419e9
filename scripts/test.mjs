// The whole test suite: lint, type-check, unit tests (node + jsdom) and every story as a test in Chromium with axe.
// The record store tests need PostgreSQL: $ROOMS_KIT_TEST_DATABASE_URL, or a throwaway database in this machine's
// Debian cluster, dropped when the run ends. Ends with one summary line, "Tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { findChromium, INSTALL_HINT } from './chromium.mjs';
import { POSTGRES_HINT, TEST_DATABASE_ENV, provideTestDatabase } from './postgres.mjs';

// Binaries run straight from node_modules/.bin: going through npx adds npm's own warnings to the output.
const npx = ([bin, ...args]) => spawnSync(`node_modules/.bin/${bin}`, args, { stdio: 'inherit', env: process.env });
const step = (name, args) => {
  console.log(`\n▶ ${name}`);
  const { status } = npx(args);
  if (status !== 0) {
    console.error(`✖ ${name} failed`);
    process.exit(status ?? 1);
  }
};

step('lint', ['eslint', '.', '--max-warnings', '0']);
step('format', ['prettier', '--check', '.', '--log-level', 'warn']);
step('type-check', ['tsc', '-p', 'tsconfig.json', '--noEmit']);

if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

let database;
try {
  database = provideTestDatabase();
} catch (error) {
  console.error(`✖ ${error.message}`);
  process.exit(1);
}
if (!database) {
  console.error(POSTGRES_HINT);
  process.exit(1);
}
process.env[TEST_DATABASE_ENV] = database.url;
// Dropped however the run ends: a failed phase, a thrown error, Ctrl-C (once the running step has stopped).
process.on('exit', () => {
  try {
    database.drop();
  } catch (error) {
    console.error(`✖ The test database was not dropped: ${error.message}`);
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

mkdirSync('test-results', { recursive: true });
// Phases, one after the other: the unit tests (node, jsdom), then every story in Chromium, one browser at a time:
// light; dark right to left; Arabic; French. Run together on a 2-core machine they only take turns on the same cores,
// and each test then waits on the others' load: a story's first render of the call, say, while the other browser
// parses the call's bundle and the dev server serves it.
const phases = [
  { name: 'unit tests (vitest: node, jsdom)', projects: ['node', 'jsdom'] },
  { name: 'stories in Chromium (vitest: storybook)', projects: ['storybook'] },
  {
    name: 'stories in Chromium, dark and right to left (vitest: storybook-dark-rtl)',
    projects: ['storybook-dark-rtl'],
  },
  { name: 'stories in Chromium, in Arabic, right to left (vitest: storybook-ar)', projects: ['storybook-ar'] },
  { name: 'stories in Chromium, in French (vitest: storybook-fr)', projects: ['storybook-fr'] },
];
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedPhase = false;
for (const [index, phase] of phases.entries()) {
  console.log(`\n▶ ${phase.name}`);
  const report = `test-results/vitest-${index + 1}.json`;
  const projects = phase.projects.flatMap((project) => ['--project', project]);
  const { status } = npx([
    'vitest',
    'run',
    ...projects,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
  ]);
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += r.numPassedTests ?? 0;
    totals.failed += r.numFailedTests ?? 0;
    totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  }
  if (status !== 0) failedPhase = true;
}
if (totals.skipped > 0) console.error(`✖ ${totals.skipped} tests were skipped; no test may be skipped.`);
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedPhase || totals.skipped > 0 ? 1 : 0);
