import { expect } from '@open-wc/testing';
import { SubmissionKey } from './submission-key.js';

describe('SubmissionKey', () => {
  it('reuses the key for the same submission and starts a new one when it changes', () => {
    const key = new SubmissionKey();
    const first = key.for({ name: 'a' });
    expect(key.for({ name: 'a' })).to.equal(first);
    const second = key.for({ name: 'b' });
    expect(second).to.not.equal(first);
    key.reset();
    expect(key.for({ name: 'b' })).to.not.equal(second);
  });

  it('makes keys without crypto.randomUUID (insecure contexts)', () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { configurable: true, value: undefined });
    try {
      expect(new SubmissionKey().for({})).to.match(/^[0-9a-f]{32}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { configurable: true, value: original });
    }
  });
});
