import type { Campaign } from '@placard/contract';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { httpUrl } from '../base/http-url.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { controlId } from './control-id.js';
import type { FieldErrors } from './field-errors.js';
import { describedBy } from './form-fields.js';

export interface ConsentFieldsOptions {
  campaign: Pick<Campaign, 'privacyNotice' | 'privacyUrl'>;
  t: Catalogue;
  errors: FieldErrors;
  privacy: boolean;
  updates: boolean;
  website: string;
  onChange(changes: { privacy?: boolean; updates?: boolean }): void;
  onWebsite(value: string): void;
}

/**
 * The end of both forms: the campaign's privacy notice (plain text, with its
 * link when there is one), the two consent boxes tied to it, and the honeypot.
 */
export function consentFields(o: ConsentFieldsOptions): TemplateResult {
  const { campaign, t } = o;
  const privacyUrl = httpUrl(campaign.privacyUrl);
  return html`<p class="hint privacy-notice" id="privacy-notice">
      ${campaign.privacyNotice}
      ${
        privacyUrl
          ? html`<a href=${privacyUrl} target="_blank" rel="noopener noreferrer"
            >${t.consent.privacyLink}<span class="visually-hidden"> ${t.common.opensInNewTab}</span></a
          >`
          : nothing
      }
    </p>
    ${checkboxField({
      field: 'consent.privacy',
      label: t.consent.privacy,
      checked: o.privacy,
      errors: o.errors,
      describedBy: 'privacy-notice',
      onChange: (privacy) => o.onChange({ privacy }),
    })}
    ${checkboxField({
      field: 'consent.updates',
      label: t.consent.updates,
      checked: o.updates,
      errors: o.errors,
      onChange: (updates) => o.onChange({ updates }),
    })}
    ${honeypotField(o.website, t, o.onWebsite)}`;
}

interface CheckboxOptions {
  field: string;
  label: TemplateResult | string;
  checked: boolean;
  errors: FieldErrors;
  onChange: (checked: boolean) => void;
  describedBy?: string;
}

function checkboxField(options: CheckboxOptions): TemplateResult {
  const id = controlId(options.field);
  const error = options.errors[options.field];
  const errorId = error ? `${id}-error` : undefined;
  return html`<div class="field" part="field">
    ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}
    <div class="check">
      <input
        type="checkbox"
        id=${id}
        name=${options.field}
        part="control"
        aria-describedby=${ifDefined(describedBy(options.describedBy, errorId))}
        aria-invalid=${error ? 'true' : 'false'}
        .checked=${options.checked}
        @change=${(event: Event) => options.onChange((event.target as HTMLInputElement).checked)}
      />
      <label for=${id}>${options.label}</label>
    </div>
  </div>`;
}

/**
 * The bot trap: a field people never see or reach. Filled in, the server
 * pretends to accept the submission and drops it.
 */
function honeypotField(value: string, t: Catalogue, onInput: (value: string) => void): TemplateResult {
  return html`<div class="honeypot" aria-hidden="true">
    <label for="field-website">${t.common.honeypotLabel}</label>
    <input
      id="field-website"
      name="website"
      type="text"
      tabindex="-1"
      autocomplete="off"
      .value=${value}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
    />
  </div>`;
}
