import type { Database, Sql } from '../db/database.js';
import type { MailTransport } from './mail-transport.js';

/** A mail as the dev mailbox keeps and shows it. */
export interface DevMail {
  id: number;
  kind: string;
  from: string;
  to: string;
  replyTo: string | null;
  subject: string;
  text: string;
  createdAt: string;
}

/**
 * Development without SMTP: every mail is stored in `dev_mailbox` instead of sent. Only while
 * its outbox row is still there, read under a share lock: an erasure deletes the row first and
 * the copies after, so a mail being "sent" as the supporter is erased either waits for the
 * erasure and is dropped, or is stored before the erasure removes it, and never outlives it.
 */
export function createDevMailboxTransport(db: Database, mailFrom: string): MailTransport {
  return {
    kind: 'dev-mailbox',
    async send(mail) {
      await db.query(
        `INSERT INTO dev_mailbox (outbox_id, kind, from_address, to_address, reply_to, subject, body_text)
         SELECT id, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text
           FROM mail_outbox WHERE id = $1::uuid FOR SHARE`,
        [mail.id, mail.kind, mailFrom, mail.to, mail.replyTo, mail.subject, mail.text],
      );
    },
    async close() {},
  };
}

const COLUMNS = `id, kind, from_address AS "from", to_address AS "to", reply_to AS "replyTo", subject,
  body_text AS "text", created_at AS "createdAt"`;

interface DevMailRow extends Omit<DevMail, 'createdAt'> {
  createdAt: Date;
}

const toDevMail = (row: DevMailRow): DevMail => ({ ...row, createdAt: row.createdAt.toISOString() });

/** The newest mails first, optionally only those to one address. */
export async function listDevMail(db: Sql, o: { to?: string; limit?: number } = {}): Promise<DevMail[]> {
  const { rows } = await db.query<DevMailRow>(
    `SELECT ${COLUMNS} FROM dev_mailbox
      WHERE $1::text IS NULL OR lower(to_address) = lower($1::text)
      ORDER BY id DESC LIMIT $2`,
    [o.to ?? null, o.limit ?? 50],
  );
  return rows.map(toDevMail);
}

/**
 * Copies older than `days` go, as delivered mail does from the outbox: they hold
 * supporters' names, addresses and letters, and retention must reach them too.
 */
export async function deleteOldDevMail(db: Sql, days: number, now: Date = new Date()): Promise<number> {
  const { rows } = await db.query<{ id: string }>(
    `DELETE FROM dev_mailbox WHERE created_at < $2::timestamptz - make_interval(days => $1) RETURNING id`,
    [days, now],
  );
  return rows.length;
}

export async function findDevMail(db: Sql, id: number): Promise<DevMail | null> {
  const { rows } = await db.query<DevMailRow>(`SELECT ${COLUMNS} FROM dev_mailbox WHERE id = $1`, [id]);
  return rows[0] ? toDevMail(rows[0]) : null;
}
