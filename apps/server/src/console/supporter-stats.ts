import type { Sql } from '../db/database.js';

export interface DailyCount {
  day: string;
  signatures: number;
  letters: number;
}

export interface SourceCount {
  partner: string | null;
  utmSource: string | null;
  count: number;
}

/**
 * Counted signatures and confirmed letters per day (UTC) over the last `days`
 * days, oldest first, days without either left out.
 */
export async function dailyCounts(db: Sql, campaignId: string, days = 60): Promise<DailyCount[]> {
  const { rows } = await db.query<DailyCount>(
    `WITH s AS (
       SELECT (coalesce(confirmed_at, created_at) AT TIME ZONE 'UTC')::date AS day, count(*)::int AS n
         FROM signatures WHERE campaign_id = $1 AND status = 'counted'
          AND coalesce(confirmed_at, created_at) > now() - make_interval(days => $2)
        GROUP BY 1
     ), l AS (
       SELECT (confirmed_at AT TIME ZONE 'UTC')::date AS day, count(*)::int AS n
         FROM messages WHERE campaign_id = $1 AND confirmed_at IS NOT NULL
          AND confirmed_at > now() - make_interval(days => $2)
        GROUP BY 1
     )
     SELECT day::text, coalesce(s.n, 0) AS signatures, coalesce(l.n, 0) AS letters
       FROM s FULL JOIN l USING (day) ORDER BY day`,
    [campaignId, days],
  );
  return rows;
}

/** Counted signatures by the partner key they came through and the link's `utm_source`. */
export async function sourceCounts(db: Sql, campaignId: string): Promise<SourceCount[]> {
  const { rows } = await db.query<SourceCount>(
    `SELECT partner, source->>'utmSource' AS "utmSource", count(*)::int AS count
       FROM signatures WHERE campaign_id = $1 AND status = 'counted'
      GROUP BY 1, 2 ORDER BY count DESC, partner NULLS LAST LIMIT 200`,
    [campaignId],
  );
  return rows;
}
