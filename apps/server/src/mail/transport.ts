import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { createDevMailboxTransport } from './dev-mailbox.js';
import type { ClaimedMail } from './outbox.js';
import { createSmtpTransport } from './smtp-transport.js';

/** Where the worker hands a mail over. `send` resolves once the mail is accepted, or throws. */
export interface MailTransport {
  readonly kind: 'smtp' | 'dev-mailbox';
  send(mail: ClaimedMail): Promise<void>;
  close(): Promise<void>;
}

/** SMTP when `SMTP_URL` is set; otherwise the dev mailbox, a table shown at `/dev/mail`. */
export function createMailTransport(config: Pick<Config, 'smtpUrl' | 'mailFrom'>, db: Database): MailTransport {
  return config.smtpUrl
    ? createSmtpTransport(config.smtpUrl, config.mailFrom)
    : createDevMailboxTransport(db, config.mailFrom);
}
