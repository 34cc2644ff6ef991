import { expect } from '@open-wc/testing';
import { SessionDraft } from './session-draft.js';

describe('SessionDraft', () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps a value per element and campaign until cleared', () => {
    const draft = new SessionDraft<{ name: string }>('petition-counter', 'a');
    const other = new SessionDraft<{ name: string }>('petition-counter', 'b');
    draft.save({ name: 'Tenzin' });
    expect(draft.load()).to.deep.equal({ name: 'Tenzin' });
    expect(other.load()).to.equal(undefined);
    draft.clear();
    expect(draft.load()).to.equal(undefined);
  });

  it('ignores what it cannot read', () => {
    const draft = new SessionDraft<{ name: string }>('mp-email-form', 'a');
    sessionStorage.setItem(draft.storageKey, '{not json');
    expect(draft.load()).to.equal(undefined);
    sessionStorage.setItem(draft.storageKey, '"a string"');
    expect(draft.load()).to.equal(undefined);
  });

  it('works without storage (blocked or full)', () => {
    const draft = new SessionDraft<{ name: string }>('mp-email-form', 'a');
    const proto = Storage.prototype;
    const original = { get: proto.getItem, set: proto.setItem, remove: proto.removeItem };
    const refuse = () => {
      throw new DOMException('Blocked', 'SecurityError');
    };
    proto.getItem = refuse;
    proto.setItem = refuse;
    proto.removeItem = refuse;
    try {
      expect(() => draft.save({ name: 'x' })).to.not.throw();
      expect(draft.load()).to.equal(undefined);
      expect(() => draft.clear()).to.not.throw();
    } finally {
      proto.getItem = original.get;
      proto.setItem = original.set;
      proto.removeItem = original.remove;
    }
  });
});
