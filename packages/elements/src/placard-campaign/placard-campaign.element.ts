import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { campaignContext } from '../context/campaign-context.js';
import { type CampaignAddress, resolveCampaignAddress, sameAddress } from '../store/campaign-address.js';
import { type CampaignStore, campaignStoreFor } from '../store/campaign-store.js';
import { VERSION } from '../version.js';

/**
 * Names the campaign once for every widget inside it, which then share one
 * store: one campaign request and one live connection. Widgets may still set
 * their own `campaign`, `api` or `key`; those win.
 *
 * @summary Provides a campaign to the widgets inside it.
 *
 * @attr campaign - The campaign's slug.
 * @attr api - API origin; defaults to `Placard.config.api`, then the page's origin.
 * @attr key - Publishable key; defaults to `Placard.config.key`.
 *
 * @slot - The widgets (and any other content).
 */
export class PlacardCampaignElement extends LitElement {
  /**
   * The package version that defined the tag, for the duplicate-definition check (define.ts).
   * @internal
   */
  static readonly placardVersion: string = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  @property() campaign?: string;
  @property() api?: string;
  @property() key?: string;

  readonly #provider = new ContextProvider(this, { context: campaignContext });
  #address: CampaignAddress | undefined;
  #unsubscribe: (() => void) | undefined;

  /**
   * The store the widgets inside share, once a campaign is named.
   * @internal
   */
  get store(): CampaignStore | undefined {
    return this.#provider.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the first render: children upgrading right after ask at once.
    this.#provide();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#address = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#provide();
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }

  #provide(): void {
    const address = resolveCampaignAddress(this);
    if (sameAddress(address, this.#address) && (this.#unsubscribe || !address)) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#address = address;
    const store = address ? campaignStoreFor(address) : undefined;
    // Holding a subscription keeps the shared store alive while widgets come and go.
    if (store) this.#unsubscribe = store.subscribe({});
    this.#provider.setValue(store as CampaignStore, true);
  }
}
