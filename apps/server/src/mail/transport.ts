import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { createDevMailboxTransport } from './dev-mailbox.js';
import type { MailTransport } from './mail-transport.js';
import { createSmtpTransport } from './smtp-transport.js';

/** SMTP when `SMTP_URL` is set; otherwise the dev mailbox, a table shown at `/dev/mail`. */
export function createMailTransport(config: Pick<Config, 'smtpUrl' | 'mailFrom'>, db: Database): MailTransport {
  return config.smtpUrl
    ? createSmtpTransport(config.smtpUrl, config.mailFrom)
    : createDevMailboxTransport(db, config.mailFrom);
}
