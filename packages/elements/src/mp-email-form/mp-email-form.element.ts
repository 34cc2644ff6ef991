import type { Campaign } from '@placard/contract';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { IntentLoader } from '../base/intent-loader.js';
import { PlacardElement } from '../base/placard-element.js';
import { renderLoading } from '../base/status-views.js';
import { widgetFrame } from '../base/widget-frame.js';
import type { FirstViewActions } from '../first-view/first-view-registry.js';
import { LiveAnnouncer } from '../live-region/live-announcer.js';
import { resumesPastFirstStep } from './letter-draft.js';
import type { LetterSteps } from './letter-steps.js';
import { mpEmailFormSheets } from './mp-email-form.styles.js';
import { postcodeStep } from './postcode-step.js';

/**
 * "Email your MP": finds the supporter's MP from their postcode, offers the
 * campaign's letter to edit, and sends it once they confirm their email.
 *
 * @summary Write-to-your-MP form.
 *
 * @attr campaign - The campaign's slug. Optional inside `<placard-campaign>`.
 * @attr api - API origin; defaults to `Placard.config.api`, then the page's origin.
 * @attr key - Publishable key; defaults to `Placard.config.key`. A `pk_test_` key sends letters to the supporter, not the MP.
 * @attr lang - Language of the widget; defaults to the closest `[lang]`, `Placard.config.locale`, `<html lang>`.
 * @attr theme - `light` or `dark`; by default follows the reader's colour-scheme preference.
 *
 * @fires placard-message-sent - `{ campaign, status, testMode, constituency }` once the letter is accepted.
 * @fires placard-error - `{ campaign, code, status? }` when the widget shows an error.
 *
 * @slot - No-JS fallback content, shown only until the widget loads.
 *
 * @csspart base - The widget's outer box.
 * @csspart step-count - "Step 1 of 3".
 * @csspart form - Each step's form.
 * @csspart field - Each label + control group.
 * @csspart control - Each input or textarea.
 * @csspart submit - Each step's main button.
 * @csspart mp - The "Your MP is …" box.
 * @csspart test-mode - The test-mode notice.
 * @csspart error-summary - The list of problems shown on submit.
 * @csspart error - Error notices.
 * @csspart closed - The notice shown when the campaign is closed.
 * @csspart offline - The notice that a letter is waiting for the connection to return.
 * @csspart loading - The placeholder shown while loading.
 * @csspart mp-unavailable - Other ways to reach an MP who publishes no email address.
 * @csspart sent - The "check your email" panel.
 * @csspart share - The share links.
 * @csspart share-link - Each share link.
 * @csspart copy-link - The copy-link button.
 *
 * @cssprop --placard-color-text - Text colour.
 * @cssprop --placard-color-muted - Hints.
 * @cssprop --placard-color-surface - Background.
 * @cssprop --placard-color-subtle - Background of notices.
 * @cssprop --placard-color-border - Control borders.
 * @cssprop --placard-color-accent - Buttons.
 * @cssprop --placard-color-accent-text - Text on accent.
 * @cssprop --placard-color-error - Errors.
 * @cssprop --placard-color-focus - Focus ring.
 * @cssprop --placard-radius - Corner radius.
 * @cssprop --placard-space - Base spacing.
 * @cssprop --placard-min-height - Space reserved while loading.
 */
export class MpEmailFormElement extends PlacardElement {
  static override styles = mpEmailFormSheets;

  /** A postcode typed into the first view before the steps' code arrived. */
  @state() private typed = '';
  /** The supporter asked to find their MP before the code arrived: it runs when it does. */
  @state() private findPending = false;
  /** A draft past the first step: show the loading view until the steps can take it up. */
  @state() private resuming = false;

  private readonly announcer = new LiveAnnouncer(this, () => 0);
  /** The letter steps, once their code has arrived. */
  private letter: LetterSteps | undefined;
  private readonly letterCode = new IntentLoader(
    this,
    () => this.loadLetterSteps(),
    // A closed campaign shows no steps; a resumed draft asks for them itself (ready()).
    () => this.store?.campaign?.status !== 'closed',
  );
  private checkedDraftFor: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const campaign = this.campaignHandle.address?.campaign;
    if (campaign && campaign !== this.checkedDraftFor && !this.letter) {
      this.checkedDraftFor = campaign;
      this.resuming = resumesPastFirstStep(this.localName, campaign);
      if (this.resuming) void this.letterCode.ready().catch(() => {});
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The first view is on screen: the rest may now load when near view or idle.
    if (this.store?.loadState === 'ready') this.letterCode.arm();
  }

  protected override tookOver(done: FirstViewActions): void {
    if (done.typed !== undefined && !this.typed) this.typed = done.typed;
    if (done.early === 'find-mp') void this.find();
  }

  protected override renderWidget(): TemplateResult {
    const body = this.withCampaign(4, (campaign) => this.renderSteps(campaign));
    return widgetFrame(this.locale.speech, body, this.announcer.render());
  }

  private renderSteps(campaign: Campaign): TemplateResult {
    const t = this.locale.t;
    const letter = this.letter;
    if (letter?.sent) return letter.render(campaign);
    if (campaign.status === 'closed') return html`<div class="notice" part="closed"><p>${t.common.closed}</p></div>`;
    if (letter) return letter.render(campaign);
    if (this.resuming) return renderLoading(false, t, 4);
    // Until the steps' code is here, the postcode step already works: typed text is kept,
    // and a press on "Find my MP" runs as soon as the code arrives.
    return postcodeStep({
      t,
      format: this.locale.format,
      postcode: this.typed,
      errors: {},
      busy: this.findPending,
      notice: nothing,
      onInput: (postcode) => {
        this.typed = postcode;
      },
      onSubmit: this.findWhenReady,
      focusField: () => {},
    });
  }

  private readonly findWhenReady = (event: Event): void => {
    event.preventDefault();
    void this.find();
  };

  private async find(): Promise<void> {
    if (this.findPending) return;
    this.findPending = true;
    try {
      const letter = await this.letterCode.ready();
      // The steps take the typed postcode over in the update that follows their arrival.
      await this.updateComplete;
      await letter.findMp();
    } catch {
      // The code could not be fetched: the button works again, and the next press retries.
    } finally {
      this.findPending = false;
    }
  }

  private async loadLetterSteps(): Promise<LetterSteps> {
    const { LetterSteps, letterStepsStyles } = await import('./letter-steps.js');
    this.adoptLateStyles(letterStepsStyles);
    this.letter = new LetterSteps(
      this,
      {
        campaign: () => this.campaignHandle.address?.campaign,
        store: () => this.store,
        t: () => this.locale.t,
        format: () => this.locale.format,
        announcer: this.announcer,
        reportError: (error) => this.reportError(error),
        focusAfterRender: (selector) => this.focusAfterRender(selector),
        postcodeStep,
      },
      this.typed,
    );
    this.resuming = false;
    this.requestUpdate();
    return this.letter;
  }
}
