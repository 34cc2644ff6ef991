/**
 * Fewer, larger shared chunks. Budgets are per file gzipped on its own, and each
 * extra file pays its own request and gzip stream and loses the dictionary of the
 * others. esbuild splits by which entries reach a module, so code every widget needs
 * would land in several chunks: <placard-campaign> uses Lit, the SDK and the store but
 * not the widgets' base class; the lazily loaded forms reach Lit but not the base; a
 * small module two widgets share gets a file of its own. The build therefore runs
 * esbuild twice: the first pass shows the split, then every entry re-exports the core
 * modules it does not reach (coreChunks, modulesToJoin, coreForLazyModules), so that in
 * the second pass they all reach the same set and esbuild makes it one chunk.
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
 * Below this many bytes (minified), a chunk a widget loads up front is not worth a file of
 * its own: the request and the gzip stream it costs are more than its bytes would cost the
 * widgets that do not need it. About a quarter of a kilobyte gzip.
 */
export const SMALL_CHUNK_BYTES = 1200;

/**
 * The chunks that should make the one core chunk: those every widget loads up front, and
 * any other chunk a widget loads up front that is small (see SMALL_CHUNK_BYTES). Never a
 * chunk of a first view (`firstViews`, their entry outputs): the first views are drawn
 * before the elements load, so what they share with the elements (lit-html, styles,
 * strings, the views) stays out of the core, in chunks of their own the core imports.
 */
export function coreChunks(
  metafile: Metafile,
  entries: Readonly<Record<string, string>>,
  widgets: readonly string[],
  firstViews: readonly string[] = [],
): string[] {
  const closures = widgets.map((tag) => outputClosure(metafile, entries[tag] ?? ''));
  const drawnFirst = new Set(firstViews.flatMap((entry) => [...outputClosure(metafile, entry)]));
  return Object.entries(metafile.outputs)
    .filter(([file, output]) => {
      if (output.entryPoint || !file.endsWith('.js') || drawnFirst.has(file)) return false;
      const loaders = closures.filter((closure) => closure.has(file)).length;
      return loaders === widgets.length || (loaders > 0 && output.bytes < SMALL_CHUNK_BYTES);
    })
    .map(([file]) => file);
}

/**
 * The source modules of `chunks` that the output `other` does not load up front:
 * re-exported from `other`'s entry module, they join the chunk all share. Only the
 * project's own modules unless `libraries`: re-exporting a library's whole namespace
 * would keep every export it has, and the own modules bring the library code they
 * import along anyway.
 */
export function modulesToJoin(
  metafile: Metafile,
  chunks: readonly string[],
  other: string,
  root: string,
  libraries = false,
): string[] {
  const otherClosure = outputClosure(metafile, other);
  const modules: string[] = [];
  for (const file of chunks) {
    if (otherClosure.has(file)) continue;
    for (const [input, { bytesInOutput }] of Object.entries(metafile.outputs[file]?.inputs ?? {})) {
      // Only real files (not plugin namespaces) that put code into the chunk.
      if (bytesInOutput === 0 || input.includes(':')) continue;
      if (libraries || !/[\\/](node_modules|dist)[\\/]/.test(input)) modules.push(`${root}/${input}`);
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
 * catalogues) are left alone. `entries`: every entry that is not lazy (the tags' and the
 * first views').
 */
export function coreForLazyModules(
  metafile: Metafile,
  entries: readonly string[],
  core: readonly string[],
  root: string,
): Map<string, string[]> {
  const tagEntries = new Set(entries);
  const lazy = new Map<string, string[]>();
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (!output.entryPoint || tagEntries.has(file) || !file.endsWith('.js')) continue;
    const closure = outputClosure(metafile, file);
    if (!core.some((chunk) => closure.has(chunk))) continue;
    lazy.set(resolve(root, output.entryPoint), modulesToJoin(metafile, core, file, root));
  }
  return lazy;
}

/** `source` with re-exports of `modules` appended (see coreForLazyModules). */
export function withReexports(source: string, modules: readonly string[]): string {
  const lines = modules.map((file, index) => `export * as __placardCore${index} from ${JSON.stringify(file)};`);
  return [source, ...lines].join('\n');
}
