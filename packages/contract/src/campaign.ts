import * as v from 'valibot';
import { PetitionSchema } from './petition.js';
import { HttpUrlSchema, SlugSchema, StorableStringSchema, TimestampSchema } from './primitives.js';

export const CampaignStatusSchema = v.picklist(['open', 'closed']);

/**
 * When a signature counts: at once, or only after the signer confirms their
 * email (double opt-in).
 */
export const SignatureModeSchema = v.picklist(['immediate', 'double_opt_in']);

/**
 * The letter a campaign suggests supporters send their MP. `{{mpName}}`,
 * `{{constituency}}` and `{{name}}` are filled in by `fillLetter`.
 */
export const LetterTemplateSchema = v.object({
  subject: StorableStringSchema,
  body: StorableStringSchema,
});

export const CampaignSchema = v.object({
  slug: SlugSchema,
  title: v.string(),
  summary: v.string(),
  status: CampaignStatusSchema,
  signatureMode: SignatureModeSchema,
  petition: PetitionSchema,
  letter: v.nullable(LetterTemplateSchema),
  /** Shown beside the consent checkbox. */
  privacyNotice: v.string(),
  privacyUrl: v.nullable(HttpUrlSchema),
  /**
   * The version of the notice above. Each signature and letter records the
   * version in force when it was made, so staff can show which notice a
   * supporter agreed to.
   */
  privacyNoticeVersion: v.string(),
  /** Days supporters' personal data is kept after the campaign closes; then it is anonymised. */
  retentionDaysAfterClose: v.pipe(v.number(), v.integer()),
  /** The page supporters share; widgets fall back to the host page's URL. */
  shareUrl: v.nullable(HttpUrlSchema),
  updatedAt: TimestampSchema,
});

export type CampaignStatus = v.InferOutput<typeof CampaignStatusSchema>;
export type SignatureMode = v.InferOutput<typeof SignatureModeSchema>;
export type LetterTemplate = v.InferOutput<typeof LetterTemplateSchema>;
export type Campaign = v.InferOutput<typeof CampaignSchema>;
