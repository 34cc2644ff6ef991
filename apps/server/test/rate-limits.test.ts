import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../src/config.js';
import { forwardedClient, rateLimitSubject } from '../src/http/client-ip.js';
import { deleteFullRateLimits } from '../src/http/rate-limit.js';
import { startTestServer, type TestServer, testDatabases } from './harness.js';
import { sign, signatureBody } from './requests.js';

const SLUG = 'ban-chen-quanguo';

async function signStatus(server: TestServer, body: unknown, headers: Record<string, string> = {}): Promise<number> {
  const response = await sign(server.url, SLUG, body, { headers });
  await response.arrayBuffer();
  return response.status;
}

function randomAddress(): string {
  return `${randomInt(1, 224)}.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

describe('the client address behind proxies', () => {
  test('is taken TRUST_PROXY hops from the right of X-Forwarded-For', () => {
    const socket = '10.0.0.1';
    // No trusted proxy: the header is the client's own text and is ignored.
    assert.equal(forwardedClient('127.0.0.1', 0, socket), socket);
    assert.equal(forwardedClient('6.6.6.6, 198.51.100.7', 0, socket), socket);
    // One proxy appended the address it saw; whatever the client sent is to its left.
    assert.equal(forwardedClient('198.51.100.7', 1, socket), '198.51.100.7');
    assert.equal(forwardedClient('6.6.6.6, 7.7.7.7,198.51.100.7', 1, socket), '198.51.100.7');
    // Two proxies: the outer one's entry, then the inner one's (the outer proxy's own address).
    assert.equal(forwardedClient('6.6.6.6, 198.51.100.7, 10.0.0.9', 2, socket), '198.51.100.7');
    assert.equal(forwardedClient('2001:db8::1, 10.0.0.9', 2, socket), '2001:db8::1');
    // Fewer entries than hops: all were written by our proxies, so the leftmost is the nearest to the client.
    assert.equal(forwardedClient('198.51.100.7', 3, socket), '198.51.100.7');
    // No header, or an empty entry where the client should be: the socket.
    assert.equal(forwardedClient(undefined, 1, socket), socket);
    assert.equal(forwardedClient('', 1, socket), socket);
    assert.equal(forwardedClient('6.6.6.6, ', 1, socket), socket);
  });

  test('counts IPv6 clients by /64 network, since one client holds a whole /64', () => {
    assert.equal(rateLimitSubject('198.51.100.7'), '198.51.100.7');
    assert.equal(rateLimitSubject('::ffff:198.51.100.7'), '198.51.100.7');
    const network = '2001:db8:aa:1::/64';
    for (const address of ['2001:db8:aa:1::1', '2001:db8:aa:1:ffff:ffff:ffff:ffff', '2001:0db8:00aa:0001:1:2:3:4'])
      assert.equal(rateLimitSubject(address), network, address);
    assert.notEqual(rateLimitSubject('2001:db8:aa:2::1'), network);
    assert.equal(rateLimitSubject('2001:db8::1'), '2001:db8:0:0::/64');
    assert.equal(rateLimitSubject('::1'), '0:0:0:0::/64');
    assert.equal(rateLimitSubject('fe80::1%eth0'), 'fe80:0:0:0::/64');
    assert.equal(rateLimitSubject('unknown'), 'unknown');
  });

  test('TRUST_PROXY is a number of hops; anything else stops the server with a clear message', () => {
    assert.equal(loadConfig({}).trustProxy, 0);
    assert.equal(loadConfig({ TRUST_PROXY: '' }).trustProxy, 0);
    assert.equal(loadConfig({ TRUST_PROXY: '0' }).trustProxy, 0);
    assert.equal(loadConfig({ TRUST_PROXY: '2' }).trustProxy, 2);
    for (const value of ['true', 'yes', '-1', '1.5', 'on'])
      assert.throws(() => loadConfig({ TRUST_PROXY: value }), /TRUST_PROXY must be the number of proxies/, value);
  });
});

for (const database of testDatabases) {
  describe(`rate limits on ${database}`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ database, env: { RATE_LIMITS: '1' } });
    });
    after(() => server.close());

    test('one email may try 3 times at once; the 4th is 429 with Retry-After', async () => {
      const body = signatureBody();
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const response = await sign(server.url, SLUG, body);
        statuses.push(response.status);
        if (response.status === 429) {
          const retryAfter = Number(response.headers.get('retry-after'));
          assert.ok(retryAfter >= 1 && retryAfter <= 3600, `Retry-After ${retryAfter}`);
          const error = ((await response.json()) as { error: { code: string; retryAfter: number } }).error;
          assert.equal(error.code, 'rate_limited');
          assert.equal(error.retryAfter, retryAfter);
        } else {
          await response.arrayBuffer();
        }
      }
      assert.deepEqual(statuses, [201, 201, 201, 429]);
    });

    test('one address may sign 30 times at once; then 429 until the bucket refills', async () => {
      const statuses: number[] = [];
      // The previous test used 4 of this address's 30.
      for (let i = 0; i < 27; i++) statuses.push(await signStatus(server, signatureBody()));
      assert.equal(statuses.filter((status) => status === 201).length, 26);
      assert.equal(statuses.at(-1), 429);
      const { rows } = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM signatures');
      assert.equal(rows[0]?.n, 27);
    });
  });

  describe(`rate limits behind one trusted proxy on ${database}`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ database, env: { RATE_LIMITS: '1', TRUST_PROXY: '1' } });
    });
    after(() => server.close());

    test('made-up X-Forwarded-For entries on the left do not give a client new addresses', async () => {
      const client = '198.51.100.7';
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) {
        // What the proxy forwards: the client's own header with the real address appended.
        const spoofed = `${randomAddress()}, ${randomAddress()}, ${client}`;
        statuses.push(await signStatus(server, signatureBody(), { 'X-Forwarded-For': spoofed }));
      }
      const accepted = statuses.filter((status) => status === 201).length;
      // 30 at once; at most one more if a token refilled (one per 12 s) during the run.
      assert.ok(accepted >= 30 && accepted <= 31, `accepted ${accepted} of 40`);
      assert.ok(
        statuses.slice(31).every((status) => status === 429),
        statuses.join(' '),
      );
      // Another client behind the same proxy has its own allowance, and an IPv6
      // client cannot step around the limit by moving within its /64.
      for (let i = 0; i < 35; i++) {
        const address = `2001:db8:77:1:${randomInt(65536).toString(16)}::${randomInt(65536).toString(16)}`;
        statuses.push(await signStatus(server, signatureBody(), { 'X-Forwarded-For': address }));
      }
      const v6Accepted = statuses.slice(40).filter((status) => status === 201).length;
      assert.ok(v6Accepted >= 30 && v6Accepted <= 31, `IPv6 accepted ${v6Accepted} of 35`);
      assert.equal(await signStatus(server, signatureBody(), { 'X-Forwarded-For': `${client}, 203.0.113.5` }), 201);
    });
  });
}

describe('rate limits across two server instances on one PostgreSQL', {
  skip: !testDatabases.includes('postgres'),
}, () => {
  let a: TestServer;
  let b: TestServer;
  before(async () => {
    a = await startTestServer({ database: 'postgres', env: { RATE_LIMITS: '1' } });
    b = await startTestServer({ sameDatabaseAs: a, env: { RATE_LIMITS: '1' } });
  });
  after(async () => {
    await b?.close();
    await a?.close();
  });

  test('one email gets 3 tries in all, not 3 per instance', async () => {
    const body = signatureBody();
    const statuses = [];
    for (const server of [a, b, a, b, a, b]) statuses.push(await signStatus(server, body));
    assert.deepEqual(statuses, [201, 201, 201, 429, 429, 429]);
  });

  test('one address gets 30 signatures in all, and the shared table holds no address or email', async () => {
    const emails: string[] = [];
    const statuses: number[] = [];
    // The previous test used 6 of this address's 30 (refused requests take a token from the per-address bucket too).
    for (let i = 0; i < 30; i++) {
      const body = signatureBody();
      emails.push(body.email);
      statuses.push(await signStatus(i % 2 === 0 ? a : b, body));
    }
    const accepted = statuses.filter((status) => status === 201).length;
    assert.ok(accepted >= 24 && accepted <= 25, `accepted ${accepted} of 30: ${statuses.join(' ')}`);
    assert.equal(statuses.at(-1), 429);

    const { rows } = await a.db.query<{ key: string }>('SELECT key FROM rate_limits');
    assert.ok(rows.length > 0);
    for (const { key } of rows) {
      assert.doesNotMatch(key, /@|127\.0\.0\.1|::1/);
      for (const email of emails) assert.ok(!key.includes(email));
    }
  });

  test('maintenance deletes buckets that have refilled and keeps the rest', async () => {
    const before = (await a.db.query<{ n: number }>('SELECT count(*)::int AS n FROM rate_limits')).rows[0]!.n;
    assert.ok(before >= 2);
    // One bucket as it will be once it has refilled: the same as having no row.
    await a.db.query(
      `UPDATE rate_limits SET full_at = now() - interval '1 second' WHERE key = (SELECT key FROM rate_limits LIMIT 1)`,
    );
    assert.equal(await deleteFullRateLimits(b.db), 1);
    const left = (await a.db.query<{ n: number }>('SELECT count(*)::int AS n FROM rate_limits')).rows[0]!.n;
    assert.equal(left, before - 1);
  });
});
