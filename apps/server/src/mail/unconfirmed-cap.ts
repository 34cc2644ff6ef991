import type { Sql } from '../db/database.js';
import { normaliseEmail } from '../signatures/email.js';
import { enqueueMail, type OutgoingMail } from './outbox.js';

/**
 * Anyone can type anyone's address into a form, so every mail to an address
 * its owner has not confirmed (confirmation links, immediate-mode thank-yous,
 * "you had already signed" notices) could be aimed at a stranger. Two rules
 * keep that from turning the server into a relay:
 * - such mails carry only our fixed words, the campaign's title and the MP's
 *   name, never text the requester typed (see the mail templates);
 * - at most `cap` of them a day reach one mailbox (its normalised address,
 *   across campaigns). Past the cap the request is still answered as usual,
 *   so the requester learns nothing about the address; the mail is not sent.
 *
 * The cap is a count of today's outbox rows carrying the key; concurrent
 * requests for one address may pass it by one or two, which is fine for a
 * bound on nuisance mail. Sent mail is kept a week, so the count is whole.
 */
export function underDailyCap(keyParam: string, capParam: string): string {
  return `(SELECT count(*) FROM mail_outbox
            WHERE to_normalised = ${keyParam} AND created_at > now() - interval '1 day') < ${capParam}::int`;
}

/** Queues a mail to an unconfirmed address unless its daily cap is reached. Returns whether it was queued. */
export async function enqueueUnconfirmedMail(tx: Sql, mail: OutgoingMail, cap: number): Promise<boolean> {
  const key = normaliseEmail(mail.to);
  const { rows } = await tx.query<{ under: boolean }>(`SELECT ${underDailyCap('$1', '$2')} AS under`, [key, cap]);
  if (!rows[0]?.under) return false;
  await enqueueMail(tx, { ...mail, toNormalised: key });
  return true;
}
