import type { Catalogue, CatalogueBasics } from './catalogue.js';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Placard serves UK campaigns, so a bare language tag means its British form:
 * `Intl`'s plain `en` writes American dates ("January 29, 2021").
 */
const UK_FORMS: Record<string, string> = { en: 'en-GB', cy: 'cy-GB' };

function supported(
  service: { supportedLocalesOf(locales: string[]): string[] },
  ...tags: string[]
): string | undefined {
  return tags.find((tag) => service.supportedLocalesOf([tag]).length > 0);
}

/**
 * Numbers, dates and plurals in one language through `Intl`. When the browser
 * has no date data for the language (Chromium ships none for Welsh), dates are
 * written from the catalogue's month names instead of falling back to English.
 */
export class Format<C extends CatalogueBasics = Catalogue> {
  readonly catalogue: C;
  readonly #numbers: Intl.NumberFormat;
  readonly #dates: Intl.DateTimeFormat | undefined;
  readonly #utcDates: Intl.DateTimeFormat | undefined;
  readonly #plurals: Intl.PluralRules;

  constructor(requested: string, catalogue: C) {
    this.catalogue = catalogue;
    const preferred = UK_FORMS[requested.toLowerCase()] ?? requested;
    this.#numbers = new Intl.NumberFormat(supported(Intl.NumberFormat, preferred, requested, catalogue.locale) ?? 'en');
    const dateLocale = supported(Intl.DateTimeFormat, preferred, requested, catalogue.locale);
    if (dateLocale) {
      this.#dates = new Intl.DateTimeFormat(dateLocale, { dateStyle: 'long' });
      this.#utcDates = new Intl.DateTimeFormat(dateLocale, { dateStyle: 'long', timeZone: 'UTC' });
    }
    this.#plurals = new Intl.PluralRules(catalogue.locale);
  }

  number(value: number): string {
    return this.#numbers.format(value);
  }

  /** A calendar date (`2021-01-29`, read as that day everywhere) or a timestamp (in the reader's zone). */
  date(iso: string): string {
    const dateOnly = DATE_ONLY.exec(iso);
    const moment = dateOnly ? new Date(Date.UTC(+dateOnly[1]!, +dateOnly[2]! - 1, +dateOnly[3]!)) : new Date(iso);
    if (Number.isNaN(moment.getTime())) return iso;
    const intl = dateOnly ? this.#utcDates : this.#dates;
    if (intl) return intl.format(moment);
    const [day, month, year] = dateOnly
      ? [moment.getUTCDate(), moment.getUTCMonth(), moment.getUTCFullYear()]
      : [moment.getDate(), moment.getMonth(), moment.getFullYear()];
    return this.catalogue.longDate(day, this.catalogue.months[month] ?? '', year);
  }

  /** Picks the form for `count` by the language's plural rules. */
  plural(count: number, forms: PluralForms): string {
    return forms[this.#plurals.select(count)] ?? forms.other;
  }
}
