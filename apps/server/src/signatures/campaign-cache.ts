import { ApiError } from '@placard/contract';
import type { CampaignRow } from '../campaigns/store.js';
import type { Database } from '../db/database.js';

/**
 * Campaigns as the signing path last read them. Every sign used to re-read its
 * campaign; now a row is kept briefly, tagged with the version (updated_at in
 * microseconds) it was read at. The one-statement sign checks that version,
 * the status and the mode in the database, so a campaign edited, closed or
 * deleted meanwhile is never signed on stale terms: the caller re-reads.
 */
export interface SigningCampaign extends CampaignRow {
  version: number;
}

const TTL_MS = 2_000;
const MAX_CAMPAIGNS = 1_000;

const caches = new WeakMap<Database, Map<string, { row: SigningCampaign; expires: number }>>();

async function readCampaign(db: Database, slug: string): Promise<SigningCampaign | null> {
  const { rows } = await db.query<SigningCampaign>(
    `SELECT id::text, slug, title, summary, status, signature_mode AS "signatureMode", goal,
            count_offset AS "countOffset", letter, privacy_notice AS "privacyNotice", privacy_url AS "privacyUrl",
            privacy_notice_version AS "privacyNoticeVersion", retention_days_after_close AS "retentionDaysAfterClose",
            share_url AS "shareUrl", updated_at AS "updatedAt",
            (extract(epoch FROM updated_at) * 1000000)::int8 AS version
       FROM campaigns WHERE slug = $1`,
    [slug],
  );
  return rows[0] ?? null;
}

/**
 * The campaign to sign, from the cache unless `fresh`. A cached closed
 * campaign is re-read rather than refused, so one reopened a moment ago takes
 * signatures at once.
 */
export async function campaignForSigning(
  db: Database,
  slug: string,
  o: { fresh?: boolean } = {},
): Promise<SigningCampaign> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const hit = cache.get(slug);
  const usable = hit && hit.expires > Date.now() && hit.row.status === 'open' && !o.fresh;
  if (usable) return hit.row;
  const row = await readCampaign(db, slug);
  cache.delete(slug);
  if (!row) throw new ApiError('not_found', `There is no campaign "${slug}".`);
  if (cache.size >= MAX_CAMPAIGNS) cache.delete(cache.keys().next().value as string);
  cache.set(slug, { row, expires: Date.now() + TTL_MS });
  return row;
}
