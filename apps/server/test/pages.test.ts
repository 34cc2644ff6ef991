import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from './harness.js';

// Static files do not touch the database, so PGlite alone covers them.
describe('pages and static files', () => {
  const root = mkdtempSync(join(tmpdir(), 'placard-pages-'));
  const embedDir = join(root, 'embed-dist');
  const demoDir = join(root, 'demo');
  const emptyDir = join(root, 'empty');
  let server: TestServer;
  let landing: TestServer;

  before(async () => {
    mkdirSync(join(embedDir, 'embed', 'chunks'), { recursive: true });
    writeFileSync(join(embedDir, 'embed.js'), 'console.log("loader")');
    writeFileSync(join(embedDir, 'embed.css'), 'petition-counter:not(:defined){display:block}');
    writeFileSync(join(embedDir, 'embed', 'chunks', 'petition-counter-AB12CD34.js'), 'export const x = 1;');
    writeFileSync(join(embedDir, 'embed', 'manifest.json'), '{"version":1}');
    writeFileSync(join(root, 'secret.txt'), 'outside');
    mkdirSync(demoDir);
    mkdirSync(emptyDir);
    writeFileSync(join(demoDir, 'index.html'), '<!doctype html><title>Demo partner</title>');
    writeFileSync(join(demoDir, 'site.css'), 'body{}');
    server = await startTestServer({ env: { EMBED_DIR: embedDir, DEMO_DIR: demoDir } });
    landing = await startTestServer({ env: { EMBED_DIR: emptyDir, DEMO_DIR: emptyDir } });
  });
  after(async () => {
    await server?.close();
    await landing?.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('/embed.js: JavaScript, readable cross-origin, five minutes of cache and an ETag', async () => {
    const response = await fetch(`${server.url}/embed.js`);
    assert.equal(response.status, 200);
    assert.equal(await response.text(), 'console.log("loader")');
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('timing-allow-origin'), '*');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
    const etag = response.headers.get('etag')!;
    const again = await fetch(`${server.url}/embed.js`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
  });

  test("/embed.css: the reserved-space stylesheet the snippet links, CSS with the loader's caching", async () => {
    const response = await fetch(`${server.url}/embed.css`);
    assert.equal(response.status, 200);
    assert.equal(await response.text(), 'petition-counter:not(:defined){display:block}');
    assert.equal(response.headers.get('content-type'), 'text/css; charset=utf-8');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
  });

  test('hashed chunks are immutable for a year; other embed files are not', async () => {
    const chunk = await fetch(`${server.url}/embed/chunks/petition-counter-AB12CD34.js`);
    assert.equal(chunk.status, 200);
    assert.equal(chunk.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(chunk.headers.get('content-type'), 'text/javascript; charset=utf-8');
    await chunk.arrayBuffer();
    const manifest = await fetch(`${server.url}/embed/manifest.json`);
    assert.equal(manifest.headers.get('cache-control'), 'public, max-age=300');
    assert.equal(manifest.headers.get('content-type'), 'application/json');
    await manifest.arrayBuffer();
  });

  test('paths cannot leave the folder, and missing files are the 404 envelope', async () => {
    for (const path of ['/embed/..%2F..%2Fsecret.txt', '/embed/%2e%2e/%2e%2e/secret.txt', '/embed/chunks/missing.js']) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 404, path);
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'not_found');
    }
  });

  test('the demo site is served at / with its assets', async () => {
    const index = await fetch(`${server.url}/`);
    assert.equal(index.status, 200);
    assert.match(await index.text(), /Demo partner/);
    const css = await fetch(`${server.url}/site.css`);
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
    await css.arrayBuffer();
  });

  test('without a demo build, / is a landing page linking the reference, OpenAPI and dev mailbox', async () => {
    const response = await fetch(`${landing.url}/`);
    assert.equal(response.status, 200);
    const page = await response.text();
    for (const link of ['/v1/docs', '/v1/openapi.json', '/dev/mail']) assert.ok(page.includes(`href="${link}"`), link);
    assert.doesNotMatch(page, /<script(?![^<]*&lt;)/);
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    const missing = await fetch(`${landing.url}/embed.js`);
    assert.equal(missing.status, 404);
    await missing.arrayBuffer();
  });
});
