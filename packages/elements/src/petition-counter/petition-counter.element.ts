import type { Campaign, CountEvent, MilestoneEvent } from '@placard/contract';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { IntentLoader } from '../base/intent-loader.js';
import { PlacardElement } from '../base/placard-element.js';
import { widgetFrame } from '../base/widget-frame.js';
import type { FirstViewActions } from '../first-view/first-view-registry.js';
import { LiveAnnouncer } from '../live-region/live-announcer.js';
import { CountAnimation } from './count-animation.js';
import { counterView } from './counter-view.js';
import { petitionCounterSheets } from './petition-counter.styles.js';
import type { SigningForm } from './signing-form.js';

/**
 * A petition's live count with progress towards its goal, the milestones
 * reached, and an inline form to sign it.
 *
 * @summary Live petition counter and signing form.
 *
 * @attr campaign - The campaign's slug. Optional inside `<placard-campaign>`.
 * @attr api - API origin; defaults to `Placard.config.api`, then the page's origin.
 * @attr key - Publishable key; defaults to `Placard.config.key`.
 * @attr lang - Language of the widget; defaults to the closest `[lang]`, `Placard.config.locale`, `<html lang>`.
 * @attr theme - `light` or `dark`; by default follows the reader's colour-scheme preference.
 * @attr goal - Shows progress towards this number instead of the campaign's goal.
 * @attr display-only - Shows the counter without the form.
 * @attr compact - A smaller counter; the form opens from a button.
 * @attr show-area-count - After a signature with a UK postcode, the thank-you also says how many people in the supporter's constituency have signed (the postcode is looked up with the API's representatives lookup; nothing is added to the signature).
 *
 * @prop {number | undefined} goal
 * @prop {boolean} displayOnly
 * @prop {boolean} compact
 * @prop {boolean} showAreaCount
 *
 * @fires placard-signed - `{ campaign, status, count }` after a signature is accepted.
 * @fires placard-error - `{ campaign, code, status? }` when the widget shows an error.
 *
 * @slot - No-JS fallback content (e.g. a link to the petition), shown only until the widget loads.
 *
 * @csspart base - The widget’s outer box.
 * @csspart loading - The placeholder shown while loading.
 * @csspart counter - The count, progress and milestones.
 * @csspart count - The count line.
 * @csspart number - The number itself.
 * @csspart progress - The native `<progress>` bar.
 * @csspart milestones - The list of milestones reached.
 * @csspart celebration - The message shown when a milestone is crossed live.
 * @csspart form - The signing form.
 * @csspart field - Each label + control group.
 * @csspart control - Each input, select or textarea.
 * @csspart submit - The submit button.
 * @csspart error-summary - The list of problems shown on submit.
 * @csspart error - Error notices.
 * @csspart open-form - The button that opens the form: in compact mode, and until the form's code has arrived.
 * @csspart closed - The notice shown instead of the form when the petition is closed.
 * @csspart offline - The notice that a signature is waiting for the connection to return.
 * @csspart result - The thank-you or check-your-email panel.
 * @csspart area-count - The line of the thank-you with the count in the supporter's constituency (`show-area-count`).
 * @csspart share - The share links.
 * @csspart share-link - Each share link.
 * @csspart copy-link - The copy-link button.
 *
 * @cssprop --placard-color-text - Text colour.
 * @cssprop --placard-color-muted - Secondary text.
 * @cssprop --placard-color-surface - Background.
 * @cssprop --placard-color-subtle - Background of notices and the progress track.
 * @cssprop --placard-color-border - Control borders.
 * @cssprop --placard-color-accent - Buttons and the progress bar.
 * @cssprop --placard-color-accent-text - Text on accent.
 * @cssprop --placard-color-error - Errors.
 * @cssprop --placard-color-success - Confirmations.
 * @cssprop --placard-color-focus - Focus ring.
 * @cssprop --placard-radius - Corner radius.
 * @cssprop --placard-space - Base spacing.
 * @cssprop --placard-min-height - Space reserved while loading.
 */
export class PetitionCounterElement extends PlacardElement {
  static override styles = petitionCounterSheets;

  /**
   * Minimum time between two count announcements to screen readers (tests shorten it).
   * @internal
   */
  static announceIntervalMs = 10_000;

  @property({ type: Number }) goal?: number;
  @property({ type: Boolean, attribute: 'display-only' }) displayOnly = false;
  @property({ type: Boolean }) compact = false;
  @property({ type: Boolean, attribute: 'show-area-count' }) showAreaCount = false;

  @state() private celebrating: number | undefined;
  @state() private formOpen = false;

  private readonly announcer = new LiveAnnouncer(this, () => PetitionCounterElement.announceIntervalMs);
  private readonly countAnimation = new CountAnimation(this);
  /** The signing form, once its code has arrived. */
  private signing: SigningForm | undefined;
  private readonly signingCode = new IntentLoader(
    this,
    () => this.loadSigningForm(),
    // Not for a counter that never shows the form.
    () => !this.displayOnly && this.store?.campaign?.status !== 'closed',
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const count = this.store?.petition?.count;
    if (count !== undefined) {
      if (this.countAnimation.value === undefined) {
        this.announcer.baseline(this.locale.t.petition.signatures(count, this.locale.format));
      }
      this.countAnimation.to(count);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The first view is on screen: the form may now load when near view or idle.
    if (!this.displayOnly && this.store?.loadState === 'ready') this.signingCode.arm();
  }

  protected override liveCount(event: CountEvent, previous: number | undefined): void {
    if (event.count === previous) return;
    this.announcer.announceThrottled(this.locale.t.petition.signatures(event.count, this.locale.format));
  }

  protected override liveMilestone(event: MilestoneEvent): void {
    this.celebrating = event.count;
    this.announcer.announce(this.locale.t.petition.celebration(event.count, this.locale.format));
  }

  protected override tookOver(done: FirstViewActions): void {
    if (done.early === 'open-form') void this.openForm();
  }

  protected override renderWidget(): TemplateResult {
    const body = this.withCampaign(this.compact ? 2 : 4, (campaign) => this.renderCounter(campaign));
    return widgetFrame(this.locale.speech, body, this.announcer.render());
  }

  private renderCounter(campaign: Campaign): TemplateResult {
    const closed = campaign.status === 'closed';
    const signing = this.signing;
    const formShown = signing && (signing.signed || (!closed && (this.formOpen || !this.compact)));
    return counterView({
      t: this.locale.t,
      format: this.locale.format,
      petition: campaign.petition,
      closed,
      goal: this.goal,
      shown: this.countAnimation.value ?? campaign.petition.count,
      celebrating: this.celebrating,
      compact: this.compact,
      displayOnly: this.displayOnly,
      form: formShown ? signing.render(campaign) : undefined,
      formPending: !signing && !this.displayOnly && !this.compact && !closed,
      onOpenForm: this.openForm,
    });
  }

  private readonly openForm = async (): Promise<void> => {
    this.formOpen = true;
    try {
      const signing = await this.signingCode.ready();
      await signing.focusFirstField();
    } catch {
      // The code could not be fetched: the button stays, and the next press retries.
    }
  };

  private async loadSigningForm(): Promise<SigningForm> {
    const { SigningForm, signingFormStyles } = await import('./signing-form.js');
    this.adoptLateStyles(signingFormStyles);
    const root = this.renderRoot;
    const hadFocus = root instanceof ShadowRoot && root.activeElement?.matches('.open-form') === true;
    this.signing = new SigningForm(this, {
      store: () => this.store,
      t: () => this.locale.t,
      format: () => this.locale.format,
      lang: () => this.locale.lang,
      showAreaCount: () => this.showAreaCount,
      announcer: this.announcer,
      reportError: (error) => this.reportError(error),
      focusAfterRender: (selector) => this.focusAfterRender(selector),
    });
    this.requestUpdate();
    // The call to action the supporter was on is about to become the form: follow it in.
    if (hadFocus && !this.compact) void this.signing.focusFirstField();
    return this.signing;
  }
}
