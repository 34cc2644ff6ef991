import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from './harness.js';
import { sign, signatureBody } from './requests.js';

// Rate limits live in process memory, so one database is enough to prove them.
describe('rate limits', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ env: { RATE_LIMITS: '1' } });
  });
  after(() => server.close());

  test('one email may try 3 times at once; the 4th is 429 with Retry-After', async () => {
    const body = signatureBody();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await sign(server.url, 'ban-chen-quanguo', body);
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
    for (let i = 0; i < 27; i++) {
      const response = await sign(server.url, 'ban-chen-quanguo', signatureBody());
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    assert.equal(statuses.filter((status) => status === 201).length, 26);
    assert.equal(statuses.at(-1), 429);
    const { rows } = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM signatures');
    assert.equal(rows[0]?.n, 27);
  });
});
