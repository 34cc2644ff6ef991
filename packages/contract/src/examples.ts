/**
 * A request and response example for every route of the table, keyed by the
 * route's name, for the OpenAPI document (`example` on parameters, request
 * bodies and responses) and so the reference page at `/v1/docs`. Built from the
 * seed fixtures, so the examples show the same campaign the demo and the mocks
 * do. The contract's tests hold every route to having one and parse each
 * example with that route's own schemas, so an example cannot drift from the
 * wire format. Add one here when you add a route to `routes.ts`.
 */
import type * as v from 'valibot';
import type { AdminSignature } from './admin.js';
import type { Campaign } from './campaign.js';
import type { ErrorCode, ErrorEnvelope } from './errors.js';
import type { LiveEventMap } from './events.js';
import {
  DEMO_PUBLISHABLE_KEY,
  SEED_SLUG,
  sampleRepresentatives,
  seedCampaign,
  seedPetition,
  seedTimeline,
} from './fixtures.js';
import type { RouteName, routes } from './routes.js';

type Route<K extends RouteName> = (typeof routes)[K];

/** One message of a live stream, as `sseMessage` writes it. */
export type LiveEventExample = {
  [E in keyof LiveEventMap]: { id: number; event: E; data: LiveEventMap[E] };
}[keyof LiveEventMap];

/**
 * What a route's example holds: the path's parameters, and the query, body,
 * response or stream messages wherever the route has them (typed from the
 * route's own schemas: requests as a client writes them, responses as the
 * server sends them).
 */
export type RouteExample<K extends RouteName> = {
  /** Every `{name}` of the route's path. */
  params: Record<string, string>;
} & (Route<K> extends { query: infer Q extends v.GenericSchema } ? { query: v.InferInput<Q> } : unknown) &
  (Route<K> extends { body: infer B extends v.GenericSchema } ? { body: v.InferInput<B> } : unknown) &
  (Route<K> extends { response: infer R extends v.GenericSchema } ? { response: v.InferOutput<R> } : unknown) &
  (Route<K> extends { stream: true } ? { events: LiveEventExample[] } : unknown);

/**
 * Keys as the examples show them. The publishable one is the demo's test key
 * (allowed on localhost origins); the secret one is a placeholder, since real
 * ones are made by `placard keys` and shown once.
 */
export const EXAMPLE_KEYS = {
  publishable: DEMO_PUBLISHABLE_KEY,
  secret: 'sk_live_EXAMPLE',
  origin: 'http://localhost:8080',
} as const;

const representative = sampleRepresentatives[0]!;
const slug = { slug: SEED_SLUG };
const [latestEntry, milestoneEntry] = seedTimeline as [(typeof seedTimeline)[0], (typeof seedTimeline)[0]];
const SIGNATURE_ID = '0b9f6d3e-5a7c-4e1b-9c2d-8f4a6b1e3d70';
const TOKEN = 'c2lnbmF0dXJlLWV4YW1wbGUtdG9rZW4';

const WEBHOOK_ID = '3e7a1c90-2b4d-4f6e-8a15-c0d9e2f3a4b6';
const DELIVERY_ID = '9a2b3c4d-5e6f-4a70-8b91-c2d3e4f5a6b7';
const webhook = {
  id: WEBHOOK_ID,
  campaign: SEED_SLUG,
  url: 'https://crm.example.org/placard/events',
  events: ['signature.counted', 'milestone.reached'],
  includePersonalData: false,
  description: 'Our CRM',
  createdAt: '2021-01-29T10:00:00Z',
} as const;
const delivery = {
  id: DELIVERY_ID,
  endpointId: WEBHOOK_ID,
  eventId: 'evt_6000_milestone',
  type: 'milestone.reached',
  status: 'failed',
  attempts: 8,
  lastStatus: 500,
  lastError: 'The endpoint answered 500.',
  nextAttemptAt: null,
  createdAt: '2021-01-28T00:00:05Z',
  deliveredAt: null,
} as const;

const adminSignature: AdminSignature = {
  id: SIGNATURE_ID,
  name: 'Tenzin Dolma',
  email: 'tenzin@example.org',
  postcode: representative.postcode,
  country: 'GB',
  status: 'counted',
  consentUpdates: false,
  partner: 'Free Tibet',
  createdAt: '2021-01-29T09:14:03Z',
  privacyNoticeVersion: seedCampaign.privacyNoticeVersion,
  consentedAt: '2021-01-29T09:14:03Z',
  anonymisedAt: null,
};

/** The seed campaign as staff would first create it: no signatures yet. */
const newCampaign: Campaign = {
  ...seedCampaign,
  petition: {
    count: 0,
    goal: seedPetition.goal,
    milestones: seedPetition.milestones.map(({ count }) => ({ count, reachedAt: null })),
    updatedAt: seedCampaign.updatedAt,
  },
};

const letterBody = (seedCampaign.letter?.body ?? '')
  .replace('{{mpName}}', representative.mp.name)
  .replace('{{constituency}}', representative.constituency.name)
  .replace('{{name}}', 'Tenzin Dolma');

/** Every route's example. The contract's tests check there is one per route. */
export const routeExamples: { [K in RouteName]?: RouteExample<K> } = {
  getCampaign: { params: slug, response: seedCampaign },
  listTimeline: {
    params: slug,
    query: { limit: '3' },
    // An opaque cursor: pass it back as `cursor` for the next page.
    response: { entries: seedTimeline.slice(0, 3), nextCursor: 'MjAyMS0wMS0xOXw0' },
  },
  getPetition: { params: slug, response: seedPetition },
  getPetitionConstituencies: {
    params: slug,
    response: {
      constituencies: [
        { ...sampleRepresentatives[0]!.constituency, count: 214 },
        { ...sampleRepresentatives[2]!.constituency, count: 131 },
        { ...sampleRepresentatives[4]!.constituency, count: 97 },
      ],
      updatedAt: seedPetition.updatedAt,
    },
  },
  getPetitionCountries: {
    params: slug,
    response: {
      countries: [
        { code: 'GB', count: 4812 },
        { code: 'US', count: 402 },
        { code: 'IN', count: 215 },
      ],
      updatedAt: seedPetition.updatedAt,
    },
  },
  signPetition: {
    params: slug,
    body: {
      name: 'Tenzin Dolma',
      email: 'tenzin@example.org',
      postcode: representative.postcode,
      consent: { privacy: true, updates: false },
      website: '',
      locale: 'en',
    },
    response: {
      signature: { status: 'counted' },
      petition: { count: seedPetition.count + 1, goal: seedPetition.goal },
    },
  },
  streamEvents: {
    params: slug,
    events: [
      { id: 6001, event: 'count', data: { count: seedPetition.count + 1, goal: seedPetition.goal } },
      {
        id: 6002,
        event: 'timeline',
        data: { change: 'added', entry: latestEntry },
      },
      { id: 6003, event: 'milestone', data: { count: 6000, reachedAt: '2021-01-28T00:00:00Z' } },
    ],
  },
  lookupRepresentative: {
    params: {},
    query: { postcode: representative.postcode },
    response: representative,
  },
  sendMessage: {
    params: slug,
    body: {
      postcode: representative.postcode,
      name: 'Tenzin Dolma',
      email: 'tenzin@example.org',
      address: '1 Example Street, London',
      subject: seedCampaign.letter?.subject ?? 'Ban Chen Quanguo from the UK',
      body: letterBody,
      consent: { privacy: true },
      website: '',
      locale: 'en',
    },
    response: {
      message: { id: 'f3c1a2b4-7d6e-4f80-9a1b-2c3d4e5f6a7b', status: 'pending_confirmation' },
      mp: representative.mp,
      testMode: true,
    },
  },
  getConfirmation: {
    params: { token: TOKEN },
    response: {
      kind: 'signature',
      state: 'pending',
      campaign: { slug: SEED_SLUG, title: seedCampaign.title },
      letter: null,
      expiresAt: '2021-02-05T09:14:03Z',
    },
  },
  confirm: {
    params: { token: TOKEN },
    response: { confirmed: 'signature', status: 'counted' },
  },
  adminCreateCampaign: {
    params: {},
    body: {
      slug: seedCampaign.slug,
      title: seedCampaign.title,
      summary: seedCampaign.summary,
      status: 'open',
      signatureMode: 'immediate',
      goal: seedPetition.goal,
      milestones: seedPetition.milestones.map(({ count }) => count),
      letter: seedCampaign.letter,
      privacyNotice: seedCampaign.privacyNotice,
    },
    response: newCampaign,
  },
  adminListCampaigns: { params: {}, response: { campaigns: [seedCampaign] } },
  adminUpdateCampaign: {
    params: slug,
    body: { status: 'closed' },
    response: { ...seedCampaign, status: 'closed' },
  },
  adminAddTimelineEntry: {
    params: slug,
    body: { date: latestEntry.date, kind: latestEntry.kind, title: latestEntry.title, body: latestEntry.body },
    response: latestEntry,
  },
  adminUpdateTimelineEntry: {
    params: { ...slug, id: milestoneEntry.id },
    body: { title: "Free Tibet's petition to ban Chen from the UK reaches 6,000 signatures" },
    response: { ...milestoneEntry, title: "Free Tibet's petition to ban Chen from the UK reaches 6,000 signatures" },
  },
  adminDeleteTimelineEntry: { params: { ...slug, id: milestoneEntry.id } },
  adminListSignatures: {
    params: slug,
    query: { limit: '50' },
    response: { signatures: [adminSignature] },
  },
  adminModerateSignature: {
    params: { ...slug, id: SIGNATURE_ID },
    body: { hidden: true },
    response: { ...adminSignature, status: 'hidden' },
  },
  adminEraseSupporter: {
    params: {},
    query: { email: 'tenzin@example.org' },
    response: { erased: { signatures: 1, letters: 1, mail: 0 } },
  },
  adminCreateWebhook: {
    params: slug,
    body: { url: webhook.url, events: [...webhook.events], description: webhook.description },
    response: { ...webhook, events: [...webhook.events], secret: 'whsec_EXAMPLE' },
  },
  adminListWebhooks: { params: slug, response: { webhooks: [{ ...webhook, events: [...webhook.events] }] } },
  adminDeleteWebhook: { params: { ...slug, id: WEBHOOK_ID } },
  adminListWebhookDeliveries: {
    params: { ...slug, id: WEBHOOK_ID },
    query: { status: 'failed', limit: '20' },
    response: { deliveries: [delivery] },
  },
  adminRedeliverWebhook: {
    params: { ...slug, id: WEBHOOK_ID, deliveryId: DELIVERY_ID },
    response: {
      ...delivery,
      id: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
      status: 'pending',
      attempts: 0,
      lastStatus: null,
      lastError: null,
      nextAttemptAt: '2021-01-29T10:05:00Z',
      createdAt: '2021-01-29T10:05:00Z',
    },
  },
};

/**
 * What each error code means, for the reference: when a client gets it and
 * what to do. (Statuses are `ERROR_STATUS`'s.)
 */
export const ERROR_MEANINGS: Record<ErrorCode, string> = {
  validation_failed:
    'The query or body broke a rule of its schema; `fields` has one message per field path (`email`, `consent.privacy`).',
  invalid_json: 'The body is not valid JSON.',
  payload_too_large: 'The body is larger than the route accepts.',
  unsupported_media_type: 'The body was not sent as `Content-Type: application/json`.',
  unauthorized: 'No key, the wrong kind of key, or a key that is unknown or revoked.',
  origin_not_allowed:
    "The request came from a browser page whose origin is not one of the publishable key's allowed origins.",
  forbidden:
    'A secret key was sent from a browser page (any request with an `Origin` header): the admin API is for servers.',
  not_found: 'No campaign, timeline entry or signature has that slug or id, or nothing is at this path.',
  method_not_allowed: 'The path exists but not with this method; the message names the methods it takes.',
  postcode_not_found: 'The postcode is well formed but no constituency contains it.',
  mp_email_unavailable: 'The MP publishes no email address; offer their `contactUrl` instead.',
  email_not_accepted: 'The address is at a disposable-mail domain, which this server refuses.',
  campaign_closed: 'The campaign has closed and takes no more signatures or letters.',
  idempotency_conflict:
    'The `Idempotency-Key` was used for a different request, or the first request with it is still running.',
  token_invalid: 'The confirmation link is not one this server issued, or what it confirmed no longer exists.',
  token_expired: 'The confirmation link is too old: sign or write again.',
  rate_limited: 'Too many requests: wait `retryAfter` seconds (also sent as `Retry-After`).',
  lookup_unavailable: 'The MP lookup service did not answer; try again later.',
  unavailable: 'The server cannot reach its database; try again later.',
  internal_error: 'A fault on the server; try again later (the answer carries an `X-Request-Id` to report).',
  bad_request: 'The request is not valid HTTP (answered before it reaches any route).',
  headers_too_large: 'The request line and headers together exceed 16 KB.',
  request_timeout: "The request's head did not arrive in time.",
};

/** An example answer for each error code, in the envelope every error has. */
export const errorExamples: Record<ErrorCode, ErrorEnvelope> = {
  validation_failed: {
    error: {
      code: 'validation_failed',
      message: 'Check the highlighted fields.',
      fields: { email: 'Enter an email address like name@example.org.' },
    },
  },
  invalid_json: { error: { code: 'invalid_json', message: 'The body is not valid JSON.' } },
  payload_too_large: { error: { code: 'payload_too_large', message: 'Send at most 16 KB.' } },
  unsupported_media_type: {
    error: {
      code: 'unsupported_media_type',
      message: 'Send the body as JSON with "Content-Type: application/json".',
    },
  },
  unauthorized: {
    error: { code: 'unauthorized', message: 'Send a publishable key as "Authorization: Bearer pk_…".' },
  },
  origin_not_allowed: {
    error: {
      code: 'origin_not_allowed',
      message: 'This key is not allowed on https://elsewhere.example. Add the origin to the key.',
    },
  },
  forbidden: {
    error: { code: 'forbidden', message: 'Secret keys are for servers: this request came from a browser page.' },
  },
  not_found: { error: { code: 'not_found', message: `There is no campaign "${SEED_SLUG}-2".` } },
  method_not_allowed: {
    error: { code: 'method_not_allowed', message: 'PUT is not supported here. Use GET.' },
  },
  postcode_not_found: {
    error: { code: 'postcode_not_found', message: 'ZZ1 1ZZ is not a valid UK postcode. Check it and try again.' },
  },
  mp_email_unavailable: {
    error: {
      code: 'mp_email_unavailable',
      message: `${representative.mp.name} publishes no email address. Use their contact page instead.`,
    },
  },
  email_not_accepted: {
    error: {
      code: 'email_not_accepted',
      message: 'Use an address you keep: this one is at a disposable-mail domain.',
      fields: { email: 'Use an address you keep: this one is at a disposable-mail domain.' },
    },
  },
  campaign_closed: {
    error: { code: 'campaign_closed', message: 'This petition has closed and no longer takes signatures.' },
  },
  idempotency_conflict: {
    error: { code: 'idempotency_conflict', message: 'This Idempotency-Key was used for a different request.' },
  },
  token_invalid: { error: { code: 'token_invalid', message: 'This confirmation link is not valid.' } },
  token_expired: {
    error: { code: 'token_expired', message: 'This confirmation link has expired. Please sign or write again.' },
  },
  rate_limited: {
    error: { code: 'rate_limited', message: 'Too many requests. Try again in 30 seconds.', retryAfter: 30 },
  },
  lookup_unavailable: {
    error: { code: 'lookup_unavailable', message: 'The MP lookup is not answering. Try again in a minute.' },
  },
  unavailable: { error: { code: 'unavailable', message: 'The service is unavailable. Please try again.' } },
  internal_error: {
    error: { code: 'internal_error', message: 'Something went wrong on our side. Please try again.' },
  },
  bad_request: { error: { code: 'bad_request', message: 'The request could not be read.' } },
  headers_too_large: { error: { code: 'headers_too_large', message: 'The request headers are too large.' } },
  request_timeout: { error: { code: 'request_timeout', message: 'The request took too long to arrive.' } },
};
