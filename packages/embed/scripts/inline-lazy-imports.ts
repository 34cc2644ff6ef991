/**
 * `placard.iife.js` is one classic script and cannot fetch chunks, so esbuild would
 * turn each relative `import('./x.js')` in the elements into a lazily initialised
 * module, wrapping it and everything it reaches (Lit included) in init functions that
 * defeat scope hoisting and minification: about 3.8 kB gzip for the signing form
 * alone. Written as static imports instead, the single file carries the same code,
 * flat. Only the IIFE build does this; the chunked build keeps the lazy loading.
 */
const LAZY_IMPORT = /\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g;

export function inlineLazyImports(source: string): string {
  const imports: string[] = [];
  const body = source.replace(LAZY_IMPORT, (_call, _quote, specifier: string) => {
    const name = `__placardInlined${imports.length}`;
    imports.push(`import * as ${name} from ${JSON.stringify(specifier)};`);
    return `Promise.resolve(${name})`;
  });
  return imports.length === 0 ? source : `${imports.join('\n')}\n${body}`;
}
