import type { Campaign, CountEvent, MilestoneEvent, TimelineEvent } from '@placard/contract';
import { isPlacardError } from '@placard/sdk';
import {
  adoptStyles,
  type CSSResult,
  LitElement,
  type PropertyValues,
  supportsAdoptingStyleSheets,
  type TemplateResult,
} from 'lit';
import { property } from 'lit/decorators.js';
import { emit } from '../events.js';
import { type FirstView, type FirstViewActions, takeFirstView } from '../first-view/first-view-registry.js';
import { carryFocus } from '../first-view/focus-carry.js';
import { LocaleController } from '../i18n/locale-controller.js';
import type { CampaignStore } from '../store/campaign-store.js';
import { widgetSheets } from '../styles/tokens.js';
import { VERSION } from '../version.js';
import { CampaignController } from './campaign-controller.js';
import { errorCode, loadErrorMessage, warnOriginNotAllowed } from './error-message.js';
import { renderLoadError, renderLoading, renderMissingCampaign } from './status-views.js';

/**
 * What the three widgets share: the campaign attributes, the store found
 * through context or the page config, localisation, theming and events.
 */
export abstract class PlacardElement extends LitElement {
  /**
   * The package version that defined the tag, for the duplicate-definition check (define.ts).
   * @internal
   */
  static readonly placardVersion: string = VERSION;
  static override styles = widgetSheets();
  /** Whether the element shows (and reports) an error when the campaign itself cannot be loaded. */
  protected static showsCampaignErrors = true;

  /** The campaign's slug, e.g. `ban-chen-quanguo`. Optional inside `<placard-campaign>`. */
  @property() campaign?: string;
  /** API origin; defaults to the page config, then the page's own origin. */
  @property() api?: string;
  /** Publishable key (`pk_test_…`/`pk_live_…`); defaults to the page config. */
  @property() key?: string;
  /** Forces the light or dark palette; by default the reader's preference decides. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  protected readonly locale = new LocaleController(this);
  protected readonly campaignHandle = new CampaignController(this, {
    changed: () => this.requestUpdate(),
    count: (event, previous) => this.liveCount(event, previous),
    milestone: (event) => this.liveMilestone(event),
    timeline: (event) => this.liveTimeline(event),
  });

  /** The first view the embed drew before this element's code arrived (first-view/), until the element draws its own. */
  #firstView: FirstView | undefined;
  #reportedErrors = new WeakSet<object>();
  #fallback: boolean | undefined;
  #missingReported = false;

  /**
   * The shared campaign store this element reads (tests and the widgets' own parts).
   * @internal
   */
  get store(): CampaignStore | undefined {
    return this.campaignHandle.store;
  }

  /**
   * Settles once the element has rendered in its final language (for tests).
   * @internal
   */
  get localeReady(): Promise<void> {
    return this.locale.ready;
  }

  /**
   * Whether the element can draw its own first view now (it has the data, or an error
   * to show): until then, a first view drawn by the embed stays on screen rather than
   * give way to a loading placeholder. By default, once the campaign has loaded or failed.
   */
  protected get canDrawFirstView(): boolean {
    return this.store?.loadState !== 'loading';
  }

  /** The widget's own template. */
  protected abstract renderWidget(): unknown;

  /**
   * Called once the element's own view has replaced the embed's first view: carries
   * on with what the supporter did there before the element's code arrived.
   */
  protected tookOver(_actions: FirstViewActions): void {}

  override connectedCallback(): void {
    this.#firstView ??= takeFirstView(this);
    super.connectedCallback();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // LitElement renders before whatever a root already holds (meant for server-rendered
    // DOM). A first view there is a Lit render into this root: the element's renders
    // continue it, so the supporter's focus and the DOM survive the hand-over.
    this.renderOptions.renderBefore = null;
    return root;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const firstView = this.#firstView;
    if (firstView && this.canDrawFirstView) {
      this.#firstView = undefined;
      const refocus = carryFocus(this.renderRoot);
      void this.updateComplete.then(() => {
        refocus();
        this.tookOver(firstView.actions);
      });
    }
  }

  protected override render(): unknown {
    return this.#firstView?.template ?? this.renderWidget();
  }

  protected liveCount(_event: CountEvent, _previous: number | undefined): void {}
  protected liveMilestone(_event: MilestoneEvent): void {}
  protected liveTimeline(_event: TimelineEvent): void {}

  /**
   * True when the page put no-JS fallback content inside the tag. It is shown
   * (through a slot) only while the widget loads, then hidden.
   */
  protected get hasFallback(): boolean {
    this.#fallback ??= [...this.childNodes].some(
      (node) => node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
    );
    return this.#fallback;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const store = this.store;
    const shows = (this.constructor as typeof PlacardElement).showsCampaignErrors;
    if (shows && store?.loadState === 'error') this.reportError(store.error);
    if (this.isConnected && !this.campaignHandle.address && !this.#missingReported) {
      this.#missingReported = true;
      console.warn(`Placard: <${this.localName}> needs a campaign attribute (or a <placard-campaign> around it).`);
      emit(this, 'placard-error', { campaign: '', code: 'missing_campaign' });
    }
  }

  /** Tells the host page about an error the widget shows (once per error). */
  protected reportError(error: unknown): void {
    if (typeof error === 'object' && error !== null) {
      if (this.#reportedErrors.has(error)) return;
      this.#reportedErrors.add(error);
    }
    warnOriginNotAllowed(error);
    const status = isPlacardError(error) ? error.status : undefined;
    emit(this, 'placard-error', {
      campaign: this.campaignHandle.address?.campaign ?? '',
      code: errorCode(error),
      ...(status === undefined ? {} : { status }),
    });
  }

  /**
   * Adds the styles of code that arrived after the element was defined (a form loaded on
   * intent), before the element's own sheet (the last of its `styles`) as if they had been
   * there from the start, so the element's rules still win. Adopting replaces the sheets, so
   * the whole list is given; the <style> fallback of old browsers appends, so it repeats the
   * element's own sheet last.
   */
  protected adoptLateStyles(added: readonly CSSResult[]): void {
    const root = this.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    const element = this.constructor as typeof PlacardElement;
    const styles = [element.styles ?? []].flat(Number.POSITIVE_INFINITY);
    const own = styles.slice(-1);
    adoptStyles(
      root,
      supportsAdoptingStyleSheets
        ? element.finalizeStyles([...styles.slice(0, -1), ...added, ...own])
        : [...added, ...(own as CSSResult[])],
    );
  }

  /**
   * The campaign's view once it has loaded; until then what stands in its place: the
   * missing-campaign notice, the load error with a retry, or the loading placeholder of
   * `lines` lines (the page's fallback content if it gave some).
   */
  protected withCampaign(lines: number, view: (campaign: Campaign) => TemplateResult): TemplateResult {
    const t = this.locale.t;
    const store = this.store;
    if (!store) return renderMissingCampaign(t);
    if (store.loadState === 'error') return renderLoadError(loadErrorMessage(store.error, t), () => store.reload(), t);
    const campaign = store.campaign;
    if (store.loadState === 'loading' || !campaign) return renderLoading(this.hasFallback, t, lines);
    return view(campaign);
  }

  /** Moves focus into the shadow root once the next render is on screen. */
  protected async focusAfterRender(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
