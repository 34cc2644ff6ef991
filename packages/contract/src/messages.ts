import * as v from 'valibot';
import {
  ConsentSchema,
  EmailSchema,
  HoneypotSchema,
  LocaleSchema,
  PostcodeSchema,
  SlugSchema,
  TimestampSchema,
  textSchema,
} from './primitives.js';
import { MpSchema } from './representatives.js';

/** A supporter's letter to their MP. */
export const MessageRequestSchema = v.object({
  postcode: PostcodeSchema,
  name: textSchema(200, 'Enter your name.'),
  email: EmailSchema,
  /** MPs answer their own constituents, so a postal address line is asked for. */
  address: textSchema(300, 'Enter your address.'),
  subject: textSchema(200, 'Enter a subject.'),
  body: textSchema(10_000, 'Write your letter.'),
  consent: ConsentSchema,
  website: HoneypotSchema,
  /** The language the widget was showing: the confirmation mail and page are in it; the letter stays as written. */
  locale: v.optional(LocaleSchema),
});

export const MessageStatusSchema = v.picklist(['pending_confirmation', 'queued', 'sent', 'test_delivered']);

export const MessageResultSchema = v.object({
  message: v.object({ id: v.string(), status: MessageStatusSchema }),
  mp: MpSchema,
  /** True for a `pk_test_` key: the letter goes to the supporter, never to the MP. */
  testMode: v.boolean(),
});

export const ConfirmKindSchema = v.picklist(['signature', 'message']);

/** The answer to `POST /v1/confirm/{token}`: what was confirmed; a repeat answers `already_confirmed`. */
export const ConfirmationSchema = v.object({
  confirmed: ConfirmKindSchema,
  status: v.picklist(['counted', 'queued', 'already_confirmed']),
});

/**
 * The answer to `GET /v1/confirm/{token}`, which changes nothing: what the
 * link would confirm, so a page can ask the supporter before it POSTs. It
 * names the campaign (and, for a letter, the MP), never the supporter.
 */
export const PendingConfirmationSchema = v.object({
  kind: ConfirmKindSchema,
  /** `confirmed` once any link for it was used; `expired` when too late (sign or write again). */
  state: v.picklist(['pending', 'confirmed', 'expired']),
  campaign: v.object({ slug: SlugSchema, title: v.string() }),
  /** Letters only: who it goes to. In test mode it goes back to the supporter instead. */
  letter: v.nullable(v.object({ mpName: v.string(), constituency: v.string(), testMode: v.boolean() })),
  /** When this link stops working. */
  expiresAt: TimestampSchema,
});

export type MessageInput = v.InferInput<typeof MessageRequestSchema>;
export type MessageRequest = v.InferOutput<typeof MessageRequestSchema>;
export type MessageStatus = v.InferOutput<typeof MessageStatusSchema>;
export type MessageResult = v.InferOutput<typeof MessageResultSchema>;
export type ConfirmKind = v.InferOutput<typeof ConfirmKindSchema>;
export type Confirmation = v.InferOutput<typeof ConfirmationSchema>;
export type PendingConfirmation = v.InferOutput<typeof PendingConfirmationSchema>;
