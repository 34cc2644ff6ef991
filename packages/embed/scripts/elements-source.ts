/**
 * Bundles @placard/elements from its TypeScript source rather than its npm build.
 * The npm build targets ES2021 for bundler users, which turns every private field
 * and method into helper calls; the CDN files target the browsers the embed
 * supports, which run them natively, so building from source ships less code.
 * The modules are the same ones the package exports: `@placard/elements/<tag>.js`
 * is `src/<tag>/<tag>.ts`, compiled with the package's own tsconfig.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';

export const ELEMENTS_DIR = dirname(fileURLToPath(import.meta.resolve('@placard/elements/package.json')));

/** The source module behind a define file of the package, e.g. `petition-counter`. */
export function elementSource(tag: string): string {
  const file = join(ELEMENTS_DIR, 'src', tag, `${tag}.ts`);
  if (!existsSync(file)) throw new Error(`@placard/elements has no source module for <${tag}> at ${file}`);
  return file;
}

/** The source module of a widget's first view (drawn before its element is defined). */
export function firstViewSource(tag: string): string {
  const file = join(ELEMENTS_DIR, 'src', tag, `${tag}.first-view.ts`);
  if (!existsSync(file)) throw new Error(`@placard/elements has no first view for <${tag}> at ${file}`);
  return file;
}

/** Matches the elements' source files (an esbuild filter: Go syntax, no lookaround). */
export const ELEMENTS_SOURCE_FILE = new RegExp(
  `^${ELEMENTS_DIR.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\\\/]src[\\\\/].*\\.ts$`,
);

export function elementsFromSource(): Plugin {
  return {
    name: 'placard-elements-from-source',
    setup(build) {
      // A define file registers its tag when it runs, so importing it is never dropped
      // (the package's `sideEffects` list names the built files, not the sources).
      build.onResolve({ filter: /^@placard\/elements\/[a-z-]+\.js$/ }, ({ path }) => ({
        path: elementSource(path.slice('@placard/elements/'.length, -'.js'.length)),
        sideEffects: true,
      }));
    },
  };
}
