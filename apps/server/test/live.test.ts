import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LiveEventSchemas } from '@placard/contract';
import * as v from 'valibot';
import { createCampaign } from '../src/campaigns/store.js';
import { startTestServer, type TestServer, testDatabases } from './harness.js';
import { admin, sign, signatureBody } from './requests.js';
import { openSse, type SseConnection, type SseEvent } from './sse-client.js';

const SLUG = 'ban-chen-quanguo';
const LIVE_ENV = { SSE_HEARTBEAT_MS: '200' };

const countOf = (event: SseEvent) => v.parse(LiveEventSchemas.count, JSON.parse(event.data)).count;
const isCount = (value: number) => (event: SseEvent) => event.event === 'count' && countOf(event) === value;

async function waitUntil(check: () => boolean, timeoutMs = 3000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

for (const database of testDatabases) {
  describe(`live events (${database})`, () => {
    let server: TestServer;
    const open: SseConnection[] = [];
    const events = (slug = SLUG, headers: Record<string, string> = {}, query = '') =>
      openSse(`${server.url}/v1/campaigns/${slug}/events${query}`, headers).then((connection) => {
        open.push(connection);
        return connection;
      });

    before(async () => {
      server = await startTestServer({ database, env: LIVE_ENV });
      await createCampaign(server.db, {
        slug: 'live-milestone',
        title: 'Live milestone',
        goal: 10,
        signatureMode: 'immediate',
        milestones: [2],
      });
      await createCampaign(server.db, { slug: 'live-burst', title: 'Burst', goal: 1000, signatureMode: 'immediate' });
    });
    after(async () => {
      for (const connection of open) connection.close();
      await server.close();
    });

    test('the stream has no-buffering headers, a retry hint, the current count first, and heartbeats', async () => {
      const stream = await events();
      assert.equal(stream.status, 200);
      assert.match(stream.headers.get('content-type') ?? '', /^text\/event-stream/);
      assert.equal(stream.headers.get('cache-control'), 'no-cache, no-transform');
      assert.equal(stream.headers.get('x-accel-buffering'), 'no');
      assert.equal(stream.headers.get('access-control-allow-origin'), '*');
      const first = await stream.next(() => true);
      assert.equal(first.event, 'count');
      assert.match(first.id ?? '', /^\d+$/);
      const petition = (await (await fetch(`${server.url}/v1/campaigns/${SLUG}/petition`)).json()) as { count: number };
      assert.deepEqual(JSON.parse(first.data), { count: petition.count, goal: 10000 });
      assert.ok(stream.raw.startsWith('retry: 3000\n\n'), JSON.stringify(stream.raw.slice(0, 40)));
      await stream.waitForRaw(': heartbeat\n\n', 2000);
      stream.close();
    });

    test('the stream carries the request id and CORS headers every /v1 answer has; an unknown campaign is a 404', async () => {
      const stream = await events(SLUG, { 'X-Request-Id': 'sse-test-1', Origin: 'https://partner.example' });
      assert.equal(stream.status, 200);
      assert.equal(stream.headers.get('x-request-id'), 'sse-test-1');
      assert.equal(stream.headers.get('access-control-allow-origin'), '*');
      assert.match(stream.headers.get('access-control-expose-headers') ?? '', /X-Request-Id/);
      assert.equal(stream.headers.get('connection'), 'keep-alive');
      await stream.next((event) => event.event === 'count');
      stream.close();
      const missing = await fetch(`${server.url}/v1/campaigns/no-such-campaign/events`);
      assert.equal(missing.status, 404);
      assert.match(missing.headers.get('content-type') ?? '', /json/);
      assert.equal(missing.headers.get('access-control-allow-origin'), '*');
      await missing.arrayBuffer();
      // HEAD answers the head at once and opens no stream.
      const subscribers = server.server.live.subscriberCount;
      const head = await fetch(`${server.url}/v1/campaigns/${SLUG}/events`, {
        method: 'HEAD',
        signal: AbortSignal.timeout(3000),
      });
      assert.equal(head.status, 200);
      assert.match(head.headers.get('content-type') ?? '', /^text\/event-stream/);
      assert.equal(await head.text(), '');
      assert.equal(server.server.live.subscriberCount, subscribers);
    });

    test('a signature reaches a subscriber as a new count', async () => {
      const stream = await events();
      const first = await stream.next((event) => event.event === 'count');
      const before = countOf(first);
      const response = await sign(server.url, SLUG, signatureBody());
      assert.equal(response.status, 201);
      await response.arrayBuffer();
      await stream.next(isCount(before + 1));
      stream.close();
    });

    test('a milestone is streamed once, with the time it was reached', async () => {
      const stream = await events('live-milestone');
      await stream.next(isCount(0));
      for (let i = 0; i < 3; i++) {
        const response = await sign(server.url, 'live-milestone', signatureBody());
        assert.equal(response.status, 201);
        await response.arrayBuffer();
      }
      const milestone = await stream.next((event) => event.event === 'milestone');
      const data = v.parse(LiveEventSchemas.milestone, JSON.parse(milestone.data));
      assert.equal(data.count, 2);
      assert.ok(Math.abs(Date.parse(data.reachedAt) - Date.now()) < 60_000);
      await stream.next(isCount(3));
      // The count event carries the milestone's id: resuming from it does not replay it.
      const latest = stream.events.filter((event) => event.event === 'count').at(-1);
      assert.equal(latest?.id, milestone.id);
      assert.equal(stream.events.filter((event) => event.event === 'milestone').length, 1);
      stream.close();
    });

    test('count events are coalesced under a burst of signatures', async () => {
      const stream = await events('live-burst');
      await stream.next(isCount(0));
      const started = Date.now();
      const responses = await Promise.all(
        Array.from({ length: 40 }, () => sign(server.url, 'live-burst', signatureBody())),
      );
      for (const response of responses) {
        assert.equal(response.status, 201);
        await response.arrayBuffer();
      }
      await stream.next(isCount(40), 10_000);
      const elapsed = Date.now() - started;
      const counts = stream.events.filter((event) => event.event === 'count').map(countOf);
      // After the initial count, at most one event per 250 ms window, never going back.
      assert.ok(counts.length - 1 <= Math.ceil(elapsed / 250) + 1, `${counts.length} count events in ${elapsed} ms`);
      assert.ok(counts.length - 1 < 40, `no coalescing: ${counts.length} events`);
      assert.deepEqual(
        counts,
        [...counts].sort((a, b) => a - b),
      );
      stream.close();
    });

    test('a reconnect with Last-Event-ID replays the timeline event it missed, then the count', async () => {
      const stream = await events();
      const first = await stream.next((event) => event.event === 'count');
      stream.close();
      const added = await admin(server.url, server.secretKey, 'POST', `/v1/admin/campaigns/${SLUG}/timeline`, {
        date: '2021-02-01',
        kind: 'news',
        title: 'Missed while away',
      });
      assert.equal(added.status, 201);
      const entry = (await added.json()) as { id: string };

      for (const resume of [
        () => events(SLUG, { 'Last-Event-ID': first.id! }),
        () => events(SLUG, {}, `?lastEventId=${first.id}`),
      ]) {
        const resumed = await resume();
        const timeline = await resumed.next((event) => event.event === 'timeline');
        const data = v.parse(LiveEventSchemas.timeline, JSON.parse(timeline.data));
        assert.equal(data.change, 'added');
        assert.equal(data.change === 'added' ? data.entry.id : null, entry.id);
        assert.ok(Number(timeline.id) > Number(first.id));
        const count = await resumed.next((event) => event.event === 'count');
        assert.equal(count.id, timeline.id);
        assert.ok(resumed.events.indexOf(timeline) < resumed.events.indexOf(count));
        resumed.close();
      }

      // Without Last-Event-ID, nothing old is replayed: the count comes first.
      const fresh = await events();
      const firstFresh = await fresh.next(() => true);
      assert.equal(firstFresh.event, 'count');
      fresh.close();
    });

    test('timeline edits reach live subscribers', async () => {
      const stream = await events();
      await stream.next((event) => event.event === 'count');
      const added = await admin(server.url, server.secretKey, 'POST', `/v1/admin/campaigns/${SLUG}/timeline`, {
        date: '2021-02-02',
        kind: 'action',
        title: 'Live entry',
        url: 'https://example.org/action',
      });
      const entry = (await added.json()) as { id: string };
      const event = await stream.next((item) => item.event === 'timeline');
      assert.deepEqual(JSON.parse(event.data), {
        change: 'added',
        entry: {
          id: entry.id,
          date: '2021-02-02',
          kind: 'action',
          title: 'Live entry',
          body: '',
          url: 'https://example.org/action',
        },
      });
      const removed = await admin(
        server.url,
        server.secretKey,
        'DELETE',
        `/v1/admin/campaigns/${SLUG}/timeline/${entry.id}`,
      );
      assert.equal(removed.status, 204);
      await stream.next((item) => item.event === 'timeline' && JSON.parse(item.data).change === 'deleted');
      stream.close();
    });

    test('a closed connection leaves the hub', async () => {
      for (const connection of open) connection.close();
      await waitUntil(() => server.server.live.subscriberCount === 0);
      const stream = await events();
      await stream.next(() => true);
      assert.equal(server.server.live.subscriberCount, 1);
      stream.close();
      await waitUntil(() => server.server.live.subscriberCount === 0);
    });
  });
}

if (testDatabases.includes('postgres')) {
  describe('two instances on one PostgreSQL', () => {
    let a: TestServer;
    let b: TestServer;
    before(async () => {
      a = await startTestServer({ database: 'postgres', env: LIVE_ENV });
      b = await startTestServer({ sameDatabaseAs: a, env: LIVE_ENV });
    });
    after(async () => {
      await b?.close();
      await a?.close();
    });

    test('a signature taken by A and a timeline entry added on A reach a subscriber of B', async () => {
      const stream = await openSse(`${b.url}/v1/campaigns/${SLUG}/events`);
      try {
        const before = countOf(await stream.next((event) => event.event === 'count'));
        const response = await sign(a.url, SLUG, signatureBody());
        assert.equal(response.status, 201);
        await response.arrayBuffer();
        await stream.next(isCount(before + 1));
        const added = await admin(a.url, a.secretKey, 'POST', `/v1/admin/campaigns/${SLUG}/timeline`, {
          date: '2021-02-03',
          kind: 'news',
          title: 'From instance A',
        });
        assert.equal(added.status, 201);
        const event = await stream.next((item) => item.event === 'timeline');
        assert.equal(JSON.parse(event.data).entry.title, 'From instance A');
      } finally {
        stream.close();
      }
    });
  });
}
