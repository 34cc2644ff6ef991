import * as v from 'valibot';
import {
  AdminSignatureSchema,
  CampaignInputSchema,
  CampaignPatchSchema,
  ErasureQuerySchema,
  ErasureResultSchema,
  ModerationSchema,
  SignatureListQuerySchema,
  TimelineEntryInputSchema,
  TimelineEntryPatchSchema,
} from './admin.js';
import { ConstituencyCountsSchema, CountryCountsSchema } from './areas.js';
import { CampaignSchema } from './campaign.js';
import type { ErrorCode } from './errors.js';
import {
  ConfirmationSchema,
  MessageRequestSchema,
  MessageResultSchema,
  PendingConfirmationSchema,
} from './messages.js';
import { PetitionSchema, SignatureRequestSchema, SignatureResultSchema } from './petition.js';
import { RepresentativeQuerySchema, RepresentativeSchema } from './representatives.js';
import { TimelineEntrySchema, TimelinePageSchema, TimelineQuerySchema } from './timeline.js';
import {
  CreatedWebhookEndpointSchema,
  WebhookDeliveryQuerySchema,
  WebhookDeliverySchema,
  WebhookEndpointInputSchema,
  WebhookEndpointSchema,
} from './webhooks.js';

type AnySchema = v.GenericSchema | v.GenericSchemaAsync;

export interface RouteDefinition {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** OpenAPI-style path: `{slug}` marks a parameter. */
  path: string;
  summary: string;
  /** Who may call it: anyone, a publishable key from an allowed origin, or a secret key. */
  auth: 'public' | 'publishable' | 'secret';
  query?: AnySchema;
  body?: AnySchema;
  /** Success status and body; `null` for a body-less answer or a stream. */
  status: number;
  response: AnySchema | null;
  /** `text/event-stream` instead of JSON. */
  stream?: true;
  /** A client that prefers `text/html` (a browser following an email link) gets a page instead of JSON. */
  html?: true;
  /** The request may carry an `Idempotency-Key` header. */
  idempotent?: true;
  errors: readonly ErrorCode[];
}

const WRITE_ERRORS = [
  'validation_failed',
  'invalid_json',
  'payload_too_large',
  'unsupported_media_type',
  'unauthorized',
  'origin_not_allowed',
  'rate_limited',
  'idempotency_conflict',
] as const satisfies readonly ErrorCode[];

/**
 * What any route may answer beyond its own `errors`: a fault on the server's side (a
 * bug, or the database out of reach). Clients treat both as "try again later".
 */
export const ANY_ROUTE_ERRORS = ['internal_error', 'unavailable'] as const satisfies readonly ErrorCode[];

const ADMIN_ERRORS = ['unauthorized', 'forbidden', 'validation_failed', 'invalid_json', 'not_found'] as const;

/** An admin route with a JSON body also refuses one that is too large or not JSON. */
const ADMIN_BODY_ERRORS = [...ADMIN_ERRORS, 'payload_too_large', 'unsupported_media_type'] as const;

/** Every operation of the v1 API. The server, the OpenAPI document and the tests read this table. */
export const routes = {
  getCampaign: {
    method: 'GET',
    path: '/v1/campaigns/{slug}',
    summary: 'A campaign: title, summary, petition and MP-letter template.',
    auth: 'public',
    status: 200,
    response: CampaignSchema,
    errors: ['not_found'],
  },
  listTimeline: {
    method: 'GET',
    path: '/v1/campaigns/{slug}/timeline',
    summary: 'Dated timeline entries, newest first, cursor-paginated.',
    auth: 'public',
    query: TimelineQuerySchema,
    status: 200,
    response: TimelinePageSchema,
    errors: ['not_found', 'validation_failed'],
  },
  getPetition: {
    method: 'GET',
    path: '/v1/campaigns/{slug}/petition',
    summary: 'The petition: count, goal and milestones with the time each was reached.',
    auth: 'public',
    status: 200,
    response: PetitionSchema,
    errors: ['not_found'],
  },
  getPetitionConstituencies: {
    method: 'GET',
    path: '/v1/campaigns/{slug}/petition/constituencies',
    summary:
      'Counted signatures by 2024 Westminster constituency (ONS code and name), most first. Areas and numbers only: ' +
      'signatures whose UK postcode has not been matched to a constituency, and anonymised ones, are not counted here.',
    auth: 'public',
    status: 200,
    response: ConstituencyCountsSchema,
    errors: ['not_found'],
  },
  getPetitionCountries: {
    method: 'GET',
    path: '/v1/campaigns/{slug}/petition/countries',
    summary:
      'Counted signatures by country (ISO 3166-1 alpha-2; a UK postcode without a country counts as GB), most first. ' +
      'Signatures giving neither, and anonymised ones, are not counted here.',
    auth: 'public',
    status: 200,
    response: CountryCountsSchema,
    errors: ['not_found'],
  },
  signPetition: {
    method: 'POST',
    path: '/v1/campaigns/{slug}/signatures',
    summary: 'Sign the petition. Signing twice with one email counts once.',
    auth: 'publishable',
    body: SignatureRequestSchema,
    status: 201,
    response: SignatureResultSchema,
    idempotent: true,
    errors: [...WRITE_ERRORS, 'not_found', 'campaign_closed'],
  },
  streamEvents: {
    method: 'GET',
    path: '/v1/campaigns/{slug}/events',
    summary: 'Server-Sent Events `count`, `milestone` and `timeline`; resumable with `Last-Event-ID`.',
    auth: 'public',
    status: 200,
    response: null,
    stream: true,
    errors: ['not_found'],
  },
  lookupRepresentative: {
    method: 'GET',
    path: '/v1/representatives',
    summary: 'The 2024 constituency and current MP for a UK postcode.',
    auth: 'public',
    query: RepresentativeQuerySchema,
    status: 200,
    response: RepresentativeSchema,
    errors: ['validation_failed', 'postcode_not_found', 'lookup_unavailable', 'rate_limited'],
  },
  sendMessage: {
    method: 'POST',
    path: '/v1/campaigns/{slug}/messages',
    summary: "A supporter's letter to their MP, sent once they confirm their email.",
    auth: 'publishable',
    body: MessageRequestSchema,
    status: 202,
    response: MessageResultSchema,
    idempotent: true,
    errors: [
      ...WRITE_ERRORS,
      'not_found',
      'campaign_closed',
      'postcode_not_found',
      'mp_email_unavailable',
      'lookup_unavailable',
    ],
  },
  getConfirmation: {
    method: 'GET',
    path: '/v1/confirm/{token}',
    summary:
      'What an emailed link would confirm (signature or letter, campaign, MP) and its state. Changes nothing, so mail scanners that follow links confirm nothing; a browser gets a page with a Confirm button that POSTs.',
    auth: 'public',
    status: 200,
    response: PendingConfirmationSchema,
    html: true,
    errors: ['token_invalid', 'token_expired'],
  },
  confirm: {
    method: 'POST',
    path: '/v1/confirm/{token}',
    summary:
      'Confirms a supporter email: counts the signature or sends the letter. Idempotent: a repeat answers `already_confirmed` and does nothing. No body or key needed; the token is the permission.',
    auth: 'public',
    status: 200,
    response: ConfirmationSchema,
    html: true,
    errors: ['token_invalid', 'token_expired'],
  },
  adminCreateCampaign: {
    method: 'POST',
    path: '/v1/admin/campaigns',
    summary: 'Create a campaign.',
    auth: 'secret',
    body: CampaignInputSchema,
    status: 201,
    response: CampaignSchema,
    errors: [...ADMIN_BODY_ERRORS, 'idempotency_conflict'],
  },
  adminListCampaigns: {
    method: 'GET',
    path: '/v1/admin/campaigns',
    summary: 'Every campaign.',
    auth: 'secret',
    status: 200,
    response: v.object({ campaigns: v.array(CampaignSchema) }),
    errors: ADMIN_ERRORS,
  },
  adminUpdateCampaign: {
    method: 'PATCH',
    path: '/v1/admin/campaigns/{slug}',
    summary: "Change a campaign's text, goal, status or letter.",
    auth: 'secret',
    body: CampaignPatchSchema,
    status: 200,
    response: CampaignSchema,
    errors: ADMIN_BODY_ERRORS,
  },
  adminAddTimelineEntry: {
    method: 'POST',
    path: '/v1/admin/campaigns/{slug}/timeline',
    summary: 'Add a timeline entry; broadcast live as a `timeline` event.',
    auth: 'secret',
    body: TimelineEntryInputSchema,
    status: 201,
    response: TimelineEntrySchema,
    errors: ADMIN_BODY_ERRORS,
  },
  adminUpdateTimelineEntry: {
    method: 'PATCH',
    path: '/v1/admin/campaigns/{slug}/timeline/{id}',
    summary: 'Edit a timeline entry; broadcast live.',
    auth: 'secret',
    body: TimelineEntryPatchSchema,
    status: 200,
    response: TimelineEntrySchema,
    errors: ADMIN_BODY_ERRORS,
  },
  adminDeleteTimelineEntry: {
    method: 'DELETE',
    path: '/v1/admin/campaigns/{slug}/timeline/{id}',
    summary: 'Remove a timeline entry; broadcast live.',
    auth: 'secret',
    status: 204,
    response: null,
    errors: ADMIN_ERRORS,
  },
  adminListSignatures: {
    method: 'GET',
    path: '/v1/admin/campaigns/{slug}/signatures',
    summary: 'Signatures for moderation, newest first. `format=csv` (or `Accept: text/csv`) exports them all.',
    auth: 'secret',
    query: SignatureListQuerySchema,
    status: 200,
    response: v.object({ signatures: v.array(AdminSignatureSchema) }),
    errors: ADMIN_ERRORS,
  },
  adminModerateSignature: {
    method: 'PATCH',
    path: '/v1/admin/campaigns/{slug}/signatures/{id}',
    summary: 'Hide a signature (it stops counting) or restore it.',
    auth: 'secret',
    body: ModerationSchema,
    status: 200,
    response: AdminSignatureSchema,
    errors: ADMIN_BODY_ERRORS,
  },
  adminEraseSupporter: {
    method: 'DELETE',
    path: '/v1/admin/supporters',
    summary:
      "Erase a supporter's personal data (any case of the address) from signatures, letters and queued mail. " +
      'Counts stay as they are; an unknown or already erased address answers zeros.',
    auth: 'secret',
    query: ErasureQuerySchema,
    status: 200,
    response: ErasureResultSchema,
    errors: ADMIN_ERRORS,
  },
  adminCreateWebhook: {
    method: 'POST',
    path: '/v1/admin/campaigns/{slug}/webhooks',
    summary:
      "Register an HTTPS endpoint for the campaign's events. The answer holds the endpoint's signing secret, " +
      'shown this once. Payloads carry no personal data unless `includePersonalData` is true.',
    auth: 'secret',
    body: WebhookEndpointInputSchema,
    status: 201,
    response: CreatedWebhookEndpointSchema,
    errors: ADMIN_BODY_ERRORS,
  },
  adminListWebhooks: {
    method: 'GET',
    path: '/v1/admin/campaigns/{slug}/webhooks',
    summary: "The campaign's webhook endpoints (without their secrets), oldest first.",
    auth: 'secret',
    status: 200,
    response: v.object({ webhooks: v.array(WebhookEndpointSchema) }),
    errors: ADMIN_ERRORS,
  },
  adminDeleteWebhook: {
    method: 'DELETE',
    path: '/v1/admin/campaigns/{slug}/webhooks/{id}',
    summary: 'Remove an endpoint: nothing more is delivered to it, including deliveries still waiting.',
    auth: 'secret',
    status: 204,
    response: null,
    errors: ADMIN_ERRORS,
  },
  adminListWebhookDeliveries: {
    method: 'GET',
    path: '/v1/admin/campaigns/{slug}/webhooks/{id}/deliveries',
    summary: "An endpoint's deliveries, newest first: status, attempts, the receiver's last status and error.",
    auth: 'secret',
    query: WebhookDeliveryQuerySchema,
    status: 200,
    response: v.object({ deliveries: v.array(WebhookDeliverySchema) }),
    errors: ADMIN_ERRORS,
  },
  adminRedeliverWebhook: {
    method: 'POST',
    path: '/v1/admin/campaigns/{slug}/webhooks/{id}/deliveries/{deliveryId}/redeliver',
    summary:
      'Send a delivery again, as a new delivery of the same event (same payload and `Placard-Event-Id`), due now.',
    auth: 'secret',
    status: 202,
    response: WebhookDeliverySchema,
    errors: ADMIN_ERRORS,
  },
} as const satisfies Record<string, RouteDefinition>;

export type RouteName = keyof typeof routes;
