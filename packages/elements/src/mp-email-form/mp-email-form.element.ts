import {
  type Campaign,
  fillLetter,
  type MessageRequest,
  MessageRequestSchema,
  type MessageResult,
  type Representative,
  RepresentativeQuerySchema,
} from '@placard/contract';
import { isPlacardError } from '@placard/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { safeParse } from 'valibot';
import { errorCode, isOffline, loadErrorMessage, writeErrorMessage } from '../base/error-message.js';
import { PlacardElement } from '../base/placard-element.js';
import { renderLoadError, renderLoading, renderMissingCampaign } from '../base/status-views.js';
import { SessionDraft } from '../drafts/session-draft.js';
import { emit } from '../events.js';
import { consentFields } from '../forms/consent-fields.js';
import { controlId } from '../forms/control-id.js';
import { type FieldErrors, fieldErrorsFrom, hasErrors } from '../forms/field-errors.js';
import { errorSummary, textField } from '../forms/form-fields.js';
import { SubmissionKey } from '../forms/submission-key.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { LiveAnnouncer } from '../live-region/live-announcer.js';
import { PendingSubmission } from '../offline/pending-submission.js';
import { pageToShare } from '../share/share-links.js';
import { SharePanel } from '../share/share-panel.js';
import { shareStyles } from '../share/share-styles.js';
import { formStyles } from '../styles/form-styles.js';
import { mpEmailFormStyles } from './mp-email-form.styles.js';

type Step = 'postcode' | 'letter' | 'details' | 'sent';
type DraftStep = Exclude<Step, 'sent'>;

/** Everything typed so far, kept in the session draft. */
interface LetterDraft {
  step: DraftStep;
  postcode: string;
  representative: Representative | undefined;
  subject: string;
  body: string;
  /** The letter as filled in for the MP: while unchanged it is refilled if the MP changes. */
  filledSubject: string;
  filledBody: string;
  name: string;
  email: string;
  address: string;
  privacy: boolean;
  updates: boolean;
}

const EMPTY: LetterDraft = {
  step: 'postcode',
  postcode: '',
  representative: undefined,
  subject: '',
  body: '',
  filledSubject: '',
  filledBody: '',
  name: '',
  email: '',
  address: '',
  privacy: false,
  updates: false,
};

const STEP_NUMBER: Record<DraftStep, number> = { postcode: 1, letter: 2, details: 3 };
const LETTER_FIELDS = ['subject', 'body'];
const DETAIL_FIELDS = ['name', 'email', 'address', 'consent.privacy', 'consent.updates'];
const FIELD_ORDER = ['postcode', ...LETTER_FIELDS, ...DETAIL_FIELDS];

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
  static override styles = [...PlacardElement.styles, formStyles, shareStyles, mpEmailFormStyles];

  @state() private values: LetterDraft = { ...EMPTY };
  @state() private step: Step = 'postcode';
  @state() private website = '';
  @state() private errors: FieldErrors = {};
  @state() private busy: 'lookup' | 'send' | undefined;
  @state() private stepError: unknown;
  @state() private unavailable = false;
  @state() private result: MessageResult | undefined;

  private readonly announcer = new LiveAnnouncer(this, () => 0);
  private readonly pending = new PendingSubmission(this);
  private readonly share = new SharePanel(this, this.announcer);
  private readonly submissionKey = new SubmissionKey();
  private draft: SessionDraft<LetterDraft> | undefined;
  private draftCampaign: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const campaign = this.campaignHandle.address?.campaign;
    if (campaign && campaign !== this.draftCampaign) {
      this.draftCampaign = campaign;
      this.draft = new SessionDraft<LetterDraft>('mp-email-form', campaign);
      const saved = { ...EMPTY, ...this.draft.load() };
      if (!saved.representative || !(saved.step in STEP_NUMBER)) saved.step = 'postcode';
      this.values = saved;
      this.step = saved.step;
    }
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
    if (store.loadState === 'loading' || !campaign) return renderLoading(this.hasFallback, t, 4);
    if (this.step === 'sent' && this.result) return this.renderSent(campaign, this.result, t);
    if (campaign.status === 'closed') return html`<div class="notice" part="closed"><p>${t.common.closed}</p></div>`;
    const step = this.step === 'sent' ? 'details' : this.step;
    return html`<p class="step-count" part="step-count">${t.letter.step(STEP_NUMBER[step], 3, this.locale.format)}</p>
      ${
        step === 'postcode'
          ? this.renderPostcode(t)
          : step === 'letter'
            ? this.renderLetter(t)
            : this.renderDetails(campaign, t)
      }`;
  }

  private patch(changes: Partial<LetterDraft>): void {
    this.values = { ...this.values, ...changes };
    this.draft?.save(this.values);
  }

  private goTo(step: DraftStep): void {
    this.step = step;
    this.errors = {};
    this.stepError = undefined;
    this.patch({ step });
    void this.focusAfterRender('#step-heading');
  }

  // Step 1: postcode → MP.

  private renderPostcode(t: Catalogue): TemplateResult {
    return html`<form part="form" novalidate aria-labelledby="step-heading" @submit=${this.onFindMp}>
      <h2 id="step-heading" tabindex="-1">${t.letter.postcodeHeading}</h2>
      ${errorSummary(this.errors, FIELD_ORDER, t, (field) => this.focusField(field))} ${this.renderStepError(t)}
      ${textField({
        field: 'postcode',
        label: t.letter.postcode,
        hint: t.letter.postcodeHint,
        value: this.values.postcode,
        errors: this.errors,
        autocomplete: 'postal-code',
        onInput: (postcode) => this.patch({ postcode }),
      })}
      <div class="actions">
        <button type="submit" part="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.busy === 'lookup' ? t.letter.finding : t.letter.findMp}
        </button>
      </div>
    </form>`;
  }

  private readonly onFindMp = async (event: Event): Promise<void> => {
    event.preventDefault();
    const store = this.store;
    if (this.busy || !store) return;
    const t = this.locale.t;
    const parsed = safeParse(RepresentativeQuerySchema, { postcode: this.values.postcode });
    if (!parsed.success) {
      this.errors = fieldErrorsFrom(parsed.issues, t, this.locale.format);
      this.stepError = undefined;
      await this.focusAfterRender('.error-summary');
      return;
    }
    this.busy = 'lookup';
    this.stepError = undefined;
    this.errors = {};
    try {
      const representative = await store.client.representatives.lookup(parsed.output);
      this.chooseRepresentative(representative, store.campaign);
      this.goTo('letter');
    } catch (error) {
      this.reportError(error);
      const code = errorCode(error);
      if (code === 'postcode_not_found' || code === 'validation_failed') {
        this.errors = {
          postcode: code === 'postcode_not_found' ? t.letter.postcodeNotFound : t.fields.postcodeInvalid,
        };
        await this.focusAfterRender('.error-summary');
      } else {
        this.stepError = error;
      }
    } finally {
      this.busy = undefined;
    }
  };

  /** Fills the campaign's letter for this MP, unless the supporter already rewrote it. */
  private chooseRepresentative(representative: Representative, campaign: Campaign | undefined): void {
    const values = this.values;
    const untouched = values.subject === values.filledSubject && values.body === values.filledBody;
    const changes: Partial<LetterDraft> = { representative, postcode: representative.postcode };
    if (untouched && campaign?.letter) {
      const filled = fillLetter(campaign.letter, {
        mpName: representative.mp.name,
        constituency: representative.constituency.name,
      });
      Object.assign(changes, {
        subject: filled.subject,
        body: filled.body,
        filledSubject: filled.subject,
        filledBody: filled.body,
      });
    }
    this.patch(changes);
  }

  // Step 2: the letter.

  private renderLetter(t: Catalogue): TemplateResult {
    const representative = this.values.representative;
    if (!representative) return html``;
    const { mp, constituency } = representative;
    return html`<form part="form" novalidate aria-labelledby="step-heading" @submit=${this.onLetterDone}>
      <h2 id="step-heading" tabindex="-1">${t.letter.letterHeading}</h2>
      <div class="mp" part="mp">
        <p>${t.letter.mpIs(mp.name, mp.party, constituency.name)}</p>
        <button type="button" class="link" @click=${() => this.goTo('postcode')}>${t.letter.changePostcode}</button>
      </div>
      ${this.renderTestMode(mp.name, t)}
      ${errorSummary(this.errors, FIELD_ORDER, t, (field) => this.focusField(field))}
      ${textField({
        field: 'subject',
        label: t.letter.subject,
        value: this.values.subject,
        errors: this.errors,
        autocomplete: 'off',
        onInput: (subject) => this.patch({ subject }),
      })}
      ${textField({
        field: 'body',
        label: t.letter.body,
        hint: t.letter.nudge,
        multiline: true,
        value: this.values.body,
        errors: this.errors,
        autocomplete: 'off',
        onInput: (body) => this.patch({ body }),
      })}
      <div class="actions">
        <button type="submit" part="submit">${t.letter.continue}</button>
      </div>
    </form>`;
  }

  private readonly onLetterDone = async (event: Event): Promise<void> => {
    event.preventDefault();
    const errors = this.validate(LETTER_FIELDS);
    if (hasErrors(errors)) {
      this.errors = errors;
      await this.focusAfterRender('.error-summary');
      return;
    }
    this.goTo('details');
  };

  // Step 3: the supporter's details, then send.

  private renderDetails(campaign: Campaign, t: Catalogue): TemplateResult {
    const values = this.values;
    const mpName = values.representative?.mp.name ?? '';
    return html`<form part="form" novalidate aria-labelledby="step-heading" @submit=${this.onSend}>
      <h2 id="step-heading" tabindex="-1">${t.letter.detailsHeading}</h2>
      ${errorSummary(this.errors, FIELD_ORDER, t, (field) => this.focusField(field))}
      ${
        this.pending.waiting
          ? html`<div class="notice" part="offline" role="status">
            <p>${t.common.offlineQueued}</p>
            <button type="button" class="secondary" @click=${() => this.pending.resendNow()}>${t.common.sendNow}</button>
          </div>`
          : nothing
      }
      ${this.unavailable ? this.renderUnavailable(t) : this.renderStepError(t)} ${this.renderTestMode(mpName, t)}
      ${textField({
        field: 'name',
        label: t.letter.name,
        value: values.name,
        errors: this.errors,
        autocomplete: 'name',
        onInput: (name) => this.patch({ name }),
      })}
      ${textField({
        field: 'email',
        label: t.letter.email,
        type: 'email',
        inputmode: 'email',
        value: values.email,
        errors: this.errors,
        autocomplete: 'email',
        onInput: (email) => this.patch({ email }),
      })}
      ${textField({
        field: 'address',
        label: t.letter.address,
        hint: t.letter.addressHint,
        value: values.address,
        errors: this.errors,
        autocomplete: 'street-address',
        onInput: (address) => this.patch({ address }),
      })}
      ${consentFields({
        campaign,
        t,
        errors: this.errors,
        privacy: values.privacy,
        updates: values.updates,
        website: this.website,
        onChange: (changes) => this.patch(changes),
        onWebsite: (website) => {
          this.website = website;
        },
      })}
      <div class="actions">
        <button type="button" class="secondary" @click=${() => this.goTo('letter')}>${t.letter.back}</button>
        <button type="submit" part="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.busy === 'send' ? t.letter.sending : t.letter.send}
        </button>
      </div>
    </form>`;
  }

  private readonly onSend = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.busy) return;
    const parsed = safeParse(MessageRequestSchema, this.messageInput());
    if (!parsed.success) {
      this.errors = fieldErrorsFrom(parsed.issues, this.locale.t, this.locale.format);
      this.stepError = undefined;
      await this.focusAfterRender('.error-summary');
      return;
    }
    this.errors = {};
    await this.deliver(parsed.output);
  };

  private messageInput(): Record<string, unknown> {
    const values = this.values;
    // The template's {{name}} is filled only now that the supporter has typed it.
    const letter = fillLetter({ subject: values.subject, body: values.body }, { name: values.name.trim() });
    return {
      postcode: values.representative?.postcode ?? values.postcode,
      name: values.name,
      email: values.email,
      address: values.address,
      subject: letter.subject,
      body: letter.body,
      consent: { privacy: values.privacy, updates: values.updates },
      website: this.website,
    };
  }

  private async deliver(input: MessageRequest): Promise<void> {
    const store = this.store;
    if (!store) return;
    this.busy = 'send';
    this.stepError = undefined;
    this.unavailable = false;
    try {
      const result = await store.client.messages.send(store.slug, input, {
        idempotencyKey: this.submissionKey.for(input),
      });
      this.result = result;
      this.step = 'sent';
      this.submissionKey.reset();
      this.draft?.clear();
      emit(this, 'placard-message-sent', {
        campaign: store.slug,
        status: result.message.status,
        testMode: result.testMode,
        constituency: this.values.representative?.constituency.name ?? '',
      });
      await this.focusAfterRender('#step-heading');
    } catch (error) {
      await this.failed(error, () => this.deliver(input));
    } finally {
      this.busy = undefined;
    }
  }

  private async failed(error: unknown, resend: () => Promise<void>): Promise<void> {
    this.reportError(error);
    const code = errorCode(error);
    if (isOffline(error)) {
      this.pending.hold(resend);
    } else if (code === 'mp_email_unavailable') {
      this.unavailable = true;
    } else if (code === 'campaign_closed') {
      this.store?.markClosed();
    } else if (code === 'postcode_not_found') {
      // The server could not place the postcode after all (its lookup differs
      // from the one that found the MP): back to the postcode, kept as typed.
      this.goTo('postcode');
      this.errors = { postcode: this.locale.t.letter.postcodeNotFound };
      await this.focusAfterRender('.error-summary');
    } else if (code === 'validation_failed' && isPlacardError(error) && error.fields) {
      this.errors = { ...error.fields };
      await this.focusAfterRender('.error-summary');
    } else if (code === 'email_not_accepted') {
      this.errors = { email: this.locale.t.fields.emailNotAccepted };
      await this.focusAfterRender('.error-summary');
    } else {
      this.stepError = error;
    }
  }

  private renderUnavailable(t: Catalogue): TemplateResult {
    const values = this.values;
    const mp = values.representative?.mp;
    const input = this.messageInput();
    const body = `${String(input.body)}\n\n${values.name}\n${values.address}`;
    const mailto = `mailto:${mp?.email ?? ''}?subject=${encodeURIComponent(String(input.subject))}&body=${encodeURIComponent(body)}`;
    return html`<div class="notice error" part="mp-unavailable" role="alert">
      <p>${t.letter.mpEmailUnavailable(mp?.name ?? '')}</p>
      <ul>
        ${
          mp?.contactUrl
            ? html`<li>
              <a href=${mp.contactUrl} target="_blank" rel="noopener noreferrer" data-contact
                >${t.letter.contactPage(mp.name)}<span class="visually-hidden"> ${t.common.opensInNewTab}</span></a
              >
            </li>`
            : nothing
        }
        <li><a href=${mailto} data-mailto>${t.letter.mailtoFallback}</a></li>
      </ul>
    </div>`;
  }

  // After sending.

  private renderSent(campaign: Campaign, result: MessageResult, t: Catalogue): TemplateResult {
    return html`<section class="sent" part="sent" aria-labelledby="step-heading">
      <h2 id="step-heading" tabindex="-1">${t.letter.sentHeading}</h2>
      <p>${t.letter.sentBody(result.mp.name)}</p>
      ${result.testMode ? html`<p class="notice" part="test-mode">${t.letter.testMode(result.mp.name)}</p>` : nothing}
      <h3>${t.letter.nextStepsHeading}</h3>
      <ol class="next-steps">
        ${t.letter.nextSteps.map((step) => html`<li>${step}</li>`)}
      </ol>
      ${this.share.render(pageToShare(campaign.shareUrl), campaign.title, t)}
    </section>`;
  }

  private renderTestMode(mpName: string, t: Catalogue): TemplateResult | typeof nothing {
    if (!this.store?.client.testMode) return nothing;
    return html`<p class="notice" part="test-mode">${t.letter.testMode(mpName)}</p>`;
  }

  private renderStepError(t: Catalogue): TemplateResult | typeof nothing {
    if (this.stepError === undefined) return nothing;
    const message =
      errorCode(this.stepError) === 'lookup_unavailable'
        ? t.letter.lookupUnavailable
        : writeErrorMessage(this.stepError, t, this.locale.format);
    return html`<div class="notice error" part="error" role="alert"><p>${message}</p></div>`;
  }

  private focusField(field: string): void {
    this.renderRoot.querySelector<HTMLElement>(`#${controlId(field)}`)?.focus();
  }

  /** Errors for some fields, checked with the same schema the API uses. */
  private validate(fields: readonly string[]): FieldErrors {
    const result = safeParse(MessageRequestSchema, this.messageInput());
    return result.success ? {} : fieldErrorsFrom(result.issues, this.locale.t, this.locale.format, fields);
  }
}
