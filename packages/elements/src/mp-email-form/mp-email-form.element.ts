import {
  type Campaign,
  fillLetter,
  type MessageRequest,
  MessageRequestSchema,
  type MessageResult,
  type Representative,
  RepresentativeQuerySchema,
} from '@placard/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { safeParse } from 'valibot';
import { errorCode, loadErrorMessage, writeErrorMessage } from '../base/error-message.js';
import { httpUrl } from '../base/http-url.js';
import { PlacardElement } from '../base/placard-element.js';
import { renderLoadError, renderLoading, renderMissingCampaign } from '../base/status-views.js';
import { emit } from '../events.js';
import { consentFields } from '../forms/consent-fields.js';
import { type FieldErrors, fieldErrorsFrom, hasErrors } from '../forms/field-errors.js';
import { errorSummary, textField } from '../forms/form-fields.js';
import { SupporterForm } from '../forms/supporter-form.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { LiveAnnouncer } from '../live-region/live-announcer.js';
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

  @state() private step: Step = 'postcode';
  @state() private website = '';
  @state() private busy: 'lookup' | 'send' | undefined;
  @state() private unavailable = false;
  @state() private result: MessageResult | undefined;

  private readonly announcer = new LiveAnnouncer(this, () => 0);
  private readonly share = new SharePanel(this, this.announcer);
  private readonly form = new SupporterForm<LetterDraft>(this, {
    tag: 'mp-email-form',
    empty: EMPTY,
    campaign: () => this.campaignHandle.address?.campaign,
    store: () => this.store,
    t: () => this.locale.t,
    reportError: (error) => this.reportError(error),
    focusAfterRender: (selector) => this.focusAfterRender(selector),
    // The supporter comes back to the step they were on, if its MP is still known.
    restore: (saved) => {
      const step = saved.representative && saved.step in STEP_NUMBER ? saved.step : 'postcode';
      this.step = step;
      return { ...saved, step };
    },
  });

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

  private goTo(step: DraftStep): void {
    this.step = step;
    this.form.clearProblems();
    this.form.set({ step });
    void this.focusAfterRender('#step-heading');
  }

  // Step 1: postcode → MP.

  private renderPostcode(t: Catalogue): TemplateResult {
    return html`<form part="form" novalidate aria-labelledby="step-heading" @submit=${this.onFindMp}>
      <h2 id="step-heading" tabindex="-1">${t.letter.postcodeHeading}</h2>
      ${errorSummary(this.form.errors, FIELD_ORDER, t, (field) => this.form.focusField(field))} ${this.renderStepError(t)}
      ${textField({
        field: 'postcode',
        label: t.letter.postcode,
        hint: t.letter.postcodeHint,
        value: this.form.values.postcode,
        errors: this.form.errors,
        autocomplete: 'postal-code',
        onInput: (postcode) => this.form.set({ postcode }),
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
    const parsed = safeParse(RepresentativeQuerySchema, { postcode: this.form.values.postcode });
    if (!parsed.success) {
      await this.form.showErrors(fieldErrorsFrom(parsed.issues, t, this.locale.format));
      return;
    }
    this.busy = 'lookup';
    this.form.clearProblems();
    try {
      const representative = await store.client.representatives.lookup(parsed.output);
      this.chooseRepresentative(representative, store.campaign);
      this.goTo('letter');
    } catch (error) {
      this.reportError(error);
      const code = errorCode(error);
      if (code === 'postcode_not_found' || code === 'validation_failed') {
        await this.form.showErrors({
          postcode: code === 'postcode_not_found' ? t.letter.postcodeNotFound : t.fields.postcodeInvalid,
        });
      } else {
        this.form.failure = error;
      }
    } finally {
      this.busy = undefined;
    }
  };

  /** Fills the campaign's letter for this MP, unless the supporter already rewrote it. */
  private chooseRepresentative(representative: Representative, campaign: Campaign | undefined): void {
    const values = this.form.values;
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
    this.form.set(changes);
  }

  // Step 2: the letter.

  private renderLetter(t: Catalogue): TemplateResult {
    const representative = this.form.values.representative;
    if (!representative) return html``;
    const { mp, constituency } = representative;
    return html`<form part="form" novalidate aria-labelledby="step-heading" @submit=${this.onLetterDone}>
      <h2 id="step-heading" tabindex="-1">${t.letter.letterHeading}</h2>
      <div class="mp" part="mp">
        <p>${t.letter.mpIs(mp.name, mp.party, constituency.name)}</p>
        <button type="button" class="link" @click=${() => this.goTo('postcode')}>${t.letter.changePostcode}</button>
      </div>
      ${this.renderTestMode(mp.name, t)}
      ${errorSummary(this.form.errors, FIELD_ORDER, t, (field) => this.form.focusField(field))}
      ${textField({
        field: 'subject',
        label: t.letter.subject,
        value: this.form.values.subject,
        errors: this.form.errors,
        autocomplete: 'off',
        onInput: (subject) => this.form.set({ subject }),
      })}
      ${textField({
        field: 'body',
        label: t.letter.body,
        hint: t.letter.nudge,
        multiline: true,
        value: this.form.values.body,
        errors: this.form.errors,
        autocomplete: 'off',
        onInput: (body) => this.form.set({ body }),
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
      await this.form.showErrors(errors);
      return;
    }
    this.goTo('details');
  };

  // Step 3: the supporter's details, then send.

  private renderDetails(campaign: Campaign, t: Catalogue): TemplateResult {
    const values = this.form.values;
    const mpName = values.representative?.mp.name ?? '';
    return html`<form part="form" novalidate aria-labelledby="step-heading" @submit=${this.onSend}>
      <h2 id="step-heading" tabindex="-1">${t.letter.detailsHeading}</h2>
      ${errorSummary(this.form.errors, FIELD_ORDER, t, (field) => this.form.focusField(field))}
      ${this.form.renderOffline(t)}
      ${this.unavailable ? this.renderUnavailable(t) : this.renderStepError(t)} ${this.renderTestMode(mpName, t)}
      ${textField({
        field: 'name',
        label: t.letter.name,
        value: values.name,
        errors: this.form.errors,
        autocomplete: 'name',
        onInput: (name) => this.form.set({ name }),
      })}
      ${textField({
        field: 'email',
        label: t.letter.email,
        type: 'email',
        inputmode: 'email',
        value: values.email,
        errors: this.form.errors,
        autocomplete: 'email',
        onInput: (email) => this.form.set({ email }),
      })}
      ${textField({
        field: 'address',
        label: t.letter.address,
        hint: t.letter.addressHint,
        value: values.address,
        errors: this.form.errors,
        autocomplete: 'street-address',
        onInput: (address) => this.form.set({ address }),
      })}
      ${consentFields({
        campaign,
        t,
        errors: this.form.errors,
        privacy: values.privacy,
        updates: values.updates,
        website: this.website,
        onChange: (changes) => this.form.set(changes),
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
      await this.form.showErrors(fieldErrorsFrom(parsed.issues, this.locale.t, this.locale.format));
      return;
    }
    await this.deliver(parsed.output);
  };

  private messageInput(): Record<string, unknown> {
    const values = this.form.values;
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
    this.form.clearProblems();
    this.unavailable = false;
    try {
      const result = await store.client.messages.send(store.slug, input, {
        idempotencyKey: this.form.keyFor(input),
      });
      this.result = result;
      this.step = 'sent';
      this.form.accepted();
      emit(this, 'placard-message-sent', {
        campaign: store.slug,
        status: result.message.status,
        testMode: result.testMode,
        constituency: this.form.values.representative?.constituency.name ?? '',
      });
      await this.focusAfterRender('#step-heading');
    } catch (error) {
      await this.form.failed(
        error,
        () => this.deliver(input),
        (code) => this.failedHere(code),
      );
    } finally {
      this.busy = undefined;
    }
  }

  /** The failures only this form knows; the rest are answered by SupporterForm. */
  private async failedHere(code: string): Promise<boolean> {
    if (code === 'mp_email_unavailable') {
      this.unavailable = true;
      return true;
    }
    if (code === 'postcode_not_found') {
      // The server could not place the postcode after all (its lookup differs
      // from the one that found the MP): back to the postcode, kept as typed.
      this.goTo('postcode');
      await this.form.showErrors({ postcode: this.locale.t.letter.postcodeNotFound });
      return true;
    }
    return false;
  }

  private renderUnavailable(t: Catalogue): TemplateResult {
    const values = this.form.values;
    const mp = values.representative?.mp;
    const input = this.messageInput();
    const body = `${String(input.body)}\n\n${values.name}\n${values.address}`;
    const contactUrl = httpUrl(mp?.contactUrl);
    const mailto = `mailto:${mp?.email ?? ''}?subject=${encodeURIComponent(String(input.subject))}&body=${encodeURIComponent(body)}`;
    return html`<div class="notice error" part="mp-unavailable" role="alert">
      <p>${t.letter.mpEmailUnavailable(mp?.name ?? '')}</p>
      <ul>
        ${
          mp && contactUrl
            ? html`<li>
              <a href=${contactUrl} target="_blank" rel="noopener noreferrer" data-contact
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
    const failure = this.form.failure;
    if (failure === undefined) return nothing;
    const message =
      errorCode(failure) === 'lookup_unavailable'
        ? t.letter.lookupUnavailable
        : writeErrorMessage(failure, t, this.locale.format);
    return html`<div class="notice error" part="error" role="alert"><p>${message}</p></div>`;
  }

  /** Errors for some fields, checked with the same schema the API uses. */
  private validate(fields: readonly string[]): FieldErrors {
    const result = safeParse(MessageRequestSchema, this.messageInput());
    return result.success ? {} : fieldErrorsFrom(result.issues, this.locale.t, this.locale.format, fields);
  }
}
