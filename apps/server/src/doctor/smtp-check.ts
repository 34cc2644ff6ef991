import { createTransport } from 'nodemailer';
import { type Check, fail, ok } from './check.js';
import { describeUrl, scrubPassword } from './hosts.js';

const SET_SMTP =
  'Set SMTP_URL=smtps://USER:PASSWORD@smtp.your-provider.org:465 (or smtp://USER:PASSWORD@host:587 for STARTTLS) ' +
  'with the details from your mail provider, restart the server, and run placard doctor again to test the connection.';

/**
 * Connects to the configured SMTP server the way the mail worker does and says
 * hello (EHLO, STARTTLS when offered, the login when SMTP_URL has a user),
 * then quits: nodemailer's `verify()`, bounded by `timeoutMs`. Sends nothing.
 */
export const smtp: Check = {
  id: 'smtp',
  title: 'Outgoing mail (SMTP)',
  async run({ config, timeoutMs }) {
    if (!config.smtpUrl) {
      return fail(
        'SMTP_URL is not set, so no mail leaves this server: confirmation links, thank-yous and letters to MPs only ' +
          'reach the dev mailbox (/dev/mail, in development; in production the server refuses to start).',
        SET_SMTP,
      );
    }
    let url: URL;
    try {
      url = new URL(config.smtpUrl);
    } catch {
      return fail('SMTP_URL is not a URL.', SET_SMTP);
    }
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
      return fail(`SMTP_URL starts with ${url.protocol}// rather than smtp:// or smtps://.`, SET_SMTP);
    }
    const where = describeUrl(url);
    const login = url.username !== '';
    const transporter = createTransport({
      url: config.smtpUrl,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
      dnsTimeout: timeoutMs,
    });
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        transporter.verify(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs * 2} ms`)), timeoutMs * 2);
        }),
      ]);
    } catch (error) {
      const { message, code } = error as Error & { code?: string };
      const reason = scrubPassword(message, url) + (code && !message.includes(code) ? ` (${code})` : '');
      return fail(
        `Could not ${login ? 'connect and log in' : 'connect'} to ${where}: ${reason}. No mail can be sent until this works.`,
        "Check SMTP_URL's host, port and scheme (smtps:// for port 465, smtp:// for 587), that this machine may " +
          `connect out to that port, and the user name and password; then run placard doctor again.`,
      );
    } finally {
      clearTimeout(timer);
      transporter.close();
    }
    return ok(
      `Connected to ${where} and the server answered EHLO${login ? ' and accepted the login' : ' (SMTP_URL has no user name, so no login was tried)'} ` +
        `in ${Date.now() - started} ms. Nothing was sent.`,
    );
  },
};
