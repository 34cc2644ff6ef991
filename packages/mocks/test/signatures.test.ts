import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PetitionSchema, SignatureResultSchema } from '@placard/contract';
import { SEED_SLUG } from '@placard/contract/fixtures';
import { API, CAMPAIGN, expectError, LIVE_KEY, mockApi, parsed, postJson, signature } from './harness.js';

const mock = mockApi();
const SIGN = `${CAMPAIGN}/signatures`;

async function petitionCount(): Promise<number> {
  return (await parsed(await fetch(`${CAMPAIGN}/petition`), PetitionSchema)).count;
}

function seedEntry() {
  const entry = mock.state.campaigns.get(SEED_SLUG);
  assert.ok(entry);
  return entry;
}

describe('POST /v1/campaigns/:slug/signatures', () => {
  it('counts a signature at once: 201 counted, and the petition goes up by one', async () => {
    const response = await postJson(SIGN, signature);
    assert.equal(response.status, 201);
    const result = await parsed(response, SignatureResultSchema);
    assert.deepEqual(result, { signature: { status: 'counted' }, petition: { count: 6001, goal: 10000 } });
    assert.equal(await petitionCount(), 6001);
  });

  it('accepts a live key as well as a test key', async () => {
    const result = await parsed(await postJson(SIGN, signature, { key: LIVE_KEY }), SignatureResultSchema);
    assert.equal(result.signature.status, 'counted');
  });

  it('counts the same email once, whatever its case or spacing: already_signed, count unchanged', async () => {
    await postJson(SIGN, signature);
    const again = await postJson(SIGN, { ...signature, email: '  TENZIN@Example.ORG ' });
    assert.equal(again.status, 201);
    const result = await parsed(again, SignatureResultSchema);
    assert.equal(result.signature.status, 'already_signed');
    assert.equal(result.petition.count, 6001);
    assert.equal(await petitionCount(), 6001);
  });

  it('replays the first answer for a repeated Idempotency-Key and counts once', async () => {
    const first = await parsed(await postJson(SIGN, signature, { idempotencyKey: 'key-1' }), SignatureResultSchema);
    await postJson(SIGN, { ...signature, email: 'someone.else@example.org' }); // moves the count on
    const replay = await postJson(SIGN, signature, { idempotencyKey: 'key-1' });
    assert.equal(replay.status, 201);
    assert.deepEqual(await parsed(replay, SignatureResultSchema), first);
    assert.equal(first.signature.status, 'counted', 'the replay is the first answer, not already_signed');
    assert.equal(await petitionCount(), 6002);
  });

  it('refuses the same Idempotency-Key with another body: 409 idempotency_conflict', async () => {
    await postJson(SIGN, signature, { idempotencyKey: 'key-2' });
    const other = await postJson(SIGN, { ...signature, name: 'Someone Else' }, { idempotencyKey: 'key-2' });
    await expectError(other, 'idempotency_conflict', 409);
    assert.equal(await petitionCount(), 6001);
  });

  it('pretends success for a filled honeypot without counting', async () => {
    const response = await postJson(SIGN, { ...signature, website: 'https://spam.example' });
    assert.equal(response.status, 201);
    const result = await parsed(response, SignatureResultSchema);
    assert.equal(result.signature.status, 'counted');
    assert.equal(await petitionCount(), 6000);
    assert.equal(mock.state.signatures.length, 0);
    // The person behind the address can still sign for real.
    assert.equal((await parsed(await postJson(SIGN, signature), SignatureResultSchema)).signature.status, 'counted');
  });

  it('answers 401 unauthorized without a key, or with a key that is not publishable', async () => {
    await expectError(await postJson(SIGN, signature, { key: null }), 'unauthorized', 401);
    await expectError(await postJson(SIGN, signature, { key: 'sk_live_secret' }), 'unauthorized', 401);
    await expectError(await postJson(SIGN, signature, { key: 'pk_other_x' }), 'unauthorized', 401);
    assert.equal(await petitionCount(), 6000);
  });

  it('answers 422 validation_failed naming each bad field', async () => {
    const response = await postJson(SIGN, { name: ' ', email: 'not-an-email', consent: { privacy: false } });
    const error = await expectError(response, 'validation_failed', 422);
    assert.deepEqual(Object.keys(error.fields ?? {}).sort(), ['consent.privacy', 'email', 'name']);
    const postcode = await expectError(
      await postJson(SIGN, { ...signature, postcode: 'XYZ' }),
      'validation_failed',
      422,
    );
    assert.deepEqual(postcode.fields, { postcode: 'Enter a UK postcode like SW1A 1AA.' });
    assert.equal(await petitionCount(), 6000);
  });

  it('accepts a non-UK postcode when the signer names another country', async () => {
    const result = await parsed(
      await postJson(SIGN, { ...signature, postcode: '75001', country: 'fr' }),
      SignatureResultSchema,
    );
    assert.equal(result.signature.status, 'counted');
  });

  it('answers 400 invalid_json, 415 unsupported_media_type and 413 payload_too_large like the server', async () => {
    await expectError(await postJson(SIGN, '{"name": '), 'invalid_json', 400);
    await expectError(
      await postJson(SIGN, signature, { contentType: 'application/x-www-form-urlencoded' }),
      'unsupported_media_type',
      415,
    );
    await expectError(await postJson(SIGN, { ...signature, name: 'x'.repeat(17_000) }), 'payload_too_large', 413);
  });

  it('answers 404 not_found for an unknown campaign', async () => {
    await expectError(await postJson(`${API}/v1/campaigns/nope/signatures`, signature), 'not_found', 404);
  });

  it('answers 409 campaign_closed when the campaign is closed in the state', async () => {
    seedEntry().campaign.status = 'closed';
    await expectError(await postJson(SIGN, signature), 'campaign_closed', 409);
    assert.equal(await petitionCount(), 6000);
  });

  it('adds reachedAt to a milestone when a signature reaches it, and to the goal', async () => {
    const { petition } = seedEntry().campaign;
    petition.milestones.push({ count: 6001, reachedAt: null });
    petition.count = 9999;
    await postJson(SIGN, signature);
    const after = await parsed(await fetch(`${CAMPAIGN}/petition`), PetitionSchema);
    assert.equal(after.count, 10000);
    const reached = after.milestones.filter((milestone) => milestone.reachedAt !== null).map((m) => m.count);
    assert.deepEqual(reached, [3000, 6000, 6001, 10000]);
    assert.equal(after.milestones.at(-1)?.count, 10000);
  });
});

describe('double opt-in', () => {
  it('answers pending_confirmation, counts only on confirm, and confirms once', async () => {
    seedEntry().campaign.signatureMode = 'double_opt_in';
    const result = await parsed(await postJson(SIGN, signature), SignatureResultSchema);
    assert.deepEqual(result, { signature: { status: 'pending_confirmation' }, petition: { count: 6000, goal: 10000 } });
    assert.equal(await petitionCount(), 6000);

    const pending = mock.state.signatures.find((s) => s.email === 'tenzin@example.org');
    assert.equal(pending?.status, 'pending_confirmation');
    const token = pending?.confirmToken;
    assert.ok(token, 'the token is in the state for the test to confirm');
    assert.equal(mock.state.tokens.get(token)?.kind, 'signature');

    const again = await parsed(await postJson(SIGN, signature), SignatureResultSchema);
    // Answered as a new signature (double opt-in does not reveal who signed), and still one row.
    assert.equal(again.signature.status, 'pending_confirmation');
    assert.equal(mock.state.signatures.filter((s) => s.email === 'tenzin@example.org').length, 1);

    const confirmed = await fetch(`${API}/v1/confirm/${token}`, { method: 'POST' });
    assert.equal(confirmed.status, 200);
    assert.deepEqual(await confirmed.json(), { confirmed: 'signature', status: 'counted' });
    assert.equal(await petitionCount(), 6001);
  });
});
