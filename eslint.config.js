// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

/** Imports of the calling stack, which only acs-rooms-kit/call may load. */
const CALLING_STACK = {
  group: ['@azure/communication-react', '@azure/communication-calling*'],
  message: 'Only acs-rooms-kit/call may import the calling stack.',
};

/** The kit's own package names: code inside the kit reaches its parts by path, never through an entry point. */
const KIT_ENTRIES = {
  group: ['acs-rooms-kit', 'acs-rooms-kit/*'],
  message: 'Inside the kit, import the module itself, not a package entry point.',
};

// The top-level parts of src/, as a relative import names them (`../../core/errors`). The entry files at the root of
// src (index, call, server, emulator, testing) count as the layers above everything.
const PARTS = [
  'core',
  'adapter',
  'hooks',
  'provider',
  'strings',
  'components',
  'composites',
  'node',
  'server',
  'emulator',
  'index',
  'call',
  'testing',
];

/** A pattern that refuses relative imports of the given parts of src/. */
function refuseParts(parts, message) {
  return { regex: `^(?:\\.\\./)+(?:${parts.join('|')})(?:[/.]|$)`, message };
}

/** One `no-restricted-imports` block per layer: what it may not import, and why. */
function layerRules() {
  const layer = (files, patterns) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: [KIT_ENTRIES, ...patterns] }] },
  });
  const except = (...allowed) => PARTS.filter((part) => !allowed.includes(part));
  return [
    layer(
      ['src/core/**'],
      [
        {
          group: ['react', 'react-dom', '@fluentui/*', '@azure/communication-react', '@azure/communication-calling*'],
          message: 'src/core is pure: no React, no UI.',
        },
        refuseParts(except('core'), 'src/core imports nothing of the kit outside src/core.'),
      ],
    ),
    layer(
      ['src/adapter/**'],
      [
        CALLING_STACK,
        refuseParts(
          ['components', 'composites', 'server', 'emulator', 'node', 'index', 'call', 'testing'],
          'src/adapter sits below the UI and knows nothing of the Node side.',
        ),
      ],
    ),
    layer(['src/components/**', 'src/provider/**', 'src/strings/**'], [CALLING_STACK]),
    layer(
      ['src/node/**'],
      [refuseParts(except('core', 'node'), 'src/node (the Node HTTP toolkit) may import only src/core.')],
    ),
    layer(
      ['src/server/**'],
      [
        refuseParts(
          [
            'adapter',
            'components',
            'composites',
            'provider',
            'hooks',
            'strings',
            'emulator',
            'index',
            'call',
            'testing',
          ],
          'src/server builds on src/core and src/node only (and never on the emulator it may talk to).',
        ),
      ],
    ),
    layer(
      ['src/emulator/**'],
      [
        refuseParts(
          ['adapter', 'components', 'composites', 'provider', 'hooks', 'strings', 'server', 'index', 'call', 'testing'],
          'src/emulator builds on src/core and src/node only (it is the service, not a client of the handler).',
        ),
      ],
    ),
  ];
}

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', 'coverage', 'node_modules', 'bench/results', '!.storybook'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    files: [
      'scripts/**',
      'bench/**',
      '*.config.*',
      '.storybook/**',
      'demo/*.mjs',
      'bin/**',
      'src/server/**',
      'src/emulator/**',
      'src/node/**',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**', 'test/**', 'stories/**', '.storybook/**', 'demo/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Layers import one way only (design.md): core ← adapter ← hooks/provider ← components ← composites, and on the
  // Node side core ← node ← server/emulator. One block per layer, since a later `no-restricted-imports` setting for
  // the same file replaces an earlier one rather than adding to it.
  ...layerRules(),
);
