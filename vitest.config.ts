import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './scripts/chromium.mjs';

const storiesOnly = process.argv.some((a) => a.includes('storybook'));
const executablePath = findChromium();
if (storiesOnly && !executablePath) throw new Error(INSTALL_HINT);

/**
 * The most any jsdom test or story may take, on a busy two-core machine too. It is the budget, not a margin: a test
 * that needs more has a cost to remove (see test/setup/jsdomStyles.ts), not a limit to raise.
 */
const UI_TEST_TIMEOUT_MS = 10_000;

/** Every story as a test in Chromium, with axe; `globals` are forced onto every story that does not set its own. */
function storyProject(name: string, globals: Record<string, string>): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [storybookTest({ configDir: '.storybook', tags: { include: ['test'], exclude: ['no-test'] } })],
    define: {
      __RK_STORY_GLOBALS__: JSON.stringify(globals),
      // Stories are tested as Storybook shows them. Under 'test', Griffel drops every static style (makeStaticStyles),
      // so the page axe checks would differ from the one a developer or user sees. Only in a run of stories: Vite
      // sets a defined NODE_ENV on the whole process, and jsdom's Fluent relies on 'test' (its ResizeObserver stand-in).
      ...(storiesOnly ? { 'process.env.NODE_ENV': JSON.stringify('development') } : {}),
    },
    test: {
      name,
      testTimeout: UI_TEST_TIMEOUT_MS,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({ launchOptions: { executablePath, args: CHROMIUM_ARGS } }),
        instances: [{ browser: 'chromium' }],
      },
    },
  };
}

export default defineConfig({
  plugins: [react()],
  test: {
    // No test may be skipped or focused in CI.
    allowOnly: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.browser.test.ts'],
        },
      },
      {
        extends: true,
        resolve: {
          alias: {
            // communication-react has no `exports` map that Node's conditions resolve; its CommonJS build loads in
            // jsdom (and three times faster than its ESM build). See test/setup/callComposite.ts for the rest.
            '@azure/communication-react': fileURLToPath(
              new URL(
                './node_modules/@azure/communication-react/dist/dist-cjs/communication-react/index.js',
                import.meta.url,
              ),
            ),
            // Fluent v8's ESM build imports folders, which Node's loader refuses; the call's theme and icons load
            // its CommonJS build, the one communication-react's CommonJS build requires too (one copy, one registry).
            '@fluentui/react': fileURLToPath(
              new URL('./node_modules/@fluentui/react/lib-commonjs/index.js', import.meta.url),
            ),
            '@fluentui/react-migration-v8-v9': fileURLToPath(
              new URL('./node_modules/@fluentui/react-migration-v8-v9/lib-commonjs/index.cjs', import.meta.url),
            ),
          },
        },
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          testTimeout: UI_TEST_TIMEOUT_MS,
          include: ['test/**/*.test.tsx'],
          setupFiles: ['test/setup/jsdom.ts'],
        },
      },
      storyProject('storybook', {}),
      // Every story again in the dark theme, right to left: what a user of a dark, RTL host meets.
      storyProject('storybook-dark-rtl', { theme: 'dark', direction: 'rtl' }),
      // And in the two further locales: Arabic (right to left, six plural forms) and French.
      storyProject('storybook-ar', { locale: 'ar', direction: 'rtl' }),
      storyProject('storybook-fr', { locale: 'fr-FR' }),
    ],
  },
});
