import { ApiError, type SignatureRequest, type SignatureStatus } from '@placard/contract';
import type { CampaignRow } from '../campaigns/store.js';
import type { ConfirmSubject } from '../confirm/handlers.js';
import { confirmUrl, issueConfirmToken } from '../confirm/tokens.js';
import { addSignatureToCount, reachMilestones } from '../counts/milestones.js';
import { addToCount, readCount } from '../counts/shards.js';
import type { Database, Sql } from '../db/database.js';
import type { PartnerKey } from '../http/app-env.js';
import { type IdempotencyClaim, reserveInTransaction, type StoredAnswer, storeAnswer } from '../http/idempotency.js';
import { textsFor } from '../i18n/texts-for.js';
import { MAIL_CHANNEL } from '../mail/outbox.js';
import { enqueueUnconfirmedMail, underDailyCap } from '../mail/unconfirmed-cap.js';
import { enqueueWebhookEvent } from '../webhooks/events.js';
import { normaliseEmail } from './email.js';
import { alreadySignedMail, confirmationMail, thankYouMail } from './mail-text.js';
import { SIGNER_COLUMNS, signerValues } from './signer-values.js';

export interface SignOutcome {
  status: SignatureStatus;
  count: number;
  goal: number;
  /** The count changed (tell the live hub once committed). */
  counted: boolean;
  /** The row this request wrote; absent when it wrote none (signed before). */
  signatureId?: string;
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
  o: SignOptions,
) {
  const token = await issueConfirmToken(tx, 'signature', signatureId, o.confirmTtlHours);
  const texts = textsFor(input.locale);
  const link = confirmUrl(o.publicUrl, token, texts.language);
  const mail = confirmationMail(campaign, link, texts, Math.round(o.confirmTtlHours / 24));
  await enqueueUnconfirmedMail(tx, { to: input.email, ...mail }, o.mailCap);
}

export interface SignOptions {
  publicUrl: string;
  /** How long a double opt-in signature waits for its confirmation (UNCONFIRMED_EXPIRY_DAYS). */
  confirmTtlHours: number;
  /** Mails a day to one unconfirmed address (src/mail/unconfirmed-cap.ts). */
  mailCap: number;
  idempotency?: SignIdempotency | null;
}

/** What to do about the request's `Idempotency-Key`: hold it, and the answer to keep under it. */
export interface SignIdempotency {
  claim: IdempotencyClaim;
  answer: (outcome: SignOutcome) => StoredAnswer;
}

export type SignResult = { signed: SignOutcome } | { replay: StoredAnswer };

interface NewSignature {
  /** The new row's id; null when this email had signed already. */
  id: string | null;
  /** The count before this signature, as committed when the row was written. */
  count: number;
}

/**
 * Writes the row and, for an immediate signature, its thank-you mail and the
 * mail workers' wake-up, and reads the count as it stands: one statement, so
 * one round trip. The mail is written only if the row is.
 */
async function insertSignature(
  tx: Sql,
  campaign: CampaignRow,
  input: SignatureRequest,
  partner: PartnerKey,
  immediate: boolean,
  o: SignOptions,
): Promise<NewSignature> {
  const thanks = immediate ? thankYouMail(campaign, textsFor(input.locale)) : null;
  const { rows } = await tx.query<NewSignature>(
    `WITH signed AS (
       INSERT INTO signatures (campaign_id, ${SIGNER_COLUMNS}, status, confirmed_at, expires_at, privacy_notice_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12,
         CASE WHEN $13::boolean THEN now() END,
         CASE WHEN $13::boolean THEN NULL ELSE now() + make_interval(secs => $14::float8 * 3600) END,
         -- The consent record: the notice in force as the row is written (consented_at defaults to now()).
         (SELECT privacy_notice_version FROM campaigns WHERE id = $1))
       ON CONFLICT (campaign_id, email_normalised) DO NOTHING
       RETURNING id
     ), mailed AS (
       INSERT INTO mail_outbox (kind, to_address, to_normalised, subject, body_text)
       SELECT $15, $3, $4, $16, $17 FROM signed WHERE $15::text IS NOT NULL AND ${underDailyCap('$4', '$19')}
       RETURNING id
     )
     SELECT (SELECT id::text FROM signed) AS id,
            ((SELECT count_offset FROM campaigns WHERE id = $1)
              + (SELECT coalesce(sum(n), 0) FROM count_shards WHERE campaign_id = $1))::int AS count,
            (SELECT count(pg_notify($18, '')) FROM mailed) AS woken`,
    [
      campaign.id,
      ...signerValues(input, partner),
      immediate ? 'counted' : 'pending_confirmation',
      immediate,
      o.confirmTtlHours,
      thanks?.kind ?? null,
      thanks?.subject ?? null,
      thanks?.text ?? null,
      MAIL_CHANNEL,
      o.mailCap,
    ],
  );
  return rows[0]!;
}

/**
 * Signs in one transaction: the idempotency key, the row (deduplicated by
 * normalised email per campaign), its mail, the answer kept for retries, and
 * last the count and milestones, so the count shard's row lock is held only
 * until COMMIT. Nothing is written if any step fails.
 */
export async function signPetition(
  db: Database,
  campaign: CampaignRow,
  input: SignatureRequest,
  partner: PartnerKey,
  o: SignOptions,
): Promise<SignResult> {
  if (campaign.status === 'closed') {
    throw new ApiError('campaign_closed', 'This petition has closed and no longer takes signatures.');
  }
  const immediate = campaign.signatureMode === 'immediate';
  const idempotency = o.idempotency ?? null;
  return db.transaction(async (tx): Promise<SignResult> => {
    if (idempotency) {
      const replay = await reserveInTransaction(tx, idempotency.claim);
      if (replay) return { replay };
    }
    const keep = async (outcome: SignOutcome) => {
      if (idempotency) await storeAnswer(tx, idempotency.claim, idempotency.answer(outcome));
      return outcome;
    };
    const inserted = await insertSignature(tx, campaign, input, partner, immediate, o);
    if (inserted.id && immediate) {
      const count = inserted.count + 1;
      const outcome = await keep({ status: 'counted', count, goal: campaign.goal, counted: true });
      await enqueueWebhookEvent(
        tx,
        campaign.id,
        'signature.counted',
        { signatureId: inserted.id, count, goal: campaign.goal },
        {
          supporter: {
            name: input.name,
            email: input.email,
            postcode: input.postcode ?? null,
            country: input.country ?? null,
          },
        },
      );
      await addSignatureToCount(tx, campaign.id, count);
      return { signed: { ...outcome, signatureId: inserted.id } };
    }
    // The answer while a signature waits for its confirmation: the count as it stands.
    const pending = async (count: number) => ({
      signed: await keep({ status: 'pending_confirmation', count, goal: campaign.goal, counted: false }),
    });
    if (inserted.id) {
      await sendConfirmation(tx, campaign, inserted.id, input, o);
      const { signed } = await pending(inserted.count);
      return { signed: { ...signed, signatureId: inserted.id } };
    }
    // Signed before from this mailbox. A still-unconfirmed signature gets a fresh
    // link (the first mail may be lost; the per-email rate limit and the daily
    // mail cap stop abuse).
    const existing = await tx.query<{ id: string; status: string }>(
      `SELECT id::text, status FROM signatures WHERE campaign_id = $1 AND email_normalised = $2 FOR UPDATE`,
      [campaign.id, normaliseEmail(input.email)],
    );
    const previous = existing.rows[0]!;
    if (previous.status === 'pending_confirmation') {
      await tx.query(
        `UPDATE signatures SET expires_at = now() + make_interval(secs => $2::float8 * 3600) WHERE id = $1`,
        [previous.id, o.confirmTtlHours],
      );
      await sendConfirmation(tx, campaign, previous.id, input, o);
      return pending(await countNow(tx, campaign));
    }
    if (!immediate) {
      // Double opt-in answers exactly as for a new signature, so the form does not
      // reveal whether an address signed (a political opinion); only the
      // mailbox's owner is told, and only about a counted signature.
      if (previous.status === 'counted') {
        await enqueueUnconfirmedMail(
          tx,
          { to: input.email, ...alreadySignedMail(campaign, textsFor(input.locale)) },
          o.mailCap,
        );
      }
      return pending(await countNow(tx, campaign));
    }
    // Immediate mode says so: there the count already tells (it does not move),
    // so hiding it would only mislead honest integrators. See apps/server/README.md.
    return {
      signed: await keep({
        status: 'already_signed',
        count: await countNow(tx, campaign),
        goal: campaign.goal,
        counted: false,
      }),
    };
  });
}

/**
 * Confirming a double opt-in signature counts it. An expired one (not yet
 * swept) cannot be confirmed; a hidden or already counted one is left alone.
 */
export async function confirmSignature(tx: Sql, signatureId: string): Promise<'counted' | 'already_confirmed'> {
  const { rows } = await tx.query<{
    campaign_id: string;
    status: string;
    expired: boolean;
    goal: number;
    name: string;
    email: string;
    postcode: string | null;
    country: string | null;
  }>(
    `SELECT s.campaign_id::text, s.status, coalesce(s.expires_at < now(), false) AS expired, c.goal,
            s.name, s.email, s.postcode, s.country
       FROM signatures s JOIN campaigns c ON c.id = s.campaign_id WHERE s.id = $1 FOR UPDATE OF s`,
    [signatureId],
  );
  const row = rows[0];
  if (!row) throw new ApiError('token_expired', 'This signature has expired. Please sign again.');
  if (row.status !== 'pending_confirmation') return 'already_confirmed';
  if (row.expired) throw new ApiError('token_expired', 'This signature has expired. Please sign again.');
  await tx.query(`UPDATE signatures SET status = 'counted', confirmed_at = now(), expires_at = NULL WHERE id = $1`, [
    signatureId,
  ]);
  const count = await countSignature(tx, row.campaign_id);
  await enqueueWebhookEvent(
    tx,
    row.campaign_id,
    'signature.counted',
    { signatureId, count, goal: row.goal },
    { supporter: { name: row.name, email: row.email, postcode: row.postcode, country: row.country } },
  );
  return 'counted';
}

/** What confirming this signature would do, for the page that asks first (reads only). */
export async function describeSignature(db: Sql, signatureId: string): Promise<ConfirmSubject | null> {
  const { rows } = await db.query<{ slug: string; title: string; status: string; expired: boolean }>(
    `SELECT c.slug, c.title, s.status, coalesce(s.expires_at < now(), false) AS expired
       FROM signatures s JOIN campaigns c ON c.id = s.campaign_id WHERE s.id = $1`,
    [signatureId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    campaign: { slug: row.slug, title: row.title },
    pending: row.status === 'pending_confirmation',
    expired: row.expired,
    letter: null,
  };
}

/**
 * Deletes unconfirmed signatures past their time, as of `now` (their email can
 * sign again). They never counted, so no count moves; deleting rather than
 * anonymising leaves nothing a late click on the link could confirm.
 */
export async function sweepExpiredSignatures(db: Sql, now: Date = new Date()): Promise<number> {
  const { rowCount } = await db.query(
    `DELETE FROM signatures WHERE status = 'pending_confirmation' AND expires_at < $1::timestamptz`,
    [now],
  );
  return rowCount;
}

export async function signatureCampaignId(db: Sql, signatureId: string): Promise<string | null> {
  const { rows } = await db.query<{ campaign_id: string }>('SELECT campaign_id::text FROM signatures WHERE id = $1', [
    signatureId,
  ]);
  return rows[0]?.campaign_id ?? null;
}
