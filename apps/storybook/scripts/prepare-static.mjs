#!/usr/bin/env node
// Before `storybook dev` and `storybook build`: writes the two generated inputs
// Storybook needs and git never holds.
// 1. msw's `mockServiceWorker.js` into public/ (served at the iframe's folder, so
//    the worker's scope covers every story), from the installed msw so the
//    worker and the library always match.
// It also checks that the custom-elements manifest of @placard/elements, which
// the docs pages and playground controls are generated from, has been built.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const elements = resolve(app, '../../packages/elements');
const require = createRequire(import.meta.url);

function run(label, args, cwd) {
  const started = Date.now();
  const { status, stdout, stderr } = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  if (status !== 0) {
    process.stderr.write(`${stdout}${stderr}`);
    throw new Error(`${label} failed (exit ${status}).`);
  }
  console.log(`${label} (${Date.now() - started} ms)`);
}

const publicDir = join(app, 'public');
mkdirSync(publicDir, { recursive: true });
const mswCli = join(dirname(require.resolve('msw/package.json')), 'cli/index.js');
run('msw init public/', [mswCli, 'init', publicDir, '--no-save'], app);

// The manifest is built by @placard/elements' own build (turbo builds it first)
// and published with the package as `customElements`.
const manifest = join(elements, 'custom-elements.json');
if (!existsSync(manifest)) {
  throw new Error('packages/elements/custom-elements.json is missing: run `npm run build -w @placard/elements` first.');
}
