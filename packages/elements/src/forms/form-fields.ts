import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { controlId } from './control-id.js';
import type { FieldErrors } from './field-errors.js';

/** An `aria-describedby` value from the ids given, or none. */
export const describedBy = (...ids: (string | false | undefined)[]): string | undefined =>
  ids.filter(Boolean).join(' ') || undefined;

/** The autofill tokens the forms use (lit-analyzer checks bindings against the HTML spec's list). */
export type AutofillToken = 'name' | 'email' | 'postal-code' | 'street-address' | 'off';

export interface TextFieldOptions {
  field: string;
  label: string;
  value: string;
  errors: FieldErrors;
  onInput: (value: string) => void;
  type?: 'text' | 'email';
  autocomplete: AutofillToken;
  hint?: string;
  optional?: string;
  multiline?: boolean;
  inputmode?: 'text' | 'email';
}

/** A labelled text control with its hint and error tied to it for assistive technology. */
export function textField(options: TextFieldOptions): TemplateResult {
  const id = controlId(options.field);
  const error = options.errors[options.field];
  const hintId = options.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const input = (event: Event) => options.onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const control = options.multiline
    ? html`<textarea
        id=${id}
        name=${options.field}
        part="control"
        autocomplete=${options.autocomplete}
        aria-describedby=${ifDefined(describedBy(hintId, errorId))}
        aria-invalid=${error ? 'true' : 'false'}
        ?required=${!options.optional}
        .value=${options.value}
        @input=${input}
      ></textarea>`
    : html`<input
        id=${id}
        name=${options.field}
        part="control"
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete}
        inputmode=${ifDefined(options.inputmode)}
        aria-describedby=${ifDefined(describedBy(hintId, errorId))}
        aria-invalid=${error ? 'true' : 'false'}
        ?required=${!options.optional}
        .value=${options.value}
        @input=${input}
      />`;
  return html`<div class="field" part="field">
    <label for=${id}>${options.label}${options.optional ? html` <span class="hint">${options.optional}</span>` : nothing}</label>
    ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing}
    ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}
    ${control}
  </div>`;
}

/**
 * The list of problems at the top of a form, focused on submit; each links to
 * its field (links are handled here because `#id` cannot reach into a shadow root).
 */
export function errorSummary(
  errors: FieldErrors,
  order: readonly string[],
  t: Pick<Catalogue, 'common'>,
  focusField: (field: string) => void,
): TemplateResult | typeof nothing {
  const fields = Object.keys(errors).sort((a, b) => rank(order, a) - rank(order, b));
  if (fields.length === 0) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
    <h3 id="error-summary-title">${t.common.errorSummaryTitle}</h3>
    <ul>
      ${fields.map(
        (field) =>
          html`<li>
            <a
              href="#${controlId(field)}"
              @click=${(event: Event) => {
                event.preventDefault();
                focusField(field);
              }}
              >${errors[field]}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

function rank(order: readonly string[], field: string): number {
  const index = order.indexOf(field);
  return index === -1 ? order.length : index;
}
