import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SEED_SLUG, seedPetition } from '@placard/contract/fixtures';
import { createClient as createBrowserClient } from '../src/browser.js';
import { type ClientOptions, createClient } from '../src/index.js';
import { responseSchemas } from '../src/response-schemas.js';
import { type ApiServer, type Handler, sendJson, startApiServer } from './support/api-server.js';

// A petition whose count is not a number, and a signature result with an unknown status.
const badPetition = { ...seedPetition, count: 'many' };
const badSignatureResult = { signature: { status: 'lost' }, petition: { count: 1, goal: 10 } };
const signature = { name: 'Tenzin Dolma', email: 'tenzin@example.org', consent: { privacy: true } };
const mismatch = { name: 'PlacardContractError', code: 'invalid_response' };

describe('response validation', () => {
  let server: ApiServer;
  let answer: Handler;

  before(async () => {
    server = await startApiServer((request, res) => answer(request, res));
  });
  after(() => server.close());

  const answerWith = (status: number, body: unknown) => {
    answer = (_request, res) => sendJson(res, status, body);
  };
  const options = (extra: Partial<ClientOptions> = {}): ClientOptions => ({ baseUrl: server.url, retry: 0, ...extra });

  it('the browser entry trusts a 2xx body that breaks the contract and returns it as sent', async () => {
    const client = createBrowserClient(options());
    answerWith(200, badPetition);
    assert.deepEqual(await client.petition.get(SEED_SLUG), badPetition);
    answerWith(201, badSignatureResult);
    assert.deepEqual(await client.petition.sign(SEED_SLUG, signature), badSignatureResult);
  });

  it('the browser entry still rejects a body that is not JSON, and still checks input', async () => {
    const client = createBrowserClient(options());
    answer = (_request, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"count": ');
    await assert.rejects(client.petition.get(SEED_SLUG), { ...mismatch, message: /is not JSON/ });
    await assert.rejects(client.campaigns.get('Not A Slug'), { code: 'validation_failed' });
  });

  it('the Node entry rejects a body that breaks the contract with invalid_response', async () => {
    const client = createClient(options());
    answerWith(200, badPetition);
    await assert.rejects(client.petition.get(SEED_SLUG), { ...mismatch, message: /does not match the API contract/ });
    answerWith(201, badSignatureResult);
    await assert.rejects(client.petition.sign(SEED_SLUG, signature), mismatch);
  });

  it('the browser entry checks answers when given responseSchemas', async () => {
    const client = createBrowserClient(options({ validateResponses: responseSchemas }));
    answerWith(200, badPetition);
    await assert.rejects(client.petition.get(SEED_SLUG), mismatch);
    answerWith(200, seedPetition);
    assert.deepEqual(await client.petition.get(SEED_SLUG), seedPetition);
  });

  it('the Node entry trusts answers with validateResponses: false', async () => {
    const client = createClient(options({ validateResponses: false }));
    answerWith(200, badPetition);
    assert.deepEqual(await client.petition.get(SEED_SLUG), badPetition);
  });
});
