import { createTransport } from 'nodemailer';
import type { MailTransport } from './mail-transport.js';
import { MAIL_CONCURRENCY } from './worker.js';

/**
 * Plain-text mail over SMTP with nodemailer. Timeouts are shorter than
 * nodemailer's minutes-long defaults so an unreachable server fails the
 * attempt (to be retried) instead of holding up the worker and shutdown.
 */
export function createSmtpTransport(smtpUrl: string, mailFrom: string): MailTransport {
  const transporter = createTransport(
    {
      url: smtpUrl,
      // Pooled connections are reused across mails instead of one TCP + SMTP handshake each.
      pool: true,
      maxConnections: MAIL_CONCURRENCY,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    },
    { from: mailFrom },
  );
  return {
    kind: 'smtp',
    async send(mail) {
      await transporter.sendMail({
        to: mail.to,
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
        subject: mail.subject,
        text: mail.text,
        // Lets a receiving system spot a resend of the same outbox row after a crash.
        headers: { 'X-Placard-Mail-Id': mail.id },
      });
    },
    async close() {
      transporter.close();
    },
  };
}
