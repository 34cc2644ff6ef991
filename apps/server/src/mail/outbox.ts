import type { Sql } from '../db/database.js';

/** A mail to send later, written in the same transaction as the change that causes it. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  replyTo?: string;
  /** What the mail is for (`signature_confirmation`, `mp_letter`, …): kept for the dev mailbox and logs. */
  kind: string;
  /** Not before this time (drip delivery); now when absent. */
  notBefore?: Date;
  /** Letters to an MP: the member id and the delivery hour counted against their hourly cap. */
  mpId?: number;
  mpSlot?: Date;
  /** The letter this mail delivers: its status follows the mail's. */
  messageId?: string;
  /** The recipient's normalised address, on mails to unconfirmed addresses: what their daily cap counts. */
  toNormalised?: string;
}

/** A mail a worker has claimed and now sends. */
export interface ClaimedMail {
  id: string;
  kind: string;
  to: string;
  replyTo: string | null;
  subject: string;
  text: string;
  /** Attempts made before this one. */
  attempts: number;
}

/** NOTIFY channel that wakes mail workers; sent inside the transaction, so delivered only on commit. */
export const MAIL_CHANNEL = 'placard_mail';

export async function enqueueMail(tx: Sql, mail: OutgoingMail): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO mail_outbox (kind, to_address, reply_to, subject, body_text, not_before, mp_id, mp_slot, message_id, to_normalised)
     VALUES ($1, $2, $3, $4, $5, COALESCE($6, now()), $7, $8, $9, $10)
     RETURNING id`,
    [
      mail.kind,
      mail.to,
      mail.replyTo ?? null,
      mail.subject,
      mail.text,
      mail.notBefore ?? null,
      mail.mpId ?? null,
      mail.mpSlot ?? null,
      mail.messageId ?? null,
      mail.toNormalised ?? null,
    ],
  );
  await tx.query('SELECT pg_notify($1, $2)', [MAIL_CHANNEL, '']);
  return rows[0]!.id;
}

/**
 * Claims up to `limit` due mails for this worker. One statement, with
 * `FOR UPDATE SKIP LOCKED`, so concurrent workers never claim the same row.
 * A claim is a lease: a worker that dies mid-send leaves the row `sending`
 * and, once the lease runs out, another worker sends it.
 */
export async function claimDueMail(db: Sql, limit: number, leaseMs: number): Promise<ClaimedMail[]> {
  const { rows } = await db.query<ClaimedMail>(
    `UPDATE mail_outbox
        SET status = 'sending', locked_until = clock_timestamp() + $2::float8 * interval '1 millisecond'
      WHERE id IN (
        SELECT id FROM mail_outbox
         WHERE (status = 'pending' AND not_before <= clock_timestamp())
            OR (status = 'sending' AND locked_until <= clock_timestamp())
         ORDER BY not_before, created_at
         LIMIT $1
         FOR UPDATE SKIP LOCKED)
      RETURNING id, kind, to_address AS "to", reply_to AS "replyTo", subject, body_text AS "text", attempts`,
    [limit, leaseMs],
  );
  return rows;
}

/** Records a delivered mail and moves the letter it carries to `sent` (or `test_delivered`). */
export async function markMailSent(db: Sql, id: string): Promise<void> {
  await db.query(
    `WITH sent AS (
       UPDATE mail_outbox
          SET status = 'sent', sent_at = now(), attempts = attempts + 1, locked_until = NULL, last_error = NULL
        WHERE id = $1
        RETURNING message_id)
     UPDATE messages
        SET status = CASE WHEN test_mode THEN 'test_delivered' ELSE 'sent' END, sent_at = now()
      WHERE id = (SELECT message_id FROM sent) AND status = 'queued'`,
    [id],
  );
}

/**
 * Records a failed attempt: back to `pending` after `retryInMs`, or `failed`
 * once `maxAttempts` are used (`placard mail retry` puts those back).
 */
export async function markMailFailed(
  db: Sql,
  id: string,
  error: string,
  o: { maxAttempts: number; retryInMs: number },
): Promise<'pending' | 'failed'> {
  const { rows } = await db.query<{ status: 'pending' | 'failed' }>(
    `UPDATE mail_outbox
        SET attempts = attempts + 1,
            last_error = $2,
            locked_until = NULL,
            status = CASE WHEN attempts + 1 >= $3::int THEN 'failed' ELSE 'pending' END,
            not_before = clock_timestamp() + $4::float8 * interval '1 millisecond'
      WHERE id = $1
      RETURNING status`,
    [id, error.slice(0, 1000), o.maxAttempts, o.retryInMs],
  );
  return rows[0]?.status ?? 'failed';
}

/** Puts every `failed` mail back in the queue, due now, with fresh attempts. Returns how many. */
export async function retryFailedMail(db: Sql): Promise<number> {
  const { rows } = await db.query<{ id: string }>(
    `UPDATE mail_outbox SET status = 'pending', attempts = 0, not_before = now(), locked_until = NULL
      WHERE status = 'failed'
      RETURNING id`,
  );
  if (rows.length > 0) await db.query('SELECT pg_notify($1, $2)', [MAIL_CHANNEL, '']);
  return rows.length;
}

export interface OutboxCounts {
  pending: number;
  sending: number;
  sent: number;
  failed: number;
}

/** How many mails are in each state, for the CLI and tests. */
export async function countOutbox(db: Sql): Promise<OutboxCounts> {
  const { rows } = await db.query<{ status: keyof OutboxCounts; n: number }>(
    'SELECT status, count(*)::int AS n FROM mail_outbox GROUP BY status',
  );
  const counts: OutboxCounts = { pending: 0, sending: 0, sent: 0, failed: 0 };
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

/**
 * Forgets delivered mail after `days`: letters carry supporters' names and
 * addresses, and a delivered copy has no further use here.
 */
export async function deleteSentMail(db: Sql, days: number, now: Date = new Date()): Promise<number> {
  const { rows } = await db.query<{ id: string }>(
    `DELETE FROM mail_outbox
      WHERE status = 'sent' AND sent_at < $2::timestamptz - make_interval(days => $1)
      RETURNING id`,
    [days, now],
  );
  return rows.length;
}
