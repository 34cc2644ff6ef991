import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for designers. It runs with no network: telemetry, crash reports
 * and "what's new" checks are off, and every API call is answered by the msw
 * worker that `scripts/prepare-static.mjs` writes into `public/`.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  staticDirs: ['../public'],
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  docs: { defaultName: 'Docs' },
  // The preview bundles axe-core and Storybook's UI: big chunks are expected, not a problem to warn about.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    build: { ...viteConfig.build, chunkSizeWarningLimit: 2048 },
  }),
};

export default config;
