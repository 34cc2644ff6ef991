import type { Milestone } from '@placard/contract';
import type { Sql } from '../db/database.js';
import { publishLiveEvent } from '../live/publish.js';
import { isoTimestamp } from '../time.js';
import { enqueueWebhookEvent } from '../webhooks/events.js';
import { randomShard } from './shards.js';

/**
 * Marks every milestone at or below `count` that was not yet reached, and
 * publishes one `milestone` event for each. The `reached_at IS NULL` guard
 * under the row lock makes each fire exactly once, even when two
 * transactions pass it together.
 */
export async function reachMilestones(tx: Sql, campaignId: string, count: number): Promise<void> {
  const { rows } = await tx.query<ReachedMilestone>(
    `UPDATE milestones SET reached_at = now()
      WHERE campaign_id = $1 AND reached_at IS NULL AND count <= $2
      RETURNING count, reached_at`,
    [campaignId, count],
  );
  await announceMilestones(tx, campaignId, rows);
}

export interface ReachedMilestone {
  count: number;
  reached_at: Date;
}

/** Publishes one `milestone` live event and `milestone.reached` webhook per reached milestone, lowest first. */
export async function announceMilestones(tx: Sql, campaignId: string, rows: ReachedMilestone[]): Promise<void> {
  rows.sort((a, b) => a.count - b.count);
  for (const row of rows) {
    const milestone = { count: row.count, reachedAt: isoTimestamp(row.reached_at) };
    await publishLiveEvent(tx, campaignId, 'milestone', milestone);
    await enqueueWebhookEvent(tx, campaignId, 'milestone.reached', milestone);
  }
}

/**
 * Adds one counted signature to a random shard and marks the milestones
 * `count` (the total including it) reaches, in one statement. Run it last
 * before COMMIT: the shard's row lock, which other signers on that shard wait
 * for, is then held only until the commit. Milestones fire once as in
 * `reachMilestones`.
 */
export async function addSignatureToCount(tx: Sql, campaignId: string, count: number): Promise<void> {
  const { rows } = await tx.query<ReachedMilestone>(
    `WITH bump AS (
       INSERT INTO count_shards (campaign_id, shard, n, updated_at) VALUES ($1, $2, 1, now())
       ON CONFLICT (campaign_id, shard) DO UPDATE SET n = count_shards.n + 1, updated_at = now()
     )
     UPDATE milestones SET reached_at = now()
      WHERE campaign_id = $1 AND reached_at IS NULL AND count <= $3
      RETURNING count, reached_at`,
    [campaignId, randomShard(), count],
  );
  await announceMilestones(tx, campaignId, rows);
}

export async function listMilestones(db: Sql, campaignId: string): Promise<Milestone[]> {
  const { rows } = await db.query<{ count: number; reached_at: Date | null }>(
    'SELECT count, reached_at FROM milestones WHERE campaign_id = $1 ORDER BY count',
    [campaignId],
  );
  return rows.map((row) => ({ count: row.count, reachedAt: row.reached_at ? isoTimestamp(row.reached_at) : null }));
}
