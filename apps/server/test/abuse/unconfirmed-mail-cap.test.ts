import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { createCampaign } from '../../src/campaigns/store.js';
import { startTestServer, type TestServer, testDatabases } from '../harness.js';
import { sign, signatureBody } from '../requests.js';

const CAP = 3;

async function mailsTo(server: TestServer, key: string): Promise<Array<{ kind: string; to_address: string }>> {
  const { rows } = await server.db.query<{ kind: string; to_address: string }>(
    'SELECT kind, to_address FROM mail_outbox WHERE to_normalised = $1 ORDER BY created_at',
    [key],
  );
  return rows;
}

function letter(email: string) {
  return {
    postcode: 'SW1A 1AA',
    name: 'Visit http://spam.example now',
    email,
    address: '1 Example Street',
    subject: 'Cheap pills at http://spam.example',
    body: 'Buy now at http://spam.example',
    consent: { privacy: true, updates: false },
  };
}

for (const database of testDatabases) {
  describe(`mail to unconfirmed addresses is capped per mailbox (${database})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ database, env: { UNCONFIRMED_MAILS_PER_ADDRESS: String(CAP) } });
      for (const n of [1, 2, 3]) {
        await createCampaign(server.db, {
          slug: `opt-in-${n}`,
          title: `Opt-in ${n}`,
          goal: 100,
          signatureMode: 'double_opt_in',
        });
        await createCampaign(server.db, { slug: `now-${n}`, title: `Now ${n}`, goal: 100, signatureMode: 'immediate' });
      }
    });
    after(() => server.close());

    test('confirmations, thank-yous and letter confirmations share one daily cap across campaigns and spellings', async () => {
      const user = `victim.${randomUUID().slice(0, 8)}`;
      const key = `${user.replaceAll('.', '')}@gmail.com`;
      const spellings = [`${user}@gmail.com`, `${user}+a@googlemail.com`, `${user.toUpperCase()}+b@gmail.com`];
      // Three double opt-in campaigns: three confirmations, the cap.
      for (const [n, email] of spellings.entries()) {
        const response = await sign(server.url, `opt-in-${n + 1}`, signatureBody({ email }));
        assert.equal(response.status, 201);
        assert.equal(
          ((await response.json()) as { signature: { status: string } }).signature.status,
          'pending_confirmation',
        );
      }
      assert.equal((await mailsTo(server, key)).length, CAP);

      // Past the cap every request is answered exactly as before, the rows are kept, and no mail is queued.
      for (const n of [1, 2, 3]) {
        const response = await sign(server.url, `now-${n}`, signatureBody({ email: `${user}+now${n}@gmail.com` }));
        assert.equal(response.status, 201);
        assert.equal(((await response.json()) as { signature: { status: string } }).signature.status, 'counted');
      }
      const resend = await sign(server.url, 'opt-in-1', signatureBody({ email: spellings[0] }));
      assert.equal(
        ((await resend.json()) as { signature: { status: string } }).signature.status,
        'pending_confirmation',
      );
      const written = await fetch(`${server.url}/v1/campaigns/ban-chen-quanguo/messages`, {
        method: 'POST',
        headers: { authorization: 'Bearer pk_test_demo', 'content-type': 'application/json' },
        body: JSON.stringify(letter(`${user}+letter@gmail.com`)),
      });
      assert.equal(written.status, 202);

      assert.deepEqual(
        (await mailsTo(server, key)).map((mail) => mail.kind),
        ['signature_confirmation', 'signature_confirmation', 'signature_confirmation'],
      );
      const signatures = await server.db.query('SELECT 1 FROM signatures WHERE email_normalised = $1', [key]);
      assert.equal(signatures.rowCount, 6);
    });

    test('another mailbox has its own cap; mails older than a day no longer count', async () => {
      const email = `neighbour.${randomUUID().slice(0, 8)}@example.org`;
      const response = await sign(server.url, 'now-1', signatureBody({ email: email.replace('@', '+x@') }));
      assert.equal(response.status, 201);
      assert.deepEqual(
        (await mailsTo(server, email)).map((mail) => [mail.kind, mail.to_address]),
        [['signature_thanks', email.replace('@', '+x@')]],
      );
      await server.db.query(
        `UPDATE mail_outbox SET created_at = now() - interval '25 hours' WHERE to_normalised = $1`,
        [email],
      );
      for (const n of [2, 3]) await sign(server.url, `now-${n}`, signatureBody({ email }));
      await sign(server.url, 'opt-in-1', signatureBody({ email }));
      await sign(server.url, 'opt-in-2', signatureBody({ email }));
      const recent = await server.db.query(
        `SELECT 1 FROM mail_outbox WHERE to_normalised = $1 AND created_at > now() - interval '1 day'`,
        [email],
      );
      assert.equal(recent.rowCount, CAP);
    });

    test('a letter confirmation repeats nothing the requester typed, so it cannot carry their words', async () => {
      const email = `reader.${randomUUID().slice(0, 8)}@example.org`;
      const written = await fetch(`${server.url}/v1/campaigns/ban-chen-quanguo/messages`, {
        method: 'POST',
        headers: { authorization: 'Bearer pk_test_demo', 'content-type': 'application/json' },
        body: JSON.stringify(letter(email)),
      });
      assert.equal(written.status, 202);
      const { rows } = await server.db.query<{ kind: string; subject: string; body_text: string }>(
        'SELECT kind, subject, body_text FROM mail_outbox WHERE to_address = $1',
        [email],
      );
      assert.equal(rows.length, 1);
      assert.equal(rows[0]?.kind, 'message_confirmation');
      assert.doesNotMatch(`${rows[0]?.subject}\n${rows[0]?.body_text}`, /spam\.example/);
    });
  });
}
