import { expect, fixture, html } from '@open-wc/testing';
import { defineElement } from './define.js';
import './petition-counter/petition-counter.js';
import { PetitionCounterElement } from './petition-counter/petition-counter.element.js';

function captureWarnings(): { messages: string[]; restore(): void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.join(' '));
  };
  const restore = () => {
    console.warn = original;
  };
  return { messages, restore };
}

describe('defineElement', () => {
  it('does nothing, silently, when the same class is defined again', () => {
    const warnings = captureWarnings();
    try {
      expect(() => defineElement('petition-counter', PetitionCounterElement)).to.not.throw();
      expect(customElements.get('petition-counter')).to.equal(PetitionCounterElement);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('survives a second copy of the same version loaded on the page', async () => {
    const warnings = captureWarnings();
    try {
      // A second evaluation of the define file, as a second script tag would cause.
      const secondCopy = './petition-counter/petition-counter.ts?copy=2';
      await import(/* @vite-ignore */ secondCopy);
      expect(customElements.get('petition-counter')).to.equal(PetitionCounterElement);
      expect(warnings.messages).to.deep.equal([]);
      const el = await fixture(html`<petition-counter></petition-counter>`);
      expect(el).to.be.instanceOf(PetitionCounterElement);
      // A second copy of the class itself: another object, the same version.
      const classCopy = './petition-counter/petition-counter.element.ts?copy=2';
      const { PetitionCounterElement: SecondClass } = (await import(/* @vite-ignore */ classCopy)) as {
        PetitionCounterElement: typeof PetitionCounterElement;
      };
      expect(SecondClass).to.not.equal(PetitionCounterElement);
      expect(() => defineElement('petition-counter', SecondClass)).to.not.throw();
      expect(customElements.get('petition-counter')).to.equal(PetitionCounterElement);
    } finally {
      warnings.restore();
    }
  });

  it('keeps the first definition and warns once when another version comes along', () => {
    class NewerCounter extends PetitionCounterElement {}
    Object.defineProperty(NewerCounter, 'placardVersion', { value: '9.9.9' });
    const warnings = captureWarnings();
    try {
      expect(() => defineElement('petition-counter', NewerCounter)).to.not.throw();
      defineElement('petition-counter', NewerCounter);
      expect(customElements.get('petition-counter')).to.equal(PetitionCounterElement);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('<petition-counter> is already defined by version 0.1.0');
      expect(warnings.messages[0]).to.include('9.9.9');
    } finally {
      warnings.restore();
    }
  });

  it('warns instead of throwing when another script owns the tag or the name is invalid', () => {
    customElements.define('taken-by-someone', class extends HTMLElement {});
    const warnings = captureWarnings();
    try {
      defineElement('taken-by-someone', class extends PetitionCounterElement {});
      expect(() => defineElement('notvalid', class extends PetitionCounterElement {})).to.not.throw();
      expect(warnings.messages[0]).to.include('<taken-by-someone> is already defined by another script');
      expect(warnings.messages[1]).to.include('<notvalid> could not be defined');
    } finally {
      warnings.restore();
    }
  });
});
