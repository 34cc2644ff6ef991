/**
 * Fewer, larger shared chunks. Budgets are per file gzipped on its own, and each
 * extra file pays its own gzip header and loses the dictionary of the others.
 * esbuild splits by which entries reach a module; <placard-campaign> uses Lit, the
 * SDK and the store but not the widgets' base class, catalogue and status views,
 * so those form a second "shared by the three widgets" chunk. Letting the
 * <placard-campaign> entry also re-export them puts them into the one core chunk
 * (the wrapper is only ever used around widgets, which need that code anyway).
 */
import { resolve } from 'node:path';
import type { Metafile, Plugin } from 'esbuild';

const NAMESPACE = 'placard-entry';

/** An entry point for a tag: its define file, plus `extra` modules to pull into its chunks. */
export function entryFor(tag: string): string {
  return `${NAMESPACE}:${tag}`;
}

export function tagEntries(extra: Readonly<Record<string, readonly string[]>>, resolveDir: string): Plugin {
  return {
    name: 'placard-tag-entries',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${NAMESPACE}:`) }, ({ path }) => ({
        path: path.slice(NAMESPACE.length + 1),
        namespace: NAMESPACE,
      }));
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, ({ path: tag }) => ({
        contents: [
          `import ${JSON.stringify(`@placard/elements/${tag}.js`)};`,
          ...(extra[tag] ?? []).map((file, index) => `export * as m${index} from ${JSON.stringify(file)};`),
        ].join('\n'),
        loader: 'js',
        resolveDir,
      }));
    },
  };
}

/** Output files an entry loads up front: itself and its static imports, transitively. */
export function outputClosure(metafile: Metafile, output: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(output);
  return seen;
}

/**
 * Output files an entry loads on intent: what its own chunk imports with `import()`,
 * with their static imports, less what the entry loads up front.
 */
export function intentClosure(metafile: Metafile, output: string): Set<string> {
  const upFront = outputClosure(metafile, output);
  const later = new Set<string>();
  for (const imported of metafile.outputs[output]?.imports ?? []) {
    if (imported.kind !== 'dynamic-import' || imported.external) continue;
    for (const file of outputClosure(metafile, imported.path)) if (!upFront.has(file)) later.add(file);
  }
  return later;
}

/**
 * The source modules of chunks that every widget loads but the output `other` does
 * not: re-exported from `other`'s entry module, they join the chunk all share.
 */
export function modulesEveryWidgetShares(
  metafile: Metafile,
  entries: Readonly<Record<string, string>>,
  widgets: readonly string[],
  other: string,
  root: string,
): string[] {
  const closures = widgets.map((tag) => outputClosure(metafile, entries[tag] ?? ''));
  const otherClosure = outputClosure(metafile, other);
  const modules: string[] = [];
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (output.entryPoint || otherClosure.has(file) || !closures.every((closure) => closure.has(file))) continue;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      // Only real files (not plugin namespaces) that put code into the chunk.
      if (bytesInOutput > 0 && !input.includes(':')) modules.push(`${root}/${input}`);
    }
  }
  return modules;
}

/**
 * Code a widget loads on intent (its form, behind `import()`) is an entry of its own to
 * esbuild, which reaches Lit and the SDK but not the widgets' shared base, so the core
 * chunk would split in two and every widget pay for one more file. For each such lazy
 * module that shares part of the core, the source modules to re-export from it, by its
 * absolute path, so the core stays one chunk. Lazy modules that share none (the
 * catalogues) are left alone.
 */
export function coreForLazyModules(
  metafile: Metafile,
  entries: Readonly<Record<string, string>>,
  widgets: readonly string[],
  root: string,
): Map<string, string[]> {
  const tagEntries = new Set(Object.values(entries));
  const closures = widgets.map((tag) => outputClosure(metafile, entries[tag] ?? ''));
  const core = [...(closures[0] ?? [])].filter(
    (file) => !metafile.outputs[file]?.entryPoint && closures.every((closure) => closure.has(file)),
  );
  const lazy = new Map<string, string[]>();
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (!output.entryPoint || tagEntries.has(file) || !file.endsWith('.js')) continue;
    const closure = outputClosure(metafile, file);
    if (!core.some((chunk) => closure.has(chunk))) continue;
    const modules = modulesEveryWidgetShares(metafile, entries, widgets, file, root);
    lazy.set(
      resolve(root, output.entryPoint),
      modules.filter((module) => !/[\\/](node_modules|dist)[\\/]/.test(module)),
    );
  }
  return lazy;
}

/** `source` with re-exports of `modules` appended (see coreForLazyModules). */
export function withReexports(source: string, modules: readonly string[]): string {
  const lines = modules.map((file, index) => `export * as __placardCore${index} from ${JSON.stringify(file)};`);
  return [source, ...lines].join('\n');
}
