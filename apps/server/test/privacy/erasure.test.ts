import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { ErasureResultSchema, ErrorEnvelopeSchema } from '@placard/contract';
import { SEED_SLUG } from '@placard/contract/fixtures';
import * as v from 'valibot';
import { runCli } from '../../src/cli/run.js';
import { reconcileCounts } from '../../src/counts/reconcile.js';
import { confirmLink, waitFor, waitForMail } from '../fakes/mailbox-reader.js';
import { startTestServer, type TestServer, testDatabases } from '../harness.js';
import { admin, sign, signatureBody } from '../requests.js';
import { confirmByLink, createCampaign, NOWHERE, petitionCount, rowsMentioning, writeLetter } from './helpers.js';

function erase(server: TestServer, email: string, key = server.secretKey) {
  return admin(server.url, key, 'DELETE', `/v1/admin/supporters?email=${encodeURIComponent(email)}`);
}

async function cli(server: TestServer, args: string[]) {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        append(chunk.toString());
        done();
      },
    });
  const code = await runCli(args, {
    out: sink((text) => {
      stdout += text;
    }),
    err: sink((text) => {
      stderr += text;
    }),
    env: { LOG_LEVEL: 'silent' },
    db: server.db,
  });
  return { code, stdout, stderr };
}

/** A supporter with markers in every field erasure must clear, and the address in mixed case. */
function supporter() {
  const marker = randomUUID().slice(0, 8);
  return {
    marker,
    name: `Dolkar Marker${marker}`,
    email: `Dolkar.${marker}@Example.ORG`,
    postcode: 'SW1A 1AA',
    letter: `Dear MP, letter-text-${marker}. Please act.`,
  };
}

for (const database of testDatabases) {
  describe(`erasing a supporter on ${database}`, () => {
    let server: TestServer;
    const immediate = `erase-now-${database}`;
    const doubleOptIn = `erase-later-${database}`;

    before(async () => {
      server = await startTestServer({ database });
      await createCampaign(server, { slug: immediate, signatureMode: 'immediate', milestones: [2] });
      await createCampaign(server, { slug: doubleOptIn, signatureMode: 'double_opt_in' });
    });
    after(() => server.close());

    it('removes their data from signatures, letters and mail in every campaign, matching any case, and keeps counts', async () => {
      const person = supporter();
      const bystander = supporter();
      for (const who of [person, bystander]) {
        const body = signatureBody({
          name: who.name,
          email: who.email,
          source: { referrer: `https://r.example/${who.marker}` },
        });
        assert.equal((await sign(server.url, immediate, body)).status, 201);
      }
      // Unconfirmed in a double opt-in campaign: a confirmation mail waits in the outbox.
      assert.equal(
        (await sign(server.url, doubleOptIn, signatureBody({ name: person.name, email: person.email }))).status,
        201,
      );
      // One letter confirmed and delivered (a test key delivers to the supporter), one never confirmed.
      const delivered = await writeLetter(server, SEED_SLUG, {
        name: person.name,
        email: person.email,
        body: person.letter,
      });
      assert.equal(delivered.status, 202);
      const deliveredId = ((await delivered.json()) as { message: { id: string } }).message.id;
      const confirmation = await waitForMail(server.url, person.email, (mail) => mail.kind === 'message_confirmation');
      assert.equal(await confirmByLink(server, confirmLink(confirmation)), 200);
      await waitFor(async () => {
        const { rows } = await server.db.query<{ status: string }>('SELECT status FROM messages WHERE id = $1', [
          deliveredId,
        ]);
        return rows[0]?.status === 'test_delivered';
      });
      assert.equal(
        (await writeLetter(server, SEED_SLUG, { name: person.name, email: person.email, body: person.letter })).status,
        202,
      );

      const before = await rowsMentioning(server.db, person.marker);
      assert.ok(
        before.signatures === 2 && before.messages === 2 && before.mail_outbox > 0 && before.dev_mailbox > 0,
        JSON.stringify(before),
      );
      const counts = {
        immediate: await petitionCount(server, immediate),
        seed: await petitionCount(server, SEED_SLUG),
      };
      const rowsBefore = await server.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM signatures WHERE status = $1',
        ['counted'],
      );
      const milestone = await fetch(`${server.url}/v1/campaigns/${immediate}/petition`).then((r) => r.json());

      const response = await erase(server, person.email.toUpperCase());
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const text = await response.text();
      const body = JSON.parse(text) as unknown;
      assert.ok(v.is(ErasureResultSchema, body), text);
      assert.equal(body.erased.signatures, 2);
      assert.equal(body.erased.letters, 2);
      assert.ok(body.erased.mail >= 3, text);
      assert.ok(!text.toLowerCase().includes(person.marker), 'the answer echoes nothing of the person');

      // Nothing of the person is left in any store, whatever the column.
      assert.deepEqual(await rowsMentioning(server.db, person.marker), NOWHERE);
      assert.deepEqual(await rowsMentioning(server.db, person.email), NOWHERE);
      // The bystander is untouched.
      assert.equal((await rowsMentioning(server.db, bystander.marker)).signatures, 1);

      // The counted signature stays as an anonymous row: counts, milestones and reconciliation hold.
      const { rows } = await server.db.query<{
        name: string;
        email: string;
        postcode: string | null;
        anonymised: boolean;
      }>(
        `SELECT s.name, s.email, s.postcode, s.anonymised_at IS NOT NULL AS anonymised
           FROM signatures s JOIN campaigns c ON c.id = s.campaign_id WHERE c.slug = $1 AND s.name = ''`,
        [immediate],
      );
      assert.deepEqual(rows, [{ name: '', email: '', postcode: null, anonymised: true }]);
      const letters = await server.db.query<{ status: string; body: string; mp_id: number }>(
        'SELECT status, body, mp_id FROM messages WHERE id = $1',
        [deliveredId],
      );
      assert.deepEqual(letters.rows, [{ status: 'test_delivered', body: '', mp_id: letters.rows[0]!.mp_id }]);
      assert.equal(await petitionCount(server, immediate), counts.immediate);
      assert.equal(await petitionCount(server, SEED_SLUG), counts.seed);
      assert.deepEqual(
        await fetch(`${server.url}/v1/campaigns/${immediate}/petition`).then((r) => r.json()),
        milestone,
      );
      const rowsAfter = await server.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM signatures WHERE status = $1',
        ['counted'],
      );
      assert.equal(rowsAfter.rows[0]!.n, rowsBefore.rows[0]!.n);
      assert.ok((await reconcileCounts(server.db)).every((result) => result.ok));

      // The same address may sign again afterwards: nothing of it was kept to recognise it by.
      assert.equal((await sign(server.url, immediate, signatureBody({ email: person.email }))).status, 201);
      assert.equal(await petitionCount(server, immediate), counts.immediate + 1);
    });

    it('is idempotent: a second erasure, or one of an address never seen, erases nothing and says so', async () => {
      const person = supporter();
      assert.equal(
        (await sign(server.url, immediate, signatureBody({ name: person.name, email: person.email }))).status,
        201,
      );
      const first = (await (await erase(server, person.email)).json()) as { erased: Record<string, number> };
      assert.equal(first.erased.signatures, 1);
      const again = await erase(server, person.email);
      assert.equal(again.status, 200);
      assert.deepEqual(await again.json(), { erased: { signatures: 0, letters: 0, mail: 0 } });
      const unknown = await erase(server, `nobody-${randomUUID()}@example.org`);
      assert.equal(unknown.status, 200);
      assert.deepEqual(await unknown.json(), { erased: { signatures: 0, letters: 0, mail: 0 } });
    });

    it('needs a secret key and an address', async () => {
      const person = supporter();
      assert.equal(
        (await sign(server.url, immediate, signatureBody({ name: person.name, email: person.email }))).status,
        201,
      );
      for (const key of ['', 'pk_test_demo', 'sk_not_a_key']) {
        const refused = await fetch(`${server.url}/v1/admin/supporters?email=${encodeURIComponent(person.email)}`, {
          method: 'DELETE',
          headers: key ? { authorization: `Bearer ${key}` } : {},
        });
        assert.equal(refused.status, 401);
        const body = (await refused.json()) as unknown;
        assert.ok(v.is(ErrorEnvelopeSchema, body) && body.error.code === 'unauthorized');
      }
      assert.equal((await rowsMentioning(server.db, person.marker)).signatures, 1, 'a refused erasure changes nothing');
      for (const query of [
        '',
        '?email=',
        '?email=not-an-address',
        `?email=${'a'.repeat(400)}@x.org`,
        '?email=a%00b@x.org',
      ]) {
        const bad = await admin(server.url, server.secretKey, 'DELETE', `/v1/admin/supporters${query}`);
        assert.equal(bad.status, 422, query);
        const body = (await bad.json()) as unknown;
        assert.ok(v.is(ErrorEnvelopeSchema, body) && body.error.code === 'validation_failed', JSON.stringify(body));
      }
    });

    it('placard supporters erase does the same from the command line', async () => {
      const person = supporter();
      assert.equal(
        (await sign(server.url, immediate, signatureBody({ name: person.name, email: person.email }))).status,
        201,
      );
      const count = await petitionCount(server, immediate);

      const erased = await cli(server, ['supporters', 'erase', '--email', person.email.toLowerCase()]);
      assert.equal(erased.code, 0, erased.stderr);
      // The thank-you mail: in the outbox, and in the dev mailbox too once the worker has been by.
      const { erased: counts } = JSON.parse(erased.stdout) as { erased: Record<string, number> };
      assert.deepEqual([counts.signatures, counts.letters], [1, 0]);
      assert.ok(counts.mail === 1 || counts.mail === 2, erased.stdout);
      assert.match(erased.stderr, /^Erased: 1 signature, 0 letters, \d mails?\. Counts are unchanged\.\n$/);
      assert.deepEqual(await rowsMentioning(server.db, person.marker), NOWHERE);
      assert.equal(await petitionCount(server, immediate), count);

      const again = await cli(server, ['supporters', 'erase', '--email', person.email]);
      assert.equal(again.code, 0);
      assert.match(again.stderr, /^Nothing to erase/);

      const missing = await cli(server, ['supporters', 'erase']);
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /--email is required/);
      const bad = await cli(server, ['supporters', 'erase', '--email', 'nobody']);
      assert.notEqual(bad.code, 0);
      assert.match(bad.stderr, /--email must be an email address/);
    });
  });
}
