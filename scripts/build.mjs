// Builds the package: ESM JavaScript per entry point (modules preserved so hosts tree-shake) and type declarations.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entries = ['index', 'call', 'server', 'emulator', 'testing'];

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    lib: {
      entry: Object.fromEntries(entries.map((e) => [e, `src/${e}.ts`])),
      formats: ['es'],
    },
    rollupOptions: {
      // Every package import stays an import: the host's bundler resolves and dedupes them.
      external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});

execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
console.log('Built dist/ (' + entries.join(', ') + ')');
