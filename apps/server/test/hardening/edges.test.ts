/**
 * The inputs an outside probe found answered with 500, each now refused at
 * the edge with the error envelope: NUL and unpaired surrogates in text,
 * slugs, tokens and queries; dates that do not exist; numbers an integer
 * column cannot hold; requests Node's HTTP parser refuses; and a client that
 * hangs up mid-request, which is not a server error.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ERROR_STATUS, ErrorEnvelopeSchema } from '@placard/contract';
import * as v from 'valibot';
import { startTestServer, type TestServer, testDatabases } from '../harness.js';
import { admin, DEMO_ORIGIN, sign, signatureBody } from '../requests.js';
import { ensureBuilt, startServerProcess } from './server-process.js';

const SLUG = 'ban-chen-quanguo';

async function expectError(answer: Response | Promise<Response>, status: number, code: string, field?: string) {
  const response = await answer;
  const body = await response.json();
  assert.ok(v.is(ErrorEnvelopeSchema, body), JSON.stringify(body));
  assert.equal(response.status, status, JSON.stringify(body));
  assert.equal(body.error.code, code);
  assert.equal(ERROR_STATUS[body.error.code], status);
  if (field) {
    assert.ok(body.error.fields?.[field], `no message for ${field}: ${JSON.stringify(body)}`);
    assert.ok(body.error.message.includes(field), `the message does not name ${field}: ${body.error.message}`);
  }
}

/** Raw bytes on a new connection; resolves with everything the server sent back. */
function rawExchange(url: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk;
    });
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
    socket.write(bytes);
  });
}

const cursor = (text: string) => Buffer.from(text).toString('base64url');

for (const database of testDatabases) {
  describe(`input refused at the edges (${database})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ database });
    });
    after(() => server.close());

    test('NUL and unpaired surrogates in bodies are a 422 naming the field; nothing is stored', async () => {
      const { rows: before } = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM signatures');
      await expectError(
        sign(server.url, SLUG, signatureBody({ name: 'Ten\u0000zin' })),
        422,
        'validation_failed',
        'name',
      );
      // JSON.stringify writes an unpaired surrogate as the escape `\ud800`, which JSON.parse turns back into one.
      await expectError(
        sign(server.url, SLUG, signatureBody({ name: 'Ten\uD800zin' })),
        422,
        'validation_failed',
        'name',
      );
      await expectError(
        sign(server.url, SLUG, signatureBody({ source: { utmSource: '\uDC00' } })),
        422,
        'validation_failed',
        'source.utmSource',
      );
      await expectError(
        sign(server.url, SLUG, signatureBody({ country: 'FR', postcode: '75\u00001' })),
        422,
        'validation_failed',
        'postcode',
      );
      const { rows: after } = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM signatures');
      assert.equal(after[0]!.n, before[0]!.n);
      const key = server.secretKey;
      await expectError(
        admin(server.url, key, 'PATCH', `/v1/admin/campaigns/${SLUG}`, { letter: { subject: 'a\uD800', body: 'b' } }),
        422,
        'validation_failed',
        'letter.subject',
      );
      await expectError(
        admin(server.url, key, 'POST', `/v1/admin/campaigns/${SLUG}/timeline`, {
          date: '2026-01-01',
          kind: 'news',
          title: 'x\u0000',
        }),
        422,
        'validation_failed',
        'title',
      );
    });

    test('dates that do not exist are refused in timeline entries and cursors', async () => {
      const key = server.secretKey;
      for (const date of ['2026-02-31', '2026-13-01', '0000-01-01']) {
        await expectError(
          admin(server.url, key, 'POST', `/v1/admin/campaigns/${SLUG}/timeline`, { date, kind: 'news', title: 'x' }),
          422,
          'validation_failed',
          'date',
        );
        await expectError(
          fetch(`${server.url}/v1/campaigns/${SLUG}/timeline?cursor=${cursor(`${date}|5`)}`),
          422,
          'validation_failed',
          'cursor',
        );
      }
      // A real date in a forged cursor is still a cursor: the page after it.
      const page = await fetch(`${server.url}/v1/campaigns/${SLUG}/timeline?cursor=${cursor('2024-02-29|5')}`);
      assert.equal(page.status, 200);
      await page.arrayBuffer();
    });

    test('goals and milestones beyond an integer column are a 422', async () => {
      const key = server.secretKey;
      await expectError(
        admin(server.url, key, 'POST', '/v1/admin/campaigns', { slug: 'too-big', title: 'x', goal: 2 ** 31 }),
        422,
        'validation_failed',
        'goal',
      );
      await expectError(
        admin(server.url, key, 'PATCH', `/v1/admin/campaigns/${SLUG}`, { milestones: [100, 2 ** 31] }),
        422,
        'validation_failed',
        'milestones.1',
      );
      const biggest = await admin(server.url, key, 'PATCH', `/v1/admin/campaigns/${SLUG}`, { goal: 2 ** 31 - 1 });
      assert.equal(biggest.status, 200);
      await biggest.arrayBuffer();
    });

    test('a NUL in a path is a 404, in a query a 422 naming the parameter', async () => {
      const key = { Authorization: `Bearer ${server.secretKey}` };
      await expectError(fetch(`${server.url}/v1/campaigns/a%00b`), 404, 'not_found');
      await expectError(fetch(`${server.url}/v1/campaigns/a%00b/timeline`), 404, 'not_found');
      await expectError(fetch(`${server.url}/v1/confirm/abc%00def`), 404, 'not_found');
      await expectError(
        fetch(`${server.url}/v1/admin/campaigns/${SLUG}/timeline/x%00`, { method: 'DELETE', headers: key }),
        404,
        'not_found',
      );
      await expectError(fetch(`${server.url}/v1/admin/campaigns/x%00/signatures`, { headers: key }), 404, 'not_found');
      await expectError(fetch(`${server.url}/dev/mail.json?to=a%00b`), 422, 'validation_failed', 'to');
      await expectError(
        fetch(`${server.url}/v1/representatives?postcode=SW1A%001AA`),
        422,
        'validation_failed',
        'postcode',
      );
      // Slugs that cannot be campaigns never reach the database.
      await expectError(fetch(`${server.url}/v1/campaigns/${'x'.repeat(300)}`), 404, 'not_found');
      await expectError(fetch(`${server.url}/v1/campaigns/%ED%A0%80/petition`), 404, 'not_found');
    });

    test('requests Node refuses before any route still get the envelope', async () => {
      const long = await rawExchange(
        server.url,
        `GET /v1/campaigns/${SLUG}?q=${'y'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      );
      assert.match(long, /^HTTP\/1\.1 431 /);
      assert.match(long, /"code":"headers_too_large"/);
      const garbage = await rawExchange(server.url, 'NOT HTTP AT ALL\r\n\r\n');
      assert.match(garbage, /^HTTP\/1\.1 400 /);
      assert.match(garbage, /\{"error":\{"code":"bad_request"/);
      // An answer to HEAD never has a body, even this one.
      const head = await rawExchange(server.url, `HEAD /?q=${'y'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
      assert.match(head, /^HTTP\/1\.1 431 /);
      assert.ok(head.endsWith('\r\n\r\n'), head);
    });
  });
}

describe('a client that hangs up mid-request', () => {
  before(ensureBuilt);

  test('is logged as a closed request (499), not as a server error', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'placard-hangup-'));
    const server = await startServerProcess({ PLACARD_DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    try {
      const { hostname, port } = new URL(server.url);
      const body = JSON.stringify(signatureBody());
      // Headers and half the body, then the connection is gone.
      await new Promise<void>((resolve) => {
        const socket = connect(Number(port), hostname, () => {
          socket.write(
            `POST /v1/campaigns/${SLUG}/signatures HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
              `Authorization: Bearer pk_test_demo\r\nOrigin: ${DEMO_ORIGIN}\r\nContent-Length: ${body.length}\r\n\r\n` +
              body.slice(0, 20),
          );
          setTimeout(() => {
            socket.destroy();
            resolve();
          }, 200);
        });
      });
      const deadline = Date.now() + 10_000;
      while (!/"route":"\/v1\/campaigns\/:slug\/signatures"/.test(server.output()) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.equal(await server.stop(), 0);
      const output = server.output();
      assert.match(output, /"route":"\/v1\/campaigns\/:slug\/signatures","status":499/);
      assert.match(output, /client closed the request before it was answered/);
      assert.doesNotMatch(output, /unhandled error|"status":500|"level":50/);
    } finally {
      server.child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
