import * as v from 'valibot';
import {
  ConsentSchema,
  CountrySchema,
  CountSchema,
  EmailSchema,
  HoneypotSchema,
  LocaleSchema,
  normalisePostcode,
  storableText,
  TimestampSchema,
  textSchema,
} from './primitives.js';

export const MilestoneSchema = v.object({
  count: CountSchema,
  /** When the count first reached this milestone; null until it does. */
  reachedAt: v.nullable(TimestampSchema),
});

export const PetitionSchema = v.object({
  count: CountSchema,
  goal: v.pipe(v.number(), v.integer(), v.minValue(1)),
  milestones: v.array(MilestoneSchema),
  updatedAt: TimestampSchema,
});

/** Where a signature came from, for the campaign's own reporting. */
export const SignatureSourceSchema = v.object({
  utmSource: v.optional(v.pipe(v.string(), storableText(), v.maxLength(200))),
  utmMedium: v.optional(v.pipe(v.string(), storableText(), v.maxLength(200))),
  utmCampaign: v.optional(v.pipe(v.string(), storableText(), v.maxLength(200))),
  referrer: v.optional(v.pipe(v.string(), storableText(), v.maxLength(2048))),
});

export const SignatureRequestSchema = v.pipe(
  v.object({
    name: textSchema(200, 'Enter your name.'),
    email: EmailSchema,
    postcode: v.optional(v.pipe(v.string(), storableText(), v.trim(), v.maxLength(16))),
    country: v.optional(CountrySchema),
    consent: ConsentSchema,
    source: v.optional(SignatureSourceSchema),
    website: HoneypotSchema,
    /** The language the widget was showing: the supporter's mails are written in it (unknown tags → English). */
    locale: v.optional(LocaleSchema),
  }),
  // A postcode is checked as a UK one unless the signer said they live elsewhere.
  v.forward(
    v.check(
      ({ postcode, country }) =>
        !postcode || (country !== undefined && country !== 'GB') || normalisePostcode(postcode) !== null,
      'Enter a UK postcode like SW1A 1AA.',
    ),
    ['postcode'],
  ),
  v.transform((input) => {
    const isUk = input.country === undefined || input.country === 'GB';
    const postcode = input.postcode ? (isUk ? normalisePostcode(input.postcode) : input.postcode) : undefined;
    return { ...input, postcode: postcode ?? undefined };
  }),
);

export const SignatureStatusSchema = v.picklist(['counted', 'pending_confirmation', 'already_signed']);

export const SignatureResultSchema = v.object({
  signature: v.object({ status: SignatureStatusSchema }),
  petition: v.object({ count: CountSchema, goal: v.number() }),
});

export type Milestone = v.InferOutput<typeof MilestoneSchema>;
export type Petition = v.InferOutput<typeof PetitionSchema>;
export type SignatureSource = v.InferOutput<typeof SignatureSourceSchema>;
/** What a caller sends (before normalisation). */
export type SignatureInput = v.InferInput<typeof SignatureRequestSchema>;
/** What the server stores (after normalisation). */
export type SignatureRequest = v.InferOutput<typeof SignatureRequestSchema>;
export type SignatureStatus = v.InferOutput<typeof SignatureStatusSchema>;
export type SignatureResult = v.InferOutput<typeof SignatureResultSchema>;
