import { defineElement } from '../define.js';
import { PetitionCounterElement } from './petition-counter.element.js';

defineElement('petition-counter', PetitionCounterElement);

declare global {
  interface HTMLElementTagNameMap {
    'petition-counter': PetitionCounterElement;
  }
}
