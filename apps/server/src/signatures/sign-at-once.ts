import { randomUUID } from 'node:crypto';
import type { SignatureRequest } from '@placard/contract';
import { randomShard } from '../counts/shards.js';
import type { Database } from '../db/database.js';
import type { PartnerKey } from '../http/app-env.js';
import type { IdempotencyClaim } from '../http/idempotency.js';
import { textsFor } from '../i18n/texts-for.js';
import { underDailyCap } from '../mail/unconfirmed-cap.js';
import { deliveriesInsert, WEBHOOK_CHANNEL } from '../webhooks/events.js';
import type { SigningCampaign } from './campaign-cache.js';
import { thankYouMail } from './mail-text.js';
import { wakeMailWorkers } from './mail-wake.js';
import type { SignOutcome } from './sign.js';
import { SIGNER_COLUMNS, signerValues } from './signer-values.js';

interface AtOnceRow {
  /** The new row's id; null when any condition of the usual case failed and nothing was written. */
  id: string | null;
  count: number;
  /** Webhook deliveries written (endpoints subscribed to `signature.counted`). */
  hooked: number;
}

// The `signature.counted` webhook deliveries, written by the same statement as the
// signature (so in its transaction: committed with it or not at all). Parameters:
// $1 campaign, $3–$7 the signer's columns, $16 goal, $22 event id, $23 event time.
const HOOKED = deliveriesInsert({
  campaignId: '$1',
  eventId: '$22',
  type: "'signature.counted'",
  createdAt: '$23',
  from: 'signed, total',
  data: "jsonb_build_object('signatureId', signed.id::text, 'count', total.count::int, 'goal', $16::int)",
  personal: `jsonb_build_object('supporter', jsonb_build_object(
    'name', $3::text, 'email', $4::text, 'postcode', $6::text, 'country', $7::text))`,
});

// PostgreSQL's code for division by zero: how the statement undoes itself (see below).
const UNDONE = '22012';

/**
 * The usual signature — a new email on an open, immediate campaign, reaching
 * no milestone — as one statement, so one round trip and one commit rather
 * than a dozen round trips: the row, the thank-you mail (under the address's
 * daily cap of `mailCap`), the Idempotency-Key
 * with its answer, the count shard and the `signature.counted` webhook
 * deliveries; mail and webhook workers are woken after commit. A single
 * statement is atomic without BEGIN/COMMIT, and the shard's row lock is held
 * only for the end of it. Every condition of the usual case is checked in the
 * statement; when one fails nothing is written and this returns null, for
 * `signPetition` to handle the case in full (already signed, a key in use, a
 * milestone to announce, a campaign changed since it was cached).
 */
export async function signAtOnce(
  db: Database,
  campaign: SigningCampaign,
  input: SignatureRequest,
  partner: PartnerKey,
  claim: IdempotencyClaim | null,
  mailCap: number,
): Promise<SignOutcome | null> {
  const thanks = thankYouMail(campaign, textsFor(input.locale));
  let row: AtOnceRow;
  try {
    const { rows } = await db.query<AtOnceRow>(
      `WITH campaign AS (
         SELECT count_offset, privacy_notice_version FROM campaigns
          WHERE id = $1 AND (extract(epoch FROM updated_at) * 1000000)::int8 = $2
            AND status = 'open' AND signature_mode = 'immediate'
       ), total AS (
         -- The count with this signature: what is committed, plus one.
         SELECT count_offset + coalesce((SELECT sum(n) FROM count_shards WHERE campaign_id = $1), 0) + 1 AS count,
                privacy_notice_version
           FROM campaign
       ), signed AS (
         -- The consent record: the notice in force as the row is written (consented_at defaults to now()).
         INSERT INTO signatures (campaign_id, ${SIGNER_COLUMNS}, status, confirmed_at, privacy_notice_version)
         SELECT $1, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, 'counted', now(), total.privacy_notice_version
           FROM total
          WHERE NOT EXISTS (SELECT 1 FROM idempotency_keys WHERE scope = $13 AND key = $14)
            -- A milestone's live event is published by the full path, in its transaction.
            AND NOT EXISTS (SELECT 1 FROM milestones
                             WHERE campaign_id = $1 AND reached_at IS NULL AND count <= total.count)
         ON CONFLICT (campaign_id, email_normalised) DO NOTHING
         RETURNING id
       ), kept AS (
         INSERT INTO idempotency_keys (scope, key, request_hash, status, body)
         SELECT $13, $14, $15, 201, jsonb_build_object(
                  'signature', jsonb_build_object('status', 'counted'),
                  'petition', jsonb_build_object('count', total.count, 'goal', $16::int))
           FROM signed, total WHERE $14::text IS NOT NULL
         ON CONFLICT (scope, key) DO NOTHING
         RETURNING key
       ), mailed AS (
         -- To an address nobody confirmed: under its daily cap only (src/mail/unconfirmed-cap.ts).
         INSERT INTO mail_outbox (kind, to_address, to_normalised, subject, body_text)
         SELECT $17, $4, $5, $18, $19 FROM signed WHERE ${underDailyCap('$5', '$21')}
       ), bumped AS (
         INSERT INTO count_shards (campaign_id, shard, n, updated_at) SELECT $1, $20, 1, now() FROM signed
         ON CONFLICT (campaign_id, shard) DO UPDATE SET n = count_shards.n + 1, updated_at = now()
       ), hooked AS (
         ${HOOKED}
       )
       SELECT (SELECT id::text FROM signed) AS id,
              coalesce((SELECT count FROM total), 0)::int AS count,
              (SELECT count(*) FROM hooked)::int AS hooked,
              -- Signed, but a concurrent request with another body took the key: the
              -- statement must not stand, and dividing by zero aborts it (a constant
              -- error would be raised while planning, so the divisor is a subquery).
              CASE WHEN $14::text IS NOT NULL AND EXISTS (SELECT 1 FROM signed)
                   THEN 1 / (SELECT count(*)::int FROM kept) END AS undo`,
      [
        campaign.id,
        campaign.version,
        ...signerValues(input, partner),
        claim?.scope ?? null,
        claim?.key ?? null,
        claim?.hash ?? null,
        campaign.goal,
        thanks.kind,
        thanks.subject,
        thanks.text,
        randomShard(),
        mailCap,
        randomUUID(),
        new Date().toISOString(),
      ],
      // Prepared once per connection: parsing and planning this statement cost
      // PostgreSQL about as much as running it.
      { name: 'sign-at-once' },
    );
    row = rows[0]!;
  } catch (error) {
    if ((error as { code?: unknown }).code === UNDONE) return null;
    throw error;
  }
  if (!row.id) return null;
  wakeMailWorkers(db);
  // After commit, as for mail (no NOTIFY inside the hot statement); workers also poll every second.
  if (row.hooked > 0) db.notify(WEBHOOK_CHANNEL, '').catch(() => {});
  return { status: 'counted', count: row.count, goal: campaign.goal, counted: true, signatureId: row.id };
}
