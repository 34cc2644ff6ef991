import { type Context, Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import { isOriginPattern } from '../keys/origin-pattern.js';
import {
  createPublishableKey,
  createSecretKey,
  listPublishableKeys,
  listSecretKeys,
  revokePublishableKey,
  revokeSecretKey,
} from '../keys/store.js';
import { html } from '../pages/html.js';
import { choice, errorSummary, type FormErrors, field, text } from './console-form.js';
import { consolePage, csrfField } from './console-layout.js';
import type { ConsoleEnv } from './console-routes.js';

const day = (date: Date | null) => (date ? new Date(date).toISOString().slice(0, 10) : '—');

/** The snippet a partner pastes: the same one docs/partners.md shows, with their key. */
export function partnerSnippet(publicUrl: string, key: string, campaign = 'your-campaign'): string {
  return [
    `<link rel="stylesheet" href="${publicUrl}/embed.css">`,
    `<script src="${publicUrl}/embed.js" data-key="${key}" async></script>`,
    '',
    `<petition-counter campaign="${campaign}"></petition-counter>`,
    `<campaign-timeline campaign="${campaign}"></campaign-timeline>`,
    `<mp-email-form campaign="${campaign}"></mp-email-form>`,
  ].join('\n');
}

/** Partners' publishable keys and the staff's own secret keys. */
export function peopleConsole(deps: AppDeps): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  const { db, config } = deps;

  const partnersPage = async (c: Context<ConsoleEnv>, errors: FormErrors = [], notice?: string) => {
    const session = c.get('staff');
    const keys = await listPublishableKeys(db);
    const form = c.get('form') ?? {};
    return c.html(
      consolePage(
        { title: 'Partners', section: 'partners', session, notice },
        html`<p>Each partner site gets a publishable key, which only works on the web addresses you allow.
A <strong>test</strong> key never sends a letter to an MP (it comes back to the supporter); use a <strong>live</strong> key on public pages.</p>
<table><caption>Publishable keys</caption><thead><tr><th scope="col">Partner</th><th scope="col">Mode</th><th scope="col">Allowed on</th>
<th scope="col">Created</th><th scope="col">Snippet</th><th scope="col">Status</th></tr></thead><tbody>${keys.map(
          (
            key,
          ) => html`<tr><td>${key.partner}</td><td>${key.mode}</td><td>${key.origins.join(', ')}</td><td>${day(key.createdAt)}</td>
<td><details><summary>Snippet<span class="visually-hidden"> for ${key.partner}</span></summary><pre><code>${partnerSnippet(config.publicUrl, key.key)}</code></pre></details></td>
<td>${
            key.revokedAt
              ? html`Revoked ${day(key.revokedAt)}`
              : html`<form method="post" action="/admin/partners/${key.id}/revoke">${csrfField(session)}<button type="submit" class="danger">Revoke<span class="visually-hidden"> ${key.partner}’s ${key.mode} key</span></button></form>`
          }</td></tr>`,
        )}</tbody></table>
<section aria-labelledby="new-key"><h2 id="new-key">Add a partner</h2>${errorSummary(errors)}
<form method="post" action="/admin/partners">${csrfField(session)}
${field({ name: 'partner', label: 'Partner’s name', value: text(form, 'partner'), errors })}
${field({
  name: 'origins',
  label: 'Web addresses it may be used on',
  hint: 'One per line: https://partner.org, https://*.partner.org for its subdomains, http://localhost:* for testing.',
  value: text(form, 'origins'),
  multiline: true,
  errors,
})}
${choice({
  name: 'mode',
  legend: 'Mode',
  value: text(form, 'mode') || 'test',
  options: [
    ['test', 'Test'],
    ['live', 'Live'],
  ],
})}
<button type="submit">Create key</button></form></section>`,
      ),
      errors.length > 0 ? 400 : 200,
    );
  };

  app.get('/admin/partners', (c) => partnersPage(c));

  app.post('/admin/partners', async (c) => {
    const form = c.get('form');
    const partner = text(form, 'partner');
    const origins = text(form, 'origins').split(/\s+/).filter(Boolean);
    const mode = text(form, 'mode') === 'live' ? 'live' : 'test';
    const errors: FormErrors = [];
    if (!partner) errors.push(['partner', 'Enter the partner’s name.']);
    const bad = origins.find((origin) => !isOriginPattern(origin));
    if (origins.length === 0) errors.push(['origins', 'Enter at least one web address, like https://partner.org.']);
    else if (bad) errors.push(['origins', `“${bad}” is not a web address like https://partner.org.`]);
    else if (mode === 'live' && origins.includes('*')) {
      errors.push(['origins', 'A live key must name the sites it works on: “*” is for test keys only.']);
    }
    if (errors.length > 0) return partnersPage(c, errors);
    await createPublishableKey(db, { partner, origins, mode });
    c.set('form', {});
    return partnersPage(c, [], `Created a ${mode} key for ${partner}: its snippet is in the table.`);
  });

  app.post('/admin/partners/:id/revoke', async (c) => {
    const revoked = await revokePublishableKey(db, c.req.param('id'));
    return partnersPage(
      c,
      [],
      revoked ? 'Key revoked: it stops working within seconds.' : 'That key was already revoked.',
    );
  });

  const staffPage = async (
    c: Context<ConsoleEnv>,
    errors: FormErrors = [],
    extra?: { notice?: string; newKey?: string },
  ) => {
    const session = c.get('staff');
    const keys = await listSecretKeys(db);
    return c.html(
      consolePage(
        { title: 'Staff', section: 'staff', session, notice: extra?.notice },
        html`${
          extra?.newKey
            ? html`<section aria-labelledby="new-secret"><h2 id="new-secret">The new key</h2>
<p>Give it to its owner now, privately: it is shown this once and only a fingerprint of it is kept.</p>
<p class="secret">${extra.newKey}</p></section>`
            : ''
        }
<p>Each person gets their own key, so it can be revoked when they leave without affecting anyone else. Keys also work with the admin API and the <code>placard</code> CLI.</p>
<table><caption>Staff keys</caption><thead><tr><th scope="col">Name</th><th scope="col">Key starts</th><th scope="col">Created</th>
<th scope="col">Last signed in</th><th scope="col">Status</th></tr></thead><tbody>${keys.map(
          (
            key,
          ) => html`<tr><td>${key.label}${key.id === session.keyId ? ' (you)' : ''}</td><td><code>${key.prefix}…</code></td>
<td>${day(key.createdAt)}</td><td>${day(key.lastUsedAt)}</td><td>${
            key.revokedAt
              ? html`Revoked ${day(key.revokedAt)}`
              : html`<form method="post" action="/admin/staff/${key.id}/revoke">${csrfField(session)}<button type="submit" class="danger">Revoke<span class="visually-hidden"> ${key.label}’s key</span></button></form>`
          }</td></tr>`,
        )}</tbody></table>
<section aria-labelledby="new-staff"><h2 id="new-staff">Add a person</h2>${errorSummary(errors)}
<form method="post" action="/admin/staff">${csrfField(session)}
${field({ name: 'label', label: 'Their name', errors })}<button type="submit">Create their key</button></form></section>`,
      ),
      errors.length > 0 ? 400 : 200,
    );
  };

  app.get('/admin/staff', (c) => staffPage(c));

  app.post('/admin/staff', async (c) => {
    const label = text(c.get('form'), 'label');
    if (!label) return staffPage(c, [['label', 'Enter the person’s name.']]);
    const newKey = await createSecretKey(db, label);
    return staffPage(c, [], { notice: `Created a key for ${label}.`, newKey });
  });

  app.post('/admin/staff/:id/revoke', async (c) => {
    const outcome = await revokeSecretKey(db, c.req.param('id'));
    const notice = {
      revoked: 'Key revoked: its sessions have ended.',
      unknown: 'That key was already revoked.',
      last_key: 'That is the last live key: create another first, or nobody could sign in.',
    }[outcome];
    if (outcome === 'revoked' && c.req.param('id') === c.get('staff').keyId) return c.redirect('/admin/sign-in', 303);
    return staffPage(c, [], { notice });
  });

  return app;
}
