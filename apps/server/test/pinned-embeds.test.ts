/**
 * Pinned embeds: every version of the embed served is kept and served at
 * /embed/<version>/ for ever (immutable), /embed/v<major>/ follows the newest of
 * a major, and /embed/integrity.json gives each version's SRI hashes. An upgrade
 * (a new build on the same archive folder) keeps the old version's exact bytes.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { startTestServer, type TestServer } from './harness.js';

const sri = (text: string) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

describe('pinned embeds', () => {
  const root = mkdtempSync(join(tmpdir(), 'placard-pinned-'));
  const archive = join(root, 'archive');
  after(() => rmSync(root, { recursive: true, force: true }));

  /** A build of the embed as packages/embed writes it: loader, stylesheet, manifest, one chunk. */
  function build(name: string, version: string, loader: string, chunk: string): string {
    const dir = join(root, name);
    mkdirSync(join(dir, 'embed', 'chunks'), { recursive: true });
    writeFileSync(join(dir, 'embed.js'), loader);
    writeFileSync(join(dir, 'embed.css'), `/* ${version} */`);
    writeFileSync(join(dir, 'embed.js.map'), '{}');
    writeFileSync(join(dir, 'embed', 'chunks', chunk), `export const v = '${version}';`);
    writeFileSync(join(dir, 'embed', 'manifest.json'), JSON.stringify({ version, loader: 'embed.js' }));
    return dir;
  }

  const serve = (embedDir: string) => startTestServer({ env: { EMBED_DIR: embedDir, EMBED_ARCHIVE_DIR: archive } });
  const get = async (server: TestServer, path: string) => {
    const response = await fetch(`${server.url}${path}`);
    return {
      status: response.status,
      cache: response.headers.get('cache-control'),
      cors: response.headers.get('access-control-allow-origin'),
      text: await response.text(),
    };
  };

  test('serves a version immutably, its alias for five minutes, and its SRI hashes; an upgrade keeps the old bytes', async () => {
    const first = await serve(build('build-1', '1.2.0', 'loader("1.2.0")', 'chunk-AAAA1111.js'));
    try {
      const pinned = await get(first, '/embed/1.2.0/embed.js');
      assert.deepEqual(pinned, {
        status: 200,
        cache: 'public, max-age=31536000, immutable',
        cors: '*',
        text: 'loader("1.2.0")',
      });
      assert.equal((await get(first, '/embed/v1/embed.js')).cache, 'public, max-age=300');
      const integrity = JSON.parse((await get(first, '/embed/integrity.json')).text);
      assert.equal(integrity.latest, '1.2.0');
      assert.equal(integrity.versions['1.2.0']['embed.js'], sri('loader("1.2.0")'));
      assert.equal(integrity.versions['1.2.0']['embed.css'], sri('/* 1.2.0 */'));
      assert.equal((await get(first, '/embed/1.2.0/embed.js.map')).status, 404, 'source maps are not archived');
      assert.equal((await get(first, '/embed/9.9.9/embed.js')).status, 404);
      assert.equal((await get(first, '/embed/1.2.0/..%2F..%2Fsecret.txt')).status, 404);
    } finally {
      await first.close();
    }

    // The next release, on the same archive folder.
    const second = await serve(build('build-2', '1.3.0', 'loader("1.3.0")', 'chunk-BBBB2222.js'));
    try {
      assert.equal(
        (await get(second, '/embed/1.2.0/embed.js')).text,
        'loader("1.2.0")',
        'a page pinned to 1.2.0 still works',
      );
      assert.equal((await get(second, '/embed/1.3.0/embed.js')).text, 'loader("1.3.0")');
      assert.equal((await get(second, '/embed/v1/embed.js')).text, 'loader("1.3.0")', 'the alias moved on');
      assert.equal((await get(second, '/embed.js')).text, 'loader("1.3.0")');
      // A page that fetched the alias's loader before the upgrade still finds its chunk.
      const old = await get(second, '/embed/v1/embed/chunks/chunk-AAAA1111.js');
      assert.deepEqual([old.status, old.text], [200, "export const v = '1.2.0';"]);
      const integrity = JSON.parse((await get(second, '/embed/integrity.json')).text);
      assert.deepEqual(Object.keys(integrity.versions), ['1.3.0', '1.2.0']);
    } finally {
      await second.close();
    }

    // A rebuild that forgot to bump the version: the published 1.3.0 does not change under anyone.
    const rebuilt = await serve(build('build-3', '1.3.0', 'loader("1.3.0, rebuilt")', 'chunk-CCCC3333.js'));
    try {
      assert.equal((await get(rebuilt, '/embed/1.3.0/embed.js')).text, 'loader("1.3.0")');
      assert.equal((await get(rebuilt, '/embed.js')).text, 'loader("1.3.0, rebuilt")');
    } finally {
      await rebuilt.close();
    }
  });
});
