import { defineElement } from '../define.js';
import { MpEmailFormElement } from './mp-email-form.element.js';

defineElement('mp-email-form', MpEmailFormElement);

declare global {
  interface HTMLElementTagNameMap {
    'mp-email-form': MpEmailFormElement;
  }
}
