import type { ClaimedMail } from './outbox.js';

/**
 * Where the worker hands a mail over. `send` resolves once the mail is accepted, or throws.
 * On its own, so that the transports and the worker share it without importing the factory
 * that picks between them (transport.ts), which imports them.
 */
export interface MailTransport {
  readonly kind: 'smtp' | 'dev-mailbox';
  send(mail: ClaimedMail): Promise<void>;
  close(): Promise<void>;
}
