/**
 * Fewer, larger shared chunks. Budgets are per file gzipped on its own, and each
 * extra file pays its own gzip header and loses the dictionary of the others.
 * esbuild splits by which entries reach a module; <placard-campaign> uses Lit, the
 * SDK and the store but not the widgets' base class, catalogue and status views,
 * so those form a second "shared by the three widgets" chunk. Letting the
 * <placard-campaign> entry also re-export them puts them into the one core chunk
 * (the wrapper is only ever used around widgets, which need that code anyway).
 */
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
 * The source modules of chunks that every widget loads but `wrapper` does not:
 * re-exported from the wrapper's entry, they join the chunk all four share.
 */
export function modulesEveryWidgetShares(
  metafile: Metafile,
  entries: Readonly<Record<string, string>>,
  widgets: readonly string[],
  wrapper: string,
  root: string,
): string[] {
  const closures = widgets.map((tag) => outputClosure(metafile, entries[tag] ?? ''));
  const wrapperClosure = outputClosure(metafile, entries[wrapper] ?? '');
  const modules: string[] = [];
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (output.entryPoint || wrapperClosure.has(file) || !closures.every((closure) => closure.has(file))) continue;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      // Only real files (not plugin namespaces) that put code into the chunk.
      if (bytesInOutput > 0 && !input.includes(':')) modules.push(`${root}/${input}`);
    }
  }
  return modules;
}
