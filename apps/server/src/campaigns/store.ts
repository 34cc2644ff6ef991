import {
  ApiError,
  type Campaign,
  type CampaignInput,
  CampaignInputSchema,
  type CampaignPatch,
  CampaignPatchSchema,
  type LetterTemplate,
  type Petition,
  SlugSchema,
} from '@placard/contract';
import * as v from 'valibot';
import { listMilestones, reachMilestones } from '../counts/milestones.js';
import { readCount } from '../counts/shards.js';
import type { Database, Sql } from '../db/database.js';
import { parseInput } from '../http/body.js';
import { notifyCountChanged } from '../live/count-signal.js';
import { isoTimestamp } from '../time.js';

export interface CampaignRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  status: 'open' | 'closed';
  signatureMode: 'immediate' | 'double_opt_in';
  goal: number;
  countOffset: number;
  letter: LetterTemplate | null;
  privacyNotice: string;
  privacyUrl: string | null;
  privacyNoticeVersion: string;
  retentionDaysAfterClose: number;
  shareUrl: string | null;
  updatedAt: Date;
}

const COLUMNS = `id::text, slug, title, summary, status, signature_mode AS "signatureMode", goal,
  count_offset AS "countOffset", letter, privacy_notice AS "privacyNotice", privacy_url AS "privacyUrl",
  privacy_notice_version AS "privacyNoticeVersion", retention_days_after_close AS "retentionDaysAfterClose",
  share_url AS "shareUrl", updated_at AS "updatedAt"`;

export async function findCampaign(db: Sql, slug: string): Promise<CampaignRow | null> {
  // No campaign can have a name that is not a slug: no need to ask the database.
  if (!v.is(SlugSchema, slug)) return null;
  const { rows } = await db.query<CampaignRow>(`SELECT ${COLUMNS} FROM campaigns WHERE slug = $1`, [slug]);
  return rows[0] ?? null;
}

export async function requireCampaign(db: Sql, slug: string): Promise<CampaignRow> {
  const campaign = await findCampaign(db, slug);
  if (!campaign) throw new ApiError('not_found', `There is no campaign "${slug}".`);
  return campaign;
}

export async function getPetition(db: Sql, campaign: CampaignRow): Promise<Petition> {
  const [snapshot, milestones] = await Promise.all([readCount(db, campaign.id), listMilestones(db, campaign.id)]);
  return {
    count: snapshot?.count ?? campaign.countOffset,
    goal: campaign.goal,
    milestones,
    updatedAt: isoTimestamp(snapshot?.updatedAt ?? campaign.updatedAt),
  };
}

export async function toCampaign(db: Sql, row: CampaignRow): Promise<Campaign> {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    status: row.status,
    signatureMode: row.signatureMode,
    petition: await getPetition(db, row),
    letter: row.letter,
    privacyNotice: row.privacyNotice,
    privacyUrl: row.privacyUrl,
    privacyNoticeVersion: row.privacyNoticeVersion,
    retentionDaysAfterClose: row.retentionDaysAfterClose,
    shareUrl: row.shareUrl,
    updatedAt: isoTimestamp(row.updatedAt),
  };
}

export async function listCampaigns(db: Sql): Promise<Campaign[]> {
  const { rows } = await db.query<CampaignRow>(`SELECT ${COLUMNS} FROM campaigns ORDER BY created_at, slug`);
  const campaigns: Campaign[] = [];
  for (const row of rows) campaigns.push(await toCampaign(db, row));
  return campaigns;
}

/** Creates a campaign from staff input (validated here: 422 validation_failed, taken slug included). */
export async function createCampaign(db: Database, input: CampaignInput): Promise<Campaign> {
  const data = parseInput(CampaignInputSchema, input);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO campaigns (slug, title, summary, status, signature_mode, goal, letter, privacy_notice, privacy_url,
         share_url, privacy_notice_version, retention_days_after_close, closed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, coalesce($11, '1'), $12,
         CASE WHEN $4 = 'closed' THEN now() END)
       ON CONFLICT (slug) DO NOTHING RETURNING id::text`,
      [
        data.slug,
        data.title,
        data.summary,
        data.status,
        data.signatureMode,
        data.goal,
        data.letter ? JSON.stringify(data.letter) : null,
        data.privacyNotice,
        data.privacyUrl,
        data.shareUrl,
        data.privacyNoticeVersion ?? null,
        data.retentionDaysAfterClose,
      ],
    );
    if (!rows[0]) {
      throw new ApiError('validation_failed', `A campaign "${data.slug}" already exists.`, {
        slug: 'This slug is taken.',
      });
    }
    for (const count of new Set(data.milestones)) {
      await tx.query('INSERT INTO milestones (campaign_id, count) VALUES ($1, $2)', [rows[0].id, count]);
    }
    return toCampaign(tx, (await findCampaign(tx, data.slug))!);
  });
}

const PATCH_COLUMNS = {
  title: 'title',
  summary: 'summary',
  status: 'status',
  signatureMode: 'signature_mode',
  goal: 'goal',
  letter: 'letter',
  privacyNotice: 'privacy_notice',
  privacyUrl: 'privacy_url',
  privacyNoticeVersion: 'privacy_notice_version',
  retentionDaysAfterClose: 'retention_days_after_close',
  shareUrl: 'share_url',
} as const;

/**
 * Changes a campaign. A new milestone list replaces the old one (keeping
 * when each kept milestone was reached); milestones the count has already
 * passed are reached, and announced, at once.
 */
export async function updateCampaign(db: Database, slug: string, patch: CampaignPatch): Promise<Campaign> {
  const data = parseInput(CampaignPatchSchema, patch);
  const campaign = await db.transaction(async (tx) => {
    const current = await requireCampaign(tx, slug);
    const sets: string[] = [];
    const values: unknown[] = [current.id];
    for (const [field, column] of Object.entries(PATCH_COLUMNS) as [keyof typeof PATCH_COLUMNS, string][]) {
      const value = data[field];
      if (value === undefined) continue;
      values.push(field === 'letter' ? (value === null ? null : JSON.stringify(value)) : value);
      sets.push(`${column} = $${values.length}${field === 'letter' ? '::jsonb' : ''}`);
    }
    // A notice whose text or link changes is a new notice: unless staff name the
    // new version, it becomes the time of the change, so supporters' consent
    // records never point at a version whose words were different.
    const noticeChanged =
      (data.privacyNotice !== undefined && data.privacyNotice !== current.privacyNotice) ||
      (data.privacyUrl !== undefined && data.privacyUrl !== current.privacyUrl);
    if (noticeChanged && data.privacyNoticeVersion === undefined) {
      sets.push(`privacy_notice_version = to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`);
    }
    // Retention runs from the moment a campaign closes; reopening it stops the clock.
    if (data.status !== undefined && data.status !== current.status) {
      sets.push(`closed_at = ${data.status === 'closed' ? 'now()' : 'NULL'}`);
    }
    await tx.query(`UPDATE campaigns SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = $1`, values);
    if (data.milestones) {
      const counts = [...new Set(data.milestones)];
      await tx.query('DELETE FROM milestones WHERE campaign_id = $1 AND NOT (count = ANY($2::int[]))', [
        current.id,
        counts,
      ]);
      for (const count of counts) {
        await tx.query('INSERT INTO milestones (campaign_id, count) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
          current.id,
          count,
        ]);
      }
      const snapshot = await readCount(tx, current.id);
      if (snapshot) await reachMilestones(tx, current.id, snapshot.count);
    }
    // Counters show the goal too.
    await notifyCountChanged(tx, current.id);
    return toCampaign(tx, (await findCampaign(tx, slug))!);
  });
  return campaign;
}
