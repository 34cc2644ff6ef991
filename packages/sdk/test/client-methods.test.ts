import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { routes } from '@placard/contract';
import { SEED_SLUG, sampleRepresentatives, seedCampaign, seedPetition, seedTimeline } from '@placard/contract/fixtures';
import { createClient, type PlacardClient } from '../src/index.js';
import { type ApiServer, sendJson, startApiServer } from './support/api-server.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const signatureResult = { signature: { status: 'counted' }, petition: { count: 6001, goal: 10000 } };
const messageResult = {
  message: { id: 'msg-1', status: 'pending_confirmation' },
  mp: sampleRepresentatives[0]?.mp,
  testMode: true,
};

// The contract's route table is where a route's method and path are written: every request
// a client method sends must be one of its routes, and every route a browser may call (not
// the admin API, not the live stream, which live.test.ts covers) must have a client method.
const publicRoutes = Object.entries(routes)
  .filter(([, route]) => route.auth !== 'secret' && !('stream' in route))
  .map(([name, route]) => ({
    name,
    method: route.method,
    pattern: new RegExp(`^${route.path.replace(/\{\w+\}/g, '[^/]+')}$`),
  }));
const exercised = new Set<string>();

describe('client methods', () => {
  let server: ApiServer;
  let client: PlacardClient;
  // What the next request should be answered with: status and body.
  let answer: { status: number; body: unknown };

  before(async () => {
    server = await startApiServer((_request, res) => sendJson(res, answer.status, answer.body));
    client = createClient({ baseUrl: `${server.url}/`, publishableKey: 'pk_test_demo', retry: 0 });
  });
  after(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });
  afterEach(() => {
    for (const request of server.requests) {
      const path = new URL(request.url, server.url).pathname;
      const route = publicRoutes.find(
        (candidate) => candidate.method === request.method && candidate.pattern.test(path),
      );
      assert.ok(route, `${request.method} ${path} is not a route of the contract's table`);
      exercised.add(route.name);
    }
  });

  const lastRequest = () => {
    assert.equal(server.requests.length, 1, 'exactly one request');
    return server.requests[0]!;
  };

  it('reports its base URL without a trailing slash, and test mode from the key', () => {
    assert.equal(client.baseUrl, server.url);
    assert.equal(client.testMode, true);
    assert.equal(createClient({ baseUrl: server.url, publishableKey: 'pk_live_x' }).testMode, false);
    assert.equal(createClient({ baseUrl: server.url }).testMode, false);
  });

  it('campaigns.get reads GET /v1/campaigns/:slug without a key', async () => {
    answer = { status: 200, body: seedCampaign };
    const campaign = await client.campaigns.get(SEED_SLUG);
    assert.deepEqual(campaign, seedCampaign);
    const request = lastRequest();
    assert.equal(request.method, 'GET');
    assert.equal(request.url, '/v1/campaigns/ban-chen-quanguo');
    assert.equal(request.headers.authorization, undefined);
    assert.equal(request.headers['idempotency-key'], undefined);
    assert.equal(request.headers['content-type'], undefined);
    assert.equal(request.headers.accept, 'application/json');
  });

  it('timeline.list sends cursor and limit and returns the page', async () => {
    const page = { entries: seedTimeline.slice(0, 2), nextCursor: 'c2' };
    answer = { status: 200, body: page };
    assert.deepEqual(await client.timeline.list(SEED_SLUG, { cursor: 'c1', limit: 2 }), page);
    const request = lastRequest();
    assert.equal(request.method, 'GET');
    assert.equal(request.url, '/v1/campaigns/ban-chen-quanguo/timeline?cursor=c1&limit=2');
  });

  it('timeline.list sends the contract default limit when none is given', async () => {
    answer = { status: 200, body: { entries: [], nextCursor: null } };
    await client.timeline.list(SEED_SLUG);
    assert.equal(lastRequest().url, '/v1/campaigns/ban-chen-quanguo/timeline?limit=20');
  });

  it('petition.get reads GET /v1/campaigns/:slug/petition', async () => {
    answer = { status: 200, body: seedPetition };
    assert.deepEqual(await client.petition.get(SEED_SLUG), seedPetition);
    const request = lastRequest();
    assert.equal(request.method, 'GET');
    assert.equal(request.url, '/v1/campaigns/ban-chen-quanguo/petition');
  });

  it('petition.constituencies and petition.countries read the counts by area, without a key', async () => {
    const byConstituency = {
      constituencies: [
        { code: 'E14001172', name: 'Cities of London and Westminster', count: 12 },
        { code: 'E14001352', name: 'Manchester Central', count: 3 },
      ],
      updatedAt: seedPetition.updatedAt,
    };
    answer = { status: 200, body: byConstituency };
    assert.deepEqual(await client.petition.constituencies(SEED_SLUG), byConstituency);
    const byCountry = { countries: [{ code: 'GB', count: 15 }], updatedAt: seedPetition.updatedAt };
    answer = { status: 200, body: byCountry };
    assert.deepEqual(await client.petition.countries(SEED_SLUG), byCountry);
    assert.deepEqual(
      server.requests.map((request) => [request.method, request.url, request.headers.authorization]),
      [
        ['GET', '/v1/campaigns/ban-chen-quanguo/petition/constituencies', undefined],
        ['GET', '/v1/campaigns/ban-chen-quanguo/petition/countries', undefined],
      ],
    );
  });

  it('petition.constituencies checks the slug before any request, and the answer against the contract', async () => {
    await assert.rejects(() => client.petition.constituencies('Not A Slug'), { code: 'validation_failed' });
    assert.equal(server.requests.length, 0);
    answer = { status: 200, body: { constituencies: [{ code: 'E14001172', count: 1 }], updatedAt: 'x' } };
    await assert.rejects(() => client.petition.constituencies(SEED_SLUG), { code: 'invalid_response' });
    answer = { status: 200, body: { countries: [{ code: 'gb', count: 0 }], updatedAt: seedPetition.updatedAt } };
    await assert.rejects(() => client.petition.countries(SEED_SLUG), { code: 'invalid_response' });
  });

  it('petition.sign posts the normalised signature with key, JSON type and a fresh idempotency key', async () => {
    answer = { status: 201, body: signatureResult };
    const result = await client.petition.sign(SEED_SLUG, {
      name: '  Tenzin Dolma ',
      email: 'tenzin@example.org',
      postcode: 'sw1a1aa',
      consent: { privacy: true },
      source: { utmSource: 'partner-newsletter' },
    });
    assert.deepEqual(result, signatureResult);
    const request = lastRequest();
    assert.equal(request.method, 'POST');
    assert.equal(request.url, '/v1/campaigns/ban-chen-quanguo/signatures');
    assert.equal(request.headers.authorization, 'Bearer pk_test_demo');
    assert.equal(request.headers['content-type'], 'application/json');
    assert.match(String(request.headers['idempotency-key']), UUID);
    assert.deepEqual(JSON.parse(request.body), {
      name: 'Tenzin Dolma',
      email: 'tenzin@example.org',
      postcode: 'SW1A 1AA',
      consent: { privacy: true, updates: false },
      source: { utmSource: 'partner-newsletter' },
      website: '',
    });
  });

  it('petition.sign uses a given idempotency key and a new one per call otherwise', async () => {
    answer = { status: 201, body: signatureResult };
    const input = { name: 'A', email: 'a@example.org', consent: { privacy: true as const } };
    await client.petition.sign(SEED_SLUG, input, { idempotencyKey: 'my-key-1' });
    await client.petition.sign(SEED_SLUG, input);
    await client.petition.sign(SEED_SLUG, input);
    const keys = server.requests.map((request) => request.headers['idempotency-key']);
    assert.equal(keys[0], 'my-key-1');
    assert.match(String(keys[1]), UUID);
    assert.notEqual(keys[1], keys[2]);
  });

  it('petition.sign with idempotencyKey null sends no Idempotency-Key header', async () => {
    answer = { status: 201, body: signatureResult };
    await client.petition.sign(
      SEED_SLUG,
      { name: 'A', email: 'a@example.org', consent: { privacy: true } },
      { idempotencyKey: null },
    );
    assert.equal(lastRequest().headers['idempotency-key'], undefined);
  });

  it('representatives.lookup sends the canonical postcode, URL-encoded, without a key', async () => {
    const representative = sampleRepresentatives[0]!;
    answer = { status: 200, body: representative };
    assert.deepEqual(await client.representatives.lookup({ postcode: ' sw1a1aa ' }), representative);
    const request = lastRequest();
    assert.equal(request.method, 'GET');
    assert.equal(request.url, '/v1/representatives?postcode=SW1A%201AA');
    assert.equal(request.headers.authorization, undefined);
  });

  it('messages.send posts the normalised letter with key and idempotency key', async () => {
    answer = { status: 202, body: messageResult };
    const result = await client.messages.send(SEED_SLUG, {
      postcode: 'm1 1ae',
      name: 'Tenzin Dolma',
      email: ' tenzin@example.org ',
      address: '1 High Street',
      subject: 'Ban Chen Quanguo',
      body: 'Dear MP, please act.',
      consent: { privacy: true, updates: true },
    });
    assert.deepEqual(result, messageResult);
    const request = lastRequest();
    assert.equal(request.method, 'POST');
    assert.equal(request.url, '/v1/campaigns/ban-chen-quanguo/messages');
    assert.equal(request.headers.authorization, 'Bearer pk_test_demo');
    assert.equal(request.headers['content-type'], 'application/json');
    assert.match(String(request.headers['idempotency-key']), UUID);
    assert.deepEqual(JSON.parse(request.body), {
      postcode: 'M1 1AE',
      name: 'Tenzin Dolma',
      email: 'tenzin@example.org',
      address: '1 High Street',
      subject: 'Ban Chen Quanguo',
      body: 'Dear MP, please act.',
      consent: { privacy: true, updates: true },
      website: '',
    });
  });

  it('a write without a publishable key sends no Authorization header', async () => {
    answer = { status: 201, body: signatureResult };
    const keyless = createClient({ baseUrl: server.url, retry: 0 });
    await keyless.petition.sign(SEED_SLUG, { name: 'A', email: 'a@example.org', consent: { privacy: true } });
    assert.equal(lastRequest().headers.authorization, undefined);
  });

  it('getConfirmation reads GET /v1/confirm/:token asking for JSON, with the token URL-encoded', async () => {
    const pending = {
      kind: 'message',
      state: 'pending',
      campaign: { slug: SEED_SLUG, title: 'Ban Chen Quanguo' },
      letter: { mpName: 'Rachel Blake', constituency: 'Cities of London and Westminster', testMode: true },
      expiresAt: '2026-12-13T05:00:00.000Z',
    };
    answer = { status: 200, body: pending };
    assert.deepEqual(await client.getConfirmation('tok/en?1'), pending);
    const request = lastRequest();
    assert.equal(request.method, 'GET');
    assert.equal(request.url, '/v1/confirm/tok%2Fen%3F1');
    assert.equal(request.headers.accept, 'application/json');
  });

  it('confirm POSTs /v1/confirm/:token bare: no body, key, content type or idempotency key', async () => {
    const confirmation = { confirmed: 'signature', status: 'counted' };
    answer = { status: 200, body: confirmation };
    assert.deepEqual(await client.confirm('tok/en?1'), confirmation);
    const request = lastRequest();
    assert.equal(request.method, 'POST');
    assert.equal(request.url, '/v1/confirm/tok%2Fen%3F1');
    assert.equal(request.headers.accept, 'application/json');
    // A CORS simple request: no preflight, whichever page it is sent from.
    assert.equal(request.headers.authorization, undefined);
    assert.equal(request.headers['content-type'], undefined);
    assert.equal(request.headers['idempotency-key'], undefined);
    assert.equal(request.body, '');
  });

  it('uses an injected fetch', async () => {
    const seen: string[] = [];
    const injected = createClient({
      baseUrl: server.url,
      fetch: (input, init) => {
        seen.push((input as Request).url);
        return fetch(input, init);
      },
    });
    answer = { status: 200, body: seedPetition };
    await injected.petition.get(SEED_SLUG);
    assert.deepEqual(seen, [`${server.url}/v1/campaigns/ban-chen-quanguo/petition`]);
  });
});

describe('timeline.pages', () => {
  let server: ApiServer;
  after(() => server.close());

  it('follows nextCursor until the last page', async () => {
    // Three pages of the seed timeline, two entries at a time, cursor = index of the next entry.
    server = await startApiServer((request, res) => {
      const url = new URL(request.url, 'http://x');
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const limit = Number(url.searchParams.get('limit'));
      const entries = seedTimeline.slice(start, start + limit);
      const next = start + limit < 6 ? String(start + limit) : null;
      sendJson(res, 200, { entries, nextCursor: next });
    });
    const client = createClient({ baseUrl: server.url });
    const pages = [];
    for await (const page of client.timeline.pages(SEED_SLUG, { limit: 2 })) pages.push(page);
    assert.equal(pages.length, 3);
    assert.deepEqual(
      pages.flatMap((page) => page.entries.map((entry) => entry.id)),
      seedTimeline.slice(0, 6).map((entry) => entry.id),
    );
    assert.deepEqual(
      server.requests.map((request) => request.url),
      [
        '/v1/campaigns/ban-chen-quanguo/timeline?limit=2',
        '/v1/campaigns/ban-chen-quanguo/timeline?cursor=2&limit=2',
        '/v1/campaigns/ban-chen-quanguo/timeline?cursor=4&limit=2',
      ],
    );
  });

  it('has been called for every route a browser may call (this test runs last)', () => {
    assert.deepEqual(
      publicRoutes.map((route) => route.name).filter((name) => !exercised.has(name)),
      [],
    );
  });
});
