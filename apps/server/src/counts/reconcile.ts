import { ApiError } from '@placard/contract';
import type { Database } from '../db/database.js';
import { notifyCountChanged } from '../live/count-signal.js';
import { reachMilestones } from './milestones.js';
import { SHARDS } from './shards.js';

export interface ReconcileResult {
  slug: string;
  /** What the shards add up to (without the pre-Placard offset). */
  counted: number;
  /** Signatures with status `counted`. */
  rows: number;
  ok: boolean;
}

/**
 * Compares each campaign's sharded count with its counted signature rows.
 * With `fix`, a drifted campaign's shards are rewritten to the row count
 * while every shard is locked, so no signature commits in between.
 */
export async function reconcileCounts(
  db: Database,
  o: { slug?: string; fix?: boolean } = {},
): Promise<ReconcileResult[]> {
  const { rows: campaigns } = await db.query<{ id: string; slug: string }>(
    o.slug
      ? 'SELECT id::text, slug FROM campaigns WHERE slug = $1'
      : 'SELECT id::text, slug FROM campaigns ORDER BY slug',
    o.slug ? [o.slug] : [],
  );
  if (o.slug && campaigns.length === 0) throw new ApiError('not_found', `There is no campaign "${o.slug}".`);
  const results: ReconcileResult[] = [];
  for (const campaign of campaigns) {
    const result = await db.transaction(async (tx) => {
      if (o.fix) {
        // Every shard must exist to be locked; then increments wait for us.
        await tx.query(
          `INSERT INTO count_shards (campaign_id, shard, n) SELECT $1, s, 0 FROM generate_series(0, $2 - 1) s
           ON CONFLICT DO NOTHING`,
          [campaign.id, SHARDS],
        );
        await tx.query('SELECT shard FROM count_shards WHERE campaign_id = $1 FOR UPDATE', [campaign.id]);
      }
      const { rows } = await tx.query<{ counted: number; rows: number }>(
        `SELECT (SELECT coalesce(sum(n), 0) FROM count_shards WHERE campaign_id = $1)::int AS counted,
                (SELECT count(*) FROM signatures WHERE campaign_id = $1 AND status = 'counted')::int AS rows`,
        [campaign.id],
      );
      const { counted, rows: rowCount } = rows[0]!;
      if (o.fix && counted !== rowCount) {
        await tx.query(
          'UPDATE count_shards SET n = CASE WHEN shard = 0 THEN $2 ELSE 0 END, updated_at = now() WHERE campaign_id = $1',
          [campaign.id, rowCount],
        );
        const { rows: offset } = await tx.query<{ count_offset: number }>(
          'SELECT count_offset FROM campaigns WHERE id = $1',
          [campaign.id],
        );
        await reachMilestones(tx, campaign.id, (offset[0]?.count_offset ?? 0) + rowCount);
        await notifyCountChanged(tx, campaign.id);
      }
      return { slug: campaign.slug, counted, rows: rowCount, ok: counted === rowCount };
    });
    results.push(result);
  }
  return results;
}
