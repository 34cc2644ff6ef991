import * as v from 'valibot';

// NUL and unpaired UTF-16 surrogates (`\uD800` alone) are valid in a JSON string but not in
// PostgreSQL text or jsonb: the database would refuse the row with an error. With the `u`
// flag a surrogate pair is one code point, so `\p{Cs}` matches only the unpaired halves.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is this pattern's purpose.
const UNSTORABLE = /[\u0000\p{Cs}]/u;

export const UNSTORABLE_TEXT_MESSAGE = 'Remove the NUL character or broken Unicode character from this text.';

/** True when `text` has no NUL and no unpaired surrogate, so a database can store it. */
export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** Any string a client sends that may be stored or looked up: no NUL, no unpaired surrogates. */
export const storableText = () => v.check<string, string>(isStorableText, UNSTORABLE_TEXT_MESSAGE);

/** A string with nothing else asked of it but being storable. */
export const StorableStringSchema = v.pipe(v.string(), storableText());

/** The largest value of a PostgreSQL `integer` column: goals and milestones are stored as one. */
export const MAX_INT32 = 2_147_483_647;

/** A whole number from `min` to what an `integer` column holds. */
export const int32Schema = (min: number) =>
  v.pipe(
    v.number('Enter a whole number.'),
    v.integer('Use a whole number.'),
    v.minValue(min, `Use at least ${min}.`),
    v.maxValue(MAX_INT32, `Use at most ${MAX_INT32}.`),
  );

/** A campaign's URL name: lower-case letters, digits and single hyphens. */
export const SlugSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and hyphens.'),
  v.maxLength(64, 'Use at most 64 characters.'),
);

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True for a real calendar date `YYYY-MM-DD` from year 1 to 9999: no 31 February, no month
 * 13, no year 0 (which PostgreSQL's `date` refuses).
 */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day <= days;
}

/** A calendar date, `YYYY-MM-DD`, that exists. */
export const IsoDateSchema = v.pipe(v.string(), v.check(isCalendarDate, 'Use a real date like 2021-01-29.'));

/** A moment in time, ISO 8601 with a zone (`2021-01-28T00:00:00Z`). */
export const TimestampSchema = v.pipe(v.string(), v.isoTimestamp('Use an ISO 8601 time with a zone.'));

/** An absolute http(s) URL: links are never `javascript:` or `data:`. */
export const HttpUrlSchema = v.pipe(
  v.string(),
  storableText(),
  v.url('Enter a full web address.'),
  v.regex(/^https?:\/\//i, 'Use an http or https address.'),
  v.maxLength(2048, 'Use at most 2048 characters.'),
);

/** Plain text a person typed: trimmed, required, bounded, storable. */
export const textSchema = (max: number, required = 'This field is required.') =>
  v.pipe(
    v.string('Enter text.'),
    storableText(),
    v.trim(),
    v.nonEmpty(required),
    v.maxLength(max, `Use at most ${max} characters.`),
  );

/** Plain text that may be empty: trimmed, bounded, storable. */
export const optionalTextSchema = (max: number) =>
  v.pipe(v.string('Enter text.'), storableText(), v.trim(), v.maxLength(max, `Use at most ${max} characters.`));

export const EmailSchema = v.pipe(
  v.string('Enter an email address.'),
  storableText(),
  v.trim(),
  v.nonEmpty('Enter your email address.'),
  v.maxLength(254, 'Use at most 254 characters.'),
  v.email('Enter an email address like name@example.org.'),
);

const POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$/;

/**
 * Normalises a UK postcode to its canonical form (`sw1a1aa` → `SW1A 1AA`),
 * or returns null when it cannot be one.
 */
export function normalisePostcode(input: string): string | null {
  // People type postcodes in any case, with stray spaces, dots or dashes (`sw1a-1aa.`).
  const compact = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const match = POSTCODE.exec(compact);
  return match ? `${match[1]} ${match[2]}` : null;
}

/** A UK postcode in any spacing or case; the output is canonical (`SW1A 1AA`). */
export const PostcodeSchema = v.pipe(
  v.string('Enter a postcode.'),
  storableText(),
  v.trim(),
  v.nonEmpty('Enter your postcode.'),
  v.check((value) => normalisePostcode(value) !== null, 'Enter a UK postcode like SW1A 1AA.'),
  v.transform((value) => normalisePostcode(value) as string),
);

/** ISO 3166-1 alpha-2 country code, upper case. */
export const CountrySchema = v.pipe(
  v.string(),
  v.trim(),
  v.toUpperCase(),
  v.regex(/^[A-Z]{2}$/, 'Use a two-letter country code like GB.'),
);

const PRIVACY_REQUIRED = 'Please agree to the privacy notice to continue.';

export const ConsentSchema = v.object({
  // Optional then checked, so a missing box gets the same plain message as an unticked one.
  privacy: v.pipe(v.optional(v.boolean(), false), v.value(true, PRIVACY_REQUIRED)),
  updates: v.optional(v.boolean(), false),
});

/** The honeypot: a field people never see, so anything in it came from a bot. */
export const HoneypotSchema = v.optional(v.string(), '');

export const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

/** The language a request asks its mails to be written in: any tag, matched to one we have as the widgets match it. */
export const LocaleSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(35, 'A locale is a BCP 47 tag such as fr or zh-TW.'),
);
