import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { newIdempotencyKey } from '../src/idempotency-key.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  afterEach(() => {
    // Drops the own property the fallback test set, uncovering Crypto.prototype.randomUUID again.
    delete (crypto as { randomUUID?: unknown }).randomUUID;
  });

  it('is a random v4 UUID', () => {
    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
    assert.equal(keys.size, 50);
    for (const key of keys) assert.match(key, UUID_V4);
  });

  it('is still a random v4 UUID where crypto.randomUUID is missing (a page served over plain http)', () => {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    assert.equal(typeof crypto.randomUUID, 'undefined');
    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
    assert.equal(keys.size, 50);
    for (const key of keys) assert.match(key, UUID_V4);
  });
});
