// Browser tests: Chromium from the machine (never a downloaded one), msw's
// service worker served at the site root so it controls every test page,
// JUnit XML for CI next to the usual console summary, coverage ≥ 90% lines.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { junitReporter } from '@web/test-runner-junit-reporter';
import { chromeArgs, findChrome } from '../../scripts/chrome.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const workerScript = readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');
const junitDir = process.env.JUNIT_DIR ?? resolve(here, '../../reports/junit');

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: resolve(here, '../..'),
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One tab at a time: a background tab gets no animation frames (fixtures and the
  // count animation wait for them) and cannot hold keyboard focus.
  concurrency: 1,
  testsFinishTimeout: 170_000,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: await findChrome(),
        args: chromeArgs,
        headless: true,
      },
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: resolve(here, 'tsconfig.json') }),
    // `executeServerCommand('screenshot', clip)`: a PNG of part of the page (clip in document
    // coordinates) as a data URL, for tests that check what is drawn (the side a progress
    // bar fills from) rather than the DOM.
    {
      name: 'screenshot',
      async executeCommand({ command, payload, session }) {
        if (command !== 'screenshot') return undefined;
        const page = session.browser.getPage(session.id);
        const png = await page.screenshot({ clip: payload, encoding: 'base64' });
        return `data:image/png;base64,${png}`;
      },
    },
  ],
  middleware: [
    // msw's worker must sit at the root: a worker's scope cannot be wider than its folder.
    (context, next) => {
      if (context.path !== '/mockServiceWorker.js') return next();
      context.type = 'application/javascript';
      context.body = workerScript;
    },
  ],
  coverage: true,
  coverageConfig: {
    include: ['**/packages/elements/src/**/*.ts'],
    exclude: ['**/*.test.ts', '**/*.stories.ts', '**/node_modules/**'],
    threshold: { statements: 0, branches: 0, functions: 0, lines: 90 },
    reportDir: resolve(here, 'coverage'),
  },
  reporters: [defaultReporter(), junitReporter({ outputPath: `${junitDir}/placard_elements.xml`, rootDir: here })],
};
