import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { createCampaign, updateCampaign } from '../src/campaigns/store.js';
import { startTestServer, type TestServer, testDatabases } from './harness.js';
import { sign, signatureBody } from './requests.js';

// The one-statement signature and the campaign cache behind it must give the
// same answers as the full path: edits take effect at once, keys stay exact.

async function countedRows(server: TestServer, slug: string): Promise<number> {
  const { rows } = await server.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM signatures s JOIN campaigns c ON c.id = s.campaign_id
      WHERE c.slug = $1 AND s.status = 'counted'`,
    [slug],
  );
  return rows[0]!.n;
}

async function publicCount(server: TestServer, slug: string): Promise<number> {
  const response = await fetch(`${server.url}/v1/campaigns/${slug}/petition`);
  return ((await response.json()) as { count: number }).count;
}

for (const database of testDatabases) {
  describe(`signing paths (${database})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ database });
    });
    after(() => server.close());

    test('closing, reopening and switching a campaign to double opt-in take effect on the very next signature', async () => {
      await createCampaign(server.db, {
        slug: 'edited',
        title: 'Edited while signed',
        goal: 100,
        signatureMode: 'immediate',
      });
      const first = await sign(server.url, 'edited', signatureBody());
      assert.equal(first.status, 201);
      await updateCampaign(server.db, 'edited', { status: 'closed' });
      const refused = await sign(server.url, 'edited', signatureBody());
      assert.equal(refused.status, 409);
      assert.equal(((await refused.json()) as { error: { code: string } }).error.code, 'campaign_closed');
      await updateCampaign(server.db, 'edited', { status: 'open', signatureMode: 'double_opt_in' });
      const pending = await sign(server.url, 'edited', signatureBody());
      assert.equal(pending.status, 201);
      assert.equal(
        ((await pending.json()) as { signature: { status: string } }).signature.status,
        'pending_confirmation',
      );
      await updateCampaign(server.db, 'edited', { signatureMode: 'immediate', goal: 250 });
      const counted = await sign(server.url, 'edited', signatureBody());
      const body = (await counted.json()) as {
        signature: { status: string };
        petition: { count: number; goal: number };
      };
      assert.equal(body.signature.status, 'counted');
      assert.deepEqual(body.petition, { count: 2, goal: 250 });
      assert.equal(await countedRows(server, 'edited'), 2);
    });

    test('concurrent requests with one Idempotency-Key sign once and all get the first answer', async () => {
      await createCampaign(server.db, {
        slug: 'retried',
        title: 'Retried at once',
        goal: 100,
        signatureMode: 'immediate',
      });
      const key = randomUUID();
      const body = signatureBody();
      const responses = await Promise.all(
        Array.from({ length: 6 }, () => sign(server.url, 'retried', body, { idempotencyKey: key })),
      );
      const answers = await Promise.all(responses.map((response) => response.json()));
      // Whichever signs first, the others wait for it and replay its answer.
      assert.deepEqual(
        responses.map((response) => response.status),
        responses.map(() => 201),
      );
      for (const answer of answers) assert.deepEqual(answer, answers[0]);
      assert.equal(responses.filter((response) => response.headers.get('Idempotent-Replayed') === 'true').length, 5);
      assert.equal(await countedRows(server, 'retried'), 1);
      assert.equal(await publicCount(server, 'retried'), 1);
    });

    test('one Idempotency-Key sent at once with different bodies signs exactly one of them', async () => {
      await createCampaign(server.db, { slug: 'misused', title: 'Key reused', goal: 100, signatureMode: 'immediate' });
      const key = randomUUID();
      const responses = await Promise.all(
        Array.from({ length: 6 }, () => sign(server.url, 'misused', signatureBody(), { idempotencyKey: key })),
      );
      const statuses = responses.map((response) => response.status).sort();
      assert.deepEqual(statuses, [201, 409, 409, 409, 409, 409]);
      assert.equal(await countedRows(server, 'misused'), 1);
      assert.equal(await publicCount(server, 'misused'), 1);
      const { rows } = await server.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM mail_outbox WHERE kind = 'signature_thanks' AND to_address IN (
           SELECT email FROM signatures s JOIN campaigns c ON c.id = s.campaign_id WHERE c.slug = 'misused')`,
      );
      assert.equal(rows[0]!.n, 1);
    });
  });
}
