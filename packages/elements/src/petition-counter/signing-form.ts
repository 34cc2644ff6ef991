/**
 * `<petition-counter>`'s signing form and its thank-you panel: everything a
 * supporter needs only once they mean to sign (validation, consent, drafts,
 * the offline queue, sharing, the count in the supporter's constituency). The element imports this module on intent —
 * focus, pointer or key on the widget, the widget near the viewport, or idle
 * time — so the count shows without waiting for any of it.
 */
import type { Campaign, SignatureRequest, SignatureStatus } from '@placard/contract';
import { SignatureRequestSchema } from '@placard/contract';
import { type CSSResult, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { safeParse } from 'valibot';
import { writeErrorMessage } from '../base/error-message.js';
import { emit } from '../events.js';
import { controlId } from '../forms/control-id.js';
import { fieldErrorsFrom } from '../forms/field-errors.js';
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
  /** `show-area-count`: after a signature with a UK postcode, say how many have signed in its constituency. */
  showAreaCount(): boolean;
  announcer: LiveAnnouncer;
  reportError(error: unknown): void;
  focusAfterRender(selector: string): Promise<void>;
}

/** The signing form's own part: its fields, the signature request and the thank-you panel. */
export class SigningForm {
  readonly #host: SigningFormHost;
  readonly #context: SigningFormContext;
  readonly #form: SupporterForm<SignatureDraft>;
  readonly #share: SharePanel;
  #submitting = false;
  #result: SignatureStatus | undefined;
  /** The supporter's constituency and how many have signed there, once fetched (`show-area-count`). */
  #area: { name: string; count: number } | undefined;

  constructor(host: SigningFormHost, context: SigningFormContext) {
    this.#host = host;
    this.#context = context;
    this.#form = new SupporterForm(host, {
      empty: EMPTY_DRAFT,
      campaign: () => context.store()?.slug,
      store: context.store,
      t: context.t,
      reportError: context.reportError,
      focusAfterRender: context.focusAfterRender,
    });
    this.#share = new SharePanel(host, context.announcer);
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

  #renderForm(campaign: Campaign): TemplateResult {
    const t = this.#context.t();
    const { values, errors } = this.#form;
    return html`<form class="sign" part="form" novalidate aria-labelledby="sign-heading" @submit=${this.#onSubmit}>
      <h2 id="sign-heading">${t.petition.signHeading}</h2>
      ${errorSummary(errors, FIELD_ORDER, t, (field) => this.#form.focusField(field))} ${this.#form.renderOffline(t)}
      ${
        this.#form.failure !== undefined
          ? html`<div class="notice error" part="error" role="alert">
            <p>${writeErrorMessage(this.#form.failure, t, this.#context.format())}</p>
          </div>`
          : nothing
      }
      ${this.#form.renderNameAndEmail({ name: t.signing.name, email: t.signing.email })}
      ${textField({
        field: 'postcode',
        label: t.signing.postcode,
        optional: t.common.optional,
        value: values.postcode,
        errors,
        autocomplete: 'postal-code',
        onInput: (postcode) => this.#form.set({ postcode }),
      })}
      ${this.#renderCountry(values.country, t)}
      ${this.#form.renderConsent(campaign, t)}
      <div class="actions">
        <button type="submit" part="submit" aria-disabled=${this.#submitting ? 'true' : 'false'}>
          ${this.#submitting ? t.signing.submitting : t.signing.submit}
        </button>
      </div>
    </form>`;
  }

  #renderCountry(value: string, t: Catalogue): TemplateResult {
    const id = controlId('country');
    const error = this.#form.errors.country;
    return html`<div class="field" part="field">
      <label for=${id}>${t.signing.country} <span class="hint">${t.common.optional}</span></label>
      ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}
      <select
        id=${id}
        name="country"
        part="control"
        autocomplete="country"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        @change=${(event: Event) => this.#form.set({ country: (event.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${value === ''}>${t.signing.countryNotGiven}</option>
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
        ? [t.signing.thanksHeading, t.signing.thanksBody(campaign.petition.count, this.#context.format())]
        : status === 'already_signed'
          ? [t.signing.alreadySignedHeading, t.signing.alreadySignedBody]
          : [t.signing.checkEmailHeading, t.signing.checkEmailBody];
    return html`<section class="result" part="result" data-status=${status} aria-labelledby="result-heading">
      <h2 id="result-heading" tabindex="-1">${heading}</h2>
      <p>${body}</p>
      ${
        this.#area
          ? html`<p class="area-count" part="area-count">
            ${t.signing.areaCount(this.#area.count, isolate(this.#area.name, t), this.#context.format())}
          </p>`
          : nothing
      }
      ${this.#share.render(pageToShare(campaign.shareUrl), campaign.title, t)}
    </section>`;
  }

  readonly #onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.#submitting) return;
    const values = this.#form.values;
    const parsed = safeParse(SignatureRequestSchema, {
      name: values.name,
      email: values.email,
      postcode: values.postcode.trim() || undefined,
      country: values.country || undefined,
      consent: { privacy: values.privacy, updates: values.updates },
      source: signatureSource(),
      website: this.#form.website,
      // The supporter's mails are written in the language the widget shows.
      locale: this.#context.t().locale,
    });
    if (!parsed.success) {
      await this.#form.showErrors(fieldErrorsFrom(parsed.issues, this.#context.t(), this.#context.format()));
      return;
    }
    await this.#sign(parsed.output);
  };

  async #sign(input: SignatureRequest): Promise<void> {
    const store = this.#context.store();
    if (!store) return;
    this.#submitting = true;
    this.#form.clearProblems();
    try {
      const result = await store.client.petition.sign(store.slug, input, {
        idempotencyKey: this.#form.keyFor(input),
      });
      store.applyCount(result.petition.count, result.petition.goal);
      this.#result = result.signature.status;
      this.#area = undefined;
      if (this.#context.showAreaCount()) void this.#showAreaCount(store, input, result.signature.status);
      this.#form.accepted();
      this.#form.values = { ...EMPTY_DRAFT };
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
      await this.#form.failed(error, () => this.#sign(input));
    }
  }
  /**
   * The thank-you's line for `show-area-count`: the postcode's constituency from the
   * representatives lookup, then that constituency's count from the public counts by area.
   * Asked here, after the answer, so the signature itself carries nothing more and waits for
   * nothing. The postcode goes to the same API that was just given it, and is kept nowhere.
   * Any failure, or an area nobody has signed from, leaves the line out.
   */
  async #showAreaCount(store: CampaignStore, input: SignatureRequest, status: SignatureStatus): Promise<void> {
    const uk = input.country === undefined || input.country === 'GB';
    if (!input.postcode || !uk) return;
    try {
      const { constituency } = await store.client.representatives.lookup({ postcode: input.postcode });
      const { constituencies } = await store.client.petition.constituencies(store.slug);
      const listed = constituencies.find((area) => area.code === constituency.code)?.count ?? 0;
      // The server finds a new signature's constituency just after it is written: a counted
      // one is there even if the counts by area have not caught up with it yet.
      const count = status === 'counted' ? Math.max(listed, 1) : listed;
      if (count === 0 || this.#result !== status) return;
      this.#area = { name: constituency.name, count };
      this.#host.requestUpdate();
      const t = this.#context.t();
      this.#context.announcer.announce(
        t.signing.areaCount(count, isolate(constituency.name, t), this.#context.format()),
      );
    } catch {
      // A postcode the lookup does not know, or the API out of reach: the thank-you stands as it is.
    }
  }
}
