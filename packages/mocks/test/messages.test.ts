import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfirmationSchema, MessageResultSchema } from '@placard/contract';
import { SEED_SLUG, UNKNOWN_POSTCODE } from '@placard/contract/fixtures';
import { MOCK_MP_EMAIL_POSTCODE } from '../src/index.js';
import { API, CAMPAIGN, expectError, LIVE_KEY, letter, mockApi, parsed, postJson } from './harness.js';

const mock = mockApi();
const SEND = `${CAMPAIGN}/messages`;

describe('POST /v1/campaigns/:slug/messages', () => {
  it('with a test key: 202, pending confirmation, the MP, testMode true', async () => {
    const response = await postJson(SEND, letter);
    assert.equal(response.status, 202);
    const result = await parsed(response, MessageResultSchema);
    assert.equal(result.message.status, 'pending_confirmation');
    assert.equal(result.testMode, true);
    assert.equal(result.mp.name, 'Rachel Blake');
    assert.equal(result.mp.email, null, 'a test key works even when the MP has no email');
    const stored = mock.state.messages.find((message) => message.id === result.message.id);
    assert.equal(stored?.status, 'pending_confirmation');
  });

  it('with a live key and an MP without email: 422 mp_email_unavailable naming the contact page', async () => {
    const error = await expectError(await postJson(SEND, letter, { key: LIVE_KEY }), 'mp_email_unavailable', 422);
    assert.match(error.message, /https:\/\/members\.parliament\.uk\/member\/5257\/contact/);
    assert.equal(mock.state.messages.length, 0);
  });

  it('with a live key and an MP with email: 202, testMode false', async () => {
    const response = await postJson(SEND, { ...letter, postcode: MOCK_MP_EMAIL_POSTCODE }, { key: LIVE_KEY });
    assert.equal(response.status, 202);
    const result = await parsed(response, MessageResultSchema);
    assert.equal(result.testMode, false);
    assert.equal(result.message.status, 'pending_confirmation');
    assert.equal(result.mp.email, 'rachel.blake.mp@example.org');
  });

  it('answers 404 postcode_not_found for a postcode no constituency holds', async () => {
    await expectError(await postJson(SEND, { ...letter, postcode: UNKNOWN_POSTCODE }), 'postcode_not_found', 404);
  });

  it('answers 422 validation_failed naming each bad field', async () => {
    const error = await expectError(
      await postJson(SEND, { ...letter, postcode: 'nope', address: '', body: '' }),
      'validation_failed',
      422,
    );
    assert.deepEqual(Object.keys(error.fields ?? {}).sort(), ['address', 'body', 'postcode']);
  });

  it('answers 401 unauthorized without a key', async () => {
    await expectError(await postJson(SEND, letter, { key: null }), 'unauthorized', 401);
  });

  it('answers 404 not_found for an unknown campaign', async () => {
    await expectError(await postJson(`${API}/v1/campaigns/nope/messages`, letter), 'not_found', 404);
  });

  it('answers 409 campaign_closed when the campaign is closed in the state', async () => {
    const entry = mock.state.campaigns.get(SEED_SLUG);
    assert.ok(entry);
    entry.campaign.status = 'closed';
    await expectError(await postJson(SEND, letter), 'campaign_closed', 409);
  });

  it('replays the first answer for a repeated Idempotency-Key and stores one letter', async () => {
    const first = await parsed(await postJson(SEND, letter, { idempotencyKey: 'letter-1' }), MessageResultSchema);
    const replay = await parsed(await postJson(SEND, letter, { idempotencyKey: 'letter-1' }), MessageResultSchema);
    assert.deepEqual(replay, first);
    assert.equal(mock.state.messages.length, 1);
    const conflict = await postJson(SEND, { ...letter, subject: 'Another' }, { idempotencyKey: 'letter-1' });
    await expectError(conflict, 'idempotency_conflict', 409);
  });

  it('pretends success for a filled honeypot and stores nothing', async () => {
    const response = await postJson(SEND, { ...letter, website: 'spam' });
    assert.equal(response.status, 202);
    await parsed(response, MessageResultSchema);
    assert.equal(mock.state.messages.length, 0);
    assert.equal(mock.state.tokens.size, 0);
  });

  it('queues the letter once its confirmation is POSTed', async () => {
    const result = await parsed(await postJson(SEND, letter), MessageResultSchema);
    const token = mock.state.messages.find((message) => message.id === result.message.id)?.confirmToken;
    assert.ok(token);
    const confirmation = await parsed(
      await fetch(`${API}/v1/confirm/${token}`, { method: 'POST' }),
      ConfirmationSchema,
    );
    assert.deepEqual(confirmation, { confirmed: 'message', status: 'queued' });
    assert.equal(mock.state.messages[0]?.status, 'queued');
  });
});
