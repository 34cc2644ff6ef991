import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { ELEMENT_TAGS, WIDGET_TAGS } from '@placard/elements/tags.js';
import { chunksFor, readManifest } from '../scripts/embed-manifest.js';

const dist = join(import.meta.dirname, '..', 'dist');
const manifest = readManifest(dist);
const read = (file: string): string => readFileSync(join(dist, file), 'utf8');
const chunkFiles = readdirSync(join(dist, 'embed/chunks')).filter((name) => name.endsWith('.js'));

/** Compiles as a classic script: no static import/export, no import.meta (import() is fine). */
function isClassicScript(code: string): boolean {
  try {
    new Script(code);
    return true;
  } catch {
    return false;
  }
}

describe('the tag list', () => {
  test('every tag in @placard/elements/tags.js is an export of the package and a module with side effects', () => {
    const elements = JSON.parse(
      readFileSync(fileURLToPath(import.meta.resolve('@placard/elements/package.json')), 'utf8'),
    );
    for (const tag of ELEMENT_TAGS) {
      assert.equal(elements.exports[`./${tag}.js`]?.default, `./dist/${tag}.js`, `exports <${tag}>`);
      assert.ok(elements.sideEffects.includes(`./dist/${tag}.js`), `<${tag}> defines itself on import`);
    }
    assert.equal(elements.sideEffects.length, ELEMENT_TAGS.length, 'no other module has side effects');
  });
});

describe('the built CDN files', () => {
  test('the manifest lists an entry chunk and its shared chunks for every tag, all present', () => {
    assert.deepEqual(Object.keys(manifest.tags).sort(), [...ELEMENT_TAGS].sort());
    for (const tag of ELEMENT_TAGS) {
      const [entry, ...shared] = manifest.tags[tag] ?? [];
      assert.match(entry ?? '', new RegExp(`^embed/chunks/${tag}-[A-Z0-9]{8}\\.js$`), `<${tag}> entry is hashed`);
      for (const file of [entry ?? '', ...shared]) {
        assert.match(file, /^embed\/chunks\/[a-z-]+-[A-Z0-9]{8}\.js$/);
        assert.ok(existsSync(join(dist, file)), `${file} exists`);
      }
    }
  });

  test('each tag set contains every chunk its entry imports statically', () => {
    let imports = 0;
    for (const tag of ELEMENT_TAGS) {
      const files = new Set(manifest.tags[tag]);
      for (const file of files) {
        for (const match of read(file).matchAll(/(?:^|[;}])import\s*(?:[\w${},\s*]+from\s*)?"(\.\/[^"]+)"/g)) {
          const imported = posix.join(dirname(file), match[1] ?? '');
          assert.ok(files.has(imported), `${file} imports ${imported}, which is in the <${tag}> set`);
          imports++;
        }
      }
    }
    assert.ok(imports >= ELEMENT_TAGS.length, 'the entries share code through imported chunks');
  });

  test('each widget shows its first view before its element loads, and the counter’s form on intent', () => {
    const onIntent = manifest.onIntent['petition-counter'] ?? [];
    assert.ok(
      onIntent.some((file) => /\/signing-form-[A-Z0-9]{8}\.js$/.test(file)),
      'the signing form has its own chunk',
    );
    for (const file of onIntent) {
      assert.ok(!chunksFor(manifest, 'petition-counter').includes(file), `${file} waits for intent`);
      assert.ok(existsSync(join(dist, file)), `${file} exists`);
    }
    // What any first view loads (lit-html, the styles, each view's English strings).
    const drawnFirst = new Set(WIDGET_TAGS.flatMap((tag) => manifest.firstView[tag] ?? []));
    const cores = new Set<string>();
    for (const tag of WIDGET_TAGS) {
      const firstView = manifest.firstView[tag] ?? [];
      const [entry, ...shared] = manifest.tags[tag] ?? [];
      assert.match(firstView[0] ?? '', new RegExp(`/first-view-${tag}-[A-Z0-9]{8}\\.js$`), `<${tag}>'s first view`);
      assert.ok(entry && !drawnFirst.has(entry), `<${tag}>'s element is not part of a first view`);
      // Beyond the first views' chunks, every widget loads the same core: lazy code that
      // reaches part of it must not split it (see chunk-plan.ts). Besides the core, only
      // esbuild's helpers, a file of a few hundred bytes.
      const rest = shared.filter((file) => !drawnFirst.has(file)).sort();
      cores.add(rest.join(', '));
      const bytes = rest.map((file) => statSync(join(dist, file)).size).sort((a, b) => b - a);
      assert.ok(
        rest.length <= 2 && (bytes[0] ?? 0) > 30_000 && (bytes[1] ?? 0) < 1_000,
        `<${tag}>: ${rest.join(', ')}`,
      );
    }
    assert.equal(cores.size, 1, `one core for every widget: ${[...cores].join(' | ')}`);
  });

  test('embed.css, which the snippet links, holds exactly the reserved-space rules the loader adopts', () => {
    const css = read('embed.css').trim();
    for (const tag of WIDGET_TAGS) {
      assert.match(css, new RegExp(`:where\\(${tag}:not\\(:defined\\)\\)\\{min-block-size:`), `reserves <${tag}>`);
    }
    assert.ok(read('embed.js').includes(css), 'the same rules as the loader');
  });

  test('the loader is a classic script with the chunk map baked in', () => {
    const loader = read('embed.js');
    assert.ok(isClassicScript(loader), 'embed.js compiles as a classic script');
    for (const tag of ELEMENT_TAGS) {
      assert.ok(loader.includes(`"${manifest.tags[tag]?.[0]}"`), `embed.js knows the <${tag}> entry`);
    }
    assert.ok(loader.includes('import('), 'embed.js loads chunks with import()');
  });

  test('the single-file bundle is a classic script that loads nothing else', () => {
    const iife = read(manifest.iife);
    assert.ok(isClassicScript(iife));
    assert.doesNotMatch(iife, /\bimport\s*\(/);
    for (const tag of ELEMENT_TAGS) assert.ok(iife.includes(`"${tag}"`), `defines <${tag}>`);
  });

  test('no file uses eval or the Function constructor (strict CSP without unsafe-eval)', () => {
    for (const file of ['embed.js', manifest.iife, ...chunkFiles.map((name) => `embed/chunks/${name}`)]) {
      const code = read(file);
      assert.doesNotMatch(code, /\beval\s*\(/, `${file} has no eval()`);
      assert.doesNotMatch(code, /\bnew\s+Function\s*\(/, `${file} has no new Function()`);
      assert.doesNotMatch(code, /\bsetTimeout\s*\(\s*["'`]/, `${file} has no string timers`);
    }
  });
});
