import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { verifyWebhook } from '../src/index.js';

const secret = 'whsec_test-secret';
const body = JSON.stringify({ id: 'e1', type: 'milestone.reached', data: { count: 100 } });
const now = 1_800_000_000;

/** Signs as the server does (apps/server/src/webhooks/signing.ts), with Node's crypto. */
function header(o: { t?: number; key?: string; payload?: string } = {}): string {
  const t = o.t ?? now;
  const mac = createHmac('sha256', o.key ?? secret)
    .update(`${t}.${o.payload ?? body}`)
    .digest('hex');
  return `t=${t},v1=${mac}`;
}

describe('verifyWebhook', () => {
  it('accepts a delivery signed with the secret, as text or bytes', async () => {
    assert.deepEqual(await verifyWebhook({ payload: body, header: header(), secret, now }), {
      valid: true,
      timestamp: now,
    });
    const bytes = new TextEncoder().encode(body);
    assert.equal((await verifyWebhook({ payload: bytes, header: header(), secret, now })).valid, true);
    assert.equal((await verifyWebhook({ payload: bytes.buffer, header: header(), secret, now })).valid, true);
  });

  it('refuses a tampered body', async () => {
    const tampered = body.replace('100', '1000');
    assert.deepEqual(await verifyWebhook({ payload: tampered, header: header(), secret, now }), {
      valid: false,
      reason: 'signature_mismatch',
    });
  });

  it('refuses a signature made with another secret', async () => {
    const result = await verifyWebhook({ payload: body, header: header({ key: 'whsec_other' }), secret, now });
    assert.deepEqual(result, { valid: false, reason: 'signature_mismatch' });
  });

  it('refuses a timestamp outside the tolerance, even with a good signature', async () => {
    const old = header({ t: now - 301 });
    assert.deepEqual(await verifyWebhook({ payload: body, header: old, secret, now }), {
      valid: false,
      reason: 'timestamp_out_of_tolerance',
    });
    assert.equal((await verifyWebhook({ payload: body, header: old, secret, now, toleranceSeconds: 600 })).valid, true);
    const future = header({ t: now + 301 });
    assert.equal((await verifyWebhook({ payload: body, header: future, secret, now })).valid, false);
  });

  it('refuses a signature moved to another timestamp', async () => {
    const mac = header().split('v1=')[1];
    const moved = `t=${now + 10},v1=${mac}`;
    assert.equal((await verifyWebhook({ payload: body, header: moved, secret, now })).valid, false);
  });

  it('reads missing and malformed headers as invalid, without throwing', async () => {
    assert.deepEqual(await verifyWebhook({ payload: body, header: null, secret, now }), {
      valid: false,
      reason: 'missing_header',
    });
    for (const bad of ['nonsense', `t=${now}`, 'v1=abc', `t=soon,v1=${'0'.repeat(64)}`]) {
      assert.deepEqual(await verifyWebhook({ payload: body, header: bad, secret, now }), {
        valid: false,
        reason: 'malformed_header',
      });
    }
    const short = `t=${now},v1=abcd`;
    assert.deepEqual(await verifyWebhook({ payload: body, header: short, secret, now }), {
      valid: false,
      reason: 'signature_mismatch',
    });
  });

  it('accepts any one of several v1 signatures (a secret being rotated)', async () => {
    const good = header().split('v1=')[1];
    const both = `t=${now},v1=${'0'.repeat(64)},v1=${good}`;
    assert.equal((await verifyWebhook({ payload: body, header: both, secret, now })).valid, true);
  });
});
