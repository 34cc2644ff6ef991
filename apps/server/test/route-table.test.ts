/**
 * The contract's route table is the one place a route's method and path are written:
 * the server registers its API from it (src/http/api-routes.ts), and in tests holds every
 * answer to the route's declared statuses and response schema. Here: every route of the
 * table is served, and an answer outside the table is refused, not passed on.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { routes } from '@placard/contract';
import { startTestServer, type TestServer } from './harness.js';

/** The generic answer for an address the server does not serve (src/http/errors.ts). */
const NOTHING_HERE = 'There is nothing at this address.';

describe('the route table', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  test('every route of the contract’s table is served', async () => {
    for (const [name, route] of Object.entries(routes)) {
      const path = route.path.replace(/\{(\w+)\}/g, (_, param: string) =>
        param === 'slug' ? 'ban-chen-quanguo' : 'x',
      );
      const headers: Record<string, string> = { accept: 'application/json' };
      if (route.auth === 'secret') headers.authorization = `Bearer ${server.secretKey}`;
      if (route.auth === 'publishable') headers.authorization = 'Bearer pk_test_demo';
      const hasBody = 'body' in route;
      if (hasBody) headers['content-type'] = 'application/json';
      const response = await fetch(`${server.url}${path}`, {
        method: route.method,
        headers,
        ...(hasBody ? { body: '{}' } : {}),
        signal: AbortSignal.timeout(5000),
      });
      // The live stream never ends: its status is enough.
      const text = 'stream' in route ? (await response.body?.cancel(), '') : await response.text();
      assert.ok(!text.includes(NOTHING_HERE), `${name}: ${route.method} ${path} is not served`);
      assert.notEqual(response.status, 500, `${name}: ${text}`);
    }
  });
});
