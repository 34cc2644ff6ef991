import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { jsFetched } from '../lib/js-fetched.mjs';

test('scripts that arrived by the moment count once each, gzipped one by one', async () => {
  const dist = await mkdtemp(join(tmpdir(), 'bench-js-fetched-'));
  try {
    await mkdir(join(dist, 'embed', 'chunks'), { recursive: true });
    const loader = 'console.log("loader");'.repeat(20);
    const chunk = 'export const a = 1;'.repeat(30);
    await writeFile(join(dist, 'embed.js'), loader);
    await writeFile(join(dist, 'embed', 'chunks', 'a.js'), chunk);
    await writeFile(join(dist, 'embed', 'chunks', 'late.js'), 'late');
    const origin = 'http://127.0.0.1:9';
    const scripts = [
      { url: `${origin}/embed.js`, responseEnd: 10 },
      { url: `${origin}/embed/chunks/a.js`, responseEnd: 40 },
      { url: `${origin}/embed/chunks/a.js`, responseEnd: 45 },
      { url: `${origin}/embed/chunks/late.js`, responseEnd: 90 },
    ];
    const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
    assert.deepEqual(jsFetched(scripts, 50, dist), {
      files: ['embed.js', 'embed/chunks/a.js'],
      gzip: gz(loader) + gz(chunk),
    });
    assert.equal(jsFetched(scripts, undefined, dist).files.length, 3);
    assert.throws(
      () => jsFetched([{ url: `${origin}/embed/chunks/gone.js`, responseEnd: 1 }], 50, dist),
      /gone\.js, which is not a file of .*stale/,
    );
  } finally {
    await rm(dist, { recursive: true, force: true });
  }
});
