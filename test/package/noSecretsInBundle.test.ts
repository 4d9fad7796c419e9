// Secrets live only in src/server and src/emulator: no file a browser downloads may hold a connection string or an
// access key. This builds the browser entry points as a host's production build would (minified, following every
// import into node_modules), with a connection string in the build's environment, and scans every output file.
// The same scan is run on a fixture that embeds one, to prove the check can fail.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'vite';
// @ts-expect-error -- the demo's config is plain JavaScript without type declarations.
import { demoViteConfig } from '../../demo/viteConfig.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A key no real resource has, used as "the" secret of this test; set in the build's environment below. */
const KNOWN_TEST_KEY = Buffer.alloc(64, 0x5a).toString('base64');
const KNOWN_CONNECTION_STRING = `endpoint=http://127.0.0.1:7400/;accesskey=${KNOWN_TEST_KEY}`;

/** The browser entry points of the package; the demo host app's client build is scanned too, below. */
const BROWSER_ENTRIES = ['src/index.ts', 'src/testing.ts'];

const SECRET_PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  ['a connection string', /endpoint=[a-z]+:\/\/[^\s"'`;]+;\s*accesskey=/i],
  ['an access key in connection-string form', /accesskey=[A-Za-z0-9+/]{16,}/i],
];

interface Finding {
  file: string;
  what: string;
}

/** Every secret found in the files under `directory`. */
async function findSecrets(directory: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const text = await readFile(file, 'utf8');
    for (const [what, pattern] of SECRET_PATTERNS) if (pattern.test(text)) findings.push({ file, what });
    if (text.includes(KNOWN_TEST_KEY)) findings.push({ file, what: 'the known test key' });
  }
  return findings;
}

/** Builds `entry` for the browser, minified, into a fresh directory; returns the directory and its file count. */
async function buildForBrowser(entry: string, outDir: string): Promise<number> {
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      sourcemap: false,
      lib: { entry, formats: ['es'], fileName: 'bundle' },
      rollupOptions: { external: ['react', 'react-dom', 'react/jsx-runtime'] },
    },
  });
  return (await readdir(outDir, { recursive: true })).length;
}

let workDir: string;
const savedEnv = { ...process.env };
/** Output folder of each browser build, made once before the checks (a build is setup, not what is tested). */
const outputs = new Map<string, string>();

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'rooms-bundle-'));
  // A host's shell usually has the connection string set while it builds: nothing may pick it up.
  process.env.ACS_CONNECTION_STRING = KNOWN_CONNECTION_STRING;
  process.env.VITE_ACS_CONNECTION_STRING = KNOWN_CONNECTION_STRING;
  // One at a time: parallel builds only compete for the same two cores.
  for (const entry of BROWSER_ENTRIES) {
    const outDir = join(workDir, entry.replace(/[^\w]+/g, '-'));
    await buildForBrowser(entry, outDir);
    outputs.set(entry, outDir);
  }
  const demoDir = join(workDir, 'demo');
  const config = demoViteConfig() as InlineConfig;
  await build({ ...config, logLevel: 'silent', mode: 'production', build: { outDir: demoDir, emptyOutDir: true } });
  outputs.set('demo', demoDir);
}, 300_000);

afterAll(async () => {
  process.env = savedEnv;
  await rm(workDir, { recursive: true, force: true });
});

describe('browser bundles', () => {
  it.each(BROWSER_ENTRIES)('%s builds without any connection string or access key in its output', async (entry) => {
    const outDir = outputs.get(entry) ?? '';
    expect((await readdir(outDir, { recursive: true })).length).toBeGreaterThan(0);
    expect(await findSecrets(outDir)).toEqual([]);
  });

  it('the demo host app builds without any connection string or access key in what the browser downloads', async () => {
    const outDir = outputs.get('demo') ?? '';
    const files = await readdir(outDir, { recursive: true });
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(await findSecrets(outDir)).toEqual([]);
  });

  it('the check finds a connection string, or the known key alone, that a module embeds', async () => {
    const fixtures = join(workDir, 'fixtures');
    await mkdir(fixtures, { recursive: true });
    const leaky = join(fixtures, 'leaky.ts');
    await writeFile(
      leaky,
      `export const config = { acs: ${JSON.stringify('endpoint=https://contoso.communication.azure.com/;accesskey=c2VjcmV0LWtleS1mb3ItdGhlLXRlc3Q=')} };\n`,
    );
    const keyOnly = join(fixtures, 'keyOnly.ts');
    await writeFile(keyOnly, `export const key = ${JSON.stringify(KNOWN_TEST_KEY)};\n`);

    const leakyOut = join(workDir, 'leaky-out');
    await buildForBrowser(leaky, leakyOut);
    expect((await findSecrets(leakyOut)).map((f) => f.what)).toEqual(
      expect.arrayContaining(['a connection string', 'an access key in connection-string form']),
    );
    const keyOut = join(workDir, 'key-out');
    await buildForBrowser(keyOnly, keyOut);
    expect((await findSecrets(keyOut)).map((f) => f.what)).toEqual(['the known test key']);
  });
});
