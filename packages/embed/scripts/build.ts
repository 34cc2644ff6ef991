/**
 * Builds the CDN files into dist/, laid out as they are served:
 *   dist/embed.js                    the loader (short cache + ETag)
 *   dist/embed.css                   the space each widget reserves until defined (linked by the snippet)
 *   dist/embed/chunks/<name>-<hash>.js  code-split ESM chunks (immutable)
 *   dist/embed/placard.iife.js       everything in one classic script
 *   dist/embed/manifest.json         tag → chunk files (first view, element, on intent)
 * Upload dist/ as-is to any path on a CDN and the loader finds its chunks.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELEMENT_TAGS, WIDGET_TAGS } from '@placard/elements/tags.js';
import { type BuildOptions, build, type Metafile } from 'esbuild';
import {
  coreChunks,
  coreForLazyModules,
  entryFor,
  intentClosure,
  modulesToJoin,
  outputClosure,
  tagEntries,
  withReexports,
} from './chunk-plan.js';
import { ELEMENTS_SOURCE_FILE, elementsFromSource, firstViewSource } from './elements-source.js';
import { type EmbedManifest, MANIFEST_PATH } from './embed-manifest.js';
import { inlineLazyImports } from './inline-lazy-imports.js';
import { litContextSlices } from './lit-context-slices.js';
import { minifyTemplatesPlugin } from './minify-templates.js';
import { reservedSpaceCss } from './reserved-space-css.js';
import { dropBareRuntimeImports } from './runtime-imports.js';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(packageDir, 'dist');
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };

const shared: BuildOptions = {
  absWorkingDir: packageDir,
  bundle: true,
  minify: true,
  platform: 'browser',
  // The browsers themselves, not a language year: they all run class fields and private
  // methods natively, so esbuild lowers only what one of them lacks.
  target: ['chrome96', 'firefox94', 'safari15.4'],
  legalComments: 'none',
  sourcemap: 'linked',
  logLevel: 'warning',
  // tsup's split chunks in @placard/elements are imported bare beside their named
  // imports; esbuild dropping the bare import (sideEffects) loses nothing.
  logOverride: { 'ignored-bare-import': 'silent' },
  define: { 'process.env.NODE_ENV': '"production"', __PLACARD_VERSION__: JSON.stringify(version) },
  // The elements come from source (see elements-source.ts); their Lit templates are mostly
  // indentation, which esbuild leaves as written.
  plugins: [elementsFromSource(), minifyTemplatesPlugin(ELEMENTS_SOURCE_FILE), litContextSlices()],
};

/** Dist-relative paths of output files. */
function distPaths(files: Iterable<string>): string[] {
  return [...files].map((file) => relative(dist, join(packageDir, file)));
}

/** The entry chunk built for each tag (`prefix` `first-view-`: for each widget's first view). */
function entryOutputs(metafile: Metafile, tags: readonly string[], prefix = ''): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const tag of tags) {
    const entry = Object.keys(metafile.outputs).find(
      (file) => metafile.outputs[file]?.entryPoint && new RegExp(`/chunks/${prefix}${tag}-[A-Z0-9]+\\.js$`).test(file),
    );
    if (!entry) throw new Error(`No ${prefix}chunk was built for <${tag}>`);
    entries[tag] = entry;
  }
  return entries;
}

interface ChunkSets {
  firstView: Record<string, string[]>;
  chunks: Record<string, string[]>;
  onIntent: Record<string, string[]>;
}

async function buildChunks(): Promise<ChunkSets> {
  const split = (extra: Record<string, string[]>, lazyExtra: Map<string, string[]>) =>
    build({
      ...shared,
      plugins: [
        tagEntries(extra, packageDir),
        elementsFromSource(),
        minifyTemplatesPlugin(ELEMENTS_SOURCE_FILE, (source, path) => withReexports(source, lazyExtra.get(path) ?? [])),
        litContextSlices(),
      ],
      entryPoints: [
        ...ELEMENT_TAGS.map((tag) => ({ in: entryFor(tag), out: tag })),
        ...WIDGET_TAGS.map((tag) => ({ in: firstViewSource(tag), out: `first-view-${tag}` })),
      ],
      outdir: join(dist, 'embed'),
      entryNames: 'chunks/[name]-[hash]',
      chunkNames: 'chunks/[name]-[hash]',
      format: 'esm',
      splitting: true,
      metafile: true,
      write: false,
    });
  // First pass to see how esbuild splits; the second folds what should be core into one
  // chunk, through re-exports from every tag's entry and each lazily loaded module.
  const trial = (await split({}, new Map())).metafile;
  const trialEntries = entryOutputs(trial, ELEMENT_TAGS);
  const wrapper = 'placard-campaign';
  const trialFirstViews = Object.values(entryOutputs(trial, WIDGET_TAGS, 'first-view-'));
  const core = coreChunks(trial, trialEntries, WIDGET_TAGS, trialFirstViews);
  // Every tag entry reaches the whole core: the wrapper the widgets' shared base, each
  // widget the small chunks another widget loads up front. (Not so for what the first
  // views share: the namespace objects those re-exports need cost more than the files saved.)
  const extra = Object.fromEntries(
    ELEMENT_TAGS.map((tag) => [tag, modulesToJoin(trial, core, trialEntries[tag] ?? '', packageDir, tag === wrapper)]),
  );
  const notLazy = [...Object.values(trialEntries), ...trialFirstViews];
  const lazyExtra = coreForLazyModules(trial, notLazy, core, packageDir);
  const { metafile, outputFiles } = await split(extra, lazyExtra);
  dropBareRuntimeImports(outputFiles, metafile, packageDir);
  for (const file of outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.contents);
  }
  const entries = entryOutputs(metafile, ELEMENT_TAGS);
  const firstViewEntries = entryOutputs(metafile, WIDGET_TAGS, 'first-view-');
  const firstView: Record<string, string[]> = {};
  const chunks: Record<string, string[]> = {};
  const onIntent: Record<string, string[]> = {};
  for (const tag of WIDGET_TAGS) firstView[tag] = distPaths(outputClosure(metafile, firstViewEntries[tag] ?? ''));
  for (const tag of ELEMENT_TAGS) {
    chunks[tag] = distPaths(outputClosure(metafile, entries[tag] ?? ''));
    onIntent[tag] = distPaths(intentClosure(metafile, entries[tag] ?? ''));
  }
  return { firstView, chunks, onIntent };
}

/**
 * The same rules as a stylesheet, `embed.css`, for the snippet to link: applied before the
 * page's first paint, which the async loader comes after.
 */
function writeReservedSpaceSheet(css: string): void {
  writeFileSync(join(dist, 'embed.css'), `${css}\n`);
}

async function buildLoader({ firstView, chunks }: ChunkSets, reservedCss: string): Promise<void> {
  await build({
    ...shared,
    entryPoints: [join(packageDir, 'src/loader.ts')],
    outfile: join(dist, 'embed.js'),
    // A classic script (works with async/defer and as type="module") that still uses import().
    format: 'iife',
    supported: { 'dynamic-import': true },
    define: {
      ...shared.define,
      __PLACARD_CHUNKS__: JSON.stringify(chunks),
      __PLACARD_FIRST_VIEWS__: JSON.stringify(firstView),
      __PLACARD_RESERVED_CSS__: JSON.stringify(reservedCss),
    },
  });
}

/**
 * `placard.iife.js`: every element in one classic script, for hosts that cannot serve
 * code-split chunks. Its entry is written from the tag list: the page config first (read
 * from the bundle's own `<script>` before any tag is defined and upgrades), then each tag's
 * define module in the list's order.
 */
async function buildSingleFile(): Promise<void> {
  const imports = ['./iife-config.js', ...ELEMENT_TAGS.map((tag) => `@placard/elements/${tag}.js`)];
  await build({
    ...shared,
    stdin: {
      contents: imports.map((module) => `import ${JSON.stringify(module)};`).join('\n'),
      resolveDir: join(packageDir, 'src'),
      sourcefile: 'placard.iife.ts',
      loader: 'ts',
    },
    outfile: join(dist, 'embed/placard.iife.js'),
    format: 'iife',
    plugins: [elementsFromSource(), minifyTemplatesPlugin(ELEMENTS_SOURCE_FILE, inlineLazyImports), litContextSlices()],
  });
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'embed'), { recursive: true });
const sets = await buildChunks();
const { firstView, chunks, onIntent } = sets;
const reservedCss = reservedSpaceCss();
writeReservedSpaceSheet(reservedCss);
await Promise.all([buildLoader(sets, reservedCss), buildSingleFile()]);
const manifest: EmbedManifest = {
  version,
  loader: 'embed.js',
  iife: 'embed/placard.iife.js',
  firstView,
  tags: chunks,
  onIntent,
};
writeFileSync(join(dist, MANIFEST_PATH), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  `@placard/embed ${version}: built ${Object.keys(chunks).length} tags into ${relative(process.cwd(), dist)}/`,
);
