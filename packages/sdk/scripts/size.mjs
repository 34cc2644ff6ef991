#!/usr/bin/env node
// Measures what a browser app pays for the client: `createClient` and `isPlacardError`
// bundled from the built package (so run `npx tsup` first), with the contract schemas
// and valibot they pull in. Prints min, gzip and brotli bytes, PASS/FAIL against the
// budget, the share of each package, and a `BENCH {json}` line for collection.
// Exit code 0 either way; pass --strict to exit 1 over budget.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGET_GZIP = 4096;
const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const result = await build({
  stdin: {
    contents: "export { createClient, isPlacardError } from '@placard/sdk';",
    resolveDir: packageDir,
    loader: 'js',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  metafile: true,
  absWorkingDir: packageDir,
  logLevel: 'error',
});

const code = result.outputFiles[0].contents;
const min = code.byteLength;
const gzip = gzipSync(code, { level: 9 }).byteLength;
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength;

// Minified bytes per package, to show where the weight is.
const shares = {};
for (const [path, { bytesInOutput }] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
  const file = resolve(packageDir, path);
  const name =
    /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ??
    /packages\/(contract|sdk)\//.exec(file)?.[1]?.replace(/^/, '@placard/') ??
    path;
  if (!bytesInOutput) continue;
  shares[name] = (shares[name] ?? 0) + bytesInOutput;
}

const pass = gzip <= BUDGET_GZIP;
console.log('@placard/sdk — export { createClient, isPlacardError } (esbuild, browser, minified ESM)');
console.log(`  min     ${min} B`);
console.log(`  gzip    ${gzip} B  (budget ${BUDGET_GZIP} B)  ${pass ? 'PASS' : 'FAIL'}`);
console.log(`  brotli  ${brotli} B`);
for (const [name, bytes] of Object.entries(shares).sort((a, b) => b[1] - a[1])) {
  console.log(`  ${name.padEnd(20)} ${bytes} B min`);
}
console.log(
  `BENCH ${JSON.stringify({ package: '@placard/sdk', bench: 'size', min, gzip, brotli, budgetGzip: BUDGET_GZIP, pass, shares })}`,
);
if (!pass && process.argv.includes('--strict')) process.exit(1);
