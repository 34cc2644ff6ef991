#!/usr/bin/env node
// Runs a package's Node tests (test/**/*.test.ts or .test.mjs) with node:test through tsx,
// printing the spec report and writing JUnit XML to reports/junit/ for the
// repository-wide summary. Usage from a package: node ../../scripts/node-test.mjs [dir]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(process.argv[2] ?? 'test');
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
const suffix = process.argv[3] ? `-${process.argv[3]}` : '';
const result = spawnSync(
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
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
