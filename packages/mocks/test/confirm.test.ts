import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ConfirmationSchema,
  MessageResultSchema,
  PendingConfirmationSchema,
  PetitionSchema,
  SignatureResultSchema,
} from '@placard/contract';
import { SEED_SLUG } from '@placard/contract/fixtures';
import { EXPIRED_TOKEN } from '../src/index.js';
import { API, CAMPAIGN, expectError, letter, mockApi, parsed, postJson, signature } from './harness.js';

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

const read = (token: string) => fetch(`${API}/v1/confirm/${token}`);
const confirm = (token: string) => fetch(`${API}/v1/confirm/${token}`, { method: 'POST' });

async function count(): Promise<number> {
  return (await parsed(await fetch(`${CAMPAIGN}/petition`), PetitionSchema)).count;
}

describe('GET /v1/confirm/:token', () => {
  it('describes a pending signature and changes nothing, however often it is read', async () => {
    const token = await pendingSignatureToken();
    for (let i = 0; i < 3; i++) {
      const pending = await parsed(await read(token), PendingConfirmationSchema);
      assert.deepEqual(pending, {
        kind: 'signature',
        state: 'pending',
        campaign: { slug: SEED_SLUG, title: mock.state.campaigns.get(SEED_SLUG)?.campaign.title },
        letter: null,
        expiresAt: mock.state.tokens.get(token)?.expiresAt,
      });
    }
    assert.equal(await count(), 6000);
    assert.equal(mock.state.signatures[0]?.status, 'pending_confirmation');
    assert.equal(mock.state.tokens.get(token)?.confirmedAt, null);
  });

  it('names the MP and constituency of a pending letter, and says confirmed once it is', async () => {
    const result = await parsed(await postJson(`${CAMPAIGN}/messages`, letter), MessageResultSchema);
    const token = mock.state.messages.find((message) => message.id === result.message.id)?.confirmToken;
    assert.ok(token);
    const pending = await parsed(await read(token), PendingConfirmationSchema);
    assert.equal(pending.kind, 'message');
    assert.equal(pending.state, 'pending');
    assert.deepEqual(pending.letter, {
      mpName: result.mp.name,
      constituency: 'Cities of London and Westminster',
      testMode: true,
    });
    assert.equal(mock.state.messages[0]?.status, 'pending_confirmation');
    await parsed(await confirm(token), ConfirmationSchema);
    assert.equal((await parsed(await read(token), PendingConfirmationSchema)).state, 'confirmed');
  });

  it('says expired for a token past its expiry, 410 for the literal "expired" and 404 for one never issued', async () => {
    const token = await pendingSignatureToken();
    const record = mock.state.tokens.get(token);
    assert.ok(record);
    record.expiresAt = new Date(Date.now() - 1000).toISOString();
    assert.equal((await parsed(await read(token), PendingConfirmationSchema)).state, 'expired');
    await expectError(await read(EXPIRED_TOKEN), 'token_expired', 410);
    await expectError(await read('made-up-token'), 'token_invalid', 404);
  });
});

describe('POST /v1/confirm/:token', () => {
  it('confirms a pending signature: counted, and the second time already_confirmed without counting again', async () => {
    const token = await pendingSignatureToken();
    const first = await parsed(await confirm(token), ConfirmationSchema);
    assert.deepEqual(first, { confirmed: 'signature', status: 'counted' });
    const second = await parsed(await confirm(token), ConfirmationSchema);
    assert.deepEqual(second, { confirmed: 'signature', status: 'already_confirmed' });
    assert.equal(await count(), 6001);
  });

  it('answers 410 token_expired for the literal token "expired"', async () => {
    await expectError(await confirm(EXPIRED_TOKEN), 'token_expired', 410);
  });

  it('answers 410 token_expired for a real token past its expiry, and does not count', async () => {
    const token = await pendingSignatureToken();
    const record = mock.state.tokens.get(token);
    assert.ok(record);
    record.expiresAt = new Date(Date.now() - 1000).toISOString();
    await expectError(await confirm(token), 'token_expired', 410);
    assert.equal(await count(), 6000);
  });

  it('answers 404 token_invalid for a token it never issued', async () => {
    await expectError(await confirm('made-up-token'), 'token_invalid', 404);
  });
});
