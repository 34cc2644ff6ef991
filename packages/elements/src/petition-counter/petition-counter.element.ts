import type {
  Campaign,
  CountEvent,
  MilestoneEvent,
  Petition,
  SignatureRequest,
  SignatureStatus,
} from '@placard/contract';
import { SignatureRequestSchema } from '@placard/contract';
import { isPlacardError } from '@placard/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { safeParse } from 'valibot';
import { errorCode, isOffline, loadErrorMessage, writeErrorMessage } from '../base/error-message.js';
import { PlacardElement } from '../base/placard-element.js';
import { renderLoadError, renderLoading, renderMissingCampaign } from '../base/status-views.js';
import { SessionDraft } from '../drafts/session-draft.js';
import { emit } from '../events.js';
import { consentFields } from '../forms/consent-fields.js';
import { type FieldErrors, fieldErrorsFrom } from '../forms/field-errors.js';
import { controlId, errorSummary, textField } from '../forms/form-fields.js';
import { SubmissionKey } from '../forms/submission-key.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { LiveAnnouncer } from '../live-region/live-announcer.js';
import { PendingSubmission } from '../offline/pending-submission.js';
import { pageToShare } from '../share/share-links.js';
import { SharePanel } from '../share/share-panel.js';
import { shareStyles } from '../share/share-styles.js';
import { formStyles } from '../styles/form-styles.js';
import { CountAnimation } from './count-animation.js';
import { countryOptions } from './countries.js';
import { petitionCounterStyles } from './petition-counter.styles.js';
import { signatureSource } from './signature-source.js';

/** What the signing form keeps between reloads (never the honeypot). */
interface SignatureDraft {
  name: string;
  email: string;
  postcode: string;
  country: string;
  privacy: boolean;
  updates: boolean;
}

const EMPTY_DRAFT: SignatureDraft = { name: '', email: '', postcode: '', country: '', privacy: false, updates: false };
const FIELD_ORDER = ['name', 'email', 'postcode', 'country', 'consent.privacy', 'consent.updates'];

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
 *
 * @prop {number | undefined} goal
 * @prop {boolean} displayOnly
 * @prop {boolean} compact
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
 * @csspart open-form - In compact mode, the button that opens the form.
 * @csspart closed - The notice shown instead of the form when the petition is closed.
 * @csspart offline - The notice that a signature is waiting for the connection to return.
 * @csspart result - The thank-you or check-your-email panel.
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
  static override styles = [...PlacardElement.styles, formStyles, shareStyles, petitionCounterStyles];

  /** Minimum time between two count announcements to screen readers. */
  static announceIntervalMs = 10_000;

  @property({ type: Number }) goal?: number;
  @property({ type: Boolean, attribute: 'display-only' }) displayOnly = false;
  @property({ type: Boolean }) compact = false;

  @state() private values: SignatureDraft = { ...EMPTY_DRAFT };
  @state() private website = '';
  @state() private errors: FieldErrors = {};
  @state() private submitting = false;
  @state() private submitError: unknown;
  @state() private result: SignatureStatus | undefined;
  @state() private celebrating: number | undefined;
  @state() private formOpen = false;

  private readonly announcer = new LiveAnnouncer(this, () => PetitionCounterElement.announceIntervalMs);
  private readonly countAnimation = new CountAnimation(this);
  private readonly pending = new PendingSubmission(this);
  private readonly share = new SharePanel(this, this.announcer);
  private readonly submissionKey = new SubmissionKey();
  private draft: SessionDraft<SignatureDraft> | undefined;
  private draftCampaign: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // The country names (~250 Intl.DisplayNames lookups and a collated sort) are the
    // dearest part of the form's first render: work them out while the campaign
    // request is in flight rather than between its answer and the number showing.
    if (!this.displayOnly) setTimeout(() => countryOptions(this.locale.lang));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const campaign = this.campaignHandle.address?.campaign;
    if (campaign && campaign !== this.draftCampaign) {
      this.draftCampaign = campaign;
      this.draft = new SessionDraft<SignatureDraft>('petition-counter', campaign);
      this.values = { ...EMPTY_DRAFT, ...this.draft.load() };
    }
    const count = this.store?.petition?.count;
    if (count !== undefined) {
      if (this.countAnimation.value === undefined) {
        this.announcer.baseline(this.locale.t.petition.signatures(count, this.locale.format));
      }
      this.countAnimation.to(count);
    }
  }

  protected override liveCount(event: CountEvent, previous: number | undefined): void {
    if (event.count === previous) return;
    this.announcer.announceThrottled(this.locale.t.petition.signatures(event.count, this.locale.format));
  }

  protected override liveMilestone(event: MilestoneEvent): void {
    this.celebrating = event.count;
    this.announcer.announce(this.locale.t.petition.celebration(event.count, this.locale.format));
  }

  protected override render(): TemplateResult {
    return html`<div class="root" part="base" lang=${this.locale.lang}>${this.renderBody()}</div>
      ${this.announcer.render()}`;
  }

  private renderBody(): TemplateResult {
    const t = this.locale.t;
    const store = this.store;
    if (!store) return renderMissingCampaign(t);
    if (store.loadState === 'error') return renderLoadError(loadErrorMessage(store.error, t), () => store.reload(), t);
    const campaign = store.campaign;
    if (store.loadState === 'loading' || !campaign) return renderLoading(this.hasFallback, t, this.compact ? 2 : 4);
    return html`${this.renderCounter(campaign.petition, t)}${this.displayOnly ? nothing : this.renderAction(campaign, t)}`;
  }

  private renderCounter(petition: Petition, t: Catalogue): TemplateResult {
    const f = this.locale.format;
    const count = petition.count;
    const shown = this.countAnimation.value ?? count;
    const goal = this.goal && this.goal > 0 ? this.goal : petition.goal;
    const next = petition.milestones
      .map((milestone) => milestone.count)
      .filter((milestone) => milestone > count && milestone < goal)
      .sort((a, b) => a - b)[0];
    const target = next ?? goal;
    const reached = petition.milestones.filter((milestone) => milestone.reachedAt !== null);
    return html`<section class="counter" part="counter">
      <p class="count" part="count">
        <span class="number" part="number">${f.number(shown)}</span>
        <span class="unit">${t.petition.unit(count, f)}</span>
      </p>
      <progress
        part="progress"
        max=${target}
        .value=${Math.min(count, target)}
        aria-label=${t.petition.progressLabel(count, target, f)}
      ></progress>
      <p class="to-go">
        ${count >= goal ? t.petition.goalReached : t.petition.toGo(target - count, target, f)}
        ${next !== undefined ? html`<span class="goal">· ${t.petition.goal(goal, f)}</span>` : nothing}
      </p>
      ${
        this.celebrating !== undefined
          ? html`<p class="celebration" part="celebration">
            <span class="burst" aria-hidden="true"></span>${t.petition.celebration(this.celebrating, f)}
          </p>`
          : nothing
      }
      ${
        !this.compact && reached.length > 0
          ? html`<h3 class="milestones-heading">${t.petition.milestonesHeading}</h3>
            <ul class="milestones" part="milestones">
              ${reached.map(
                (milestone) =>
                  html`<li>
                    <span>${t.petition.signatures(milestone.count, f)}</span>
                    <time datetime=${milestone.reachedAt ?? ''}>${f.date(milestone.reachedAt ?? '')}</time>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </section>`;
  }

  private renderAction(campaign: Campaign, t: Catalogue): TemplateResult {
    if (this.result) return this.renderResult(campaign, this.result, t);
    if (campaign.status === 'closed') {
      return html`<div class="notice" part="closed"><p>${t.petition.closedBody}</p></div>`;
    }
    if (this.compact && !this.formOpen) {
      return html`<button
        type="button"
        class="open-form"
        part="open-form"
        @click=${() => {
          this.formOpen = true;
          void this.focusAfterRender(`#${controlId('name')}`);
        }}
      >
        ${t.petition.signHeading}
      </button>`;
    }
    return this.renderForm(campaign, t);
  }

  private renderForm(campaign: Campaign, t: Catalogue): TemplateResult {
    const f = this.locale.format;
    const values = this.values;
    const set = (patch: Partial<SignatureDraft>) => {
      this.values = { ...this.values, ...patch };
      this.draft?.save(this.values);
    };
    return html`<form class="sign" part="form" novalidate aria-labelledby="sign-heading" @submit=${this.onSubmit}>
      <h2 id="sign-heading">${t.petition.signHeading}</h2>
      ${errorSummary(this.errors, FIELD_ORDER, t, (field) => this.focusField(field))}
      ${
        this.pending.waiting
          ? html`<div class="notice" part="offline" role="status">
            <p>${t.common.offlineQueued}</p>
            <button type="button" class="secondary" @click=${() => this.pending.resendNow()}>${t.common.sendNow}</button>
          </div>`
          : nothing
      }
      ${
        this.submitError !== undefined
          ? html`<div class="notice error" part="error" role="alert">
            <p>${writeErrorMessage(this.submitError, t, f)}</p>
          </div>`
          : nothing
      }
      ${textField({
        field: 'name',
        label: t.petition.name,
        value: values.name,
        errors: this.errors,
        autocomplete: 'name',
        onInput: (name) => set({ name }),
      })}
      ${textField({
        field: 'email',
        label: t.petition.email,
        type: 'email',
        inputmode: 'email',
        value: values.email,
        errors: this.errors,
        autocomplete: 'email',
        onInput: (email) => set({ email }),
      })}
      ${textField({
        field: 'postcode',
        label: t.petition.postcode,
        optional: t.common.optional,
        value: values.postcode,
        errors: this.errors,
        autocomplete: 'postal-code',
        onInput: (postcode) => set({ postcode }),
      })}
      ${this.renderCountry(values.country, t, (country) => set({ country }))}
      ${consentFields({
        campaign,
        t,
        errors: this.errors,
        privacy: values.privacy,
        updates: values.updates,
        website: this.website,
        onChange: (changes) => set(changes),
        onWebsite: (website) => {
          this.website = website;
        },
      })}
      <div class="actions">
        <button type="submit" part="submit" aria-disabled=${this.submitting ? 'true' : 'false'}>
          ${this.submitting ? t.petition.submitting : t.petition.submit}
        </button>
      </div>
    </form>`;
  }

  private renderCountry(value: string, t: Catalogue, onChange: (country: string) => void): TemplateResult {
    const id = controlId('country');
    const error = this.errors.country;
    return html`<div class="field" part="field">
      <label for=${id}>${t.petition.country} <span class="hint">${t.common.optional}</span></label>
      ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}
      <select
        id=${id}
        name="country"
        part="control"
        autocomplete="country"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${value === ''}>${t.petition.countryNotGiven}</option>
        ${countryOptions(this.locale.lang).map(
          (country) => html`<option value=${country.code} ?selected=${value === country.code}>${country.name}</option>`,
        )}
      </select>
    </div>`;
  }

  private renderResult(campaign: Campaign, status: SignatureStatus, t: Catalogue): TemplateResult {
    const f = this.locale.format;
    const [heading, body] =
      status === 'counted'
        ? [t.petition.thanksHeading, t.petition.thanksBody(campaign.petition.count, f)]
        : status === 'already_signed'
          ? [t.petition.alreadySignedHeading, t.petition.alreadySignedBody]
          : [t.petition.checkEmailHeading, t.petition.checkEmailBody];
    return html`<section class="result" part="result" data-status=${status} aria-labelledby="result-heading">
      <h2 id="result-heading" tabindex="-1">${heading}</h2>
      <p>${body}</p>
      ${this.share.render(pageToShare(campaign.shareUrl), campaign.title, t)}
    </section>`;
  }

  private focusField(field: string): void {
    this.renderRoot.querySelector<HTMLElement>(`#${controlId(field)}`)?.focus();
  }

  private readonly onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.submitting) return;
    const t = this.locale.t;
    const values = this.values;
    const parsed = safeParse(SignatureRequestSchema, {
      name: values.name,
      email: values.email,
      postcode: values.postcode.trim() || undefined,
      country: values.country || undefined,
      consent: { privacy: values.privacy, updates: values.updates },
      source: signatureSource(),
      website: this.website,
    });
    if (!parsed.success) {
      this.errors = fieldErrorsFrom(parsed.issues, t, this.locale.format);
      this.submitError = undefined;
      await this.focusAfterRender('.error-summary');
      return;
    }
    this.errors = {};
    await this.sign(parsed.output);
  };

  private async sign(input: SignatureRequest): Promise<void> {
    const store = this.store;
    if (!store) return;
    this.submitting = true;
    this.submitError = undefined;
    try {
      const result = await store.client.petition.sign(store.slug, input, {
        idempotencyKey: this.submissionKey.for(input),
      });
      store.applyCount(result.petition.count, result.petition.goal);
      this.result = result.signature.status;
      this.submissionKey.reset();
      this.draft?.clear();
      this.values = { ...EMPTY_DRAFT };
      emit(this, 'placard-signed', {
        campaign: store.slug,
        status: result.signature.status,
        count: result.petition.count,
      });
      await this.focusAfterRender('#result-heading');
    } catch (error) {
      await this.failed(error, () => this.sign(input));
    } finally {
      this.submitting = false;
    }
  }

  private async failed(error: unknown, resend: () => Promise<void>): Promise<void> {
    this.reportError(error);
    if (isOffline(error)) {
      this.pending.hold(resend);
      return;
    }
    if (errorCode(error) === 'campaign_closed') {
      this.store?.markClosed();
      return;
    }
    if (isPlacardError(error) && error.code === 'validation_failed' && error.fields) {
      this.errors = { ...error.fields };
      await this.focusAfterRender('.error-summary');
      return;
    }
    if (errorCode(error) === 'email_not_accepted') {
      this.errors = { email: this.locale.t.fields.emailNotAccepted };
      await this.focusAfterRender('.error-summary');
      return;
    }
    this.submitError = error;
  }
}
