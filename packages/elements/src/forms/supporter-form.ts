import type { Campaign } from '@placard/contract';
import { isPlacardError, type PlacardErrorCode } from '@placard/sdk';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { errorCode, isOffline } from '../base/error-message.js';
import { SessionDraft } from '../drafts/session-draft.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { PendingSubmission } from '../offline/pending-submission.js';
import type { CampaignStore } from '../store/campaign-store.js';
import { consentFields } from './consent-fields.js';
import { controlId } from './control-id.js';
import type { FieldErrors } from './field-errors.js';
import { textField } from './form-fields.js';
import { SubmissionKey } from './submission-key.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface SupporterFormOptions<Draft> {
  /** The values of a form nobody has typed in. */
  empty: Draft;
  /** The campaign written to, once known; a different campaign brings its own draft. */
  campaign(): string | undefined;
  store(): CampaignStore | undefined;
  t(): Catalogue;
  reportError(error: unknown): void;
  focusAfterRender(selector: string): Promise<void>;
  /** Adjusts a draft restored from the session, e.g. a step that no longer applies. */
  restore?(saved: Draft): Draft;
}

/** What every supporter form asks for and keeps in its draft: who they are, and their consent. */
interface SupporterDraft {
  name: string;
  email: string;
  privacy: boolean;
  updates: boolean;
}

/**
 * What the two supporter forms (signing the petition, writing to an MP) share:
 * the values, kept as a draft for the session per campaign so a reload loses
 * nothing; the field errors and moving focus to their summary; the idempotency
 * key that makes a retried submission count once; the queue that holds a
 * submission while the supporter is offline, and its notice; and the answers
 * to a failed write that every form gives the same way; the consent boxes and the
 * honeypot. Each form keeps what is
 * its own: its fields, its steps, its results and its own error codes.
 */
export class SupporterForm<Draft extends SupporterDraft> implements ReactiveController {
  values: Draft;
  errors: FieldErrors = {};
  /** A failure shown as a notice, rather than against a field. */
  failure: unknown;
  /** The honeypot's value: sent with the submission, never kept in the draft. */
  website = '';
  readonly #host: Host;
  readonly #options: SupporterFormOptions<Draft>;
  readonly #pending: PendingSubmission;
  readonly #key = new SubmissionKey();
  #draft: SessionDraft<Draft> | undefined;
  #campaign: string | undefined;

  constructor(host: Host, options: SupporterFormOptions<Draft>) {
    this.#host = host;
    this.#options = options;
    this.values = { ...options.empty };
    this.#pending = new PendingSubmission(host);
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdate(): void {
    const campaign = this.#options.campaign();
    if (!campaign || campaign === this.#campaign) return;
    this.#campaign = campaign;
    // A draft per widget (its tag) and campaign.
    this.#draft = new SessionDraft<Draft>(this.#host.localName, campaign);
    const saved = { ...this.#options.empty, ...this.#draft.load() };
    this.values = this.#options.restore ? this.#options.restore(saved) : saved;
  }

  /** Changes some values and keeps the draft. */
  set(patch: Partial<Draft>): void {
    this.values = { ...this.values, ...patch };
    this.#draft?.save(this.values);
    this.#host.requestUpdate();
  }

  /** The idempotency key of this submission: the same input sent again reuses it. */
  keyFor(input: unknown): string {
    return this.#key.for(input);
  }

  /** The server took the submission: the next one is new, and the draft is done with. */
  accepted(): void {
    this.#key.reset();
    this.#draft?.clear();
  }

  /** Clears what the last attempt showed, before a new one. */
  clearProblems(): void {
    this.errors = {};
    this.failure = undefined;
    this.#host.requestUpdate();
  }

  /** Shows field errors and takes the supporter to their summary. */
  async showErrors(errors: FieldErrors): Promise<void> {
    this.errors = errors;
    this.failure = undefined;
    this.#host.requestUpdate();
    await this.#options.focusAfterRender('.error-summary');
  }

  focusField(field: string): void {
    this.#host.renderRoot.querySelector<HTMLElement>(`#${controlId(field)}`)?.focus();
  }

  /**
   * Answers a failed write: offline, it waits to `resend`; otherwise `own` may
   * take a code only this form knows (true when it did), then a closed campaign,
   * the server's field errors and a refused address are shown the same way in
   * every form, and anything else becomes `failure`.
   */
  async failed(
    error: unknown,
    resend: () => Promise<void>,
    own?: (code: PlacardErrorCode) => boolean | Promise<boolean>,
  ): Promise<void> {
    this.#options.reportError(error);
    if (isOffline(error)) {
      this.#pending.hold(resend);
      return;
    }
    const code = errorCode(error);
    if (own && (await own(code))) return;
    if (code === 'campaign_closed') {
      this.#options.store()?.markClosed();
    } else if (code === 'validation_failed' && isPlacardError(error) && error.fields) {
      await this.showErrors({ ...error.fields });
    } else if (code === 'email_not_accepted') {
      await this.showErrors({ email: this.#options.t().fields.emailNotAccepted });
    } else {
      this.failure = error;
      this.#host.requestUpdate();
    }
  }

  /** The supporter's name and email address, tied to the values. */
  renderNameAndEmail(labels: { name: string; email: string }): TemplateResult {
    return html`${textField({
      field: 'name',
      label: labels.name,
      value: this.values.name,
      errors: this.errors,
      autocomplete: 'name',
      onInput: (name) => this.set({ name } as Partial<Draft>),
    })}
    ${textField({
      field: 'email',
      label: labels.email,
      type: 'email',
      inputmode: 'email',
      value: this.values.email,
      errors: this.errors,
      autocomplete: 'email',
      onInput: (email) => this.set({ email } as Partial<Draft>),
    })}`;
  }

  /** The privacy notice, the two consent boxes tied to the values, and the honeypot. */
  renderConsent(campaign: Campaign, t: Catalogue): TemplateResult {
    return consentFields({
      campaign,
      t,
      errors: this.errors,
      privacy: this.values.privacy,
      updates: this.values.updates,
      website: this.website,
      onChange: (changes) => this.set(changes as Partial<Draft>),
      onWebsite: (website) => {
        this.website = website;
      },
    });
  }

  /** The notice that a submission is waiting for the connection, with a button to try now. */
  renderOffline(t: Catalogue): TemplateResult | typeof nothing {
    if (!this.#pending.waiting) return nothing;
    return html`<div class="notice" part="offline" role="status">
      <p>${t.common.offlineQueued}</p>
      <button type="button" class="secondary" @click=${() => this.#pending.resendNow()}>${t.common.sendNow}</button>
    </div>`;
  }
}
