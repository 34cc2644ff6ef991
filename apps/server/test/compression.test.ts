import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import type { AppEnv } from '../src/http/app-env.js';
import {
  acceptableCodings,
  type Coding,
  type Representations,
  sendRepresentation,
} from '../src/http/content-encoding.js';
import { startTestServer, type TestServer } from './harness.js';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * A request through node:http, which (unlike fetch) neither adds its own
 * Accept-Encoding nor decodes the answer: the test sees the bytes on the wire.
 */
function raw(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function varies(response: RawResponse): boolean {
  return /(^|,)\s*accept-encoding\s*(,|$)/i.test(String(response.headers.vary ?? ''));
}

// Varied text, about 20 KB: compresses well, like a real chunk.
const LOADER = Array.from(
  { length: 400 },
  (_, i) => `export function widget${i}(el) { el.dataset.n = "${i}"; return el.querySelector('#w${i}'); }\n`,
).join('');

describe('compressed static files', () => {
  const root = mkdtempSync(join(tmpdir(), 'placard-compress-'));
  const embedDir = join(root, 'embed-dist');
  const demoDir = join(root, 'demo');
  const chunkPath = join(embedDir, 'embed', 'chunks', 'petition-counter-AB12CD34.js');
  const demoPage = `<!doctype html><title>Demo partner</title>${'<p>Sign the petition for Tibet.</p>\n'.repeat(80)}`;
  const noise = randomBytes(4096);
  // Under 1 KB, yet it would compress well: only the size rule keeps it identity.
  const tiny = '// a small module\n'.repeat(50);
  let server: TestServer;

  before(async () => {
    mkdirSync(join(embedDir, 'embed', 'chunks'), { recursive: true });
    writeFileSync(join(embedDir, 'embed.js'), LOADER);
    writeFileSync(chunkPath, LOADER);
    writeFileSync(join(embedDir, 'embed', 'tiny.js'), tiny);
    writeFileSync(join(embedDir, 'embed', 'changing.js'), LOADER);
    mkdirSync(demoDir);
    writeFileSync(join(demoDir, 'index.html'), demoPage);
    writeFileSync(join(demoDir, 'noise.txt'), noise);
    writeFileSync(join(demoDir, 'logo.png'), noise);
    server = await startTestServer({ env: { EMBED_DIR: embedDir, DEMO_DIR: demoDir } });
  });
  after(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('brotli when accepted: decoding it gives exactly the file, with every other header kept', async () => {
    const response = await raw(`${server.url}/embed.js`, { 'Accept-Encoding': 'br' });
    assert.equal(response.status, 200);
    assert.equal(response.headers['content-encoding'], 'br');
    assert.ok(response.body.length < LOADER.length / 3, `${response.body.length} bytes`);
    assert.equal(brotliDecompressSync(response.body).toString(), LOADER);
    assert.ok(varies(response));
    assert.match(String(response.headers.etag), /^"[\w-]+-br"$/);
    assert.equal(response.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(response.headers['access-control-allow-origin'], '*');
    assert.equal(response.headers['timing-allow-origin'], '*');
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.equal(response.headers['cache-control'], 'public, max-age=300');
    if (response.headers['content-length'])
      assert.equal(Number(response.headers['content-length']), response.body.length);
  });

  test('gzip when that is all the client takes, or when br has q=0', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip', 'x-gzip']) {
      const response = await raw(`${server.url}/embed/chunks/petition-counter-AB12CD34.js`, {
        'Accept-Encoding': accept,
      });
      assert.equal(response.headers['content-encoding'], 'gzip', accept);
      assert.equal(gunzipSync(response.body).toString(), LOADER, accept);
      assert.match(String(response.headers.etag), /-gz"$/, accept);
      assert.ok(varies(response), accept);
      assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable');
    }
  });

  test('identity without Accept-Encoding, or when nothing offered is acceptable, still with Vary', async () => {
    const cases: Array<Record<string, string>> = [
      {},
      { 'Accept-Encoding': 'identity' },
      { 'Accept-Encoding': 'br;q=0, gzip;q=0, deflate' },
    ];
    for (const headers of cases) {
      const response = await raw(`${server.url}/embed.js`, headers);
      assert.equal(response.status, 200);
      assert.equal(response.headers['content-encoding'], undefined, JSON.stringify(headers));
      assert.equal(response.body.toString(), LOADER);
      assert.ok(varies(response));
      assert.doesNotMatch(String(response.headers.etag), /-(br|gz)"$/);
    }
  });

  test('each encoding has its own ETag, and If-None-Match only validates the one it names', async () => {
    const url = `${server.url}/embed.js`;
    const identity = await raw(url);
    const br = await raw(url, { 'Accept-Encoding': 'br' });
    const gzip = await raw(url, { 'Accept-Encoding': 'gzip' });
    const etags = new Set([identity.headers.etag, br.headers.etag, gzip.headers.etag]);
    assert.equal(etags.size, 3);

    const fresh = await raw(url, { 'Accept-Encoding': 'br', 'If-None-Match': String(br.headers.etag) });
    assert.equal(fresh.status, 304);
    assert.equal(fresh.body.length, 0);
    assert.equal(fresh.headers.etag, br.headers.etag);
    assert.ok(varies(fresh));
    assert.equal(fresh.headers['access-control-allow-origin'], '*');
    const weak = await raw(url, { 'Accept-Encoding': 'br', 'If-None-Match': `W/${br.headers.etag}` });
    assert.equal(weak.status, 304);
    const identityNotModified = await raw(url, { 'If-None-Match': String(identity.headers.etag) });
    assert.equal(identityNotModified.status, 304);
    assert.ok(varies(identityNotModified));

    // A cache holding identity bytes must not be told they are the brotli representation, nor the reverse.
    const stale = await raw(url, { 'Accept-Encoding': 'br', 'If-None-Match': String(identity.headers.etag) });
    assert.equal(stale.status, 200);
    assert.equal(stale.headers['content-encoding'], 'br');
    assert.equal(brotliDecompressSync(stale.body).toString(), LOADER);
    const reverse = await raw(url, { 'If-None-Match': String(br.headers.etag) });
    assert.equal(reverse.status, 200);
    assert.equal(reverse.body.toString(), LOADER);
    const otherCoding = await raw(url, { 'Accept-Encoding': 'gzip', 'If-None-Match': String(br.headers.etag) });
    assert.equal(otherCoding.status, 200);
    assert.equal(gunzipSync(otherCoding.body).toString(), LOADER);
  });

  test('files under 1 KB, files compression does not shrink, and images are served as they are', async () => {
    assert.ok(tiny.length < 1024);
    const small = await raw(`${server.url}/embed/tiny.js`, { 'Accept-Encoding': 'br, gzip' });
    assert.equal(small.headers['content-encoding'], undefined);
    assert.equal(small.body.toString(), tiny);
    const incompressible = await raw(`${server.url}/noise.txt`, { 'Accept-Encoding': 'br, gzip' });
    assert.equal(incompressible.headers['content-encoding'], undefined);
    assert.deepEqual(incompressible.body, noise);
    const image = await raw(`${server.url}/logo.png`, { 'Accept-Encoding': 'br, gzip' });
    assert.equal(image.headers['content-encoding'], undefined);
    assert.deepEqual(image.body, noise);
    assert.equal(varies(image), false, 'an image never varies by encoding');
  });

  test("a browser's first request may get gzip while brotli is made; later ones get brotli", async () => {
    const url = `${server.url}/index.html`;
    const first = await raw(url, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    const firstCoding = first.headers['content-encoding'];
    assert.ok(firstCoding === 'gzip' || firstCoding === 'br', String(firstCoding));
    const decode = firstCoding === 'br' ? brotliDecompressSync : gunzipSync;
    assert.equal(decode(first.body).toString(), demoPage);
    let later = first;
    for (let attempt = 0; attempt < 100 && later.headers['content-encoding'] !== 'br'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      later = await raw(url, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    }
    assert.equal(later.headers['content-encoding'], 'br');
    assert.equal(brotliDecompressSync(later.body).toString(), demoPage);
  });

  test('HEAD answers like GET without a body', async () => {
    const get = await raw(`${server.url}/embed.js`, { 'Accept-Encoding': 'br' });
    const head = await raw(`${server.url}/embed.js`, { 'Accept-Encoding': 'br' }, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    assert.equal(head.headers['content-encoding'], 'br');
    assert.equal(head.headers.etag, get.headers.etag);
    assert.equal(head.headers['content-length'], String(get.body.length));
    assert.ok(varies(head));
  });

  test('a changed file is compressed again, not served from the old encoding', async () => {
    const url = `${server.url}/embed/changing.js`;
    const before = await raw(url, { 'Accept-Encoding': 'br' });
    assert.equal(brotliDecompressSync(before.body).toString(), LOADER);
    const changed = `${LOADER}export const version = 2;\n`;
    writeFileSync(join(embedDir, 'embed', 'changing.js'), changed);
    // A different mtime for certain, even on coarse file-system clocks.
    const later = new Date(Date.now() + 5000);
    utimesSync(join(embedDir, 'embed', 'changing.js'), later, later);
    const after = await raw(url, { 'Accept-Encoding': 'br' });
    assert.equal(brotliDecompressSync(after.body).toString(), changed);
    assert.notEqual(after.headers.etag, before.headers.etag);
  });

  test('the demo site, the OpenAPI document and the API reference are compressed too', async () => {
    const index = await raw(`${server.url}/`, { 'Accept-Encoding': 'br' });
    assert.equal(index.headers['content-encoding'], 'br');
    assert.equal(brotliDecompressSync(index.body).toString(), demoPage);
    assert.equal(index.headers['cache-control'], 'no-cache');

    const identityDoc = await raw(`${server.url}/v1/openapi.json`);
    const doc = await raw(`${server.url}/v1/openapi.json`, { 'Accept-Encoding': 'gzip' });
    assert.equal(doc.headers['content-encoding'], 'gzip');
    assert.deepEqual(gunzipSync(doc.body), identityDoc.body);
    assert.equal((JSON.parse(identityDoc.body.toString()) as { openapi: string }).openapi, '3.1.0');
    assert.equal(doc.headers['cache-control'], 'public, max-age=300');
    const docAgain = await raw(`${server.url}/v1/openapi.json`, {
      'Accept-Encoding': 'gzip',
      'If-None-Match': String(doc.headers.etag),
    });
    assert.equal(docAgain.status, 304);

    const reference = await raw(`${server.url}/v1/docs`, { 'Accept-Encoding': 'br' });
    assert.equal(reference.headers['content-encoding'], 'br');
    assert.match(brotliDecompressSync(reference.body).toString(), /<code>/);
    assert.match(String(reference.headers['content-security-policy']), /default-src 'none'/);
  });
});

describe('Accept-Encoding negotiation', () => {
  test('br before gzip on equal terms; q orders; q=0, * and x-gzip understood', () => {
    const cases: Array<[string | undefined, string[]]> = [
      [undefined, []],
      ['', []],
      ['identity', []],
      ['deflate', []],
      ['gzip, deflate, br, zstd', ['br', 'gzip']],
      ['BR, GZip', ['br', 'gzip']],
      ['br;q=0, gzip', ['gzip']],
      ['br; q=0.0, gzip;q=0.5', ['gzip']],
      ['gzip;q=1.0, br;q=0.5', ['gzip', 'br']],
      ['*', ['br', 'gzip']],
      ['*;q=0', []],
      ['gzip, *;q=0', ['gzip']],
      ['x-gzip', ['gzip']],
      ['br, br;q=0', []],
      ['br;q=2, gzip', ['gzip']],
    ];
    for (const [header, expected] of cases) assert.deepEqual(acceptableCodings(header), expected, String(header));
  });
});

describe('choosing among encodings still being made', () => {
  const body = new TextEncoder().encode('x'.repeat(2000));
  const made = { br: new Uint8Array([1]), gzip: new Uint8Array([2, 2]) };

  /** A file whose brotli is never finished, and whose gzip is ready or made when asked. */
  function slowBrotli(gzipReady: boolean): Representations & { asked: Coding[] } {
    const asked: Coding[] = [];
    let gzipDone = gzipReady;
    return {
      body,
      etag: '"v1"',
      contentType: 'text/javascript; charset=utf-8',
      compressible: true,
      asked,
      encoded(coding) {
        asked.push(coding);
        if (coding === 'br') return new Promise(() => {});
        gzipDone = true;
        return Promise.resolve(made.gzip);
      },
      ready(coding) {
        return coding === 'gzip' && gzipDone ? made.gzip : undefined;
      },
    };
  }

  function serve(rep: Representations, acceptEncoding: string) {
    const app = new Hono<AppEnv>();
    app.get('/', (c) => sendRepresentation(c, rep));
    return app.request('/', { headers: { 'Accept-Encoding': acceptEncoding } });
  }

  // The timeout turns "waited for brotli" (a promise that never settles here) into a failure.
  test('gzip is served rather than waiting for brotli, and brotli is started for later requests', {
    timeout: 5000,
  }, async () => {
    for (const gzipReady of [true, false]) {
      const rep = slowBrotli(gzipReady);
      const response = await serve(rep, 'gzip, deflate, br');
      assert.equal(response.headers.get('content-encoding'), 'gzip');
      assert.equal(response.headers.get('etag'), '"v1-gz"');
      assert.deepEqual(new Uint8Array(await response.arrayBuffer()), made.gzip);
      assert.ok(rep.asked.includes('br'), 'brotli was not started');
    }
  });

  test('a client that takes only brotli waits for it', async () => {
    const rep: Representations = {
      ...slowBrotli(true),
      encoded: (coding) => Promise.resolve(coding === 'br' ? made.br : made.gzip),
    };
    const response = await serve(rep, 'br');
    assert.equal(response.headers.get('content-encoding'), 'br');
    assert.deepEqual(new Uint8Array(await response.arrayBuffer()), made.br);
  });
});
