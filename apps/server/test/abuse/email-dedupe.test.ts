import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { createCampaign } from '../../src/campaigns/store.js';
import { loadConfig } from '../../src/config.js';
import { normaliseEmail } from '../../src/signatures/email.js';
import { startTestServer, type TestServer, testDatabases } from '../harness.js';
import { sign, signatureBody } from '../requests.js';

test('normaliseEmail: case, +tags everywhere, dots and googlemail only at Gmail', () => {
  const cases: Array<[string, string]> = [
    ['  Jane.Doe@Example.ORG ', 'jane.doe@example.org'],
    ['jane.doe+petitions@example.org', 'jane.doe@example.org'],
    ['jane+a+b@example.org', 'jane@example.org'],
    ['Jane.Doe+x@gmail.com', 'janedoe@gmail.com'],
    ['j.a.n.e.d.o.e@googlemail.com', 'janedoe@gmail.com'],
    ['JaneDoe@GoogleMail.com', 'janedoe@gmail.com'],
    // Dots mean a different mailbox at other providers; a `+` first is the name itself.
    ['j.doe@outlook.com', 'j.doe@outlook.com'],
    ['+news@example.org', '+news@example.org'],
    ['jane.doe@gmail.com.evil.example', 'jane.doe@gmail.com.evil.example'],
  ];
  for (const [typed, key] of cases) assert.equal(normaliseEmail(typed), key, typed);
});

test('BLOCK_DISPOSABLE_EMAIL is off by default and takes only on or off', () => {
  assert.equal(loadConfig({}).blockDisposableEmail, false);
  assert.equal(loadConfig({ BLOCK_DISPOSABLE_EMAIL: 'on' }).blockDisposableEmail, true);
  assert.throws(
    () => loadConfig({ BLOCK_DISPOSABLE_EMAIL: 'yes please' }),
    /BLOCK_DISPOSABLE_EMAIL must be "on" or "off"/,
  );
});

async function count(server: TestServer, slug: string): Promise<number> {
  const response = await fetch(`${server.url}/v1/campaigns/${slug}/petition`);
  return ((await response.json()) as { count: number }).count;
}

async function status(response: Response): Promise<string> {
  assert.equal(response.status, 201);
  return ((await response.json()) as { signature: { status: string } }).signature.status;
}

for (const database of testDatabases) {
  describe(`one signature per mailbox (${database})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ database });
      await createCampaign(server.db, { slug: 'now', title: 'Immediate', goal: 100, signatureMode: 'immediate' });
      await createCampaign(server.db, { slug: 'opt-in', title: 'Opt-in', goal: 100, signatureMode: 'double_opt_in' });
    });
    after(() => server.close());

    test('Gmail spellings and +tags of one mailbox count once; the first address is stored as typed', async () => {
      const user = `jane.doe.${randomUUID().slice(0, 8)}`;
      const typed = `${user}+petition@gmail.com`;
      assert.equal(await status(await sign(server.url, 'now', signatureBody({ email: typed }))), 'counted');
      assert.equal(await count(server, 'now'), 1);
      for (const spelling of [
        `${user.replaceAll('.', '')}@gmail.com`,
        `${user.toUpperCase()}+other@GoogleMail.com`,
        ` ${user.replace('.', '')}@gmail.com `,
      ]) {
        assert.equal(await status(await sign(server.url, 'now', signatureBody({ email: spelling }))), 'already_signed');
      }
      assert.equal(await count(server, 'now'), 1);
      const { rows } = await server.db.query<{ email: string; email_normalised: string }>(
        'SELECT email, email_normalised FROM signatures WHERE email_normalised = $1',
        [`${user.replaceAll('.', '')}@gmail.com`],
      );
      assert.deepEqual(rows, [{ email: typed, email_normalised: `${user.replaceAll('.', '')}@gmail.com` }]);
    });

    test('at other domains +tags fold but dots do not: j.doe and jdoe are two people', async () => {
      const id = randomUUID().slice(0, 8);
      const before = await count(server, 'now');
      assert.equal(
        await status(await sign(server.url, 'now', signatureBody({ email: `j.doe${id}@example.org` }))),
        'counted',
      );
      assert.equal(
        await status(await sign(server.url, 'now', signatureBody({ email: `j.doe${id}+2@example.org` }))),
        'already_signed',
      );
      assert.equal(
        await status(await sign(server.url, 'now', signatureBody({ email: `jdoe${id}@example.org` }))),
        'counted',
      );
      assert.equal(await count(server, 'now'), before + 2);
    });

    test('double opt-in: another spelling of a pending signer keeps one row and mails the address typed now', async () => {
      const user = `tenzin.${randomUUID().slice(0, 8)}`;
      assert.equal(
        await status(await sign(server.url, 'opt-in', signatureBody({ email: `${user}@gmail.com` }))),
        'pending_confirmation',
      );
      assert.equal(
        await status(await sign(server.url, 'opt-in', signatureBody({ email: `${user}+again@googlemail.com` }))),
        'pending_confirmation',
      );
      const signatures = await server.db.query('SELECT 1 FROM signatures WHERE email_normalised = $1', [
        `${user.replaceAll('.', '')}@gmail.com`,
      ]);
      assert.equal(signatures.rowCount, 1);
      const mails = await server.db.query<{ to_address: string }>(
        `SELECT to_address FROM mail_outbox WHERE kind = 'signature_confirmation' AND to_normalised = $1 ORDER BY created_at`,
        [`${user.replaceAll('.', '')}@gmail.com`],
      );
      assert.deepEqual(
        mails.rows.map((row) => row.to_address),
        [`${user}@gmail.com`, `${user}+again@googlemail.com`],
      );
    });

    test('disposable-mail domains are accepted unless the operator turns the blocklist on', async () => {
      const email = `throwaway.${randomUUID().slice(0, 8)}@mailinator.com`;
      assert.equal(await status(await sign(server.url, 'now', signatureBody({ email }))), 'counted');
    });
  });

  describe(`disposable-domain blocklist on (${database})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ database, env: { BLOCK_DISPOSABLE_EMAIL: 'on' } });
    });
    after(() => server.close());

    test('signatures and letters from a disposable domain are 422 email_not_accepted and nothing is stored', async () => {
      const slug = 'ban-chen-quanguo';
      const before = await count(server, slug);
      for (const email of [
        `a.${randomUUID().slice(0, 8)}@mailinator.com`,
        `b.${randomUUID().slice(0, 8)}@x.Mailinator.com`,
      ]) {
        const refused = await sign(server.url, slug, signatureBody({ email }));
        assert.equal(refused.status, 422, email);
        const body = (await refused.json()) as {
          error: { code: string; message: string; fields?: Record<string, string> };
        };
        assert.equal(body.error.code, 'email_not_accepted');
        assert.ok(body.error.fields?.email);
        const letter = await fetch(`${server.url}/v1/campaigns/${slug}/messages`, {
          method: 'POST',
          headers: { authorization: 'Bearer pk_test_demo', 'content-type': 'application/json' },
          body: JSON.stringify({
            postcode: 'SW1A 1AA',
            name: 'Tenzin',
            email,
            address: '1 Example Street',
            subject: 'Please act',
            body: 'Dear MP, please act.',
            consent: { privacy: true, updates: false },
          }),
        });
        assert.equal(letter.status, 422);
        assert.equal(((await letter.json()) as { error: { code: string } }).error.code, 'email_not_accepted');
        const stored = await server.db.query(
          'SELECT 1 FROM signatures WHERE email = $1 UNION ALL SELECT 1 FROM messages WHERE email = $1 UNION ALL SELECT 1 FROM mail_outbox WHERE to_address = $1',
          [email],
        );
        assert.equal(stored.rowCount, 0);
      }
      assert.equal(await count(server, slug), before);
      assert.equal(await status(await sign(server.url, slug, signatureBody())), 'counted');
    });
  });
}
