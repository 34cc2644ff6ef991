/** What the privacy tests share: letters, confirmations and a look at every store a supporter's data can sit in. */
import { DEMO_PUBLISHABLE_KEY } from '@placard/contract/fixtures';
import type { Sql } from '../../src/db/database.js';
import type { TestServer } from '../harness.js';
import { admin, DEMO_ORIGIN } from '../requests.js';

export async function createCampaign(server: TestServer, body: Record<string, unknown>) {
  const response = await admin(server.url, server.secretKey, 'POST', '/v1/admin/campaigns', {
    title: 'Privacy test',
    goal: 100,
    ...body,
  });
  if (response.status !== 201) throw new Error(`creating a campaign answered ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

export function writeLetter(server: TestServer, slug: string, o: { name: string; email: string; body: string }) {
  return fetch(`${server.url}/v1/campaigns/${slug}/messages`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${DEMO_PUBLISHABLE_KEY}`,
      'content-type': 'application/json',
      origin: DEMO_ORIGIN,
    },
    body: JSON.stringify({
      postcode: 'SW1A 1AA',
      name: o.name,
      email: o.email,
      address: `${o.name}'s house, 1 Example Street, London`,
      subject: 'Please act',
      body: o.body,
      consent: { privacy: true, updates: true },
    }),
  });
}

/**
 * Confirms by link as a supporter's browser does: POST where the server takes
 * it (a scanner-safe confirmation), else GET (where GET still confirms).
 */
export async function confirmByLink(server: TestServer, link: string): Promise<number> {
  const url = `${server.url}${new URL(link).pathname}`;
  const posted = await fetch(url, { method: 'POST', headers: { accept: 'application/json' } });
  if (posted.status !== 404 && posted.status !== 405) return posted.status;
  return (await fetch(url, { headers: { accept: 'application/json' } })).status;
}

export async function petitionCount(server: TestServer, slug: string): Promise<number> {
  const response = await fetch(`${server.url}/v1/campaigns/${slug}/petition`);
  return ((await response.json()) as { count: number }).count;
}

const STORES = ['signatures', 'messages', 'mail_outbox', 'dev_mailbox'] as const;

/**
 * How many rows of each store mention `text` anywhere (any column, any case):
 * the whole row as text, so a column forgotten by erasure is found too.
 */
export async function rowsMentioning(db: Sql, text: string): Promise<Record<(typeof STORES)[number], number>> {
  const found = {} as Record<(typeof STORES)[number], number>;
  for (const table of STORES) {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${table} t WHERE strpos(lower(t::text), lower($1)) > 0`,
      [text],
    );
    found[table] = rows[0]!.n;
  }
  return found;
}

export const NOWHERE = { signatures: 0, messages: 0, mail_outbox: 0, dev_mailbox: 0 };

export const DAY_MS = 86_400_000;
