import * as v from 'valibot';
import { ConsentSchema, EmailSchema, HoneypotSchema, PostcodeSchema, textSchema } from './primitives.js';
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
});

export const MessageStatusSchema = v.picklist(['pending_confirmation', 'queued', 'sent', 'test_delivered']);

export const MessageResultSchema = v.object({
  message: v.object({ id: v.string(), status: MessageStatusSchema }),
  mp: MpSchema,
  /** True for a `pk_test_` key: the letter goes to the supporter, never to the MP. */
  testMode: v.boolean(),
});

export const ConfirmationSchema = v.object({
  confirmed: v.picklist(['signature', 'message']),
  status: v.picklist(['counted', 'queued', 'already_confirmed']),
});

export type MessageInput = v.InferInput<typeof MessageRequestSchema>;
export type MessageRequest = v.InferOutput<typeof MessageRequestSchema>;
export type MessageStatus = v.InferOutput<typeof MessageStatusSchema>;
export type MessageResult = v.InferOutput<typeof MessageResultSchema>;
export type Confirmation = v.InferOutput<typeof ConfirmationSchema>;
