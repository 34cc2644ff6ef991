import type { ConstituencyCounts, CountryCounts } from '@placard/contract';
import type { CampaignRow } from '../campaigns/store.js';
import { readCount } from '../counts/shards.js';
import type { Sql } from '../db/database.js';
import { isoTimestamp } from '../time.js';

// Public counts by area: counted signatures only (not pending, not hidden), areas
// and numbers only. Anonymised rows have neither postcode, country nor
// constituency (privacy/anonymise.ts), so they count in the petition's total and
// in no area. Names and codes sort by byte ("C"), so PGlite and PostgreSQL,
// whatever their default collation, answer in one order.

/** A canonical UK postcode as the contract stores it (`SW1A 1AA`): without a country it is the UK's. */
const UK_POSTCODE = `'^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$'`;

/** When the petition's count last changed, as the petition read says. */
async function countUpdatedAt(db: Sql, campaign: CampaignRow): Promise<string> {
  return isoTimestamp((await readCount(db, campaign.id))?.updatedAt ?? campaign.updatedAt);
}

/** Counted signatures by 2024 constituency, most first, then by name. */
export async function constituencyCounts(db: Sql, campaign: CampaignRow): Promise<ConstituencyCounts> {
  const [{ rows }, updatedAt] = await Promise.all([
    db.query<{ code: string; name: string; count: number }>(
      `SELECT constituency_code AS code, min(constituency_name) AS name, count(*)::int AS count
         FROM signatures
        WHERE campaign_id = $1 AND status = 'counted' AND constituency_code IS NOT NULL
        GROUP BY constituency_code
        ORDER BY count(*) DESC, min(constituency_name) COLLATE "C", constituency_code COLLATE "C"`,
      [campaign.id],
    ),
    countUpdatedAt(db, campaign),
  ]);
  return { constituencies: rows.map(({ code, name, count }) => ({ code, name, count })), updatedAt };
}

/** Counted signatures by country (a UK postcode without a country is GB's), most first, then by code. */
export async function countryCounts(db: Sql, campaign: CampaignRow): Promise<CountryCounts> {
  const [{ rows }, updatedAt] = await Promise.all([
    db.query<{ code: string; count: number }>(
      `SELECT code, count(*)::int AS count
         FROM (SELECT coalesce(country, CASE WHEN postcode ~ ${UK_POSTCODE} THEN 'GB' END) AS code
                 FROM signatures
                WHERE campaign_id = $1 AND status = 'counted') counted
        WHERE code ~ '^[A-Z]{2}$'
        GROUP BY code
        ORDER BY count(*) DESC, code COLLATE "C"`,
      [campaign.id],
    ),
    countUpdatedAt(db, campaign),
  ]);
  return { countries: rows.map(({ code, count }) => ({ code, count })), updatedAt };
}
