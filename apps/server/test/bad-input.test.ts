import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { ErrorEnvelopeSchema } from '@placard/contract';
import * as v from 'valibot';
import { startTestServer, type TestServer, testDatabases } from './harness.js';
import { DEMO_ORIGIN, sign, signatureBody } from './requests.js';

const SLUG = 'ban-chen-quanguo';

async function tableCounts(server: TestServer) {
  const { rows } = await server.db.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM signatures) AS signatures, (SELECT count(*)::int FROM mail_outbox) AS mail,
            (SELECT coalesce(sum(n), 0)::int FROM count_shards) AS counted, (SELECT count(*)::int FROM idempotency_keys) AS idempotency`,
  );
  return rows[0];
}

/** A POST whose body arrives in chunks without Content-Length. */
function chunkedPost(url: string, chunks: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: 'Bearer pk_test_demo',
          'Transfer-Encoding': 'chunked',
        },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

for (const database of testDatabases) {
  describe(`bad input (${database})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ database });
    });
    after(() => server.close());

    test('every malformed request gets a 4xx envelope with a stable code, and nothing is written', async () => {
      const before = await tableCounts(server);
      const valid = JSON.stringify(signatureBody());
      const cases: Array<{
        name: string;
        status: number;
        code: string;
        send: () => Promise<Response>;
        field?: string;
      }> = [
        {
          name: 'malformed JSON',
          status: 400,
          code: 'invalid_json',
          send: () => sign(server.url, SLUG, '{"name": "x",'),
        },
        { name: 'empty body', status: 400, code: 'invalid_json', send: () => sign(server.url, SLUG, '') },
        {
          name: 'JSON with a comment',
          status: 400,
          code: 'invalid_json',
          send: () => sign(server.url, SLUG, `/* hi */${valid}`),
        },
        {
          name: 'wrong content type',
          status: 415,
          code: 'unsupported_media_type',
          send: () => sign(server.url, SLUG, valid, { headers: { 'Content-Type': 'text/plain' } }),
        },
        {
          name: 'form encoding',
          status: 415,
          code: 'unsupported_media_type',
          send: () =>
            sign(server.url, SLUG, 'name=x', { headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }),
        },
        {
          name: 'oversized body',
          status: 413,
          code: 'payload_too_large',
          send: () => sign(server.url, SLUG, signatureBody({ name: 'x'.repeat(20_000) })),
        },
        {
          name: 'a number for the name',
          status: 422,
          code: 'validation_failed',
          field: 'name',
          send: () => sign(server.url, SLUG, signatureBody({ name: 123 })),
        },
        {
          name: 'privacy not agreed',
          status: 422,
          code: 'validation_failed',
          field: 'consent.privacy',
          send: () => sign(server.url, SLUG, signatureBody({ consent: { privacy: false } })),
        },
        {
          name: 'not an email',
          status: 422,
          code: 'validation_failed',
          field: 'email',
          send: () => sign(server.url, SLUG, signatureBody({ email: 'not-an-email' })),
        },
        {
          name: 'not a UK postcode',
          status: 422,
          code: 'validation_failed',
          field: 'postcode',
          send: () => sign(server.url, SLUG, signatureBody({ postcode: 'NOPE' })),
        },
        { name: 'an array', status: 422, code: 'validation_failed', send: () => sign(server.url, SLUG, '[1,2]') },
        { name: 'null', status: 422, code: 'validation_failed', send: () => sign(server.url, SLUG, 'null') },
        {
          name: 'an over-long Idempotency-Key',
          status: 422,
          code: 'validation_failed',
          send: () => sign(server.url, SLUG, signatureBody(), { idempotencyKey: 'k'.repeat(201) }),
        },
        {
          name: 'unknown campaign',
          status: 404,
          code: 'not_found',
          send: () => sign(server.url, 'no-such-campaign', signatureBody()),
        },
        {
          name: 'a malformed slug',
          status: 404,
          code: 'not_found',
          send: () => sign(server.url, encodeURIComponent("x'; DROP TABLE signatures;--"), signatureBody()),
        },
      ];
      for (const item of cases) {
        const response = await item.send();
        assert.equal(response.status, item.status, item.name);
        assert.equal(response.headers.get('access-control-allow-origin'), DEMO_ORIGIN, item.name);
        const body = v.parse(ErrorEnvelopeSchema, await response.json());
        assert.equal(body.error.code, item.code, item.name);
        if (item.field) assert.ok(body.error.fields?.[item.field], `${item.name}: ${JSON.stringify(body)}`);
      }
      assert.deepEqual(await tableCounts(server), before);
    });

    test('invalid UTF-8 and a chunked body over the limit are refused too', async () => {
      const before = await tableCounts(server);
      const invalidUtf8 = await fetch(`${server.url}/v1/campaigns/${SLUG}/signatures`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer pk_test_demo' },
        body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
      });
      assert.equal(invalidUtf8.status, 400);
      assert.equal(((await invalidUtf8.json()) as { error: { code: string } }).error.code, 'invalid_json');
      const chunked = await chunkedPost(
        `${server.url}/v1/campaigns/${SLUG}/signatures`,
        Array.from({ length: 20 }, () => 'x'.repeat(1024)),
      );
      assert.equal(chunked.status, 413);
      assert.equal((JSON.parse(chunked.body) as { error: { code: string } }).error.code, 'payload_too_large');
      assert.deepEqual(await tableCounts(server), before);
    });
  });
}
