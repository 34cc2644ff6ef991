/// <reference types="node" />
// The framework entry points (@placard/elements/react, /vue, /global) as a partner's app gets
// them: the package and its workspace dependencies are packed with `npm pack`, unpacked into a
// throw-away node_modules (everything else, React's and Vue's types included, is linked from the
// repository's), and the fixture apps in test/fixtures/ are type-checked there, strictly and with
// the library's own .d.ts checked too (skipLibCheck off). Needs the package built first.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const elements = resolve(here, '../..');
const root = resolve(elements, '../..');
const fixtures = join(elements, 'test/fixtures');
/** The workspace packages the elements' .d.ts import, packed beside them. */
const packed = ['elements', 'contract', 'sdk'];
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const vueTsc = join(root, 'node_modules/vue-tsc/bin/vue-tsc.js');

let work = '';

function check(compiler: string, app: string): { status: number; output: string } {
  const run = spawnSync(process.execPath, [compiler, '-p', join(work, app)], {
    cwd: join(work, app),
    encoding: 'utf8',
  });
  return { status: run.status ?? 1, output: `${run.stdout}${run.stderr}` };
}

/** A copy of a fixture app with one file replaced, for the checks that must fail. */
function variant(app: string, name: string, file: string, text: string): string {
  const copy = `${app}-${name}`;
  cpSync(join(work, app), join(work, copy), { recursive: true });
  writeFileSync(join(work, copy, file), text);
  return copy;
}

function errorsIn(output: string, file: string): string[] {
  return output.split('\n').filter((line) => line.includes(file) && /error TS\d+/.test(line));
}

before(() => {
  for (const entry of ['react', 'vue', 'global']) {
    assert.ok(
      existsSync(join(elements, `dist/${entry}.d.ts`)),
      `dist/${entry}.d.ts is missing: build @placard/elements first`,
    );
  }
  work = mkdtempSync(join(tmpdir(), 'placard-framework-types-'));
  const modules = join(work, 'node_modules');
  mkdirSync(join(modules, '@placard'), { recursive: true });
  for (const name of packed) {
    const [pack] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
        cwd: join(root, 'packages', name),
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    ) as { filename: string }[];
    assert.ok(pack, `npm pack gave nothing for @placard/${name}`);
    const target = join(modules, '@placard', name);
    mkdirSync(target);
    execFileSync('tar', ['-xzf', join(work, pack.filename), '-C', target, '--strip-components=1']);
  }
  // Everything else as installed in the repository (lit, valibot, @types/react, vue, …).
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === '@placard' || entry.startsWith('.')) continue;
    symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
  for (const app of ['react-app', 'vue-app']) cpSync(join(fixtures, app), join(work, app), { recursive: true });
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('@placard/elements/react (React 19 JSX)', () => {
  test('the fixture app type-checks against the packed package', () => {
    const { status, output } = check(tsc, 'react-app');
    assert.equal(status, 0, output);
  });

  test('each deliberate error is reported', () => {
    const source = readFileSync(join(fixtures, 'react-app/src/errors.tsx'), 'utf8');
    const expected = source.match(/@ts-expect-error/g)?.length ?? 0;
    const app = variant('react-app', 'errors', 'src/errors.tsx', source.replaceAll('@ts-expect-error', ''));
    const { status, output } = check(tsc, app);
    assert.notEqual(status, 0);
    assert.equal(errorsIn(output, 'errors.tsx').length, expected, output);
  });

  test('without the import the tags are unknown to JSX (the issue this fixes)', () => {
    const app = variant('react-app', 'bare', 'src/placard.d.ts', 'export {};\n');
    const { status, output } = check(tsc, app);
    assert.notEqual(status, 0);
    assert.match(output, /'petition-counter' does not exist on type 'JSX\.IntrinsicElements'/);
    assert.match(output, /Property 'Placard' does not exist on type 'Window/);
  });
});

describe('@placard/elements/vue (Vue 3 templates, vue-tsc)', () => {
  test('the fixture app type-checks against the packed package', () => {
    const { status, output } = check(vueTsc, 'vue-app');
    assert.equal(status, 0, output);
  });

  test('each deliberate error is reported', () => {
    const source = readFileSync(join(fixtures, 'vue-app/src/Errors.vue'), 'utf8');
    const expected = source.match(/@vue-expect-error/g)?.length ?? 0;
    const app = variant('vue-app', 'errors', 'src/Errors.vue', source.replace(/ *<!-- @vue-expect-error.*-->\n/g, ''));
    const { status, output } = check(vueTsc, app);
    assert.notEqual(status, 0);
    assert.equal(errorsIn(output, 'Errors.vue').length, expected, output);
  });
});
