// Where the built parts the benchmarks measure live in the repository.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const benchDir = join(repoRoot, 'bench');
export const resultsDir = join(benchDir, 'results');

export const serverDist = join(repoRoot, 'apps', 'server', 'dist');
export const serverMain = join(serverDist, 'main.js');
export const serverModule = join(serverDist, 'server.js');
export const embedDist = join(repoRoot, 'packages', 'embed', 'dist');
export const embedManifest = join(embedDist, 'embed', 'manifest.json');
export const sdkDist = join(repoRoot, 'packages', 'sdk', 'dist');

/** The seed campaign every fresh database starts with, and the demo key allowed from any localhost port. */
export const SEED_SLUG = 'ban-chen-quanguo';
export const DEMO_KEY = 'pk_test_demo';
export const DEMO_ORIGIN = 'http://localhost:1';

/** Throws a message that says which build is missing and how to make it. */
export function requireBuilt(file, what) {
  if (!existsSync(file)) {
    throw new Error(`${what} is not built (${file} is missing): run \`npm run build\` first.`);
  }
  return file;
}
