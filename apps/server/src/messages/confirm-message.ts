import { ApiError } from '@placard/contract';
import type { ConfirmKindHandlers } from '../confirm/handlers.js';
import { enqueueMail } from '../mail/outbox.js';
import { nextDeliverySlot } from './delivery-slot.js';
import { mpLetterMail, testLetterMail } from './letters.js';
import { lockMessage, markMessageQueued } from './store.js';

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
