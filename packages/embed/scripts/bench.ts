/**
 * `npm run bench`: the bundle weights of the built CDN files beside their
 * budgets, plus bare Lit as the floor. Prints a table and one `BENCH {json}`
 * line for the repository's benchmark report. Records; does not fail.
 */
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { measureBytes, measureEmbed } from './bundle-sizes.js';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sets = measureEmbed(join(packageDir, 'dist'));

const lit = await build({
  stdin: { contents: "export { LitElement, html, css } from 'lit';", resolveDir: packageDir, loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2021',
  write: false,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
});
const litSize = measureBytes(Buffer.from(lit.outputFiles[0]?.contents ?? []));

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(2)} kB`;
console.log('bundle                     min         gzip        brotli      gzip budget');
for (const set of [...sets, { name: 'bare lit (floor)', ...litSize, budgetGzip: undefined }]) {
  const budget =
    set.budgetGzip === undefined ? '' : `${kb(set.budgetGzip)} ${set.gzip <= set.budgetGzip ? 'ok' : 'OVER'}`;
  console.log(
    `${set.name.padEnd(26)} ${kb(set.min).padEnd(11)} ${kb(set.gzip).padEnd(11)} ${kb(set.brotli).padEnd(11)} ${budget}`,
  );
}

const report = {
  name: 'embed-bundle-weight',
  machine: { cores: cpus().length, memoryBytes: totalmem(), node: process.version },
  unit: 'bytes',
  results: sets.map(({ name, files, min, gzip, brotli, budgetGzip }) => ({
    name,
    files,
    min,
    gzip,
    brotli,
    ...(budgetGzip === undefined ? {} : { budgetGzip, withinBudget: gzip <= budgetGzip }),
  })),
  floor: { name: 'lit', ...litSize },
};
console.log(`BENCH ${JSON.stringify(report)}`);
