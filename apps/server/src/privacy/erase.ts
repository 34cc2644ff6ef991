import type { Database } from '../db/database.js';
import { eraseFromDeliveries } from '../webhooks/store.js';
import { ANONYMISE_LETTER, ANONYMISE_SIGNATURE, type ErasedCounts } from './anonymise.js';
import { removeUnconfirmed } from './unconfirmed.js';

// The address as typed at signing may differ in case from the one asked
// about; lower() on both sides matches either. There is no index on
// lower(email): erasure is rare, and a scan is cheap next to slowing every signature.
const SUPPORTER = 'lower(email) = lower($1)';
// The same, after the anonymising statements' `$1`, the time.
const SUPPORTER_AFTER_TIME = 'lower(email) = lower($2)';

/**
 * Erases one supporter's personal data from every campaign, in one
 * transaction: counted and hidden signatures and delivered letters are
 * anonymised in place (see anonymise.ts for why), never-confirmed signatures
 * and letters not yet sent are removed with their links (so nothing goes out
 * in their name afterwards), and every mail to them, from them (Reply-To) or
 * carrying their letter leaves the outbox and the dev mailbox; webhook deliveries
 * lose their supporter and letter fields. Anonymised rows
 * no longer carry the address, so a second erasure finds nothing: zeros.
 */
export async function eraseSupporter(db: Database, email: string, now: Date = new Date()): Promise<ErasedCounts> {
  const address = [email.trim()];
  return db.transaction(async (tx) => {
    // Webhook deliveries to endpoints that opted in to personal data keep ids and counts only.
    await eraseFromDeliveries(tx, address[0]!);
    const outbox = await tx.query(
      `DELETE FROM mail_outbox
        WHERE lower(to_address) = lower($1) OR lower(reply_to) = lower($1)
           OR message_id IN (SELECT id FROM messages WHERE ${SUPPORTER})`,
      address,
    );
    const devMailbox = await tx.query(
      'DELETE FROM dev_mailbox WHERE lower(to_address) = lower($1) OR lower(reply_to) = lower($1)',
      address,
    );
    // A letter still waiting to go to the MP is withdrawn: it would otherwise go out without a sender.
    let letters = await removeUnconfirmed(tx, 'message', SUPPORTER, address);
    letters += (await tx.query(`DELETE FROM messages WHERE status = 'queued' AND ${SUPPORTER}`, address)).rowCount;
    letters += (
      await tx.query(`UPDATE messages SET ${ANONYMISE_LETTER} WHERE ${SUPPORTER_AFTER_TIME}`, [now, ...address])
    ).rowCount;

    let signatures = await removeUnconfirmed(tx, 'signature', SUPPORTER, address);
    signatures += (
      await tx.query(`UPDATE signatures SET ${ANONYMISE_SIGNATURE} WHERE ${SUPPORTER_AFTER_TIME}`, [now, ...address])
    ).rowCount;

    return { signatures, letters, mail: outbox.rowCount + devMailbox.rowCount };
  });
}
