import type { SignatureRequest, SignatureStatus } from '@placard/contract';
import type { CampaignRow } from '../campaigns/store.js';
import { CONFIRM_TTL_HOURS, issueConfirmToken } from '../confirm/tokens.js';
import { reachMilestones } from '../counts/milestones.js';
import { addToCount, readCount } from '../counts/shards.js';
import type { Database, Sql } from '../db/database.js';
import { ApiError } from '../http/api-error.js';
import type { PartnerKey } from '../http/app-env.js';
import { enqueueMail } from '../mail/outbox.js';
import { normaliseEmail } from './email.js';
import { confirmationMail, thankYouMail } from './mail-text.js';

export interface SignOutcome {
  status: SignatureStatus;
  count: number;
  goal: number;
  /** The count changed (tell the live hub once committed). */
  counted: boolean;
}

async function countNow(tx: Sql, campaign: CampaignRow) {
  return (await readCount(tx, campaign.id))?.count ?? campaign.countOffset;
}

/** Counts a signature that just became `counted`: a shard, then any milestone it reached. Returns the new count. */
export async function countSignature(tx: Sql, campaignId: string): Promise<number> {
  await addToCount(tx, campaignId, 1);
  const snapshot = await readCount(tx, campaignId);
  if (snapshot) await reachMilestones(tx, campaignId, snapshot.count);
  return snapshot?.count ?? 0;
}

async function sendConfirmation(
  tx: Sql,
  campaign: CampaignRow,
  signatureId: string,
  input: SignatureRequest,
  publicUrl: string,
) {
  const token = await issueConfirmToken(tx, 'signature', signatureId, CONFIRM_TTL_HOURS);
  const mail = confirmationMail(campaign, input.name, `${publicUrl}/v1/confirm/${token}`);
  await enqueueMail(tx, { to: input.email, ...mail });
}

/**
 * Signs in one transaction: the row (deduplicated by normalised email per
 * campaign), its count and milestones, and the mail to send. Nothing is
 * written if any step fails.
 */
export async function signPetition(
  db: Database,
  campaign: CampaignRow,
  input: SignatureRequest,
  partner: PartnerKey,
  o: { publicUrl: string },
): Promise<SignOutcome> {
  if (campaign.status === 'closed') {
    throw new ApiError('campaign_closed', 'This petition has closed and no longer takes signatures.');
  }
  const immediate = campaign.signatureMode === 'immediate';
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO signatures (campaign_id, name, email, email_normalised, postcode, country, consent_privacy,
         consent_updates, source, partner, key_id, status, confirmed_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12,
         CASE WHEN $13::boolean THEN now() END,
         CASE WHEN $13::boolean THEN NULL ELSE now() + make_interval(secs => $14::float8 * 3600) END)
       ON CONFLICT (campaign_id, email_normalised) DO NOTHING
       RETURNING id::text`,
      [
        campaign.id,
        input.name,
        input.email,
        normaliseEmail(input.email),
        input.postcode ?? null,
        input.country ?? null,
        input.consent.privacy,
        input.consent.updates,
        input.source ? JSON.stringify(input.source) : null,
        partner.partner,
        partner.keyId,
        immediate ? 'counted' : 'pending_confirmation',
        immediate,
        CONFIRM_TTL_HOURS,
      ],
    );
    const inserted = rows[0];
    if (inserted && immediate) {
      const count = await countSignature(tx, campaign.id);
      await enqueueMail(tx, { to: input.email, ...thankYouMail(campaign, input.name) });
      return { status: 'counted' as const, count, goal: campaign.goal, counted: true };
    }
    if (inserted) {
      await sendConfirmation(tx, campaign, inserted.id, input, o.publicUrl);
      return {
        status: 'pending_confirmation' as const,
        count: await countNow(tx, campaign),
        goal: campaign.goal,
        counted: false,
      };
    }
    // Signed before with this email. A still-unconfirmed signature gets a fresh
    // link (the first mail may be lost; per-email rate limits stop abuse).
    const existing = await tx.query<{ id: string; status: string }>(
      `SELECT id::text, status FROM signatures WHERE campaign_id = $1 AND email_normalised = $2 FOR UPDATE`,
      [campaign.id, normaliseEmail(input.email)],
    );
    const previous = existing.rows[0]!;
    if (previous.status === 'pending_confirmation') {
      await tx.query(
        `UPDATE signatures SET expires_at = now() + make_interval(secs => $2::float8 * 3600) WHERE id = $1`,
        [previous.id, CONFIRM_TTL_HOURS],
      );
      await sendConfirmation(tx, campaign, previous.id, input, o.publicUrl);
      return {
        status: 'pending_confirmation' as const,
        count: await countNow(tx, campaign),
        goal: campaign.goal,
        counted: false,
      };
    }
    return {
      status: 'already_signed' as const,
      count: await countNow(tx, campaign),
      goal: campaign.goal,
      counted: false,
    };
  });
}

/**
 * Confirming a double opt-in signature counts it. An expired one (not yet
 * swept) cannot be confirmed; a hidden or already counted one is left alone.
 */
export async function confirmSignature(tx: Sql, signatureId: string): Promise<'counted' | 'already_confirmed'> {
  const { rows } = await tx.query<{ campaign_id: string; status: string; expired: boolean }>(
    `SELECT campaign_id::text, status, coalesce(expires_at < now(), false) AS expired
       FROM signatures WHERE id = $1 FOR UPDATE`,
    [signatureId],
  );
  const row = rows[0];
  if (!row) throw new ApiError('token_expired', 'This signature has expired. Please sign again.');
  if (row.status !== 'pending_confirmation') return 'already_confirmed';
  if (row.expired) throw new ApiError('token_expired', 'This signature has expired. Please sign again.');
  await tx.query(`UPDATE signatures SET status = 'counted', confirmed_at = now(), expires_at = NULL WHERE id = $1`, [
    signatureId,
  ]);
  await countSignature(tx, row.campaign_id);
  return 'counted';
}

/** Deletes unconfirmed signatures past their time (their email can sign again). Returns how many. */
export async function sweepExpiredSignatures(db: Sql): Promise<number> {
  const { rowCount } = await db.query(
    `DELETE FROM signatures WHERE status = 'pending_confirmation' AND expires_at < now()`,
  );
  return rowCount;
}

export async function signatureCampaignId(db: Sql, signatureId: string): Promise<string | null> {
  const { rows } = await db.query<{ campaign_id: string }>('SELECT campaign_id::text FROM signatures WHERE id = $1', [
    signatureId,
  ]);
  return rows[0]?.campaign_id ?? null;
}
