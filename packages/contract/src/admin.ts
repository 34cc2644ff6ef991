import * as v from 'valibot';
import { CampaignStatusSchema, LetterTemplateSchema, SignatureModeSchema } from './campaign.js';
import {
  CountSchema,
  HttpUrlSchema,
  IsoDateSchema,
  int32Schema,
  optionalTextSchema,
  SlugSchema,
  TimestampSchema,
  textSchema,
} from './primitives.js';
import { TimelineKindSchema } from './timeline.js';

// What campaign staff write and read through the admin API and the CLI. Kept in this
// module, which no browser code imports: bundlers keep every schema a module builds
// once anything of that module is used, since a schema call looks like a side effect.

/** A campaign as staff create it through the admin API or the CLI. */
export const CampaignInputSchema = v.object({
  slug: SlugSchema,
  title: textSchema(300),
  summary: v.optional(optionalTextSchema(5000), ''),
  status: v.optional(CampaignStatusSchema, 'open'),
  signatureMode: v.optional(SignatureModeSchema, 'double_opt_in'),
  // Stored in `integer` columns: anything above 2^31 − 1 is refused here, not by the database.
  goal: int32Schema(1),
  milestones: v.optional(v.array(int32Schema(1)), []),
  letter: v.optional(v.nullable(LetterTemplateSchema), null),
  privacyNotice: v.optional(optionalTextSchema(2000), ''),
  privacyUrl: v.optional(v.nullable(HttpUrlSchema), null),
  /** Left out, it starts at "1" and moves on by itself whenever the notice's text or link changes. */
  privacyNoticeVersion: v.optional(textSchema(100)),
  retentionDaysAfterClose: v.optional(
    v.pipe(
      v.number(),
      v.integer('Use a whole number of days.'),
      v.minValue(0, 'Use 0 or more days.'),
      v.maxValue(36500, 'Use at most 36500 days.'),
    ),
    90,
  ),
  shareUrl: v.optional(v.nullable(HttpUrlSchema), null),
});

export const CampaignPatchSchema = v.partial(v.omit(CampaignInputSchema, ['slug']));

/** A signature as the admin API lists it for moderation and export. */
export const AdminSignatureSchema = v.object({
  id: v.string(),
  name: v.string(),
  email: v.string(),
  postcode: v.nullable(v.string()),
  country: v.nullable(v.string()),
  status: v.picklist(['counted', 'pending_confirmation', 'hidden']),
  consentUpdates: v.boolean(),
  partner: v.nullable(v.string()),
  createdAt: TimestampSchema,
  /** The consent record: the privacy notice version shown, and when the supporter agreed (null: before records were kept). */
  privacyNoticeVersion: v.nullable(v.string()),
  consentedAt: v.nullable(TimestampSchema),
  /** When the personal fields were erased (on request or by retention); null while they are held. */
  anonymisedAt: v.nullable(TimestampSchema),
});

/** The most signatures one page of `GET …/signatures` holds. */
export const SIGNATURE_PAGE_MAX = 1000;

/**
 * `GET /v1/admin/campaigns/:slug/signatures`: JSON pages, newest first, `limit` at a time
 * (default 100) after the signature `before`; or, with `format=csv` (or an `Accept` that
 * prefers `text/csv`), every signature as CSV.
 */
export const SignatureListQuerySchema = v.object({
  format: v.optional(v.picklist(['csv', 'json'], 'Use csv or json.')),
  limit: v.optional(
    v.pipe(
      v.union([v.string(), v.number()]),
      v.transform(Number),
      v.integer(`Use a whole number from 1 to ${SIGNATURE_PAGE_MAX}.`),
      v.minValue(1, `Use a whole number from 1 to ${SIGNATURE_PAGE_MAX}.`),
      v.maxValue(SIGNATURE_PAGE_MAX, `Use a whole number from 1 to ${SIGNATURE_PAGE_MAX}.`),
    ),
  ),
  before: v.optional(v.pipe(v.string(), v.uuid('Use a signature id.'))),
});

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * `DELETE /v1/admin/supporters?email=`: the address whose personal data is
 * erased, matched without regard to case. Any stored address had an `@`, so
 * nothing stricter is asked of it (a stored address may predate today's rules).
 */
export const ErasureQuerySchema = v.object({
  email: v.pipe(
    v.string('Give the email address to erase.'),
    v.trim(),
    v.nonEmpty('Give the email address to erase.'),
    v.maxLength(320, 'Use at most 320 characters.'),
    v.includes('@', 'Give an email address.'),
    // PostgreSQL text cannot hold NUL, nor can UTF-8 carry half a surrogate pair: no stored address has either.
    v.check((text) => !text.includes('\u0000') && !LONE_SURROGATE.test(text), 'Give an email address.'),
  ),
});

/**
 * What an erasure changed, by kind. Nothing of the person is echoed back;
 * zero everywhere means nothing was held (or it was already erased).
 */
export const ErasureResultSchema = v.object({
  erased: v.object({
    /** Signatures anonymised (counted or hidden) or removed (never confirmed). */
    signatures: CountSchema,
    /** Letters anonymised (delivered) or removed (not yet sent). */
    letters: CountSchema,
    /** Mails removed from the outbox (and the dev mailbox). */
    mail: CountSchema,
  }),
});

export const ModerationSchema = v.object({ hidden: v.boolean() });

/** A timeline entry as campaign staff write it. */
export const TimelineEntryInputSchema = v.object({
  date: IsoDateSchema,
  kind: TimelineKindSchema,
  title: textSchema(300),
  body: v.optional(optionalTextSchema(5000), ''),
  url: v.optional(v.nullable(HttpUrlSchema), null),
});

export const TimelineEntryPatchSchema = v.partial(TimelineEntryInputSchema);

export type CampaignInput = v.InferInput<typeof CampaignInputSchema>;
export type CampaignPatch = v.InferInput<typeof CampaignPatchSchema>;
export type AdminSignature = v.InferOutput<typeof AdminSignatureSchema>;
export type ErasureResult = v.InferOutput<typeof ErasureResultSchema>;
export type TimelineEntryInput = v.InferInput<typeof TimelineEntryInputSchema>;
export type TimelineEntryPatch = v.InferInput<typeof TimelineEntryPatchSchema>;
