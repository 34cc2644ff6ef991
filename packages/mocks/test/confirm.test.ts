import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfirmationSchema, PetitionSchema, SignatureResultSchema } from '@placard/contract';
import { SEED_SLUG } from '@placard/contract/fixtures';
import { EXPIRED_TOKEN } from '../src/index.js';
import { API, CAMPAIGN, expectError, mockApi, parsed, postJson, signature } from './harness.js';

const mock = mockApi();

/** Signs in double opt-in mode and returns the token the confirmation email would carry. */
async function pendingSignatureToken(): Promise<string> {
  const entry = mock.state.campaigns.get(SEED_SLUG);
  assert.ok(entry);
  entry.campaign.signatureMode = 'double_opt_in';
  await parsed(await postJson(`${CAMPAIGN}/signatures`, signature), SignatureResultSchema);
  const token = mock.state.signatures[0]?.confirmToken;
  assert.ok(token);
  return token;
}

describe('GET /v1/confirm/:token', () => {
  it('confirms a pending signature: counted, and the second time already_confirmed without counting again', async () => {
    const token = await pendingSignatureToken();
    const first = await parsed(await fetch(`${API}/v1/confirm/${token}`), ConfirmationSchema);
    assert.deepEqual(first, { confirmed: 'signature', status: 'counted' });
    const second = await parsed(await fetch(`${API}/v1/confirm/${token}`), ConfirmationSchema);
    assert.deepEqual(second, { confirmed: 'signature', status: 'already_confirmed' });
    const petition = await parsed(await fetch(`${CAMPAIGN}/petition`), PetitionSchema);
    assert.equal(petition.count, 6001);
  });

  it('answers 410 token_expired for the literal token "expired"', async () => {
    await expectError(await fetch(`${API}/v1/confirm/${EXPIRED_TOKEN}`), 'token_expired', 410);
  });

  it('answers 410 token_expired for a real token past its expiry, and does not count', async () => {
    const token = await pendingSignatureToken();
    const record = mock.state.tokens.get(token);
    assert.ok(record);
    record.expiresAt = new Date(Date.now() - 1000).toISOString();
    await expectError(await fetch(`${API}/v1/confirm/${token}`), 'token_expired', 410);
    const petition = await parsed(await fetch(`${CAMPAIGN}/petition`), PetitionSchema);
    assert.equal(petition.count, 6000);
  });

  it('answers 404 token_invalid for a token it never issued', async () => {
    await expectError(await fetch(`${API}/v1/confirm/made-up-token`), 'token_invalid', 404);
  });
});
