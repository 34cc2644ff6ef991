#!/usr/bin/env node
// Runs a package's Node tests (test/**/*.test.ts or .test.mjs) with node:test through tsx,
// printing the spec report and writing JUnit XML to reports/junit/ for the
// repository-wide summary.
// Usage from a package: node ../../scripts/node-test.mjs [--postgres] [dir] [report-suffix]
// --postgres: the tests also run on a real PostgreSQL server; when TEST_DATABASE_URL
// is unset (a package tested on its own), one is started from npm for the run.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres } from './postgres.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const withPostgres = process.argv.includes('--postgres');
const [dirArg, suffixArg] = process.argv.slice(2).filter((arg) => arg !== '--postgres');
const dir = resolve(dirArg ?? 'test');
const name = JSON.parse(readFileSync('package.json', 'utf8')).name.replace(/[@/]/g, '_');

function find(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'browser' ? [] : find(path);
    return /\.test\.(ts|mjs)$/.test(entry.name) ? [path] : [];
  });
}

const files = find(dir).sort();
if (files.length === 0) {
  console.error(`No tests found under ${relative(process.cwd(), dir)}.`);
  process.exit(1);
}
const junitDir = process.env.JUNIT_DIR ?? join(root, 'reports', 'junit');
mkdirSync(junitDir, { recursive: true });
const suffix = suffixArg ? `-${suffixArg}` : '';
const env = { ...process.env };
const postgres = withPostgres && !env.TEST_DATABASE_URL ? await startPostgres() : null;
if (postgres) env.TEST_DATABASE_URL = postgres.url;
const child = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=junit',
    `--test-reporter-destination=${join(junitDir, `${name}${suffix}.xml`)}`,
    ...files,
  ],
  { stdio: 'inherit', env },
);
const status = await new Promise((done) => child.once('exit', (code) => done(code ?? 1)));
await postgres?.stop();
process.exit(status);
