/**
 * Imports each @lit/context export from its own module. The package offers only
 * its index, which re-exports everything, and esbuild places split chunks by
 * module: through the index, the provider (used by <placard-campaign> only) and
 * its value notifier land in the chunk every widget loads. Importing from the
 * defining modules keeps each piece with the tags that use it.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';

const NAMESPACE = 'placard-lit-context';
// Resolved as @placard/elements, which depends on it, resolves it.
const fromElements = createRequire(import.meta.resolve('@placard/elements/package.json'));
const packageDir = dirname(fromElements.resolve('@lit/context'));

/** Export name → the module that defines it (from the package's index.js). */
async function exportSources(): Promise<Map<string, string>> {
  const index = await readFile(join(packageDir, 'index.js'), 'utf8');
  const sources = new Map<string, string>();
  for (const [, names = '', from = ''] of index.matchAll(/export\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g)) {
    for (const name of names.split(',')) {
      const exported = name
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (exported) sources.set(exported, join(packageDir, from));
    }
  }
  return sources;
}

export function litContextSlices(): Plugin {
  return {
    name: 'placard-lit-context-slices',
    setup(build) {
      const sources = exportSources();
      build.onResolve({ filter: /^@lit\/context$/ }, ({ importer }) => ({ path: importer, namespace: NAMESPACE }));
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, async ({ path: importer }) => {
        const source = await readFile(importer, 'utf8');
        const bySource = await sources;
        const lines: string[] = [];
        for (const [, names = ''] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]@lit\/context['"]/g)) {
          for (const name of names.split(',')) {
            const imported = name.trim();
            if (!imported || imported.startsWith('type ')) continue;
            const from = bySource.get(imported);
            if (!from)
              return { errors: [{ text: `@lit/context has no export "${imported}" (imported by ${importer})` }] };
            lines.push(`export { ${imported} } from ${JSON.stringify(from)};`);
          }
        }
        return { contents: lines.join('\n'), loader: 'js', resolveDir: packageDir };
      });
    },
  };
}
