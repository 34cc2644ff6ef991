/**
 * `<petition-counter>`'s signing form and its thank-you panel: everything a
 * supporter needs only once they mean to sign (validation, consent, drafts,
 * the offline queue, sharing). The element imports this module on intent —
 * focus, pointer or key on the widget, the widget near the viewport, or idle
 * time — so the count shows without waiting for any of it.
 */
import type { Campaign, SignatureRequest, SignatureStatus } from '@placard/contract';
import { SignatureRequestSchema } from '@placard/contract';
import { isPlacardError } from '@placard/sdk';
import {
  type CSSResult,
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { safeParse } from 'valibot';
import { errorCode, isOffline, writeErrorMessage } from '../base/error-message.js';
import { SessionDraft } from '../drafts/session-draft.js';
import { emit } from '../events.js';
import { consentFields } from '../forms/consent-fields.js';
import { controlId } from '../forms/control-id.js';
import { type FieldErrors, fieldErrorsFrom } from '../forms/field-errors.js';
import { errorSummary, textField } from '../forms/form-fields.js';
import { SubmissionKey } from '../forms/submission-key.js';
import type { Catalogue } from '../i18n/catalogue.js';
import type { Format } from '../i18n/format.js';
import type { LiveAnnouncer } from '../live-region/live-announcer.js';
import { PendingSubmission } from '../offline/pending-submission.js';
import { pageToShare } from '../share/share-links.js';
import { SharePanel } from '../share/share-panel.js';
import { shareStyles } from '../share/share-styles.js';
import type { CampaignStore } from '../store/campaign-store.js';
import { formStyles } from '../styles/form-styles.js';
import { countryOptions } from './countries.js';
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

/** The styles the form adds to the widget's shadow root when it arrives. */
export const signingFormStyles: readonly CSSResult[] = [formStyles, shareStyles];

/** What the form needs from its element (whose own members are protected). */
export type SigningFormHost = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly updateComplete: Promise<boolean> };

export interface SigningFormContext {
  store(): CampaignStore | undefined;
  t(): Catalogue;
  format(): Format;
  lang(): string;
  announcer: LiveAnnouncer;
  reportError(error: unknown): void;
  focusAfterRender(selector: string): Promise<void>;
}

export class SigningForm implements ReactiveController {
  readonly #host: SigningFormHost;
  readonly #context: SigningFormContext;
  readonly #pending: PendingSubmission;
  readonly #share: SharePanel;
  readonly #submissionKey = new SubmissionKey();
  #values: SignatureDraft = { ...EMPTY_DRAFT };
  #website = '';
  #errors: FieldErrors = {};
  #submitting = false;
  #submitError: unknown;
  #result: SignatureStatus | undefined;
  #draft: SessionDraft<SignatureDraft> | undefined;
  #draftCampaign: string | undefined;

  constructor(host: SigningFormHost, context: SigningFormContext) {
    this.#host = host;
    this.#context = context;
    this.#pending = new PendingSubmission(host);
    this.#share = new SharePanel(host, context.announcer);
    host.addController(this);
  }

  hostConnected(): void {}

  /** Follows the campaign: each campaign keeps its own draft. */
  hostUpdate(): void {
    const campaign = this.#context.store()?.slug;
    if (!campaign || campaign === this.#draftCampaign) return;
    this.#draftCampaign = campaign;
    this.#draft = new SessionDraft<SignatureDraft>('petition-counter', campaign);
    this.#values = { ...EMPTY_DRAFT, ...this.#draft.load() };
  }

  /** Whether the supporter has signed in this session: the thank-you panel replaces the form. */
  get signed(): boolean {
    return this.#result !== undefined;
  }

  /** Moves focus to the form's first field once it is on screen (the form opened from its call to action). */
  focusFirstField(): Promise<void> {
    return this.#context.focusAfterRender(`#${controlId('name')}`);
  }

  render(campaign: Campaign): TemplateResult {
    return this.#result ? this.#renderResult(campaign, this.#result) : this.#renderForm(campaign);
  }

  #set(patch: Partial<SignatureDraft>): void {
    this.#values = { ...this.#values, ...patch };
    this.#draft?.save(this.#values);
    this.#host.requestUpdate();
  }

  #renderForm(campaign: Campaign): TemplateResult {
    const t = this.#context.t();
    const values = this.#values;
    const errors = this.#errors;
    return html`<form class="sign" part="form" novalidate aria-labelledby="sign-heading" @submit=${this.#onSubmit}>
      <h2 id="sign-heading">${t.petition.signHeading}</h2>
      ${errorSummary(errors, FIELD_ORDER, t, (field) => this.#focusField(field))}
      ${
        this.#pending.waiting
          ? html`<div class="notice" part="offline" role="status">
            <p>${t.common.offlineQueued}</p>
            <button type="button" class="secondary" @click=${() => this.#pending.resendNow()}>${t.common.sendNow}</button>
          </div>`
          : nothing
      }
      ${
        this.#submitError !== undefined
          ? html`<div class="notice error" part="error" role="alert">
            <p>${writeErrorMessage(this.#submitError, t, this.#context.format())}</p>
          </div>`
          : nothing
      }
      ${textField({
        field: 'name',
        label: t.petition.name,
        value: values.name,
        errors,
        autocomplete: 'name',
        onInput: (name) => this.#set({ name }),
      })}
      ${textField({
        field: 'email',
        label: t.petition.email,
        type: 'email',
        inputmode: 'email',
        value: values.email,
        errors,
        autocomplete: 'email',
        onInput: (email) => this.#set({ email }),
      })}
      ${textField({
        field: 'postcode',
        label: t.petition.postcode,
        optional: t.common.optional,
        value: values.postcode,
        errors,
        autocomplete: 'postal-code',
        onInput: (postcode) => this.#set({ postcode }),
      })}
      ${this.#renderCountry(values.country, t)}
      ${consentFields({
        campaign,
        t,
        errors,
        privacy: values.privacy,
        updates: values.updates,
        website: this.#website,
        onChange: (changes) => this.#set(changes),
        onWebsite: (website) => {
          this.#website = website;
        },
      })}
      <div class="actions">
        <button type="submit" part="submit" aria-disabled=${this.#submitting ? 'true' : 'false'}>
          ${this.#submitting ? t.petition.submitting : t.petition.submit}
        </button>
      </div>
    </form>`;
  }

  #renderCountry(value: string, t: Catalogue): TemplateResult {
    const id = controlId('country');
    const error = this.#errors.country;
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
        @change=${(event: Event) => this.#set({ country: (event.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${value === ''}>${t.petition.countryNotGiven}</option>
        ${countryOptions(this.#context.lang()).map(
          (country) => html`<option value=${country.code} ?selected=${value === country.code}>${country.name}</option>`,
        )}
      </select>
    </div>`;
  }

  #renderResult(campaign: Campaign, status: SignatureStatus): TemplateResult {
    const t = this.#context.t();
    const [heading, body] =
      status === 'counted'
        ? [t.petition.thanksHeading, t.petition.thanksBody(campaign.petition.count, this.#context.format())]
        : status === 'already_signed'
          ? [t.petition.alreadySignedHeading, t.petition.alreadySignedBody]
          : [t.petition.checkEmailHeading, t.petition.checkEmailBody];
    return html`<section class="result" part="result" data-status=${status} aria-labelledby="result-heading">
      <h2 id="result-heading" tabindex="-1">${heading}</h2>
      <p>${body}</p>
      ${this.#share.render(pageToShare(campaign.shareUrl), campaign.title, t)}
    </section>`;
  }

  #focusField(field: string): void {
    this.#host.renderRoot.querySelector<HTMLElement>(`#${controlId(field)}`)?.focus();
  }

  /** Shows new errors and takes the supporter to their summary. */
  async #showErrors(errors: FieldErrors): Promise<void> {
    this.#errors = errors;
    this.#host.requestUpdate();
    await this.#context.focusAfterRender('.error-summary');
  }

  readonly #onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.#submitting) return;
    const values = this.#values;
    const parsed = safeParse(SignatureRequestSchema, {
      name: values.name,
      email: values.email,
      postcode: values.postcode.trim() || undefined,
      country: values.country || undefined,
      consent: { privacy: values.privacy, updates: values.updates },
      source: signatureSource(),
      website: this.#website,
    });
    if (!parsed.success) {
      this.#submitError = undefined;
      await this.#showErrors(fieldErrorsFrom(parsed.issues, this.#context.t(), this.#context.format()));
      return;
    }
    this.#errors = {};
    await this.#sign(parsed.output);
  };

  async #sign(input: SignatureRequest): Promise<void> {
    const store = this.#context.store();
    if (!store) return;
    this.#submitting = true;
    this.#submitError = undefined;
    this.#host.requestUpdate();
    try {
      const result = await store.client.petition.sign(store.slug, input, {
        idempotencyKey: this.#submissionKey.for(input),
      });
      store.applyCount(result.petition.count, result.petition.goal);
      this.#result = result.signature.status;
      this.#submissionKey.reset();
      this.#draft?.clear();
      this.#values = { ...EMPTY_DRAFT };
      emit(this.#host, 'placard-signed', {
        campaign: store.slug,
        status: result.signature.status,
        count: result.petition.count,
      });
      this.#submitting = false;
      this.#host.requestUpdate();
      await this.#context.focusAfterRender('#result-heading');
    } catch (error) {
      this.#submitting = false;
      this.#host.requestUpdate();
      await this.#failed(error, () => this.#sign(input));
    }
  }

  async #failed(error: unknown, resend: () => Promise<void>): Promise<void> {
    this.#context.reportError(error);
    if (isOffline(error)) {
      this.#pending.hold(resend);
      return;
    }
    if (errorCode(error) === 'campaign_closed') {
      this.#context.store()?.markClosed();
      return;
    }
    if (isPlacardError(error) && error.code === 'validation_failed' && error.fields) {
      await this.#showErrors({ ...error.fields });
      return;
    }
    if (errorCode(error) === 'email_not_accepted') {
      await this.#showErrors({ email: this.#context.t().fields.emailNotAccepted });
      return;
    }
    this.#submitError = error;
    this.#host.requestUpdate();
  }
}
