import * as v from 'valibot';
import { CampaignStatusSchema, LetterTemplateSchema, SignatureModeSchema } from './campaign.js';
import {
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
export type TimelineEntryInput = v.InferInput<typeof TimelineEntryInputSchema>;
export type TimelineEntryPatch = v.InferInput<typeof TimelineEntryPatchSchema>;
