import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { SEED_SLUG, seedPetition } from '@placard/contract/fixtures';
import {
  createClient,
  PlacardHttpError,
  PlacardNetworkError,
  PlacardOriginNotAllowedError,
  PlacardTimeoutError,
  type SignatureInput,
} from '../src/index.js';
import { type ApiServer, type Handler, sendError, sendJson, startApiServer } from './support/api-server.js';

const signature: SignatureInput = { name: 'A', email: 'a@example.org', consent: { privacy: true } };
const signatureResult = { signature: { status: 'counted' }, petition: { count: 6001, goal: 10000 } };

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected a rejection');
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('retries', () => {
  let server: ApiServer;
  // Answers in turn, one per request; the last one repeats.
  let answers: Handler[];

  before(async () => {
    server = await startApiServer((request, res) => {
      const answer = answers[Math.min(server.requests.length - 1, answers.length - 1)];
      return answer?.(request, res);
    });
  });
  after(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });

  const unavailable: Handler = (_request, res) => sendError(res, 503, 'unavailable', 'Try again.');
  const petition: Handler = (_request, res) => sendJson(res, 200, seedPetition);
  const signed: Handler = (_request, res) => sendJson(res, 201, signatureResult);
  const client = (retry = {}) =>
    createClient({ baseUrl: server.url, publishableKey: 'pk_test_demo', retry: { backoffMs: 1, ...retry } });

  it('retries a GET on 503 and resolves with the answer that follows', async () => {
    answers = [unavailable, unavailable, petition];
    assert.deepEqual(await client().petition.get(SEED_SLUG), seedPetition);
    assert.equal(server.requests.length, 3);
  });

  it('gives up after `limit` retries and rejects with the last error', async () => {
    answers = [unavailable];
    const error = await rejection(client({ limit: 3 }).petition.get(SEED_SLUG));
    assert.ok(error instanceof PlacardHttpError);
    assert.equal(error.status, 503);
    assert.equal(server.requests.length, 4);
  });

  it('takes a number as the retry limit, and 0 turns retries off', async () => {
    answers = [unavailable];
    const one = createClient({ baseUrl: server.url, retry: 1 });
    assert.ok((await rejection(one.petition.get(SEED_SLUG))) instanceof PlacardHttpError);
    assert.equal(server.requests.length, 2);

    server.requests.length = 0;
    const none = createClient({ baseUrl: server.url, retry: { limit: 0, backoffMs: undefined } });
    assert.ok((await rejection(none.petition.get(SEED_SLUG))) instanceof PlacardHttpError);
    assert.equal(server.requests.length, 1);
  });

  it('retries 408, 429, 500, 502 and 504 too', async () => {
    for (const status of [408, 429, 500, 502, 504]) {
      server.requests.length = 0;
      answers = [(_request, res) => res.writeHead(status).end(), petition];
      assert.deepEqual(await client().petition.get(SEED_SLUG), seedPetition, String(status));
      assert.equal(server.requests.length, 2, String(status));
    }
  });

  it('waits the Retry-After seconds of a 429 before retrying', async () => {
    answers = [
      (_request, res) => sendError(res, 429, 'rate_limited', 'Slow down.', { headers: { 'retry-after': '1' } }),
      petition,
    ];
    const started = Date.now();
    assert.deepEqual(await client().petition.get(SEED_SLUG), seedPetition);
    assert.ok(Date.now() - started >= 950, `waited ${Date.now() - started} ms`);
    assert.equal(server.requests.length, 2);
  });

  it('accepts Retry-After as an HTTP date on a 503', async () => {
    const soon = new Date(Date.now() + 1000).toUTCString();
    answers = [
      (_request, res) => sendError(res, 503, 'unavailable', 'Later.', { headers: { 'retry-after': soon } }),
      petition,
    ];
    assert.deepEqual(await client().petition.get(SEED_SLUG), seedPetition);
    assert.equal(server.requests.length, 2);
  });

  it('does not wait for a Retry-After longer than maxDelayMs: rejects at once with retryAfter', async () => {
    answers = [
      (_request, res) => sendError(res, 429, 'rate_limited', 'Slow down.', { headers: { 'retry-after': '60' } }),
      petition,
    ];
    const started = Date.now();
    const error = await rejection(client({ maxDelayMs: 5000 }).petition.get(SEED_SLUG));
    assert.ok(error instanceof PlacardHttpError);
    assert.equal(error.code, 'rate_limited');
    assert.equal(error.retryAfter, 60);
    assert.equal(server.requests.length, 1);
    assert.ok(Date.now() - started < 1000);
  });

  it('retries a keyed POST with the same Idempotency-Key', async () => {
    answers = [unavailable, unavailable, signed];
    assert.deepEqual(await client().petition.sign(SEED_SLUG, signature), signatureResult);
    assert.equal(server.requests.length, 3);
    const keys = new Set(server.requests.map((request) => request.headers['idempotency-key']));
    assert.equal(keys.size, 1);
    assert.ok([...keys][0]);
    assert.deepEqual(
      server.requests.map((request) => JSON.parse(request.body).name),
      ['A', 'A', 'A'],
    );
  });

  it('retries confirm, a POST that is idempotent by design, without an Idempotency-Key', async () => {
    const confirmed: Handler = (_request, res) => sendJson(res, 200, { confirmed: 'signature', status: 'counted' });
    answers = [unavailable, confirmed];
    assert.deepEqual(await client().confirm('a-token-from-the-email'), { confirmed: 'signature', status: 'counted' });
    assert.deepEqual(
      server.requests.map((request) => [request.method, request.headers['idempotency-key']]),
      [
        ['POST', undefined],
        ['POST', undefined],
      ],
    );
  });

  it('never retries a POST sent with idempotencyKey: null', async () => {
    answers = [unavailable, signed];
    const error = await rejection(client().petition.sign(SEED_SLUG, signature, { idempotencyKey: null }));
    assert.ok(error instanceof PlacardHttpError);
    assert.equal(server.requests.length, 1);
  });

  it('does not retry a 400, 401, 404 or 422', async () => {
    for (const [status, code] of [
      [400, 'invalid_json'],
      [401, 'unauthorized'],
      [404, 'not_found'],
      [422, 'validation_failed'],
    ] as const) {
      server.requests.length = 0;
      answers = [(_request, res) => sendError(res, status, code, 'No.'), signed];
      const error = await rejection(client().petition.sign(SEED_SLUG, signature));
      assert.ok(error instanceof PlacardHttpError);
      assert.equal(error.code, code);
      assert.equal(server.requests.length, 1, String(status));
    }
  });

  it('rejects a keyed write refused with origin_not_allowed at once, typed, without retrying', async () => {
    answers = [
      (_request, res) => sendError(res, 403, 'origin_not_allowed', 'This key is not allowed on https://shop.example.'),
      signed,
    ];
    const error = await rejection(client({ limit: 5 }).petition.sign(SEED_SLUG, signature));
    assert.ok(error instanceof PlacardOriginNotAllowedError);
    assert.ok(error instanceof PlacardHttpError);
    assert.equal(error.name, 'PlacardOriginNotAllowedError');
    assert.equal(error.code, 'origin_not_allowed');
    assert.equal(error.status, 403);
    assert.equal(server.requests.length, 1);
  });

  it('retries after a timeout, with a fresh timeout per attempt', async () => {
    answers = [(_request, res) => void setTimeout(() => sendJson(res, 200, seedPetition), 300), petition];
    assert.deepEqual(await client().petition.get(SEED_SLUG, { timeoutMs: 100 }), seedPetition);
    assert.equal(server.requests.length, 2);

    server.requests.length = 0;
    answers = [(_request, res) => void setTimeout(() => sendJson(res, 200, seedPetition), 300)];
    const error = await rejection(client({ limit: 1 }).petition.get(SEED_SLUG, { timeoutMs: 50 }));
    assert.ok(error instanceof PlacardTimeoutError);
    assert.equal(server.requests.length, 2);
  });

  it('retries network errors', async () => {
    const closed = await startApiServer((_request, res) => res.end());
    await closed.close();
    let attempts = 0;
    const counting = createClient({
      baseUrl: closed.url,
      retry: { limit: 2, backoffMs: 1 },
      fetch: (input, init) => {
        attempts++;
        return fetch(input, init);
      },
    });
    assert.ok((await rejection(counting.petition.get(SEED_SLUG))) instanceof PlacardNetworkError);
    assert.equal(attempts, 3);
  });

  it('a caller abort mid-flight rejects with an AbortError and makes no further attempt', async () => {
    answers = [(_request, res) => void setTimeout(() => sendJson(res, 200, seedPetition), 1000)];
    const controller = new AbortController();
    const pending = client({ limit: 3 }).petition.get(SEED_SLUG, { signal: controller.signal });
    await delay(50);
    controller.abort();
    const error = await rejection(pending);
    assert.ok(error instanceof Error);
    assert.equal(error.name, 'AbortError');
    await delay(100);
    assert.equal(server.requests.length, 1);
  });

  it('a caller abort during the backoff wait stops retrying at once', async () => {
    answers = [unavailable];
    const controller = new AbortController();
    const pending = client({ limit: 3, backoffMs: 2000 }).petition.get(SEED_SLUG, { signal: controller.signal });
    await delay(100);
    const reason = new Error('user left');
    controller.abort(reason);
    const started = Date.now();
    assert.equal(await rejection(pending), reason);
    assert.ok(Date.now() - started < 100);
    await delay(100);
    assert.equal(server.requests.length, 1);
  });

  it('an already aborted signal sends nothing', async () => {
    answers = [petition];
    const error = await rejection(client().petition.get(SEED_SLUG, { signal: AbortSignal.abort() }));
    assert.equal((error as Error).name, 'AbortError');
    assert.equal(server.requests.length, 0);
  });
});
