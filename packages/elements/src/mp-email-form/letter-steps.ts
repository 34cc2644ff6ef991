/**
 * `<mp-email-form>` once the supporter means to write: finding the MP, the
 * letter to edit, their details, sending, and the "check your email" panel.
 * The element imports this module on intent — focus, pointer or key on the
 * widget, the widget near the viewport, or idle time — and shows the postcode
 * step (postcode-step.ts) without it until then.
 */
import {
  type Campaign,
  fillLetter,
  type MessageRequest,
  MessageRequestSchema,
  type MessageResult,
  type Representative,
  RepresentativeQuerySchema,
} from '@placard/contract';
import { type CSSResult, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { safeParse } from 'valibot';
import { errorCode, writeErrorMessage } from '../base/error-message.js';
import { httpUrl } from '../base/http-url.js';
import { emit } from '../events.js';
import { type FieldErrors, fieldErrorsFrom, hasErrors } from '../forms/field-errors.js';
import { errorSummary, textField } from '../forms/form-fields.js';
import { SupporterForm } from '../forms/supporter-form.js';
import { isolate } from '../i18n/bidi.js';
import type { Catalogue } from '../i18n/catalogue.js';
import type { Format } from '../i18n/format.js';
import type { LiveAnnouncer } from '../live-region/live-announcer.js';
import { pageToShare } from '../share/share-links.js';
import { SharePanel } from '../share/share-panel.js';
import { shareStyles } from '../share/share-styles.js';
import type { CampaignStore } from '../store/campaign-store.js';
import { formStyles } from '../styles/form-styles.js';
import type { LetterDraft, LetterStep } from './letter-draft.js';
import type { postcodeStep } from './postcode-step.js';

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

const STEP_NUMBER: Record<LetterStep, number> = { postcode: 1, letter: 2, details: 3 };
const LETTER_FIELDS = ['subject', 'body'];
const DETAIL_FIELDS = ['name', 'email', 'address', 'consent.privacy', 'consent.updates'];
const FIELD_ORDER = ['postcode', ...LETTER_FIELDS, ...DETAIL_FIELDS];

/**
 * The styles the steps need in the widget's shadow root. The form styles are there already
 * (the first view uses them); listed here too, they land in the same chunk as the rest of
 * the form code the steps share with the first view, instead of a chunk of their own.
 */
export const letterStepsStyles: readonly CSSResult[] = [formStyles, shareStyles];

/** What the steps need from their element (whose own members are protected). */
export type LetterStepsHost = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly updateComplete: Promise<boolean> };

export interface LetterStepsContext {
  /** The campaign the letter is for, once known: each keeps its own draft. */
  campaign(): string | undefined;
  store(): CampaignStore | undefined;
  t(): Catalogue;
  format(): Format;
  announcer: LiveAnnouncer;
  reportError(error: unknown): void;
  focusAfterRender(selector: string): Promise<void>;
  /**
   * The first view's own postcode step, handed in rather than imported: the same template
   * keeps the same DOM across the hand-over, and the module stays in the element's chunk.
   */
  postcodeStep: typeof postcodeStep;
}

export class LetterSteps {
  readonly #host: LetterStepsHost;
  readonly #context: LetterStepsContext;
  readonly #form: SupporterForm<LetterDraft>;
  readonly #share: SharePanel;
  #step: LetterStep = 'postcode';
  #busy: 'lookup' | 'send' | undefined;
  #unavailable = false;
  /** The accepted letter: once set, the "check your email" panel replaces the steps. */
  #sent: MessageResult | undefined;

  /** `typed`: a postcode typed into the first view before this code arrived; it wins over a saved one. */
  constructor(host: LetterStepsHost, context: LetterStepsContext, typed: string) {
    this.#host = host;
    this.#context = context;
    this.#form = new SupporterForm<LetterDraft>(host, {
      empty: EMPTY,
      campaign: context.campaign,
      store: context.store,
      t: context.t,
      reportError: context.reportError,
      focusAfterRender: context.focusAfterRender,
      // The supporter comes back to the step they were on, if its MP is still known.
      restore: (saved) => {
        const step = typed || !saved.representative || !(saved.step in STEP_NUMBER) ? 'postcode' : saved.step;
        this.#step = step;
        return { ...saved, step, postcode: typed || saved.postcode };
      },
    });
    this.#share = new SharePanel(host, context.announcer);
  }

  /** The letter was accepted: the element shows its panel even if the campaign closes meanwhile. */
  get sent(): boolean {
    return this.#sent !== undefined;
  }

  render(campaign: Campaign): TemplateResult {
    const t = this.#context.t();
    if (this.#sent) return this.#renderSent(campaign, this.#sent, t);
    const step = this.#step;
    if (step === 'postcode') return this.#renderPostcode(t);
    return html`<p class="step-count" part="step-count">${t.letter.step(STEP_NUMBER[step], 3, this.#context.format())}</p>
      ${step === 'letter' ? this.#renderLetter(t) : this.#renderDetails(campaign, t)}`;
  }

  #update(): void {
    this.#host.requestUpdate();
  }

  #goTo(step: LetterStep): void {
    this.#step = step;
    this.#form.clearProblems();
    this.#form.set({ step });
    void this.#context.focusAfterRender('#step-heading');
  }

  // Step 1: postcode → MP.

  #renderPostcode(t: Catalogue): TemplateResult {
    return this.#context.postcodeStep({
      t,
      format: this.#context.format(),
      postcode: this.#form.values.postcode,
      errors: this.#form.errors,
      busy: this.#busy !== undefined,
      notice: this.#renderStepError(t),
      onInput: (postcode) => this.#form.set({ postcode }),
      onSubmit: (event) => {
        event.preventDefault();
        void this.findMp();
      },
      focusField: (field) => this.#form.focusField(field),
    });
  }

  /** Looks the typed postcode up; on success, on to the letter. */
  async findMp(): Promise<void> {
    const store = this.#context.store();
    if (this.#busy || !store) return;
    const t = this.#context.t();
    const parsed = safeParse(RepresentativeQuerySchema, { postcode: this.#form.values.postcode });
    if (!parsed.success) {
      await this.#form.showErrors(fieldErrorsFrom(parsed.issues, t, this.#context.format()));
      return;
    }
    this.#busy = 'lookup';
    this.#form.clearProblems();
    try {
      const representative = await store.client.representatives.lookup(parsed.output);
      this.#chooseRepresentative(representative, store.campaign);
      this.#goTo('letter');
    } catch (error) {
      this.#context.reportError(error);
      const code = errorCode(error);
      if (code === 'postcode_not_found' || code === 'validation_failed') {
        await this.#form.showErrors({
          postcode: code === 'postcode_not_found' ? t.letterSteps.postcodeNotFound : t.fields.postcodeInvalid,
        });
      } else {
        this.#form.failure = error;
      }
    } finally {
      this.#busy = undefined;
      this.#update();
    }
  }

  /** Fills the campaign's letter for this MP, unless the supporter already rewrote it. */
  #chooseRepresentative(representative: Representative, campaign: Campaign | undefined): void {
    const values = this.#form.values;
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
    this.#form.set(changes);
  }

  // Step 2: the letter.

  #renderLetter(t: Catalogue): TemplateResult {
    const { values, errors } = this.#form;
    const representative = values.representative;
    if (!representative) return html``;
    const { mp, constituency } = representative;
    return html`<form part="form" novalidate aria-labelledby="step-heading" @submit=${this.#onLetterDone}>
      <h2 id="step-heading" tabindex="-1">${t.letterSteps.letterHeading}</h2>
      <div class="mp" part="mp">
        <p>${t.letterSteps.mpIs(isolate(mp.name, t), isolate(mp.party, t), isolate(constituency.name, t))}</p>
        <button type="button" class="link" @click=${() => this.#goTo('postcode')}>${t.letterSteps.changePostcode}</button>
      </div>
      ${this.#renderTestMode(mp.name, t)}
      ${errorSummary(errors, FIELD_ORDER, t, (field) => this.#form.focusField(field))}
      ${textField({
        field: 'subject',
        label: t.letterSteps.subject,
        value: values.subject,
        errors,
        autocomplete: 'off',
        onInput: (subject) => this.#form.set({ subject }),
      })}
      ${textField({
        field: 'body',
        label: t.letterSteps.body,
        hint: t.letterSteps.nudge,
        multiline: true,
        value: values.body,
        errors,
        autocomplete: 'off',
        onInput: (body) => this.#form.set({ body }),
      })}
      <div class="actions">
        <button type="submit" part="submit">${t.letterSteps.continue}</button>
      </div>
    </form>`;
  }

  readonly #onLetterDone = async (event: Event): Promise<void> => {
    event.preventDefault();
    const errors = this.#validate(LETTER_FIELDS);
    if (hasErrors(errors)) {
      await this.#form.showErrors(errors);
      return;
    }
    this.#goTo('details');
  };

  // Step 3: the supporter's details, then send.

  #renderDetails(campaign: Campaign, t: Catalogue): TemplateResult {
    const { values, errors } = this.#form;
    const mpName = values.representative?.mp.name ?? '';
    return html`<form part="form" novalidate aria-labelledby="step-heading" @submit=${this.#onSend}>
      <h2 id="step-heading" tabindex="-1">${t.letterSteps.detailsHeading}</h2>
      ${errorSummary(errors, FIELD_ORDER, t, (field) => this.#form.focusField(field))}
      ${this.#form.renderOffline(t)}
      ${this.#unavailable ? this.#renderUnavailable(t) : this.#renderStepError(t)} ${this.#renderTestMode(mpName, t)}
      ${this.#form.renderNameAndEmail({ name: t.letterSteps.name, email: t.letterSteps.email })}
      ${textField({
        field: 'address',
        label: t.letterSteps.address,
        hint: t.letterSteps.addressHint,
        value: values.address,
        errors,
        autocomplete: 'street-address',
        onInput: (address) => this.#form.set({ address }),
      })}
      ${this.#form.renderConsent(campaign, t)}
      <div class="actions">
        <button type="button" class="secondary" @click=${() => this.#goTo('letter')}>${t.letterSteps.back}</button>
        <button type="submit" part="submit" aria-disabled=${this.#busy ? 'true' : 'false'}>
          ${this.#busy === 'send' ? t.letterSteps.sending : t.letterSteps.send}
        </button>
      </div>
    </form>`;
  }

  readonly #onSend = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.#busy) return;
    const parsed = safeParse(MessageRequestSchema, this.#messageInput());
    if (!parsed.success) {
      await this.#form.showErrors(fieldErrorsFrom(parsed.issues, this.#context.t(), this.#context.format()));
      return;
    }
    await this.#deliver(parsed.output);
  };

  #messageInput(): Record<string, unknown> {
    const values = this.#form.values;
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
      website: this.#form.website,
      // The confirmation mail and page are in the widget's language; the letter stays as written.
      locale: this.#context.t().locale,
    };
  }

  async #deliver(input: MessageRequest): Promise<void> {
    const store = this.#context.store();
    if (!store) return;
    this.#busy = 'send';
    this.#form.clearProblems();
    this.#unavailable = false;
    try {
      const result = await store.client.messages.send(store.slug, input, {
        idempotencyKey: this.#form.keyFor(input),
      });
      this.#sent = result;
      this.#form.accepted();
      emit(this.#host, 'placard-message-sent', {
        campaign: store.slug,
        status: result.message.status,
        testMode: result.testMode,
        constituency: this.#form.values.representative?.constituency.name ?? '',
      });
      this.#busy = undefined;
      this.#update();
      await this.#context.focusAfterRender('#step-heading');
    } catch (error) {
      this.#busy = undefined;
      this.#update();
      await this.#form.failed(
        error,
        () => this.#deliver(input),
        (code) => this.#failedHere(code),
      );
    }
  }

  /** The failures only this form knows; the rest are answered by SupporterForm. */
  async #failedHere(code: string): Promise<boolean> {
    if (code === 'mp_email_unavailable') {
      this.#unavailable = true;
      this.#update();
      return true;
    }
    if (code === 'postcode_not_found') {
      // The server could not place the postcode after all (its lookup differs
      // from the one that found the MP): back to the postcode, kept as typed.
      this.#goTo('postcode');
      await this.#form.showErrors({ postcode: this.#context.t().letterSteps.postcodeNotFound });
      return true;
    }
    return false;
  }

  #renderUnavailable(t: Catalogue): TemplateResult {
    const values = this.#form.values;
    const mp = values.representative?.mp;
    const input = this.#messageInput();
    const body = `${String(input.body)}\n\n${values.name}\n${values.address}`;
    const contactUrl = httpUrl(mp?.contactUrl);
    const mailto = `mailto:${mp?.email ?? ''}?subject=${encodeURIComponent(String(input.subject))}&body=${encodeURIComponent(body)}`;
    return html`<div class="notice error" part="mp-unavailable" role="alert">
      <p>${t.letterSteps.mpEmailUnavailable(isolate(mp?.name ?? '', t))}</p>
      <ul>
        ${
          mp && contactUrl
            ? html`<li>
              <a href=${contactUrl} target="_blank" rel="noopener noreferrer" data-contact
                >${t.letterSteps.contactPage(isolate(mp.name, t))}<span class="visually-hidden"> ${t.common.opensInNewTab}</span></a
              >
            </li>`
            : nothing
        }
        <li><a href=${mailto} data-mailto>${t.letterSteps.mailtoFallback}</a></li>
      </ul>
    </div>`;
  }

  // After sending.

  #renderSent(campaign: Campaign, result: MessageResult, t: Catalogue): TemplateResult {
    return html`<section class="sent" part="sent" aria-labelledby="step-heading">
      <h2 id="step-heading" tabindex="-1">${t.letterSteps.sentHeading}</h2>
      <p>${t.letterSteps.sentBody(isolate(result.mp.name, t))}</p>
      ${result.testMode ? html`<p class="notice" part="test-mode">${t.letterSteps.testMode(isolate(result.mp.name, t))}</p>` : nothing}
      <h3>${t.letterSteps.nextStepsHeading}</h3>
      <ol class="next-steps">
        ${t.letterSteps.nextSteps.map((step) => html`<li>${step}</li>`)}
      </ol>
      ${this.#share.render(pageToShare(campaign.shareUrl), campaign.title, t)}
    </section>`;
  }

  #renderTestMode(mpName: string, t: Catalogue): TemplateResult | typeof nothing {
    if (!this.#context.store()?.client.testMode) return nothing;
    return html`<p class="notice" part="test-mode">${t.letterSteps.testMode(isolate(mpName, t))}</p>`;
  }

  #renderStepError(t: Catalogue): TemplateResult | typeof nothing {
    const failure = this.#form.failure;
    if (failure === undefined) return nothing;
    const message =
      errorCode(failure) === 'lookup_unavailable'
        ? t.letterSteps.lookupUnavailable
        : writeErrorMessage(failure, t, this.#context.format());
    return html`<div class="notice error" part="error" role="alert"><p>${message}</p></div>`;
  }

  /** Errors for some fields, checked with the same schema the API uses. */
  #validate(fields: readonly string[]): FieldErrors {
    const result = safeParse(MessageRequestSchema, this.#messageInput());
    return result.success ? {} : fieldErrorsFrom(result.issues, this.#context.t(), this.#context.format(), fields);
  }
}
