// Bundle weight: what a partner page downloads. Each widget's set is the loader
// plus its entry chunk and every chunk that chunk imports statically (read from
// the built files, checked against the build's manifest). The SDK alone and
// bare Lit are bundled here with esbuild the way an app would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { compressedSize, sumSizes } from './lib/compressed-size.mjs';
import { staticClosure } from './lib/import-graph.mjs';
import { embedDist, embedManifest, repoRoot, requireBuilt, sdkDist } from './lib/paths.mjs';

export const title = 'Bundle weight';
export const description =
  'Minified, gzip (level 9) and brotli (quality 11) bytes; files in a set are compressed one by one, as a browser fetches them.';

const WIDGETS = ['petition-counter', 'campaign-timeline', 'mp-email-form'];
// Issue 13's budgets for what is fetched before the first view (they replace issue 5's 14 and
// 20 KB): 12 KB for the counter or the timeline with the loader, 16 KB for all three; the MP
// form's first view has none of its own. first-render.mjs measures the same in a browser.
const GZIP_TARGETS = {
  loader: 3000,
  widget: { 'petition-counter': 12_000, 'campaign-timeline': 12_000 },
  allThree: 16_000,
  allInteractive: 30_000,
  sdk: 5000,
};

async function bundleForBrowser(contents) {
  const result = await build({
    stdin: { contents, resolveDir: repoRoot, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2021',
    write: false,
    legalComments: 'none',
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return Buffer.from(result.outputFiles[0].contents);
}

function figures(label, size, { target, note } = {}) {
  return [
    { name: `${label}: min`, value: size.min, unit: 'B' },
    {
      name: `${label}: gzip`,
      value: size.gzip,
      unit: 'B',
      ...(target === undefined ? {} : { target: { op: '<=', value: target } }),
      ...(note ? { note } : {}),
    },
    { name: `${label}: brotli`, value: size.brotli, unit: 'B' },
  ];
}

export async function run({ log }) {
  requireBuilt(embedManifest, 'The embed bundles (packages/embed)');
  requireBuilt(join(sdkDist, 'index.js'), 'The SDK (packages/sdk)');
  const manifest = JSON.parse(readFileSync(embedManifest, 'utf8'));
  const sizeOf = new Map();
  const fileSize = (file) => {
    if (!sizeOf.has(file)) sizeOf.set(file, compressedSize(readFileSync(join(embedDist, file))));
    return sizeOf.get(file);
  };
  const setSize = (files) => sumSizes(files.map(fileSize));

  const results = [];
  const loader = manifest.loader;
  results.push(...figures('loader (embed.js)', setSize([loader]), { target: GZIP_TARGETS.loader }));

  // Issue 13's targets are on what a page fetches before its widgets show: the loader
  // and each widget's first view. The elements follow once the first views are drawn.
  const closureOf = (listed, what) => {
    if (!listed?.length) throw new Error(`the embed manifest lists no chunks for ${what}`);
    const fromGraph = staticClosure(embedDist, listed[0]);
    const differs = fromGraph.length !== listed.length || fromGraph.some((file) => !listed.includes(file));
    const note = differs
      ? `; the manifest lists ${listed.length} chunks, the import graph ${fromGraph.length} (graph used)`
      : '';
    return { files: fromGraph, note };
  };
  const union = new Set([loader]);
  const everything = new Set([loader]);
  for (const tag of WIDGETS) {
    const firstView = closureOf(manifest.firstView?.[tag], `<${tag}>'s first view`);
    const files = [loader, ...firstView.files];
    for (const file of files) union.add(file);
    const note = `${files.length} files${firstView.note}`;
    log(`<${tag}> first view: ${files.join(', ')}`);
    const target = GZIP_TARGETS.widget[tag];
    results.push(
      ...figures(`loader + <${tag}> first view`, setSize(files), {
        target,
        note: target ? note : `${note}, no target`,
      }),
    );
    const element = closureOf(manifest.tags[tag], `<${tag}>`);
    const withElement = [...new Set([...files, ...element.files])];
    for (const file of [...withElement, ...(manifest.onIntent[tag] ?? [])]) everything.add(file);
    results.push(
      ...figures(`loader + <${tag}> first view + element`, setSize(withElement), {
        note: `${withElement.length} files${element.note}, no target: fetched once the first view is drawn`,
      }),
    );
  }
  results.push(
    ...figures('loader + all three first views', setSize([...union]), {
      target: GZIP_TARGETS.allThree,
      note: `${union.size} files, shared chunks counted once`,
    }),
  );
  results.push(
    ...figures('loader + all three, elements and both forms', setSize([...everything]), {
      target: GZIP_TARGETS.allInteractive,
      note: `${everything.size} files: what a page fetches once both forms are used`,
    }),
  );
  results.push(...figures('placard.iife.js (everything, one file)', setSize([manifest.iife]), { note: 'no target' }));

  const sdk = compressedSize(await bundleForBrowser("export { createClient } from '@placard/sdk';"));
  results.push(
    ...figures('SDK alone (createClient, esbuild browser min)', sdk, {
      target: GZIP_TARGETS.sdk,
      note: 'the browser entry: the input schemas and valibot it runs, no response schemas (issue 13 target)',
    }),
  );
  const lit = compressedSize(await bundleForBrowser("export * from 'lit';"));
  results.push(...figures('bare Lit (floor)', lit, { note: 'lit alone, no target: what any Lit widget carries' }));
  // The floor under the widget budget: what every widget must carry before any
  // of its own code — Lit, the context consumer that joins it to the page's
  // store, and the schema library running just the signing form's input check.
  const floor = compressedSize(
    await bundleForBrowser(
      [
        "export * from 'lit';",
        "export { ContextConsumer } from '@lit/context';",
        "export { SignatureRequestSchema } from '@placard/contract';",
      ].join('\n'),
    ),
  );
  results.push(
    ...figures('floor: Lit + @lit/context + the signing schema', floor, {
      note: 'no target: add the loader to compare with the per-widget budget',
    }),
  );
  return results;
}
