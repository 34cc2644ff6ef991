import { type AdminSignature, ApiError } from '@placard/contract';
import { requireCampaign } from '../campaigns/store.js';
import { addToCount } from '../counts/shards.js';
import type { Database, Sql } from '../db/database.js';
import { notifyCountChanged } from '../live/count-signal.js';
import { isoTimestamp } from '../time.js';

interface AdminRow {
  id: string;
  name: string;
  email: string;
  postcode: string | null;
  country: string | null;
  status: AdminSignature['status'];
  consent_updates: boolean;
  partner: string | null;
  created_at: Date;
  privacy_notice_version: string | null;
  consented_at: Date | null;
  anonymised_at: Date | null;
}

const COLUMNS = `id::text, name, email, postcode, country, status, consent_updates, partner, created_at,
  privacy_notice_version, consented_at, anonymised_at`;

const toAdmin = (row: AdminRow): AdminSignature => ({
  id: row.id,
  name: row.name,
  email: row.email,
  postcode: row.postcode,
  country: row.country,
  status: row.status,
  consentUpdates: row.consent_updates,
  partner: row.partner,
  createdAt: isoTimestamp(row.created_at),
  privacyNoticeVersion: row.privacy_notice_version,
  consentedAt: row.consented_at ? isoTimestamp(row.consented_at) : null,
  anonymisedAt: row.anonymised_at ? isoTimestamp(row.anonymised_at) : null,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Newest first; `before` is the id of the last signature of the previous page (a UUID:
 * the route checks it with the contract's SignatureListQuerySchema).
 */
export async function listSignatures(
  db: Sql,
  slug: string,
  o: { limit?: number; before?: string } = {},
): Promise<AdminSignature[]> {
  const campaign = await requireCampaign(db, slug);
  const limit = Math.min(Math.max(Math.trunc(o.limit ?? 100), 1), 1000);
  const { rows } = await db.query<AdminRow>(
    o.before
      ? `SELECT ${COLUMNS} FROM signatures WHERE campaign_id = $1
           AND (created_at, id) < (SELECT created_at, id FROM signatures WHERE id = $3)
         ORDER BY created_at DESC, id DESC LIMIT $2`
      : `SELECT ${COLUMNS} FROM signatures WHERE campaign_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
    o.before ? [campaign.id, limit, o.before] : [campaign.id, limit],
  );
  return rows.map(toAdmin);
}

/**
 * Hides a signature (it stops counting) or restores it (it counts again, if
 * it had been counted). Pending signatures stay pending until confirmed.
 * The count changes in the same transaction, and every instance's live
 * counters are told on commit.
 */
export async function moderateSignature(
  db: Database,
  slug: string,
  id: string,
  hidden: boolean,
): Promise<AdminSignature> {
  if (!UUID.test(id)) throw new ApiError('not_found', `There is no signature "${id}" in this campaign.`);
  return db.transaction(async (tx) => {
    const campaign = await requireCampaign(tx, slug);
    const { rows } = await tx.query<AdminRow & { confirmed_at: Date | null }>(
      `SELECT ${COLUMNS}, confirmed_at FROM signatures WHERE id = $1 AND campaign_id = $2 FOR UPDATE`,
      [id, campaign.id],
    );
    const row = rows[0];
    if (!row) throw new ApiError('not_found', `There is no signature "${id}" in this campaign.`);
    let status = row.status;
    if (hidden && row.status !== 'hidden') {
      status = 'hidden';
      if (row.status === 'counted') await addToCount(tx, campaign.id, -1);
    } else if (!hidden && row.status === 'hidden') {
      // Only a signature that had counted (confirmed_at set) counts again.
      status = row.confirmed_at ? 'counted' : 'pending_confirmation';
      if (status === 'counted') await addToCount(tx, campaign.id, 1);
    }
    if (status !== row.status) {
      await tx.query('UPDATE signatures SET status = $2 WHERE id = $1', [id, status]);
      await notifyCountChanged(tx, campaign.id);
    }
    return toAdmin({ ...row, status });
  });
}
