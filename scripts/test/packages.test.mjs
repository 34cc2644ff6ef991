// What a registry user gets from the published packages, and whether the Node
// versions the repository promises hold for every tool it installs.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const rootManifest = readJson('package.json');
const PUBLISHED = ['contract', 'sdk', 'elements', 'embed', 'mocks'];
/** What a package ships beside dist/. */
const PACKED_DOCUMENTS = ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', 'custom-elements.json'];
const changesetBin = join(root, 'node_modules', '.bin', 'changeset');

describe('published packages', () => {
  for (const folder of PUBLISHED) {
    const manifest = readJson(`packages/${folder}/package.json`);

    it(`${manifest.name} carries the licence and the metadata a registry shows`, () => {
      assert.equal(manifest.license, 'MIT');
      assert.equal(manifest.repository.directory, `packages/${folder}`);
      assert.match(manifest.repository.url, /^git\+https:\/\//);
      assert.match(manifest.homepage, new RegExp(`packages/${folder}#readme$`));
      assert.match(manifest.bugs.url, /\/issues$/);
      assert.ok(manifest.keywords.length >= 3);
      assert.ok(manifest.files.includes('CHANGELOG.md'), 'changesets writes CHANGELOG.md; it must ship');
      assert.equal(
        readFileSync(join(root, 'packages', folder, 'LICENSE'), 'utf8'),
        readFileSync(join(root, 'LICENSE'), 'utf8'),
        'the package LICENSE is a copy of the root one',
      );
    });

    it(`${manifest.name} packs its LICENSE, README and build`, () => {
      const [packed] = JSON.parse(
        execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
          cwd: join(root, 'packages', folder),
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        }),
      );
      const files = packed.files.map((file) => file.path);
      for (const expected of ['LICENSE', 'README.md', 'package.json']) assert.ok(files.includes(expected), expected);
      assert.ok(
        files.some((file) => file.startsWith('dist/')),
        'dist/ is packed',
      );
      // Nothing but the build and its documents: no sources, tests, stories or fixtures.
      const extra = files.filter((file) => !file.startsWith('dist/') && !PACKED_DOCUMENTS.includes(file));
      assert.deepEqual(extra, []);
      assert.deepEqual(
        files.filter((file) => /\.(test|stories)\.|(^|\/)fixtures?\//.test(file)),
        [],
      );
    });

    it(`${manifest.name} depends at run time on exactly what its build imports`, () => {
      const imported = new Set();
      const dist = join(root, 'packages', folder, 'dist');
      for (const file of readdirSync(dist, { recursive: true })) {
        if (!/\.(js|mjs)$/.test(file)) continue;
        const code = readFileSync(join(dist, file), 'utf8');
        for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"'./][^"']*)["']/g)) {
          if (specifier.startsWith('node:')) continue;
          const parts = specifier.split('/');
          imported.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
        }
      }
      imported.delete(manifest.name);
      const runtime = Object.keys(manifest.dependencies ?? {});
      const peers = Object.keys(manifest.peerDependencies ?? {});
      assert.deepEqual(
        [...imported].filter((name) => !runtime.includes(name) && !peers.includes(name)).sort(),
        [],
        'imported but not declared',
      );
      assert.deepEqual(
        runtime.filter((name) => !imported.has(name)).sort(),
        [],
        'declared as a runtime dependency but never imported: make it a devDependency',
      );
    });
  }

  it('installing the SDK or the elements brings no OpenAPI tooling (an optional peer of the contract)', () => {
    const manifests = Object.fromEntries(
      PUBLISHED.map((folder) => {
        const manifest = readJson(`packages/${folder}/package.json`);
        return [manifest.name, manifest];
      }),
    );
    const closure = (name, seen = new Set()) => {
      for (const dependency of Object.keys(manifests[name]?.dependencies ?? {})) {
        if (seen.has(dependency)) continue;
        seen.add(dependency);
        closure(dependency, seen);
      }
      return seen;
    };
    for (const name of ['@placard/sdk', '@placard/elements', '@placard/mocks']) {
      assert.ok(!closure(name).has('@valibot/to-json-schema'), `${name} installs @valibot/to-json-schema`);
    }
    assert.equal(manifests['@placard/contract'].peerDependenciesMeta['@valibot/to-json-schema'].optional, true);
  });

  it('Node packages declare the versions that load ESM-only packages with require()', () => {
    for (const folder of ['contract', 'sdk', 'mocks']) {
      assert.equal(readJson(`packages/${folder}/package.json`).engines.node, '^20.19.0 || >=22.12.0', folder);
    }
  });
});

describe('Node versions', () => {
  const range = rootManifest.engines.node;

  it('this Node is one the repository supports', () => {
    assert.ok(semver.satisfies(process.version, range), `${process.version} is outside ${range}`);
  });

  it('every installed package accepts every Node version the repository claims (no EBADENGINE)', () => {
    const lock = readJson('package-lock.json');
    const contradicting = Object.entries(lock.packages)
      .filter(([, entry]) => typeof entry.engines?.node === 'string')
      .filter(([, entry]) => !semver.subset(range, entry.engines.node))
      .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')} wants ${entry.engines.node}`);
    assert.deepEqual(contradicting, []);
  });

  it('the apps promise the same range as the repository', () => {
    for (const folder of ['apps/server', 'apps/demo', 'apps/storybook', 'bench']) {
      assert.equal(readJson(`${folder}/package.json`).engines.node, range, folder);
    }
  });
});

describe('changesets', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'placard-changesets-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('every pending changeset parses, and versioning writes a CHANGELOG for each published package', () => {
    // A copy of the workspace's manifests and changesets, so the real ones are untouched.
    cpSync(join(root, 'package.json'), join(scratch, 'package.json'));
    cpSync(join(root, '.changeset'), join(scratch, '.changeset'), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
    for (const pattern of rootManifest.workspaces) {
      const parent = pattern.replace(/\/\*$/, '');
      const folders = pattern.endsWith('/*')
        ? readdirSync(join(root, parent)).map((name) => join(parent, name))
        : [parent];
      for (const folder of folders.filter((path) => existsSync(join(root, path, 'package.json')))) {
        mkdirSync(join(scratch, folder), { recursive: true });
        cpSync(join(root, folder, 'package.json'), join(scratch, folder, 'package.json'));
      }
    }
    const pending = readdirSync(join(scratch, '.changeset')).filter(
      (name) => name.endsWith('.md') && name !== 'README.md',
    );
    assert.ok(pending.length > 0, 'there are changesets to release');
    execFileSync(changesetBin, ['version'], { cwd: scratch, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const folder of PUBLISHED) {
      const changelog = readFileSync(join(scratch, 'packages', folder, 'CHANGELOG.md'), 'utf8');
      assert.match(changelog, new RegExp(`^# @placard/${folder}\\n`), folder);
      assert.match(changelog, /\n## \d+\.\d+\.\d+\n/, `${folder} has a version heading`);
    }
    const left = readdirSync(join(scratch, '.changeset')).filter(
      (name) => name.endsWith('.md') && name !== 'README.md',
    );
    assert.deepEqual(left, [], 'every changeset was consumed (none was unreadable)');
  });
});
