import type { Milestone } from '@placard/contract';
import type { Sql } from '../db/database.js';
import { publishLiveEvent } from '../live/publish.js';
import { isoTimestamp } from '../time.js';

/**
 * Marks every milestone at or below `count` that was not yet reached, and
 * publishes one `milestone` event for each. The `reached_at IS NULL` guard
 * under the row lock makes each fire exactly once, even when two
 * transactions pass it together.
 */
export async function reachMilestones(tx: Sql, campaignId: string, count: number): Promise<void> {
  const { rows } = await tx.query<{ count: number; reached_at: Date }>(
    `UPDATE milestones SET reached_at = now()
      WHERE campaign_id = $1 AND reached_at IS NULL AND count <= $2
      RETURNING count, reached_at`,
    [campaignId, count],
  );
  rows.sort((a, b) => a.count - b.count);
  for (const row of rows) {
    await publishLiveEvent(tx, campaignId, 'milestone', { count: row.count, reachedAt: isoTimestamp(row.reached_at) });
  }
}

export async function listMilestones(db: Sql, campaignId: string): Promise<Milestone[]> {
  const { rows } = await db.query<{ count: number; reached_at: Date | null }>(
    'SELECT count, reached_at FROM milestones WHERE campaign_id = $1 ORDER BY count',
    [campaignId],
  );
  return rows.map((row) => ({ count: row.count, reachedAt: row.reached_at ? isoTimestamp(row.reached_at) : null }));
}
