import { html, type SafeHtml } from '../pages/html.js';

/** Field name → message, in the order the form shows its fields. */
export type FormErrors = [field: string, message: string][];

export const fieldId = (name: string) => `field-${name}`;

export interface FieldOptions {
  name: string;
  label: string;
  value?: string | number | null;
  errors?: FormErrors;
  hint?: string;
  type?: 'text' | 'email' | 'password' | 'number' | 'date' | 'url';
  multiline?: boolean;
  optional?: boolean;
  autocomplete?: string;
}

/** A labelled control with its hint and error tied to it (`aria-describedby`), GOV.UK style. */
export function field(o: FieldOptions): SafeHtml {
  const id = fieldId(o.name);
  const error = o.errors?.find(([name]) => name === o.name)?.[1];
  const describedBy = [o.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const common = html`id="${id}" name="${o.name}"${describedBy ? html` aria-describedby="${describedBy}"` : ''}${
    error ? html` aria-invalid="true"` : ''
  }${o.optional ? '' : html` required`}${o.autocomplete ? html` autocomplete="${o.autocomplete}"` : ''}`;
  const control = o.multiline
    ? html`<textarea ${common}>${o.value ?? ''}</textarea>`
    : html`<input type="${o.type ?? 'text'}" ${common} value="${o.value ?? ''}">`;
  return html`<div class="field"><label for="${id}">${o.label}${o.optional ? ' (optional)' : ''}</label>${
    o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : ''
  }${error ? html`<p class="field-error" id="${id}-error"><span class="visually-hidden">Error:</span> ${error}</p>` : ''}${control}</div>`;
}

/** A set of radio buttons. */
export function choice(o: { name: string; legend: string; value: string; options: [string, string][] }): SafeHtml {
  return html`<fieldset><legend>${o.legend}</legend>${o.options.map(
    ([value, label]) =>
      html`<label class="choice"><input type="radio" name="${o.name}" value="${value}"${
        value === o.value ? html` checked` : ''
      }> ${label}</label>`,
  )}</fieldset>`;
}

/**
 * "There is a problem" at the top of a form that was refused, each error a link
 * to its field; `autofocus` moves focus to it without any script.
 */
export function errorSummary(errors: FormErrors): SafeHtml | '' {
  if (errors.length === 0) return '';
  return html`<div class="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 id="error-summary-title">There is a problem</h2><ul>${errors.map(
    ([name, message]) => html`<li><a href="#${fieldId(name)}">${message}</a></li>`,
  )}</ul></div>`;
}

/** A form field's text from a parsed body (a file upload or a missing field reads as ''). */
export function text(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value.trim() : '';
}
