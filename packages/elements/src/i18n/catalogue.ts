import type { TimelineKind } from '@placard/contract';
import type { Format } from './format.js';

/** A message that depends on a number: plural forms differ by language, so each catalogue writes its own. */
export type CountMessage = (count: number, format: Format<CatalogueBasics>) => string;

/** Per-field words for client-side validation; which fields are wrong comes from the contract's schemas. */
export interface FieldMessages {
  nameRequired: string;
  emailRequired: string;
  emailInvalid: string;
  /** The server refuses addresses at disposable-mail domains (email_not_accepted). */
  emailNotAccepted: string;
  postcodeRequired: string;
  postcodeInvalid: string;
  countryInvalid: string;
  addressRequired: string;
  subjectRequired: string;
  bodyRequired: string;
  consentRequired: string;
  tooLong: CountMessage;
  invalid: string;
}

/**
 * Every word the widgets show. A language is one file implementing this
 * interface, so a missing key fails the type-check.
 */
export interface Catalogue {
  /** BCP 47 tag of the language the catalogue is written in. */
  locale: string;
  /** The language's writing direction: the widgets lay out right-to-left for `rtl`. */
  dir: 'ltr' | 'rtl';
  /**
   * Who has checked the words: `source` (English, written here), `reviewed` (by a
   * native speaker, named in `reviewer`) or `draft` (translated without one; docs/translating.md).
   */
  review: { status: 'source' | 'reviewed' | 'draft'; reviewer?: string };
  /** Month names, January first: used when the browser's Intl has no data for this language. */
  months: readonly string[];
  /** Writes a calendar date in words from its parts (month 1–12). */
  longDate(day: number, monthName: string, year: number): string;

  common: {
    loading: string;
    retry: string;
    loadFailed: string;
    notFound: string;
    offline: string;
    missingCampaign: string;
    errorSummaryTitle: string;
    rateLimited: CountMessage;
    serverError: string;
    notAllowed: string;
    /** A write refused with origin_not_allowed: this website is not set up for the campaign. */
    originNotAllowed: string;
    closed: string;
    offlineQueued: string;
    sendNow: string;
    requiredMark: string;
    optional: string;
    opensInNewTab: string;
    honeypotLabel: string;
  };

  fields: FieldMessages;

  consent: {
    privacy: string;
    privacyLink: string;
    updates: string;
  };

  timeline: {
    label: string;
    kinds: Record<TimelineKind, string>;
    readMore: string;
    showMore: string;
    /** The "show more" button after loading more failed. */
    showMoreAgain: string;
    loadingMore: string;
    empty: string;
    loadFailed: string;
    newBadge: string;
    added(title: string): string;
    updated(title: string): string;
    deleted: string;
  };

  petition: {
    /** The word(s) after the big number: "signatures", "o lofnodion". */
    unit: CountMessage;
    /** The count as a sentence, for screen readers and thank-you text. */
    signatures: CountMessage;
    progressLabel(count: number, target: number, format: Format<CatalogueBasics>): string;
    toGo(remaining: number, target: number, format: Format<CatalogueBasics>): string;
    goal(goal: number, format: Format<CatalogueBasics>): string;
    goalReached: string;
    milestonesHeading: string;
    celebration: CountMessage;
    signHeading: string;
    closedBody: string;
  };

  /** The signing form, loaded on intent (the first view shows `petition` only). */
  signing: {
    name: string;
    email: string;
    postcode: string;
    country: string;
    countryNotGiven: string;
    submit: string;
    submitting: string;
    thanksHeading: string;
    thanksBody: CountMessage;
    alreadySignedHeading: string;
    alreadySignedBody: string;
    checkEmailHeading: string;
    checkEmailBody: string;
    /**
     * After signing with a UK postcode (`show-area-count`): how many have signed in the
     * supporter's constituency. `area` is its name, already isolated (`isolate()`).
     */
    areaCount(count: number, area: string, format: Format<CatalogueBasics>): string;
  };

  share: {
    heading: string;
    text(title: string): string;
    copyLink: string;
    copied: string;
    copyFallback: string;
    email: string;
    whatsapp: string;
    x: string;
    facebook: string;
  };

  /** The MP form's first view: its postcode step. */
  letter: {
    postcodeHeading: string;
    postcode: string;
    postcodeHint: string;
    findMp: string;
    finding: string;
    step(step: number, total: number, format: Format<CatalogueBasics>): string;
  };

  /** The MP form after its postcode step, loaded on intent (the first view shows `letter` only). */
  letterSteps: {
    postcodeNotFound: string;
    lookupUnavailable: string;
    mpIs(name: string, party: string, constituency: string): string;
    changePostcode: string;
    letterHeading: string;
    subject: string;
    body: string;
    nudge: string;
    continue: string;
    back: string;
    testMode(mpName: string): string;
    detailsHeading: string;
    name: string;
    email: string;
    address: string;
    addressHint: string;
    send: string;
    sending: string;
    sentHeading: string;
    sentBody(mpName: string): string;
    nextStepsHeading: string;
    nextSteps: readonly string[];
    mpEmailUnavailable(mpName: string): string;
    contactPage(mpName: string): string;
    mailtoFallback: string;
  };
}

/** What `Format` and the widget frame need of a catalogue: the language's tag, direction and how it writes dates. */
export type CatalogueBasics = Pick<Catalogue, 'locale' | 'dir' | 'months' | 'longDate'>;
