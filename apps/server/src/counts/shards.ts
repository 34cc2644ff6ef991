import { randomInt } from 'node:crypto';
import type { Sql } from '../db/database.js';

export const SHARDS = 16;

export interface CountSnapshot {
  count: number;
  goal: number;
  /** The later of the campaign's last edit and the last change to its count. */
  updatedAt: Date;
}

export function randomShard(): number {
  return randomInt(SHARDS);
}

/**
 * Adds `delta` to one random shard of the campaign's count, in the caller's
 * transaction, so concurrent signatures rarely wait on the same row.
 */
export async function addToCount(tx: Sql, campaignId: string, delta: number): Promise<void> {
  await tx.query(
    `INSERT INTO count_shards (campaign_id, shard, n, updated_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (campaign_id, shard) DO UPDATE SET n = count_shards.n + EXCLUDED.n, updated_at = now()`,
    [campaignId, randomShard(), delta],
  );
}

/** The campaign's count: signatures before Placard plus the sum of the shards. */
export async function readCount(db: Sql, campaignId: string): Promise<CountSnapshot | null> {
  const { rows } = await db.query<{ count: number; goal: number; updated_at: Date }>(
    `SELECT (c.count_offset + coalesce(s.n, 0))::int AS count, c.goal,
            greatest(c.updated_at, s.updated_at) AS updated_at
       FROM campaigns c
       LEFT JOIN (SELECT sum(n) AS n, max(updated_at) AS updated_at FROM count_shards WHERE campaign_id = $1) s ON true
      WHERE c.id = $1`,
    [campaignId],
  );
  const row = rows[0];
  return row ? { count: row.count, goal: row.goal, updatedAt: row.updated_at } : null;
}
