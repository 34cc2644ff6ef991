/**
 * esbuild puts its runtime helpers (`__decorateClass`, `__export`, …) in a chunk of their
 * own when splitting, and makes every entry import it, even an entry that uses none:
 * each first view would fetch it for nothing (half a kilobyte and a request). The chunk
 * only defines functions, so a bare `import"./chunk-….js"` of it does nothing; this drops
 * those bare imports (chunks that use a helper import it by name, and keep that import).
 */
import { basename, relative } from 'node:path';
import type { Metafile, OutputFile } from 'esbuild';

/** Output paths (as in the metafile) of chunks that hold only esbuild's runtime. */
function runtimeChunks(metafile: Metafile): Set<string> {
  return new Set(
    Object.entries(metafile.outputs)
      .filter(([file, output]) => file.endsWith('.js') && !output.entryPoint && Object.keys(output.inputs).length === 0)
      .map(([file]) => file),
  );
}

/**
 * Rewrites `files` in place without their bare imports of the runtime chunk, each replaced
 * by a comment of the same length so the source maps' columns still hold, and removes those
 * imports from `metafile`, which the manifest's file lists are computed from.
 */
export function dropBareRuntimeImports(files: OutputFile[], metafile: Metafile, root: string): void {
  const runtime = runtimeChunks(metafile);
  if (runtime.size === 0) return;
  for (const file of files) {
    const key = relative(root, file.path);
    const output = metafile.outputs[key];
    if (!output || !key.endsWith('.js')) continue;
    let text = file.text;
    for (const chunk of runtime) {
      const bare = `import"./${basename(chunk)}";`;
      if (!text.includes(bare)) continue;
      text = text.replace(bare, `/*${' '.repeat(bare.length - 4)}*/`);
      if (!text.includes(`"./${basename(chunk)}"`)) {
        output.imports = output.imports.filter((imported) => imported.path !== chunk);
      }
    }
    if (text !== file.text) file.contents = new TextEncoder().encode(text);
  }
}
