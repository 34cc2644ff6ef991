import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CampaignSchema,
  ERROR_CODES,
  ErrorEnvelopeSchema,
  PetitionSchema,
  routes,
  TimelinePageSchema,
} from '@placard/contract';
import { seedCampaign, seedPetition, seedTimeline } from '@placard/contract/fixtures';
import * as v from 'valibot';
import { startTestServer, type TestServer, testDatabases } from './harness.js';

const SLUG = 'ban-chen-quanguo';

for (const database of testDatabases) {
  describe(`public reads (${database})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ database });
    });
    after(() => server.close());

    test('the seed campaign matches the fixture, with count 6,000 and both milestones', async () => {
      const response = await fetch(`${server.url}/v1/campaigns/${SLUG}`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.equal(response.headers.get('cache-control'), 'public, max-age=5, stale-while-revalidate=30');
      const body = v.parse(CampaignSchema, await response.json());
      assert.deepEqual(body, seedCampaign);
    });

    test('the petition has count, goal and milestones with their dates', async () => {
      const response = await fetch(`${server.url}/v1/campaigns/${SLUG}/petition`);
      assert.equal(response.status, 200);
      const body = v.parse(PetitionSchema, await response.json());
      assert.deepEqual(body, seedPetition);
    });

    test('ETag: a repeat with If-None-Match gets 304 and no body', async () => {
      for (const path of [`/v1/campaigns/${SLUG}`, `/v1/campaigns/${SLUG}/petition`]) {
        const first = await fetch(`${server.url}${path}`);
        const etag = first.headers.get('etag');
        assert.ok(etag, path);
        await first.arrayBuffer();
        const second = await fetch(`${server.url}${path}`, { headers: { 'If-None-Match': etag } });
        assert.equal(second.status, 304, path);
        assert.equal(await second.text(), '');
        assert.equal(second.headers.get('etag'), etag);
        const other = await fetch(`${server.url}${path}`, { headers: { 'If-None-Match': 'W/"something-else"' } });
        assert.equal(other.status, 200);
        await other.arrayBuffer();
      }
    });

    test('the timeline pages newest first with a cursor, matching the fixture order', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `?limit=4&cursor=${encodeURIComponent(cursor)}` : '?limit=4';
        const response = await fetch(`${server.url}/v1/campaigns/${SLUG}/timeline${query}`);
        assert.equal(response.status, 200);
        const page = v.parse(TimelinePageSchema, await response.json());
        assert.ok(page.entries.length <= 4);
        seen.push(...page.entries.map((entry) => entry.id));
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      assert.equal(pages, 3);
      assert.deepEqual(
        seen,
        seedTimeline.map((entry) => entry.id),
      );
      const all = await (await fetch(`${server.url}/v1/campaigns/${SLUG}/timeline`)).json();
      assert.deepEqual(all, { entries: seedTimeline, nextCursor: null });
    });

    test('timeline limit bounds and bad cursors are 422 validation_failed on the field', async () => {
      for (const [query, field] of [
        ['limit=0', 'limit'],
        ['limit=101', 'limit'],
        ['limit=abc', 'limit'],
        ['limit=2.5', 'limit'],
        ['cursor=bm90LWEtY3Vyc29y', 'cursor'],
      ] as const) {
        const response = await fetch(`${server.url}/v1/campaigns/${SLUG}/timeline?${query}`);
        assert.equal(response.status, 422, query);
        const body = v.parse(ErrorEnvelopeSchema, await response.json());
        assert.equal(body.error.code, 'validation_failed');
        assert.ok(body.error.fields?.[field], `${query}: ${JSON.stringify(body)}`);
      }
      const max = await fetch(`${server.url}/v1/campaigns/${SLUG}/timeline?limit=100`);
      assert.equal(max.status, 200);
      assert.equal(((await max.json()) as { entries: unknown[] }).entries.length, 9);
    });

    test('unknown campaigns, paths and methods answer with the envelope (404, 405)', async () => {
      for (const path of [
        '/v1/campaigns/no-such-campaign',
        '/v1/campaigns/no-such-campaign/petition',
        '/v1/campaigns/no-such-campaign/timeline',
        '/v1/campaigns/no-such-campaign/events',
        '/v1/nothing-here',
      ]) {
        const response = await fetch(`${server.url}${path}`);
        assert.equal(response.status, 404, path);
        assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'not_found');
      }
      const wrongMethod = await fetch(`${server.url}/v1/campaigns/${SLUG}/petition`, { method: 'DELETE' });
      assert.equal(wrongMethod.status, 405);
      assert.match(wrongMethod.headers.get('allow') ?? '', /GET/);
      assert.equal(((await wrongMethod.json()) as { error: { code: string } }).error.code, 'method_not_allowed');
    });

    test('X-Request-Id is echoed, or made when absent', async () => {
      const echoed = await fetch(`${server.url}/v1/campaigns/${SLUG}/petition`, {
        headers: { 'X-Request-Id': 'req-123' },
      });
      assert.equal(echoed.headers.get('x-request-id'), 'req-123');
      await echoed.arrayBuffer();
      const made = await fetch(`${server.url}/v1/campaigns/${SLUG}/petition`);
      assert.match(made.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
      await made.arrayBuffer();
    });

    test('the OpenAPI document and the API reference page describe every operation', async () => {
      const response = await fetch(`${server.url}/v1/openapi.json`);
      assert.equal(response.status, 200);
      const doc = (await response.json()) as {
        openapi: string;
        paths: Record<string, Record<string, { operationId: string }>>;
      };
      assert.equal(doc.openapi, '3.1.0');
      const docs = await fetch(`${server.url}/v1/docs`);
      assert.equal(docs.status, 200);
      assert.match(docs.headers.get('content-type') ?? '', /text\/html/);
      assert.match(docs.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      const page = await docs.text();
      assert.doesNotMatch(page, /<script/i);
      for (const [operationId, route] of Object.entries(routes)) {
        assert.ok(doc.paths[route.path]?.[route.method.toLowerCase()], operationId);
        assert.ok(page.includes(`id="op-${operationId}"`), operationId);
      }
      for (const code of ERROR_CODES) assert.ok(page.includes(`<code>${code}</code>`), code);
    });

    test('a server fault is a generic 500 internal_error with the request id, never a stack', async () => {
      await server.db.query('ALTER TABLE timeline_entries RENAME TO timeline_entries_away');
      try {
        const response = await fetch(`${server.url}/v1/campaigns/${SLUG}/timeline`, {
          headers: { 'X-Request-Id': 'fault-1' },
        });
        assert.equal(response.status, 500);
        assert.equal(response.headers.get('x-request-id'), 'fault-1');
        const text = await response.text();
        assert.deepEqual(JSON.parse(text), {
          error: { code: 'internal_error', message: 'Something went wrong on our side. Please try again.' },
        });
        assert.doesNotMatch(text, /timeline_entries|at |\.ts/);
      } finally {
        await server.db.query('ALTER TABLE timeline_entries_away RENAME TO timeline_entries');
      }
    });
  });
}
