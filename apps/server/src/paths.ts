import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The server package's folder, found by walking up from this module: the
 * code runs from `src/` under tsx and bundled from `dist/`, at different depths.
 */
function findServerRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest)) {
      const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
      if (name === '@placard/server') return folder;
    }
    const parent = dirname(folder);
    if (parent === folder) throw new Error('Cannot find the @placard/server package folder.');
    folder = parent;
  }
}

export const serverRoot = findServerRoot();
export const repoRoot = resolve(serverRoot, '..', '..');
export const migrationsDir = join(serverRoot, 'migrations');
