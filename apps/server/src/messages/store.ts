import type { Representative } from '@placard/contract';
import type { ConfirmSubject } from '../confirm/handlers.js';
import type { Sql } from '../db/database.js';

/** A letter as stored, with what confirming and delivering it needs. */
export interface MessageRow {
  id: string;
  campaignTitle: string;
  mpId: number;
  mpName: string;
  mpEmail: string | null;
  constituency: string;
  name: string;
  email: string;
  address: string;
  postcode: string;
  subject: string;
  body: string;
  testMode: boolean;
  partner: string | null;
  status: 'pending_confirmation' | 'queued' | 'sent' | 'test_delivered';
}

export interface NewMessage {
  campaignId: string;
  representative: Representative;
  name: string;
  email: string;
  address: string;
  subject: string;
  body: string;
  consentUpdates: boolean;
  testMode: boolean;
  partner: string;
  keyId: string;
}

export async function insertMessage(tx: Sql, message: NewMessage): Promise<string> {
  const { representative: found } = message;
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO messages (campaign_id, mp_id, mp_name, mp_email, constituency_code, constituency, name, email,
       address, postcode, subject, body, consent_updates, test_mode, partner, key_id, privacy_notice_version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
       -- The consent record: the notice in force as the letter is written (consented_at defaults to now()).
       (SELECT privacy_notice_version FROM campaigns WHERE id = $1))
     RETURNING id::text`,
    [
      message.campaignId,
      found.mp.id,
      found.mp.name,
      found.mp.email,
      found.constituency.code,
      found.constituency.name,
      message.name,
      message.email,
      message.address,
      found.postcode,
      message.subject,
      message.body,
      message.consentUpdates,
      message.testMode,
      message.partner,
      message.keyId,
    ],
  );
  return rows[0]!.id;
}

/** Reads a letter and locks it for the rest of the transaction (confirmation). */
export async function lockMessage(tx: Sql, id: string): Promise<MessageRow | null> {
  const { rows } = await tx.query<MessageRow>(
    `SELECT m.id::text, c.title AS "campaignTitle", m.mp_id AS "mpId", m.mp_name AS "mpName", m.mp_email AS "mpEmail",
            m.constituency, m.name, m.email, m.address, m.postcode, m.subject, m.body, m.test_mode AS "testMode",
            m.partner, m.status
       FROM messages m JOIN campaigns c ON c.id = m.campaign_id
      WHERE m.id = $1
      FOR UPDATE OF m`,
    [id],
  );
  return rows[0] ?? null;
}

/** What confirming this letter would do, for the page that asks first (reads only, names no supporter). */
export async function describeMessage(db: Sql, id: string): Promise<ConfirmSubject | null> {
  const { rows } = await db.query<{
    slug: string;
    title: string;
    mpName: string;
    constituency: string;
    testMode: boolean;
    status: string;
  }>(
    `SELECT c.slug, c.title, m.mp_name AS "mpName", m.constituency, m.test_mode AS "testMode", m.status
       FROM messages m JOIN campaigns c ON c.id = m.campaign_id
      WHERE m.id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    campaign: { slug: row.slug, title: row.title },
    pending: row.status === 'pending_confirmation',
    // A letter has no window of its own: its token's is the one that counts.
    expired: false,
    letter: { mpName: row.mpName, constituency: row.constituency, testMode: row.testMode },
  };
}

export async function markMessageQueued(tx: Sql, id: string): Promise<void> {
  await tx.query(`UPDATE messages SET status = 'queued', confirmed_at = now() WHERE id = $1`, [id]);
}

/**
 * Deletes letters never confirmed within `hours` of `now` (their links have
 * expired): nobody asked for them to be sent, so their personal data is not kept.
 */
export async function deleteUnconfirmedMessages(db: Sql, hours: number, now: Date = new Date()): Promise<number> {
  const { rows } = await db.query<{ id: string }>(
    `DELETE FROM messages
      WHERE status = 'pending_confirmation' AND created_at < $2::timestamptz - make_interval(hours => $1)
      RETURNING id`,
    [hours, now],
  );
  return rows.length;
}
