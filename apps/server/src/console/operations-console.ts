import { type Context, Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import { runChecklist } from '../doctor/checklist.js';
import { countOutbox, retryFailedMail } from '../mail/outbox.js';
import { html } from '../pages/html.js';
import { consolePage, csrfField } from './console-layout.js';
import type { ConsoleEnv } from './console-routes.js';

interface MpLetters {
  mpId: number;
  mpName: string;
  constituency: string;
  letters: number;
  sent: number;
  thisHour: number;
}

interface FailedMail {
  kind: string;
  domain: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
}

/** Letters and mail, and the go-live checklist: what staff watch once a campaign runs. */
export function operationsConsole(deps: AppDeps): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  const { db, config } = deps;

  const mailPage = async (c: Context<ConsoleEnv>, notice?: string) => {
    const session = c.get('staff');
    const [counts, mps, failed] = await Promise.all([
      countOutbox(db),
      db.query<MpLetters>(
        `SELECT m.mp_id AS "mpId", m.mp_name AS "mpName", m.constituency, count(*)::int AS letters,
                count(*) FILTER (WHERE m.status = 'sent')::int AS sent,
                (SELECT count(*)::int FROM mail_outbox o
                  WHERE o.mp_id = m.mp_id AND o.mp_slot = date_trunc('hour', now())) AS "thisHour"
           FROM messages m WHERE m.status <> 'pending_confirmation' AND NOT m.test_mode
          GROUP BY m.mp_id, m.mp_name, m.constituency ORDER BY letters DESC, m.mp_name LIMIT 100`,
      ),
      // Only the domain of each address: enough to see a pattern (one provider refusing), no more.
      db.query<FailedMail>(
        `SELECT kind, split_part(to_address, '@', 2) AS domain, attempts, last_error AS "lastError", created_at AS "createdAt"
           FROM mail_outbox WHERE status = 'failed' ORDER BY created_at DESC LIMIT 100`,
      ),
    ]);
    const cap = config.mpHourlyCap;
    return c.html(
      consolePage(
        { title: 'Letters and mail', section: 'mail', session, notice },
        html`<section aria-labelledby="outbox"><h2 id="outbox">Outbox</h2>
<p>${counts.pending} waiting, ${counts.sending} sending, ${counts.sent} sent (kept 7 days), ${counts.failed} failed.</p>
${
  !config.smtpUrl && !config.production
    ? html`<p>No SMTP server is set, so mail is kept in the <a href="/dev/mail">development mailbox</a> instead of being sent.</p>`
    : ''
}
${
  failed.rows.length > 0
    ? html`<table><caption>Failed mail</caption><thead><tr><th scope="col">Kind</th><th scope="col">To (domain)</th>
<th scope="col" class="number">Attempts</th><th scope="col">Last error</th><th scope="col">Queued</th></tr></thead><tbody>${failed.rows.map(
        (mail) => html`<tr><td>${mail.kind}</td><td>${mail.domain}</td><td class="number">${mail.attempts}</td>
<td>${mail.lastError ?? ''}</td><td>${new Date(mail.createdAt).toISOString().slice(0, 16).replace('T', ' ')}</td></tr>`,
      )}</tbody></table>
<form method="post" action="/admin/mail/retry">${csrfField(session)}<button type="submit">Retry every failed mail</button></form>`
    : html`<p>No failed mail.</p>`
}</section>
<section aria-labelledby="letters"><h2 id="letters">Letters by MP</h2>
<p>Letters reach each MP at most ${cap} an hour (MP_HOURLY_CAP); more wait for the next hour, so a flood arrives as a steady drip.</p>
<table><caption>Confirmed letters from live sites, by MP</caption><thead><tr><th scope="col">MP</th><th scope="col">Constituency</th>
<th scope="col" class="number">Letters</th><th scope="col" class="number">Delivered</th><th scope="col" class="number">This hour (of ${cap})</th></tr></thead>
<tbody>${mps.rows.map(
          (mp) => html`<tr><td>${mp.mpName}</td><td>${mp.constituency}</td><td class="number">${mp.letters}</td>
<td class="number">${mp.sent}</td><td class="number">${mp.thisHour}</td></tr>`,
        )}</tbody></table></section>`,
      ),
    );
  };

  app.get('/admin/mail', (c) => mailPage(c));

  app.post('/admin/mail/retry', async (c) => {
    const retried = await retryFailedMail(db);
    return mailPage(c, `${retried} failed mails are queued again.`);
  });

  app.get('/admin/checklist', async (c) => {
    const results = await runChecklist(deps);
    const failing = results.filter((result) => result.status === 'fail').length;
    const mark = { ok: 'Ready', warn: 'Check', fail: 'Missing' } as const;
    return c.html(
      consolePage(
        { title: 'Go-live checklist', section: 'checklist', session: c.get('staff') },
        html`<p>${failing === 0 ? 'Nothing is missing to go live.' : `${failing} things are missing before this server can go live.`}
The same checks run from a shell with <code>placard doctor</code>.</p>
<ul class="checklist">${results.map(
          (result) =>
            html`<li><p><span class="status-${result.status}">${mark[result.status]}:</span> <strong>${result.title}</strong> — ${result.detail}</p>${
              result.fix ? html`<p class="hint">To fix: ${result.fix}</p>` : ''
            }</li>`,
        )}</ul>`,
      ),
    );
  });

  return app;
}
