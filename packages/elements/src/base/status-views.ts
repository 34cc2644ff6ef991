import { html, type TemplateResult } from 'lit/html.js';
import type { Catalogue } from '../i18n/catalogue.js';

/**
 * While loading: the page's own fallback content if it gave some (through a
 * slot, so it disappears once the widget renders anything else), otherwise a
 * quiet placeholder of roughly the final height.
 */
export function renderLoading(hasFallback: boolean, t: Catalogue, lines = 3): TemplateResult {
  if (hasFallback) return html`<div class="loading" aria-busy="true"><slot></slot></div>`;
  return html`<div class="loading" aria-busy="true" part="loading">
    <span class="visually-hidden">${t.common.loading}</span>
    ${Array.from({ length: lines }, () => html`<span class="skeleton"></span>`)}
  </div>`;
}

/** An error the supporter can do something about: words and a retry button. */
export function renderLoadError(message: string, retry: () => void, t: Catalogue): TemplateResult {
  return html`<div class="notice error" part="error">
    <p>${message}</p>
    <button type="button" class="secondary" @click=${retry}>${t.common.retry}</button>
  </div>`;
}

/** The widget was placed without a campaign name anywhere. */
export function renderMissingCampaign(t: Catalogue): TemplateResult {
  return html`<div class="notice error" part="error"><p>${t.common.missingCampaign}</p></div>`;
}
