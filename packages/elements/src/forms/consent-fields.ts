import type { Campaign } from '@placard/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { httpUrl } from '../base/http-url.js';
import type { Catalogue } from '../i18n/catalogue.js';
import type { FieldErrors } from './field-errors.js';
import { checkboxField, honeypotField } from './form-fields.js';

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
