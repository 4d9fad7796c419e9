// The whole test suite: lint, type-check, unit tests (node + jsdom) and every story as a test in Chromium with axe.
// Ends with one summary line, "Tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { findChromium, INSTALL_HINT } from './chromium.mjs';

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

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
console.log('\n▶ unit tests and stories (vitest: node, jsdom, storybook in Chromium)');
const { status } = npx(['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  if (skipped > 0) console.error(`✖ ${skipped} tests were skipped; no test may be skipped.`);
  console.log(`Tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
  if (skipped > 0) process.exit(1);
}
process.exit(status ?? 1);
