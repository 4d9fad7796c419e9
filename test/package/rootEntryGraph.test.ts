// The root entry must never reach the calling stack: a host that only manages rooms must not download it.
// This bundles `src/index.ts` as a host's bundler would, following every import into node_modules, and lists the
// modules that end up in the output.
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function bundledModules(entry: string): Promise<string[]> {
  const result = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['es'], fileName: 'probe' },
      rollupOptions: { external: ['react', 'react-dom', 'react/jsx-runtime'] },
    },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((o) =>
    o.output.flatMap((chunk) => (chunk.type === 'chunk' ? Object.keys(chunk.modules) : [])),
  );
}

const CALLING_STACK = /node_modules\/@azure\/communication-(react|calling|calling-effects|chat|signaling)\//;

describe('package entry points', () => {
  it('the root entry bundles without any module of communication-react or the calling SDK', async () => {
    const modules = await bundledModules('src/index.ts');
    expect(modules.some((m) => m.includes('/src/core/roles.ts'))).toBe(true);
    expect(modules.some((m) => m.includes('@fluentui/'))).toBe(true);
    expect(modules.filter((m) => CALLING_STACK.test(m))).toEqual([]);
  }, 240_000);

  it('the check does find the calling stack when an entry imports it', async () => {
    const modules = await bundledModules('test/package/fixtures/importsCallingStack.ts');
    expect(modules.some((m) => CALLING_STACK.test(m))).toBe(true);
  }, 240_000);
});
