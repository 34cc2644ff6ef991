import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import vm from 'node:vm';
import { SEED_SLUG, seedPetition } from '@placard/contract/fixtures';
import {
  createClient,
  isPlacardError,
  PlacardContractError,
  PlacardError,
  PlacardHttpError,
  PlacardNetworkError,
  PlacardOriginNotAllowedError,
  PlacardTimeoutError,
  PlacardValidationError,
} from '../src/index.js';
import { type ApiServer, type Handler, sendError, sendJson, startApiServer } from './support/api-server.js';

/** Awaits a promise that must reject and returns the reason. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected a rejection');
}

describe('errors', () => {
  let server: ApiServer;
  let handle: Handler;

  before(async () => {
    server = await startApiServer((request, res) => handle(request, res));
  });
  after(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });

  const client = () => createClient({ baseUrl: server.url, publishableKey: 'pk_test_demo', retry: 0 });

  it('an error envelope becomes a PlacardHttpError with code, message, status and fields', async () => {
    handle = (_request, res) =>
      sendError(res, 422, 'validation_failed', 'Check the form.', { fields: { email: 'Enter an email address.' } });
    const error = await rejection(
      client().petition.sign(SEED_SLUG, { name: 'A', email: 'a@example.org', consent: { privacy: true } }),
    );
    assert.ok(error instanceof PlacardHttpError);
    assert.ok(error instanceof PlacardError);
    assert.equal(error.name, 'PlacardHttpError');
    assert.equal(error.code, 'validation_failed');
    assert.equal(error.message, 'Check the form.');
    assert.equal(error.status, 422);
    assert.deepEqual(error.fields, { email: 'Enter an email address.' });
    assert.equal(error.response?.status, 422);
    assert.equal(error.request?.url, `${server.url}/v1/campaigns/ban-chen-quanguo/signatures`);
    assert.equal(error.request?.method, 'POST');
  });

  it('origin_not_allowed is a PlacardOriginNotAllowedError naming the page origin in a browser', async () => {
    handle = (_request, res) => sendError(res, 403, 'origin_not_allowed', 'This key is not allowed here.');
    const input = { name: 'A', email: 'a@example.org', consent: { privacy: true } };
    const outside = await rejection(client().petition.sign(SEED_SLUG, input));
    assert.ok(outside instanceof PlacardOriginNotAllowedError);
    assert.equal(outside.origin, undefined);
    // As in a page: the SDK reads the page's origin from `location`.
    Object.defineProperty(globalThis, 'location', { value: { origin: 'https://shop.example' }, configurable: true });
    try {
      const inPage = await rejection(client().petition.sign(SEED_SLUG, input));
      assert.ok(inPage instanceof PlacardOriginNotAllowedError);
      assert.ok(isPlacardError(inPage));
      assert.equal(inPage.origin, 'https://shop.example');
      assert.equal(inPage.message, 'This key is not allowed here.');
    } finally {
      Reflect.deleteProperty(globalThis, 'location');
    }
  });

  it('reads retryAfter from the Retry-After header of a rate_limited answer', async () => {
    handle = (_request, res) =>
      sendError(res, 429, 'rate_limited', 'Slow down.', { headers: { 'retry-after': '120' } });
    const error = await rejection(client().petition.get(SEED_SLUG));
    assert.ok(error instanceof PlacardHttpError);
    assert.equal(error.code, 'rate_limited');
    assert.equal(error.retryAfter, 120);
  });

  it('a garbled error body gets a code from its status and a message from the status text', async () => {
    handle = (_request, res) => {
      res.writeHead(503, 'Service Unavailable', { 'content-type': 'text/html' }).end('<h1>down</h1>');
    };
    const error = await rejection(client().campaigns.get(SEED_SLUG));
    assert.ok(error instanceof PlacardHttpError);
    assert.equal(error.code, 'unavailable');
    assert.equal(error.status, 503);
    assert.equal(error.message, 'Service Unavailable');

    handle = (_request, res) => sendJson(res, 500, { error: { code: 'no_such_code', message: 'x' } });
    const internal = await rejection(client().campaigns.get(SEED_SLUG));
    assert.ok(internal instanceof PlacardHttpError);
    assert.equal(internal.code, 'internal_error');
    assert.equal(internal.status, 500);

    handle = (_request, res) => res.writeHead(404).end();
    const missing = await rejection(client().campaigns.get(SEED_SLUG));
    assert.ok(missing instanceof PlacardHttpError);
    assert.equal(missing.code, 'not_found');
  });

  it('a refused connection is a PlacardNetworkError', async () => {
    const closed = await startApiServer((_request, res) => res.end());
    await closed.close();
    const error = await rejection(createClient({ baseUrl: closed.url, retry: 0 }).petition.get(SEED_SLUG));
    assert.ok(error instanceof PlacardNetworkError);
    assert.equal(error.code, 'network_error');
    assert.equal(error.status, undefined);
    assert.ok(error.cause, 'keeps the fetch failure as cause');
    assert.ok(isPlacardError(error));
  });

  it('no answer within timeoutMs is a PlacardTimeoutError', async () => {
    handle = (_request, res) => {
      setTimeout(() => sendJson(res, 200, seedPetition), 500);
    };
    const started = Date.now();
    const error = await rejection(
      createClient({ baseUrl: server.url, retry: 0, timeoutMs: 5000 }).petition.get(SEED_SLUG, { timeoutMs: 50 }),
    );
    assert.ok(error instanceof PlacardTimeoutError);
    assert.equal(error.code, 'timeout');
    assert.ok(Date.now() - started < 400, 'rejects at the timeout, not when the server answers');
  });

  it('a 2xx body that breaks the contract is a PlacardContractError with the issues as cause', async () => {
    handle = (_request, res) => sendJson(res, 200, { ...seedPetition, count: 'many' });
    const error = await rejection(client().petition.get(SEED_SLUG));
    assert.ok(error instanceof PlacardContractError);
    assert.equal(error.code, 'invalid_response');
    assert.equal(error.status, 200);
    assert.ok(Array.isArray(error.cause));
    const issues = error.cause as { path?: { key: unknown }[] }[];
    assert.equal(issues[0]?.path?.[0]?.key, 'count');

    handle = (_request, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"count": ');
    const notJson = await rejection(client().petition.get(SEED_SLUG));
    assert.ok(notJson instanceof PlacardContractError);
    assert.equal(notJson.code, 'invalid_response');
  });

  describe('validation before any request', () => {
    beforeEach(() => {
      handle = (_request, res) => sendJson(res, 500, {});
    });

    const cases: [string, () => Promise<unknown>, Record<string, string>][] = [
      [
        'a bad slug',
        () => client().campaigns.get('Not A Slug'),
        { slug: 'Use lower-case letters, digits and hyphens.' },
      ],
      [
        'a signature without consent or a valid email',
        () => client().petition.sign(SEED_SLUG, { name: 'A', email: 'nope', consent: { privacy: false } } as never),
        {
          email: 'Enter an email address like name@example.org.',
          'consent.privacy': 'Please agree to the privacy notice to continue.',
        },
      ],
      [
        'a letter with a bad postcode and no body',
        () =>
          client().messages.send(SEED_SLUG, {
            postcode: 'nowhere',
            name: 'A',
            email: 'a@example.org',
            address: '1 High St',
            subject: 'Hi',
            body: '   ',
            consent: { privacy: true },
          }),
        { postcode: 'Enter a UK postcode like SW1A 1AA.', body: 'Write your letter.' },
      ],
      [
        'a lookup with a bad postcode',
        () => client().representatives.lookup({ postcode: '12345' }),
        { postcode: 'Enter a UK postcode like SW1A 1AA.' },
      ],
      [
        'a timeline limit out of range',
        () => client().timeline.list(SEED_SLUG, { limit: 0 }),
        { limit: 'Use at least 1.' },
      ],
      ['an empty confirmation token', () => client().confirm(''), { token: 'Missing confirmation token.' }],
      ['an empty token to read', () => client().getConfirmation(''), { token: 'Missing confirmation token.' }],
      [
        'a live subscription to a bad slug',
        async () => client().live('../admin', {}),
        { slug: 'Use lower-case letters, digits and hyphens.' },
      ],
    ];

    for (const [what, call, fields] of cases) {
      it(`rejects ${what} with PlacardValidationError naming the fields, sending nothing`, async () => {
        const error = await rejection(call());
        assert.ok(error instanceof PlacardValidationError, String(error));
        assert.equal(error.code, 'validation_failed');
        assert.deepEqual(error.fields, fields);
        assert.equal(server.requests.length, 0);
      });
    }

    it('rejects (never throws synchronously, never a TypeError) for input of the wrong type', async () => {
      const promise = client().petition.sign(SEED_SLUG, null as never);
      const error = await rejection(promise);
      assert.ok(error instanceof PlacardValidationError);
      const slug = await rejection(client().petition.get(undefined as never));
      assert.ok(slug instanceof PlacardValidationError);
      assert.deepEqual(Object.keys(slug.fields ?? {}), ['slug']);
      assert.equal(server.requests.length, 0);
    });
  });
});

describe('isPlacardError', () => {
  it('recognises every SDK error class', () => {
    for (const ErrorClass of [
      PlacardError,
      PlacardHttpError,
      PlacardNetworkError,
      PlacardTimeoutError,
      PlacardContractError,
      PlacardValidationError,
    ]) {
      assert.equal(isPlacardError(new ErrorClass('internal_error', 'x')), true, ErrorClass.name);
    }
  });

  it('recognises a branded error from another realm, where instanceof fails', () => {
    const foreign = vm.runInNewContext(`
      class PlacardError extends Error {
        get [Symbol.for('placard.error')]() { return true; }
      }
      const error = new PlacardError('Not found');
      error.code = 'not_found';
      error;
    `);
    assert.equal(foreign instanceof PlacardError, false);
    assert.equal(foreign instanceof Error, false);
    assert.equal(isPlacardError(foreign), true);
  });

  it('rejects everything else', () => {
    for (const value of [null, undefined, 'placard', 42, new Error('x'), { code: 'not_found' }]) {
      assert.equal(isPlacardError(value), false, String(value));
    }
    const otherRealmPlain = vm.runInNewContext(`new Error('x')`);
    assert.equal(isPlacardError(otherRealmPlain), false);
  });
});
