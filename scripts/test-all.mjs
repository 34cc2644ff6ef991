#!/usr/bin/env node
// `npm test`: build, lint, type-check, then every package's tests, and a
// closing `N passed, N failed` line totalled from the JUnit reports that each
// test runner writes to reports/junit/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSummary, summariseDirectory } from './junit-summary.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, 'reports');
const junitDir = join(reports, 'junit');
rmSync(reports, { recursive: true, force: true });
mkdirSync(junitDir, { recursive: true });

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', JUNIT_DIR: junitDir };
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
for (const [label, command, args] of steps) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  console.log(`${status === 0 ? '✔' : '✖'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (status !== 0) {
    failedSteps.push(label);
    if (label === 'build') break;
  }
}

const totals = summariseDirectory(junitDir);
const summary = formatSummary(totals);
writeFileSync(join(reports, 'summary.txt'), `${summary}\n`);
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${summary}`);
process.exit(failedSteps.length || totals.failed ? 1 : 0);
