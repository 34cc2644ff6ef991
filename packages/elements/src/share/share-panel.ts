import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Catalogue } from '../i18n/catalogue.js';
import type { LiveAnnouncer } from '../live-region/live-announcer.js';
import { shareLinks } from './share-links.js';

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment; updateComplete: Promise<boolean> };

/**
 * "Ask others to join in": copy the link (Clipboard API, or a selected text
 * box to copy from where the API is refused) and plain share links.
 */
export class SharePanel implements ReactiveController {
  copyState: 'idle' | 'copied' | 'manual' = 'idle';
  readonly #host: Host;
  readonly #announcer: LiveAnnouncer;

  constructor(host: Host, announcer: LiveAnnouncer) {
    this.#host = host;
    this.#announcer = announcer;
    host.addController(this);
  }

  hostConnected(): void {}

  async copy(url: string, t: Catalogue): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.copyState = 'copied';
      this.#announcer.announce(t.share.copied);
      this.#host.requestUpdate();
    } catch {
      this.copyState = 'manual';
      this.#host.requestUpdate();
      await this.#host.updateComplete;
      const field = this.#host.renderRoot.querySelector<HTMLInputElement>('#share-url');
      field?.focus();
      field?.select();
    }
  }

  render(url: string, title: string, t: Catalogue): TemplateResult {
    const links = shareLinks(url, title, t.share.text(title));
    const external = (href: string, label: string, name: string) =>
      html`<li>
        <a href=${href} part="share-link" data-share=${name} target="_blank" rel="noopener noreferrer"
          >${label}<span class="visually-hidden"> ${t.common.opensInNewTab}</span></a
        >
      </li>`;
    return html`<section class="share" part="share" aria-labelledby="share-heading">
      <h3 id="share-heading">${t.share.heading}</h3>
      <ul class="share-links">
        <li>
          <button type="button" class="secondary" part="copy-link" @click=${() => this.copy(url, t)}>
            ${t.share.copyLink}
          </button>
          ${this.copyState === 'copied' ? html`<span class="copied" aria-hidden="true">✓ ${t.share.copied}</span>` : nothing}
        </li>
        <li><a href=${links.email} part="share-link" data-share="email">${t.share.email}</a></li>
        ${external(links.whatsapp, t.share.whatsapp, 'whatsapp')} ${external(links.x, t.share.x, 'x')}
        ${external(links.facebook, t.share.facebook, 'facebook')}
      </ul>
      ${
        this.copyState === 'manual'
          ? html`<div class="field">
            <label for="share-url">${t.share.copyFallback}</label>
            <input id="share-url" type="text" readonly .value=${url} />
          </div>`
          : nothing
      }
    </section>`;
  }
}
