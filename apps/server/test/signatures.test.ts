import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { SignatureResultSchema } from '@placard/contract';
import * as v from 'valibot';
import { createCampaign } from '../src/campaigns/store.js';
import { startTestServer, type TestServer, testDatabases } from './harness.js';
import { sign, signatureBody } from './requests.js';

const SLUG = 'ban-chen-quanguo';

async function rows(server: TestServer, sql: string, params: unknown[] = []) {
  return (await server.db.query<Record<string, unknown>>(sql, params)).rows;
}

async function count(server: TestServer, slug = SLUG): Promise<number> {
  const response = await fetch(`${server.url}/v1/campaigns/${slug}/petition`);
  return ((await response.json()) as { count: number }).count;
}

/** The confirmation link from the outbox mail to `email` (mail is committed with the signature). */
async function confirmationLink(server: TestServer, email: string): Promise<string> {
  const mails = await rows(
    server,
    `SELECT body_text FROM mail_outbox WHERE to_address = $1 AND kind = 'signature_confirmation' ORDER BY created_at DESC`,
    [email],
  );
  const text = String(mails[0]?.body_text ?? '');
  const link = /https?:\/\/\S+\/v1\/confirm\/[\w-]+/.exec(text)?.[0];
  assert.ok(link, `no confirmation link in ${JSON.stringify(text)}`);
  return link;
}

for (const database of testDatabases) {
  describe(`signatures (${database})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ database });
      await createCampaign(server.db, {
        slug: 'opt-in',
        title: 'Double opt-in petition',
        goal: 100,
        signatureMode: 'double_opt_in',
      });
      await createCampaign(server.db, { slug: 'closed', title: 'A closed petition', goal: 100, status: 'closed' });
    });
    after(() => server.close());

    test('a signature counts at once on the seed campaign and mails a thank-you', async () => {
      const before = await count(server);
      const body = signatureBody();
      const response = await sign(server.url, SLUG, body);
      assert.equal(response.status, 201);
      const result = v.parse(SignatureResultSchema, await response.json());
      assert.equal(result.signature.status, 'counted');
      assert.equal(result.petition.goal, 10000);
      assert.equal(result.petition.count, before + 1);
      assert.equal(await count(server), before + 1);
      const [row] = await rows(
        server,
        'SELECT name, email_normalised, postcode, country, status, partner, source FROM signatures WHERE email = $1',
        [body.email],
      );
      assert.deepEqual(row, {
        name: 'Tenzin Dolma',
        email_normalised: body.email,
        postcode: 'SW1A 1AA',
        country: 'GB',
        status: 'counted',
        partner: 'Placard demo',
        source: { utmSource: 'test' },
      });
      const mails = await rows(server, 'SELECT kind FROM mail_outbox WHERE to_address = $1', [body.email]);
      assert.deepEqual(mails, [{ kind: 'signature_thanks' }]);
    });

    test('signing again with the same email in another case and spacing is already_signed and counts once', async () => {
      const email = `Dedupe.${randomUUID()}@Example.org`;
      const first = await sign(server.url, SLUG, signatureBody({ email }));
      assert.equal(first.status, 201);
      const counted = ((await first.json()) as { petition: { count: number } }).petition.count;
      const again = await sign(server.url, SLUG, signatureBody({ email: `  ${email.toUpperCase()} ` }));
      assert.equal(again.status, 201);
      const body = v.parse(SignatureResultSchema, await again.json());
      assert.equal(body.signature.status, 'already_signed');
      assert.equal(body.petition.count, counted);
      const stored = await rows(server, 'SELECT status FROM signatures WHERE email_normalised = $1', [
        email.toLowerCase(),
      ]);
      assert.equal(stored.length, 1);
    });

    test('an Idempotency-Key retry gets the first answer and does not sign twice', async () => {
      const key = randomUUID();
      const body = signatureBody();
      const first = await sign(server.url, SLUG, body, { idempotencyKey: key });
      assert.equal(first.status, 201);
      const firstBody = await first.json();
      const retry = await sign(server.url, SLUG, body, { idempotencyKey: key });
      assert.equal(retry.status, 201);
      assert.equal(retry.headers.get('idempotent-replayed'), 'true');
      // The replay is the stored answer: "counted", not "already_signed".
      assert.deepEqual(await retry.json(), firstBody);
      assert.equal((await rows(server, 'SELECT id FROM signatures WHERE email = $1', [body.email])).length, 1);
    });

    test('the same Idempotency-Key with another body is 409 idempotency_conflict', async () => {
      const key = randomUUID();
      assert.equal((await sign(server.url, SLUG, signatureBody(), { idempotencyKey: key })).status, 201);
      const other = signatureBody();
      const conflict = await sign(server.url, SLUG, other, { idempotencyKey: key });
      assert.equal(conflict.status, 409);
      assert.equal(((await conflict.json()) as { error: { code: string } }).error.code, 'idempotency_conflict');
      assert.equal((await rows(server, 'SELECT id FROM signatures WHERE email = $1', [other.email])).length, 0);
    });

    test('a filled-in honeypot is answered like a success but nothing is stored or mailed', async () => {
      const before = await count(server);
      const body = signatureBody({ website: 'http://spam.example' });
      const response = await sign(server.url, SLUG, body);
      assert.equal(response.status, 201);
      const result = v.parse(SignatureResultSchema, await response.json());
      assert.equal(result.signature.status, 'counted');
      assert.equal(await count(server), before);
      assert.equal((await rows(server, 'SELECT id FROM signatures WHERE email = $1', [body.email])).length, 0);
      assert.equal((await rows(server, 'SELECT id FROM mail_outbox WHERE to_address = $1', [body.email])).length, 0);
    });

    test('double opt-in: pending until the Confirm button on the emailed link is pressed, then counted once', async () => {
      const body = signatureBody();
      const response = await sign(server.url, 'opt-in', body);
      assert.equal(response.status, 201);
      const result = v.parse(SignatureResultSchema, await response.json());
      assert.deepEqual(result, { signature: { status: 'pending_confirmation' }, petition: { count: 0, goal: 100 } });
      const link = await confirmationLink(server, body.email);
      assert.ok(link.startsWith(server.url), link);

      const confirmed = await fetch(link, { method: 'POST' });
      assert.equal(confirmed.status, 200);
      assert.deepEqual(await confirmed.json(), { confirmed: 'signature', status: 'counted' });
      assert.equal(await count(server, 'opt-in'), 1);

      const again = await fetch(link, { method: 'POST', headers: { Accept: 'text/html' } });
      assert.equal(again.status, 200);
      assert.match(again.headers.get('content-type') ?? '', /text\/html/);
      assert.match(await again.text(), /already confirmed/);
      assert.equal(await count(server, 'opt-in'), 1);

      // Signing again answers as a new signature would: the form does not tell who signed.
      // The mailbox's owner is told instead, in a mail with none of the form's text.
      const resign = await sign(server.url, 'opt-in', { ...body, name: 'Someone Else' });
      assert.equal(resign.status, 201);
      assert.deepEqual(await resign.json(), {
        signature: { status: 'pending_confirmation' },
        petition: { count: 1, goal: 100 },
      });
      assert.equal(await count(server, 'opt-in'), 1);
      const notices = await rows(
        server,
        `SELECT subject, body_text FROM mail_outbox WHERE to_address = $1 AND kind = 'signature_already_counted'`,
        [body.email],
      );
      assert.equal(notices.length, 1);
      assert.match(String(notices[0]?.body_text), /already signed/);
      assert.ok(!String(notices[0]?.body_text).includes('Someone Else'));
    });

    test('an expired confirmation link is 410 token_expired and the sweep removes the pending signature', async () => {
      const body = signatureBody();
      assert.equal((await sign(server.url, 'opt-in', body)).status, 201);
      const link = await confirmationLink(server, body.email);
      await server.db.query(`UPDATE confirm_tokens SET expires_at = now() - interval '1 minute' WHERE used_at IS NULL`);
      await server.db.query(`UPDATE signatures SET expires_at = now() - interval '1 minute' WHERE email = $1`, [
        body.email,
      ]);
      const expired = await fetch(link, { method: 'POST' });
      assert.equal(expired.status, 410);
      assert.equal(((await expired.json()) as { error: { code: string } }).error.code, 'token_expired');
      assert.equal(await count(server, 'opt-in'), 1);
      const { sweepExpiredSignatures } = await import('../src/signatures/sign.js');
      assert.ok((await sweepExpiredSignatures(server.db)) >= 1);
      assert.equal((await rows(server, 'SELECT id FROM signatures WHERE email = $1', [body.email])).length, 0);
      const unknown = await fetch(`${server.url}/v1/confirm/${'x'.repeat(43)}`, { method: 'POST' });
      assert.equal(unknown.status, 404);
      assert.equal(((await unknown.json()) as { error: { code: string } }).error.code, 'token_invalid');
    });

    test('a closed campaign refuses signatures with 409 campaign_closed and stores nothing', async () => {
      const body = signatureBody();
      const response = await sign(server.url, 'closed', body);
      assert.equal(response.status, 409);
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'campaign_closed');
      assert.equal((await rows(server, 'SELECT id FROM signatures WHERE email = $1', [body.email])).length, 0);
    });
  });
}
