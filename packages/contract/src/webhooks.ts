import * as v from 'valibot';
import { CountSchema, SlugSchema, StorableStringSchema, storableText, TimestampSchema } from './primitives.js';
import { TimelineEntrySchema } from './timeline.js';

// Webhooks: what campaign staff register through the admin API, and what Placard POSTs
// to their endpoints. Like admin.ts, no browser code imports this module.

/** Every event a webhook endpoint may subscribe to. */
export const WEBHOOK_EVENTS = [
  'signature.counted',
  'message.confirmed',
  'milestone.reached',
  'timeline.published',
] as const;

export const WebhookEventTypeSchema = v.picklist(WEBHOOK_EVENTS, `Use one of: ${WEBHOOK_EVENTS.join(', ')}.`);

/**
 * The endpoint's address. `https://` only; the server also accepts `http://localhost` and
 * `http://127.0.0.1` outside production (for tests), and in production refuses addresses on
 * private, loopback or link-local networks, at registration and again at each delivery.
 */
export const WebhookUrlSchema = v.pipe(
  v.string(),
  storableText(),
  v.url('Enter a full web address.'),
  v.regex(/^https?:\/\//i, 'Use an https address.'),
  v.maxLength(2048, 'Use at most 2048 characters.'),
);

/** `POST /v1/admin/campaigns/:slug/webhooks`. */
export const WebhookEndpointInputSchema = v.object({
  url: WebhookUrlSchema,
  events: v.pipe(
    v.array(WebhookEventTypeSchema),
    v.minLength(1, 'Subscribe to at least one event.'),
    v.maxLength(WEBHOOK_EVENTS.length, 'List each event once.'),
    v.check((events) => new Set(events).size === events.length, 'List each event once.'),
  ),
  /**
   * Off by default: payloads then carry ids, counts, the campaign's slug and a constituency
   * code at most. On, `signature.counted` and `message.confirmed` also carry the supporter's
   * name, email and postcode (and the letter), which the receiver must then protect.
   */
  includePersonalData: v.optional(v.boolean(), false),
  description: v.optional(v.pipe(StorableStringSchema, v.maxLength(200, 'Use at most 200 characters.')), ''),
});

/** An endpoint as listed. Its secret is never shown again after creation. */
export const WebhookEndpointSchema = v.object({
  id: v.string(),
  campaign: SlugSchema,
  url: v.string(),
  events: v.array(WebhookEventTypeSchema),
  includePersonalData: v.boolean(),
  description: v.string(),
  createdAt: TimestampSchema,
});

/** The answer to creating an endpoint: the only time its signing secret is shown. */
export const CreatedWebhookEndpointSchema = v.object({
  ...WebhookEndpointSchema.entries,
  /** `whsec_…`: verifies the `Placard-Signature` header. Shown once; store it now. */
  secret: v.string(),
});

export const WebhookDeliveryStatusSchema = v.picklist(['pending', 'sending', 'delivered', 'failed']);

/** One event's delivery to one endpoint, as staff see it (the payload is not echoed). */
export const WebhookDeliverySchema = v.object({
  id: v.string(),
  endpointId: v.string(),
  /** The event's id: the `Placard-Event-Id` header, the same on every retry and redelivery. */
  eventId: v.string(),
  type: WebhookEventTypeSchema,
  status: WebhookDeliveryStatusSchema,
  attempts: CountSchema,
  /** The receiver's last HTTP status; null before the first answer (or when it never answered). */
  lastStatus: v.nullable(v.number()),
  /** Why the last attempt failed (a status, a timeout, a refused address); never the receiver's body. */
  lastError: v.nullable(v.string()),
  nextAttemptAt: v.nullable(TimestampSchema),
  createdAt: TimestampSchema,
  deliveredAt: v.nullable(TimestampSchema),
});

/** `GET …/webhooks/:id/deliveries`: newest first. */
export const WebhookDeliveryQuerySchema = v.object({
  status: v.optional(WebhookDeliveryStatusSchema),
  limit: v.optional(
    v.pipe(
      v.union([v.string(), v.number()]),
      v.transform(Number),
      v.integer('Use a whole number from 1 to 200.'),
      v.minValue(1, 'Use a whole number from 1 to 200.'),
      v.maxValue(200, 'Use a whole number from 1 to 200.'),
    ),
  ),
});

// ---- Payloads: the JSON body of each delivery. ----

/** The supporter, only on endpoints with `includePersonalData`. */
export const WebhookSupporterSchema = v.object({
  name: v.string(),
  email: v.string(),
  postcode: v.nullable(v.string()),
  country: v.nullable(v.string()),
});

export const SignatureCountedDataSchema = v.object({
  signatureId: v.string(),
  /** The petition's count with this signature. */
  count: CountSchema,
  goal: CountSchema,
  supporter: v.optional(WebhookSupporterSchema),
});

export const MessageConfirmedDataSchema = v.object({
  messageId: v.string(),
  /** The MP's constituency (ONS code): public, and no more precise than that. */
  constituencyCode: v.string(),
  mpId: v.number(),
  testMode: v.boolean(),
  supporter: v.optional(v.object({ name: v.string(), email: v.string(), postcode: v.string(), address: v.string() })),
  letter: v.optional(v.object({ subject: v.string(), body: v.string() })),
});

export const MilestoneReachedDataSchema = v.object({ count: CountSchema, reachedAt: TimestampSchema });

export const TimelinePublishedDataSchema = v.object({ entry: TimelineEntrySchema });

const envelope = <T extends string, D extends v.GenericSchema>(type: T, data: D) =>
  v.object({
    /** The event's id, also sent as `Placard-Event-Id`: receivers deduplicate on it. */
    id: v.string(),
    type: v.literal(type),
    createdAt: TimestampSchema,
    campaign: v.object({ slug: SlugSchema }),
    data,
  });

export const WebhookPayloadSchemas = {
  'signature.counted': envelope('signature.counted', SignatureCountedDataSchema),
  'message.confirmed': envelope('message.confirmed', MessageConfirmedDataSchema),
  'milestone.reached': envelope('milestone.reached', MilestoneReachedDataSchema),
  'timeline.published': envelope('timeline.published', TimelinePublishedDataSchema),
} as const;

/** Any delivery's body. */
export const WebhookPayloadSchema = v.variant('type', Object.values(WebhookPayloadSchemas));

/** The headers of every delivery. */
export const WEBHOOK_HEADERS = {
  /** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the endpoint's secret>`. */
  signature: 'Placard-Signature',
  /** The event's id: the same on every retry and redelivery. */
  eventId: 'Placard-Event-Id',
  /** This delivery's id (a redelivery has a new one). */
  deliveryId: 'Placard-Delivery-Id',
  eventType: 'Placard-Event-Type',
} as const;

export type WebhookEventType = v.InferOutput<typeof WebhookEventTypeSchema>;
export type WebhookEndpointInput = v.InferInput<typeof WebhookEndpointInputSchema>;
export type WebhookEndpoint = v.InferOutput<typeof WebhookEndpointSchema>;
export type CreatedWebhookEndpoint = v.InferOutput<typeof CreatedWebhookEndpointSchema>;
export type WebhookDelivery = v.InferOutput<typeof WebhookDeliverySchema>;
export type WebhookDeliveryStatus = v.InferOutput<typeof WebhookDeliveryStatusSchema>;
export type WebhookPayload = v.InferOutput<typeof WebhookPayloadSchema>;
export type WebhookPayloadMap = {
  [K in keyof typeof WebhookPayloadSchemas]: v.InferOutput<(typeof WebhookPayloadSchemas)[K]>;
};
