import { ApiError } from '@placard/contract';
import type { ConfirmKindHandlers } from '../confirm/handlers.js';
import type { Sql } from '../db/database.js';
import { enqueueMail } from '../mail/outbox.js';
import { enqueueWebhookEvent } from '../webhooks/events.js';
import { nextDeliverySlot } from './delivery-slot.js';
import { mpLetterMail, testLetterMail } from './letters.js';
import { lockMessage, markMessageQueued } from './store.js';

/** The `message.confirmed` webhook: ids and the constituency; the supporter and letter only to endpoints that opted in. */
async function announceConfirmedLetter(tx: Sql, messageId: string): Promise<void> {
  const { rows } = await tx.query<{
    campaign_id: string;
    constituency_code: string;
    mp_id: number;
    test_mode: boolean;
    name: string;
    email: string;
    postcode: string;
    address: string;
    subject: string;
    body: string;
  }>(
    `SELECT campaign_id::text, constituency_code, mp_id, test_mode, name, email, postcode, address, subject, body
       FROM messages WHERE id = $1`,
    [messageId],
  );
  const m = rows[0];
  if (!m) return;
  await enqueueWebhookEvent(
    tx,
    m.campaign_id,
    'message.confirmed',
    { messageId, constituencyCode: m.constituency_code, mpId: m.mp_id, testMode: m.test_mode },
    {
      supporter: { name: m.name, email: m.email, postcode: m.postcode, address: m.address },
      letter: { subject: m.subject, body: m.body },
    },
  );
}

/**
 * Confirming a letter queues it, in the confirmation's transaction: to the
 * MP under their hourly cap, or, for a test key, back to the supporter.
 */
export function confirmMessage(o: { mpHourlyCap: number }): ConfirmKindHandlers['confirm'] {
  return async (tx, messageId) => {
    const message = await lockMessage(tx, messageId);
    if (!message) throw new ApiError('token_invalid', 'This letter no longer exists.');
    if (message.status !== 'pending_confirmation') return 'already_confirmed';
    await markMessageQueued(tx, message.id);
    await announceConfirmedLetter(tx, message.id);
    if (message.testMode) {
      await enqueueMail(tx, testLetterMail(message));
      return 'queued';
    }
    // A live letter is only ever stored with the MP's email (checked when it was written).
    if (!message.mpEmail) throw new Error(`Live letter ${message.id} has no MP email`);
    const { slot, notBefore } = await nextDeliverySlot(tx, message.mpId, o.mpHourlyCap);
    await enqueueMail(tx, { ...mpLetterMail(message, message.mpEmail), mpSlot: slot, notBefore });
    return 'queued';
  };
}
