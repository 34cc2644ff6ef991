// The static import graph of built ES module chunks: what a browser must fetch
// before an entry runs. Dynamic `import("./x.js")` (lazy locales) is left out.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

// esbuild's minified output: `import{a as b}from"./chunk-X.js"`, `export{c}from"./y.js"`, `import"./z.js"`.
const STATIC_SPECIFIER = /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g;

export function staticImports(code) {
  return [...code.matchAll(STATIC_SPECIFIER)].map((match) => match[1]);
}

/** `entry` (relative to `root`) and every chunk it imports statically, transitively, as root-relative paths. */
export function staticClosure(root, entry, read = (file) => readFileSync(join(root, file), 'utf8')) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of staticImports(read(file))) {
      visit(relative(root, join(root, dirname(file), specifier)));
    }
  };
  visit(entry);
  return [...seen];
}
