import type { Database } from '../db/database.js';
import { ANONYMISE_LETTER, ANONYMISE_SIGNATURE, type ErasedCounts } from './anonymise.js';
import { removeUnconfirmed } from './unconfirmed.js';

/**
 * Anonymises supporters' personal data in every campaign closed for longer
 * than its `retention_days_after_close`, as of `now`: signatures and delivered
 * letters in place (counts and milestones stay true), never-confirmed ones
 * removed, and the outbox copies of delivered letters dropped. A letter still
 * queued for its MP is left until it has gone; the next sweep takes it.
 * Returns what changed, summed over campaigns.
 */
export async function applyRetention(db: Database, now: Date): Promise<ErasedCounts> {
  const due = await db.query<{ id: string }>(
    `SELECT id::text FROM campaigns
      WHERE status = 'closed' AND closed_at + make_interval(days => retention_days_after_close) <= $1::timestamptz`,
    [now],
  );
  const total: ErasedCounts = { signatures: 0, letters: 0, mail: 0 };
  for (const { id } of due.rows) {
    const changed = await db.transaction(async (tx) => {
      const campaign = [id];
      const mail = await tx.query(
        `DELETE FROM mail_outbox
          WHERE status IN ('sent', 'failed')
            AND message_id IN (SELECT id FROM messages WHERE campaign_id = $1 AND status IN ('sent', 'test_delivered'))`,
        campaign,
      );
      let letters = await removeUnconfirmed(tx, 'message', 'campaign_id = $1', campaign);
      letters += (
        await tx.query(
          `UPDATE messages SET ${ANONYMISE_LETTER}
            WHERE campaign_id = $2 AND anonymised_at IS NULL AND status IN ('sent', 'test_delivered')`,
          [now, id],
        )
      ).rowCount;
      let signatures = await removeUnconfirmed(tx, 'signature', 'campaign_id = $1', campaign);
      signatures += (
        await tx.query(
          `UPDATE signatures SET ${ANONYMISE_SIGNATURE} WHERE campaign_id = $2 AND anonymised_at IS NULL`,
          [now, id],
        )
      ).rowCount;
      return { signatures, letters, mail: mail.rowCount };
    });
    total.signatures += changed.signatures;
    total.letters += changed.letters;
    total.mail += changed.mail;
  }
  return total;
}
