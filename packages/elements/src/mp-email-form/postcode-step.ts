import { html, type nothing, type TemplateResult } from 'lit/html.js';
import type { FieldErrors } from '../forms/field-errors.js';
import { errorSummary, textField } from '../forms/form-fields.js';
import type { Catalogue, CatalogueBasics } from '../i18n/catalogue.js';
import type { Format } from '../i18n/format.js';

/** What the postcode step shows and does. */
export interface PostcodeStepView {
  t: Pick<Catalogue, 'letter' | 'common'>;
  format: Format<CatalogueBasics>;
  postcode: string;
  errors: FieldErrors;
  /** Looking the MP up (or waiting for the code that does). */
  busy: boolean;
  /** A failure to show above the field, if any. */
  notice: TemplateResult | typeof nothing;
  onInput(postcode: string): void;
  onSubmit(event: Event): void;
  focusField(field: string): void;
}

/**
 * Step 1, the MP form's first view: one template, rendered by the element while
 * the rest of the form's code is on its way and by the letter steps once it has
 * arrived. Being the same template, Lit keeps the same DOM across the hand-over,
 * so a supporter already typing keeps their focus, caret and text.
 */
export function postcodeStep(v: PostcodeStepView): TemplateResult {
  const t = v.t;
  return html`<p class="step-count" part="step-count">${t.letter.step(1, 3, v.format)}</p>
    <form part="form" novalidate aria-labelledby="step-heading" @submit=${v.onSubmit}>
      <h2 id="step-heading" tabindex="-1">${t.letter.postcodeHeading}</h2>
      ${errorSummary(v.errors, ['postcode'], t, v.focusField)} ${v.notice}
      ${textField({
        field: 'postcode',
        label: t.letter.postcode,
        hint: t.letter.postcodeHint,
        value: v.postcode,
        errors: v.errors,
        autocomplete: 'postal-code',
        onInput: v.onInput,
      })}
      <div class="actions">
        <button type="submit" part="submit" aria-disabled=${v.busy ? 'true' : 'false'}>
          ${v.busy ? t.letter.finding : t.letter.findMp}
        </button>
      </div>
    </form>`;
}
