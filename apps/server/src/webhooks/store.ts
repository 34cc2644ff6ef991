import {
  ApiError,
  type CreatedWebhookEndpoint,
  type WebhookDelivery,
  type WebhookDeliveryStatus,
  type WebhookEndpoint,
  type WebhookEventType,
} from '@placard/contract';
import { requireCampaign } from '../campaigns/store.js';
import type { Database, Sql } from '../db/database.js';
import { isoTimestamp } from '../time.js';
import { WEBHOOK_CHANNEL } from './events.js';
import { newWebhookSecret } from './signing.js';

interface EndpointRow {
  id: string;
  campaign: string;
  url: string;
  events: WebhookEventType[];
  include_personal_data: boolean;
  description: string;
  created_at: Date;
}

const ENDPOINT_COLUMNS = `e.id::text, c.slug AS campaign, e.url, e.events, e.include_personal_data, e.description, e.created_at`;

function toEndpoint(row: EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    campaign: row.campaign,
    url: row.url,
    events: row.events,
    includePersonalData: row.include_personal_data,
    description: row.description,
    createdAt: isoTimestamp(row.created_at),
  };
}

export interface NewEndpoint {
  url: string;
  events: WebhookEventType[];
  includePersonalData: boolean;
  description: string;
}

/** Registers an endpoint; the answer is the only place its secret ever appears. */
export async function createEndpoint(db: Database, slug: string, input: NewEndpoint): Promise<CreatedWebhookEndpoint> {
  return db.transaction(async (tx) => {
    const campaign = await requireCampaign(tx, slug);
    const secret = newWebhookSecret();
    const { rows } = await tx.query<EndpointRow>(
      `WITH e AS (
         INSERT INTO webhook_endpoints (campaign_id, url, secret, events, include_personal_data, description)
         VALUES ($1, $2, $3, $4::text[], $5, $6) RETURNING *)
       SELECT ${ENDPOINT_COLUMNS} FROM e JOIN campaigns c ON c.id = e.campaign_id`,
      [campaign.id, input.url, secret, input.events, input.includePersonalData, input.description],
    );
    return { ...toEndpoint(rows[0]!), secret };
  });
}

export async function listEndpoints(db: Sql, slug: string): Promise<WebhookEndpoint[]> {
  const campaign = await requireCampaign(db, slug);
  const { rows } = await db.query<EndpointRow>(
    `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints e JOIN campaigns c ON c.id = e.campaign_id
      WHERE e.campaign_id = $1 AND e.disabled_at IS NULL ORDER BY e.created_at, e.id`,
    [campaign.id],
  );
  return rows.map(toEndpoint);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function endpointNotFound(id: string) {
  return new ApiError('not_found', `There is no webhook endpoint "${id}" in this campaign.`);
}

/** The endpoint's id if it is live in this campaign; else a 404. */
async function requireEndpoint(db: Sql, slug: string, id: string): Promise<string> {
  const campaign = await requireCampaign(db, slug);
  if (!UUID.test(id)) throw endpointNotFound(id);
  const { rows } = await db.query<{ id: string }>(
    'SELECT id::text FROM webhook_endpoints WHERE id = $1 AND campaign_id = $2 AND disabled_at IS NULL',
    [id, campaign.id],
  );
  if (!rows[0]) throw endpointNotFound(id);
  return rows[0].id;
}

/**
 * Deletes an endpoint: it is disabled (its deliveries stay, as history, until
 * maintenance removes them) and every delivery still waiting is cancelled, so
 * nothing more goes to it. A delivery already in flight finishes.
 */
export async function deleteEndpoint(db: Database, slug: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const endpointId = await requireEndpoint(tx, slug, id);
    await tx.query('UPDATE webhook_endpoints SET disabled_at = now() WHERE id = $1', [endpointId]);
    await tx.query(
      `UPDATE webhook_deliveries SET status = 'failed', last_error = 'endpoint deleted', locked_until = NULL
        WHERE endpoint_id = $1 AND status = 'pending'`,
      [endpointId],
    );
  });
}

interface DeliveryRow {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: WebhookEventType;
  status: WebhookDeliveryStatus;
  attempts: number;
  last_status: number | null;
  last_error: string | null;
  next_attempt_at: Date;
  created_at: Date;
  delivered_at: Date | null;
}

const DELIVERY_COLUMNS = `id::text, endpoint_id::text, event_id::text, event_type, status, attempts, last_status,
  last_error, next_attempt_at, created_at, delivered_at`;

function toDelivery(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    endpointId: row.endpoint_id,
    eventId: row.event_id,
    type: row.event_type,
    status: row.status,
    attempts: row.attempts,
    lastStatus: row.last_status,
    lastError: row.last_error,
    nextAttemptAt: row.status === 'pending' ? isoTimestamp(row.next_attempt_at) : null,
    createdAt: isoTimestamp(row.created_at),
    deliveredAt: row.delivered_at ? isoTimestamp(row.delivered_at) : null,
  };
}

export async function listDeliveries(
  db: Sql,
  slug: string,
  id: string,
  o: { status?: WebhookDeliveryStatus | undefined; limit?: number | undefined },
): Promise<WebhookDelivery[]> {
  const campaign = await requireCampaign(db, slug);
  if (!UUID.test(id)) throw endpointNotFound(id);
  // A deleted endpoint's history can still be read.
  const { rows: found } = await db.query('SELECT 1 FROM webhook_endpoints WHERE id = $1 AND campaign_id = $2', [
    id,
    campaign.id,
  ]);
  if (!found[0]) throw endpointNotFound(id);
  const { rows } = await db.query<DeliveryRow>(
    `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries
      WHERE endpoint_id = $1 AND ($2::text IS NULL OR status = $2)
      ORDER BY created_at DESC, id DESC LIMIT $3`,
    [id, o.status ?? null, o.limit ?? 50],
  );
  return rows.map(toDelivery);
}

/**
 * Redelivers: a new delivery of the same event to the same live endpoint, the
 * same payload and `Placard-Event-Id`, due now. The original keeps its history.
 */
export async function redeliver(db: Database, slug: string, id: string, deliveryId: string): Promise<WebhookDelivery> {
  return db.transaction(async (tx) => {
    const endpointId = await requireEndpoint(tx, slug, id);
    if (!UUID.test(deliveryId))
      throw new ApiError('not_found', `There is no delivery "${deliveryId}" to this endpoint.`);
    const { rows } = await tx.query<DeliveryRow>(
      `INSERT INTO webhook_deliveries (endpoint_id, event_id, event_type, payload)
       SELECT endpoint_id, event_id, event_type, payload FROM webhook_deliveries WHERE id = $1 AND endpoint_id = $2
       RETURNING ${DELIVERY_COLUMNS}`,
      [deliveryId, endpointId],
    );
    if (!rows[0]) throw new ApiError('not_found', `There is no delivery "${deliveryId}" to this endpoint.`);
    await tx.query('SELECT pg_notify($1, $2)', [WEBHOOK_CHANNEL, '']);
    return toDelivery(rows[0]);
  });
}

/** A delivery a worker has claimed, with what sending it needs. */
export interface ClaimedDelivery {
  id: string;
  eventId: string;
  type: string;
  payload: unknown;
  /** Attempts made before this one. */
  attempts: number;
  url: string;
  /** Never logged. */
  secret: string;
}

/**
 * Claims up to `limit` due deliveries to live endpoints, as the mail worker
 * does: one statement with `FOR UPDATE SKIP LOCKED`, and a lease, so a worker
 * that dies mid-send leaves the row `sending` until another takes it over.
 */
export async function claimDueDeliveries(db: Sql, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
  const { rows } = await db.query<ClaimedDelivery>(
    `UPDATE webhook_deliveries d
        SET status = 'sending', locked_until = clock_timestamp() + $2::float8 * interval '1 millisecond'
       FROM webhook_endpoints e
      WHERE e.id = d.endpoint_id AND d.id IN (
        SELECT w.id FROM webhook_deliveries w JOIN webhook_endpoints we ON we.id = w.endpoint_id
         WHERE we.disabled_at IS NULL
           AND ((w.status = 'pending' AND w.next_attempt_at <= clock_timestamp())
             OR (w.status = 'sending' AND w.locked_until <= clock_timestamp()))
         ORDER BY w.next_attempt_at, w.created_at
         LIMIT $1
         FOR UPDATE OF w SKIP LOCKED)
      RETURNING d.id::text, d.event_id::text AS "eventId", d.event_type AS type, d.payload, d.attempts, e.url, e.secret`,
    [limit, leaseMs],
  );
  return rows;
}

export async function markDelivered(db: Sql, id: string, status: number): Promise<void> {
  await db.query(
    `UPDATE webhook_deliveries
        SET status = 'delivered', delivered_at = now(), attempts = attempts + 1, locked_until = NULL,
            last_status = $2, last_error = NULL
      WHERE id = $1`,
    [id, status],
  );
}

/**
 * Records a failed attempt: back to `pending` after `retryInMs`, or `failed`
 * once `maxAttempts` are used or the endpoint was deleted meanwhile.
 */
export async function markAttemptFailed(
  db: Sql,
  id: string,
  o: { status: number | null; error: string; maxAttempts: number; retryInMs: number },
): Promise<'pending' | 'failed'> {
  const { rows } = await db.query<{ status: 'pending' | 'failed' }>(
    `UPDATE webhook_deliveries d
        SET attempts = d.attempts + 1, last_status = $2, last_error = $3, locked_until = NULL,
            status = CASE WHEN d.attempts + 1 >= $4::int OR e.disabled_at IS NOT NULL THEN 'failed' ELSE 'pending' END,
            next_attempt_at = clock_timestamp() + $5::float8 * interval '1 millisecond'
       FROM webhook_endpoints e
      WHERE d.id = $1 AND e.id = d.endpoint_id
      RETURNING d.status`,
    [id, o.status, o.error.slice(0, 500), o.maxAttempts, o.retryInMs],
  );
  return rows[0]?.status ?? 'failed';
}

/**
 * Forgets delivered deliveries after `deliveredDays` and failed ones after
 * `failedDays` (they may hold personal data, and a receiver had its chance).
 */
export async function deleteOldDeliveries(
  db: Sql,
  o: { deliveredDays: number; failedDays: number },
  now: Date = new Date(),
): Promise<number> {
  const { rowCount } = await db.query(
    `DELETE FROM webhook_deliveries
      WHERE (status = 'delivered' AND delivered_at < $1::timestamptz - make_interval(days => $2))
         OR (status = 'failed' AND created_at < $1::timestamptz - make_interval(days => $3))`,
    [now, o.deliveredDays, o.failedDays],
  );
  return rowCount;
}

/**
 * Erasure: strips the supporter (and their letter) from every stored delivery
 * that carries them: only endpoints that opted in to personal data ever got
 * those fields. A delivery still waiting then goes out with ids and counts only.
 * Run in the erasure's transaction, before letters are removed.
 */
export async function eraseFromDeliveries(tx: Sql, email: string): Promise<number> {
  const { rowCount } = await tx.query(
    `UPDATE webhook_deliveries
        SET payload = jsonb_set(payload, '{data}', (payload -> 'data') - 'supporter' - 'letter')
      WHERE payload -> 'data' ? 'supporter'
        AND lower(payload -> 'data' -> 'supporter' ->> 'email') = lower($1)`,
    [email],
  );
  return rowCount;
}
