/**
 * Files are named for what they do. Three files called `wire.ts` once meant three different things (the handler's
 * SDK error mapping, the emulator's service errors, the HTTP adapter's answer readers); a name that could be
 * anything makes every reader open the file to find out. This keeps such names out of `src/`, and keeps the Node
 * side (the toolkit, the handler, the emulator) from reusing one name for two modules.
 */
import { readdir } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src', import.meta.url));
/** Names that say where code sits or what shape it has, not what it does. */
const VAGUE = new Set(['wire', 'utils', 'util', 'helpers', 'helper', 'misc', 'common', 'stuff', 'lib']);

async function modules(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((entry) => {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) return modules(path);
      return /\.tsx?$/.test(entry.name) ? [relative(src, path)] : [];
    }),
  );
  return files.flat();
}

const stem = (path: string) => basename(path).replace(/\.tsx?$/, '');

describe('module names', () => {
  it('gives no module in src a name that could mean anything', async () => {
    expect((await modules(src)).filter((path) => VAGUE.has(stem(path)))).toEqual([]);
  });

  it('uses each name once on the Node side (src/node, src/server, src/emulator), index files aside', async () => {
    const nodeSide = (await modules(src)).filter((path) => /^(node|server|emulator)\//.test(path));
    const byName = new Map<string, string[]>();
    for (const path of nodeSide) {
      if (stem(path) === 'index') continue;
      byName.set(stem(path), [...(byName.get(stem(path)) ?? []), path]);
    }
    expect([...byName.values()].filter((paths) => paths.length > 1)).toEqual([]);
  });
});
