import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

/** Lit and its parts: one copy in the preview, whoever imports which entry point. */
const LIT_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context'];

/**
 * Storybook for designers. It runs with no network: telemetry, crash reports
 * and "what's new" checks are off, and every API call is answered by the msw
 * worker that `scripts/prepare-static.mjs` writes into `public/`.
 *
 * Each element's stories live in its folder, beside its code
 * (`packages/elements/src/<tag>/<tag>.stories.ts`); only Storybook's own pages are here.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: [
    '../stories/**/*.mdx',
    '../../../packages/elements/src/**/*.stories.ts',
    // The console's parts, as the server draws them.
    '../../server/src/console/*.stories.ts',
  ],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  staticDirs: ['../public'],
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  // No "Get started" onboarding checklist in the sidebar, nor its guide page in the menu
  // (`storybook dev` only): this Storybook is a catalogue for designers, not a new project.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  docs: { defaultName: 'Docs' },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      resolve: {
        // A story imports this app's helpers as `#storybook/flows/sign-petition.js`, from
        // whichever package it is in (tsconfig.json's `paths` says the same to tsc).
        alias: [{ find: /^#storybook\//, replacement: fileURLToPath(new URL('../src/', import.meta.url)) }],
        // Storybook is installed in this app only: a story under packages/ gets this app's copy.
        // One Lit for everyone (the stories, @placard/elements, Storybook's renderer).
        dedupe: ['storybook', '@storybook/web-components-vite', ...LIT_PACKAGES],
      },
      optimizeDeps: {
        // `storybook dev` only. Storybook's web-components renderer is served unbundled and
        // imports `lit/directive-helpers.js`, which the optimizer's scan (stories, preview)
        // never meets: served as is, that module brought a second lit-html (Lit's dev-mode
        // "Multiple versions of Lit loaded" warning). Every entry point of Lit is pre-bundled
        // together, so any import of any of them shares one copy.
        include: LIT_PACKAGES.flatMap((name) => [name, `${name}/**/*.js`]),
      },
      // The preview bundles axe-core and Storybook's UI: big chunks are expected, not a problem to warn about.
      build: { chunkSizeWarningLimit: 2048 },
    }),
};

export default config;
