import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Pre-bundle the call stack up front: discovering it mid-run makes Vite reload the page under a running test.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        '@azure/communication-react',
        '@azure/communication-common',
      ],
    },
  }),
  typescript: {
    // Props tables come from the components' TypeScript types and TSDoc.
    reactDocgen: 'react-docgen-typescript',
  },
};

export default config;
