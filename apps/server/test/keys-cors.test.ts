import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createPublishableKey, createSecretKey } from '../src/keys/store.js';
import { startTestServer, type TestServer, testDatabases } from './harness.js';
import { DEMO_ORIGIN, sign, signatureBody } from './requests.js';

const SLUG = 'ban-chen-quanguo';

async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

async function stored(server: TestServer, email: string): Promise<number> {
  const { rows } = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM signatures WHERE email = $1', [
    email,
  ]);
  return rows[0]?.n ?? 0;
}

for (const database of testDatabases) {
  describe(`keys and CORS (${database})`, () => {
    let server: TestServer;
    let partnerKey: string;
    before(async () => {
      server = await startTestServer({ database });
      partnerKey = await createPublishableKey(server.db, {
        partner: 'Partner Org',
        origins: ['https://partner.example', 'https://*.campaigns.example'],
        mode: 'live',
      });
    });
    after(() => server.close());

    test('an allowed origin signs, and the answer is readable by exactly that origin', async () => {
      for (const origin of [DEMO_ORIGIN, 'http://127.0.0.1:8080', 'http://localhost']) {
        const body = signatureBody();
        const response = await sign(server.url, SLUG, body, { origin });
        assert.equal(response.status, 201, origin);
        assert.equal(response.headers.get('access-control-allow-origin'), origin);
        assert.match(response.headers.get('vary') ?? '', /Origin/);
        await response.arrayBuffer();
        assert.equal(await stored(server, body.email), 1);
      }
    });

    test('each key is checked against its own origins and attributes the signature to its partner', async () => {
      const body = signatureBody();
      const ok = await sign(server.url, SLUG, body, { key: partnerKey, origin: 'https://act.campaigns.example' });
      assert.equal(ok.status, 201);
      const { rows } = await server.db.query<{ partner: string }>('SELECT partner FROM signatures WHERE email = $1', [
        body.email,
      ]);
      assert.equal(rows[0]?.partner, 'Partner Org');
      // localhost is allowed for the demo key, not for this one.
      const wrong = signatureBody();
      const refused = await sign(server.url, SLUG, wrong, { key: partnerKey, origin: DEMO_ORIGIN });
      assert.equal(refused.status, 403);
      assert.equal(await errorCode(refused), 'origin_not_allowed');
      assert.equal(await stored(server, wrong.email), 0);
    });

    test('a wrong origin is 403 origin_not_allowed, with ACAO echoed so the widget can read it', async () => {
      const body = signatureBody();
      const response = await sign(server.url, SLUG, body, { origin: 'https://evil.example' });
      assert.equal(response.status, 403);
      assert.equal(response.headers.get('access-control-allow-origin'), 'https://evil.example');
      assert.match(response.headers.get('vary') ?? '', /Origin/);
      assert.equal(await errorCode(response), 'origin_not_allowed');
      assert.equal(await stored(server, body.email), 0);
    });

    test('a site no key allows: the preflight passes, so the real write is sent and refused readably', async () => {
      const origin = 'https://not-set-up.example';
      const preflight = await fetch(`${server.url}/v1/campaigns/${SLUG}/signatures`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key',
        },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), origin);
      assert.match(preflight.headers.get('vary') ?? '', /Origin/);
      await preflight.arrayBuffer();
      const body = signatureBody();
      const refused = await sign(server.url, SLUG, body, { key: partnerKey, origin });
      assert.equal(refused.status, 403);
      assert.equal(refused.headers.get('access-control-allow-origin'), origin);
      assert.match(refused.headers.get('vary') ?? '', /Origin/);
      const answer = (await refused.json()) as { error: { code: string; message: string } };
      assert.equal(answer.error.code, 'origin_not_allowed');
      assert.match(answer.error.message, /not-set-up\.example/);
      assert.equal(await stored(server, body.email), 0);
      const { rows } = await server.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM mail_outbox WHERE to_address = $1',
        [body.email],
      );
      assert.equal(rows[0]?.n, 0);

      // Letters to MPs are refused the same way, before anything is read or stored.
      const email = `letter.${Date.now()}@example.org`;
      const letter = await fetch(`${server.url}/v1/campaigns/${SLUG}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${partnerKey}`, 'content-type': 'application/json', origin },
        body: JSON.stringify({
          postcode: 'SW1A 1AA',
          name: 'Tenzin',
          email,
          address: '1 Street',
          subject: 'Hi',
          body: 'Hello',
        }),
      });
      assert.equal(letter.status, 403);
      assert.equal(letter.headers.get('access-control-allow-origin'), origin);
      assert.equal(await errorCode(letter), 'origin_not_allowed');
      const letters = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM messages WHERE email = $1', [
        email,
      ]);
      assert.equal(letters.rows[0]?.n, 0);
    });

    test('an unknown, missing or secret key on a write is 401 unauthorized', async () => {
      const secret = await createSecretKey(server.db, 'test');
      for (const key of ['pk_test_unknown', null, secret, 'not-a-key']) {
        const body = signatureBody();
        const response = await sign(server.url, SLUG, body, { key });
        assert.equal(response.status, 401, String(key));
        assert.equal(await errorCode(response), 'unauthorized');
        assert.equal(await stored(server, body.email), 0);
      }
    });

    test('a request without an Origin (a server, curl) is allowed with a publishable key', async () => {
      const response = await sign(server.url, SLUG, signatureBody(), { origin: null, key: partnerKey });
      assert.equal(response.status, 201);
      await response.arrayBuffer();
    });

    test('preflight: write headers for any origin (the write itself checks the key); reads allow any origin', async () => {
      const preflight = (origin: string, method: string) =>
        fetch(`${server.url}/v1/campaigns/${SLUG}/signatures`, {
          method: 'OPTIONS',
          headers: {
            Origin: origin,
            'Access-Control-Request-Method': method,
            'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key',
          },
        });
      for (const origin of [DEMO_ORIGIN, 'https://partner.example', 'https://evil.example']) {
        const ok = await preflight(origin, 'POST');
        assert.equal(ok.status, 204, origin);
        assert.equal(ok.headers.get('access-control-allow-origin'), origin);
        assert.match(ok.headers.get('access-control-allow-methods') ?? '', /POST/);
        const allowed = (ok.headers.get('access-control-allow-headers') ?? '').toLowerCase();
        for (const header of ['authorization', 'content-type', 'idempotency-key']) assert.ok(allowed.includes(header));
      }
      const read = await fetch(`${server.url}/v1/campaigns/${SLUG}/events`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://anyone.example', 'Access-Control-Request-Method': 'GET' },
      });
      assert.equal(read.status, 204);
      assert.equal(read.headers.get('access-control-allow-origin'), '*');
    });

    test('the secret key works from a server and is refused from a browser origin', async () => {
      const fromServer = await fetch(`${server.url}/v1/admin/campaigns`, {
        headers: { Authorization: `Bearer ${server.secretKey}` },
      });
      assert.equal(fromServer.status, 200);
      assert.equal(fromServer.headers.get('access-control-allow-origin'), null);
      await fromServer.arrayBuffer();
      const fromBrowser = await fetch(`${server.url}/v1/admin/campaigns`, {
        headers: { Authorization: `Bearer ${server.secretKey}`, Origin: DEMO_ORIGIN },
      });
      assert.equal(fromBrowser.status, 403);
      assert.equal(await errorCode(fromBrowser), 'forbidden');
      const adminPreflight = await fetch(`${server.url}/v1/admin/campaigns`, {
        method: 'OPTIONS',
        headers: { Origin: DEMO_ORIGIN, 'Access-Control-Request-Method': 'GET' },
      });
      assert.equal(adminPreflight.status, 403);
      assert.equal(adminPreflight.headers.get('access-control-allow-origin'), null);
      await adminPreflight.arrayBuffer();
      for (const key of ['sk_wrong', 'pk_test_demo']) {
        const response = await fetch(`${server.url}/v1/admin/campaigns`, {
          headers: { Authorization: `Bearer ${key}` },
        });
        assert.equal(response.status, 401, key);
        assert.equal(await errorCode(response), 'unauthorized');
      }
    });
  });
}
