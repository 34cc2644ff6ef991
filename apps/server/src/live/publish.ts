import type { Sql } from '../db/database.js';
import { LIVE_CHANNEL } from './channels.js';

/**
 * Stores a durable live event (milestone, timeline) in the caller's
 * transaction and NOTIFYs its id; PostgreSQL delivers the notification on
 * commit to every instance, this one included, so a rolled-back change is never broadcast.
 */
export async function publishLiveEvent(
  tx: Sql,
  campaignId: string,
  name: 'milestone' | 'timeline',
  data: unknown,
): Promise<void> {
  const { rows } = await tx.query<{ id: number }>(
    'INSERT INTO live_events (campaign_id, name, data) VALUES ($1, $2, $3::jsonb) RETURNING id',
    [campaignId, name, JSON.stringify(data)],
  );
  await tx.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, `${rows[0]!.id}:${campaignId}`]);
}
