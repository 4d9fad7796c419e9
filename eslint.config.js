// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

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
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**', 'test/**', 'stories/**', '.storybook/**', 'demo/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The root entry must stay free of the calling stack, and core must stay free of React.
    files: ['src/core/**', 'src/adapter/**', 'src/components/**', 'src/provider/**', 'src/strings/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@azure/communication-react', '@azure/communication-calling*'],
              message: 'Only acs-rooms-kit/call may import the calling stack.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                '@fluentui/*',
                '@azure/communication-react',
                '@azure/communication-calling*',
              ],
              message: 'src/core is pure: no React, no UI.',
            },
          ],
        },
      ],
    },
  },
);
