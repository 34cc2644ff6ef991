import { ApiError } from '@placard/contract';
import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import type { AppEnv } from '../http/app-env.js';
import { html } from '../pages/html.js';
import { type DevMail, findDevMail, listDevMail } from './dev-mailbox.js';
import { loopbackOnly } from './dev-mailbox-access.js';

const MAX_LIMIT = 500;

// Inline CSS only, no scripts: the CSP forbids everything else.
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1d1d1f}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}
pre{white-space:pre-wrap;word-break:break-word;background:#f6f6f6;padding:1rem;border-radius:6px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}.muted{color:#666}`;

/** Mail text shown as text, with http(s) links made clickable (confirmation links are the point of this page). */
function linkify(text: string) {
  const parts = text.split(/(https?:\/\/[^\s<>"']+)/g);
  return parts.map((part, index) => (index % 2 === 1 ? html`<a href="${part}" rel="noreferrer">${part}</a>` : part));
}

function page(title: string, body: unknown) {
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${title}</title><style>${STYLE}</style></head>
<body>${body}</body>
</html>`;
}

function listPage(mails: DevMail[]) {
  const rows = mails.map(
    (mail) => html`<tr>
  <td class="muted">${mail.createdAt}</td><td>${mail.kind}</td><td>${mail.to}</td>
  <td><a href="/dev/mail/${mail.id}">${mail.subject || '(no subject)'}</a></td>
</tr>`,
  );
  return page(
    'Dev mailbox',
    html`<h1>Dev mailbox</h1>
<p class="muted">No <code>SMTP_URL</code> is set, so this server keeps its mail here instead of sending it.
Newest first; also as <a href="/dev/mail.json">JSON</a>.</p>
${
  mails.length === 0
    ? html`<p>No mail yet.</p>`
    : html`<table><thead><tr><th>Sent</th><th>Kind</th><th>To</th><th>Subject</th></tr></thead>
<tbody>${rows}</tbody></table>`
}`,
  );
}

function mailPage(mail: DevMail) {
  return page(
    mail.subject || 'Mail',
    html`<p><a href="/dev/mail">← All mail</a></p>
<h1>${mail.subject || '(no subject)'}</h1>
<dl>
  <dt>From</dt><dd>${mail.from}</dd>
  <dt>To</dt><dd>${mail.to}</dd>
  ${mail.replyTo ? html`<dt>Reply-To</dt><dd>${mail.replyTo}</dd>` : ''}
  <dt>Kind</dt><dd>${mail.kind}</dd>
  <dt>Sent</dt><dd>${mail.createdAt}</dd>
</dl>
<pre>${linkify(mail.text)}</pre>`,
  );
}

function limitParam(value: string | undefined): number {
  if (value === undefined) return 50;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new ApiError('validation_failed', `Use a limit from 1 to ${MAX_LIMIT}.`, {
      limit: `Use a whole number from 1 to ${MAX_LIMIT}.`,
    });
  }
  return limit;
}

/**
 * `GET /dev/mail` (HTML), `/dev/mail/:id` and `/dev/mail.json` (for tests and
 * end-to-end runs): only mounted in development when no SMTP server is
 * configured, and only answering clients on this machine.
 */
export function devMailboxRoutes({ db }: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use('/dev/*', loopbackOnly);

  app.use('/dev/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
  });

  app.get('/dev/mail.json', async (c) => {
    const to = c.req.query('to');
    const mails = await listDevMail(db, { limit: limitParam(c.req.query('limit')), ...(to ? { to } : {}) });
    return c.json({ mails });
  });

  app.get('/dev/mail', async (c) => {
    const mails = await listDevMail(db, { limit: limitParam(c.req.query('limit')) });
    c.header('Content-Security-Policy', PAGE_CSP);
    return c.html(listPage(mails).value);
  });

  app.get('/dev/mail/:id{[0-9]{1,15}}', async (c) => {
    const mail = await findDevMail(db, Number(c.req.param('id')));
    if (!mail) throw new ApiError('not_found', 'There is no such mail in the dev mailbox.');
    c.header('Content-Security-Policy', PAGE_CSP);
    return c.html(mailPage(mail).value);
  });

  return app;
}
