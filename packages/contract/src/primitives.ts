import * as v from 'valibot';

/** A campaign's URL name: lower-case letters, digits and single hyphens. */
export const SlugSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and hyphens.'),
  v.maxLength(64, 'Use at most 64 characters.'),
);

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = v.pipe(v.string(), v.isoDate('Use a date like 2021-01-29.'));

/** A moment in time, ISO 8601 with a zone (`2021-01-28T00:00:00Z`). */
export const TimestampSchema = v.pipe(v.string(), v.isoTimestamp('Use an ISO 8601 time with a zone.'));

/** An absolute http(s) URL: links are never `javascript:` or `data:`. */
export const HttpUrlSchema = v.pipe(
  v.string(),
  v.url('Enter a full web address.'),
  v.regex(/^https?:\/\//i, 'Use an http or https address.'),
  v.maxLength(2048, 'Use at most 2048 characters.'),
);

/** Plain text a person typed: trimmed, required, bounded. */
export const textSchema = (max: number, required = 'This field is required.') =>
  v.pipe(v.string('Enter text.'), v.trim(), v.nonEmpty(required), v.maxLength(max, `Use at most ${max} characters.`));

export const EmailSchema = v.pipe(
  v.string('Enter an email address.'),
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
  const compact = input.toUpperCase().replace(/\s+/g, '');
  const match = POSTCODE.exec(compact);
  return match ? `${match[1]} ${match[2]}` : null;
}

/** A UK postcode in any spacing or case; the output is canonical (`SW1A 1AA`). */
export const PostcodeSchema = v.pipe(
  v.string('Enter a postcode.'),
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
