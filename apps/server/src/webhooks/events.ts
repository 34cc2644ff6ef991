import { randomUUID } from 'node:crypto';
import type { WebhookEventType, WebhookPayloadMap } from '@placard/contract';
import type { Sql } from '../db/database.js';

/** NOTIFY channel that wakes webhook workers; sent inside the transaction, so delivered only on commit. */
export const WEBHOOK_CHANNEL = 'placard_webhooks';

type EventData<T extends WebhookEventType> = WebhookPayloadMap[T]['data'];

/** The fields of an event's `data` that only endpoints with `includePersonalData` receive. */
type PersonalFields = 'supporter' | 'letter';

/** SQL expressions (placeholders or literals) for one event, for `deliveriesInsert`. */
export interface EventSql {
  campaignId: string;
  eventId: string;
  type: string;
  createdAt: string;
  /** A jsonb expression: the event's `data` without personal fields. */
  data: string;
  /** A jsonb expression merged into `data` for endpoints that opted in; may be SQL NULL. */
  personal: string;
  /** Relations the expressions read from (a statement's CTEs), joined before the endpoints. */
  from?: string;
}

/**
 * An `INSERT … SELECT` writing one pending delivery per live endpoint of the
 * campaign subscribed to the event, with the payload each is to get: personal
 * fields only for endpoints that opted in. One text for both the usual
 * signature's single statement and every transaction that calls
 * `enqueueWebhookEvent`, so the envelope is written once.
 */
export function deliveriesInsert(e: EventSql): string {
  return `INSERT INTO webhook_deliveries (endpoint_id, event_id, event_type, payload)
     SELECT we.id, (${e.eventId})::uuid, (${e.type})::text, jsonb_build_object(
              'id', (${e.eventId})::text, 'type', (${e.type})::text, 'createdAt', (${e.createdAt})::text,
              'campaign', jsonb_build_object('slug', wc.slug),
              'data', CASE WHEN we.include_personal_data THEN (${e.data}) || coalesce(${e.personal}, '{}'::jsonb)
                           ELSE (${e.data}) END)
       FROM ${e.from ? `${e.from}, ` : ''}webhook_endpoints we JOIN campaigns wc ON wc.id = we.campaign_id
      WHERE we.campaign_id = (${e.campaignId})::uuid AND we.disabled_at IS NULL AND (${e.type})::text = ANY (we.events)
     RETURNING id`;
}

/**
 * Writes the deliveries of one event, in the caller's transaction (the one
 * making the change the event reports), and wakes the webhook workers on
 * commit if any endpoint wants it. `personal` goes only to endpoints whose
 * staff opted in to personal data. Returns how many deliveries were written.
 */
export async function enqueueWebhookEvent<T extends WebhookEventType>(
  tx: Sql,
  campaignId: string,
  type: T,
  data: Omit<EventData<T>, PersonalFields>,
  personal?: Partial<Pick<EventData<T>, Extract<PersonalFields, keyof EventData<T>>>> | null,
): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(
    `WITH hooked AS (${deliveriesInsert({
      campaignId: '$1',
      eventId: '$2',
      type: '$3',
      createdAt: '$4',
      data: '$5::jsonb',
      personal: '$6::jsonb',
    })})
     SELECT count(pg_notify($7, ''))::int AS n FROM hooked`,
    [
      campaignId,
      randomUUID(),
      type,
      new Date().toISOString(),
      JSON.stringify(data),
      personal ? JSON.stringify(personal) : null,
      WEBHOOK_CHANNEL,
    ],
  );
  return rows[0]?.n ?? 0;
}
