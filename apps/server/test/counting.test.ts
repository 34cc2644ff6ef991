import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createCampaign } from '../src/campaigns/store.js';
import { reconcileCounts } from '../src/counts/reconcile.js';
import { listSignatures, moderateSignature } from '../src/signatures/admin.js';
import { startTestServer, type TestServer, testDatabases } from './harness.js';
import { sign, signatureBody } from './requests.js';

async function petition(server: TestServer, slug: string) {
  const response = await fetch(`${server.url}/v1/campaigns/${slug}/petition`);
  return (await response.json()) as { count: number; milestones: Array<{ count: number; reachedAt: string | null }> };
}

for (const database of testDatabases) {
  describe(`counting (${database})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ database });
      await createCampaign(server.db, { slug: 'crowd', title: 'Crowd', goal: 1000, signatureMode: 'immediate' });
      await createCampaign(server.db, {
        slug: 'milestones',
        title: 'Milestones',
        goal: 100,
        signatureMode: 'immediate',
        milestones: [5, 10, 50],
      });
    });
    after(() => server.close());

    test('200 concurrent signatures: every one counted, the count equals the rows, reconcile is ok', async () => {
      const responses = await Promise.all(
        Array.from({ length: 200 }, () => sign(server.url, 'crowd', signatureBody())),
      );
      const statuses = await Promise.all(
        responses.map(async (response) => {
          assert.equal(response.status, 201);
          return ((await response.json()) as { signature: { status: string } }).signature.status;
        }),
      );
      assert.deepEqual(new Set(statuses), new Set(['counted']));
      const { rows } = await server.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM signatures s JOIN campaigns c ON c.id = s.campaign_id WHERE c.slug = 'crowd' AND s.status = 'counted'`,
      );
      assert.equal(rows[0]?.n, 200);
      assert.equal((await petition(server, 'crowd')).count, 200);
      const [result] = await reconcileCounts(server.db, { slug: 'crowd' });
      assert.deepEqual(result, { slug: 'crowd', counted: 200, rows: 200, ok: true });
      // The load was spread over several shards, not one hot row.
      const shards = await server.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM count_shards s JOIN campaigns c ON c.id = s.campaign_id WHERE c.slug = 'crowd' AND s.n > 0`,
      );
      assert.ok((shards.rows[0]?.n ?? 0) > 4, `shards used: ${shards.rows[0]?.n}`);
    });

    test('reconcile finds drift between shards and rows, and --fix repairs it', async () => {
      await server.db.query(
        `UPDATE count_shards SET n = n + 7 WHERE shard = 3 AND campaign_id = (SELECT id FROM campaigns WHERE slug = 'crowd')`,
      );
      await server.db.query(
        `INSERT INTO count_shards (campaign_id, shard, n) SELECT id, 3, 7 FROM campaigns WHERE slug = 'crowd' ON CONFLICT DO NOTHING`,
      );
      const [drifted] = await reconcileCounts(server.db, { slug: 'crowd' });
      assert.equal(drifted?.ok, false);
      assert.equal(drifted?.counted, 207);
      const [fixed] = await reconcileCounts(server.db, { slug: 'crowd', fix: true });
      assert.deepEqual(fixed, { slug: 'crowd', counted: 207, rows: 200, ok: false });
      assert.deepEqual(await reconcileCounts(server.db, { slug: 'crowd' }), [
        { slug: 'crowd', counted: 200, rows: 200, ok: true },
      ]);
      assert.equal((await petition(server, 'crowd')).count, 200);
      const all = await reconcileCounts(server.db);
      assert.ok(all.every((result) => result.ok));
      assert.ok(all.some((result) => result.slug === 'ban-chen-quanguo'));
    });

    test('hiding a counted signature un-counts it, restoring counts it again, and reconcile stays ok', async () => {
      const body = signatureBody();
      assert.equal((await sign(server.url, 'crowd', body)).status, 201);
      const before = (await petition(server, 'crowd')).count;
      const { rows } = await server.db.query<{ id: string }>('SELECT id::text FROM signatures WHERE email = $1', [
        body.email,
      ]);
      const id = rows[0]!.id;
      const hidden = await moderateSignature(server.db, 'crowd', id, true);
      assert.equal(hidden.status, 'hidden');
      assert.equal((await petition(server, 'crowd')).count, before - 1);
      assert.equal((await moderateSignature(server.db, 'crowd', id, true)).status, 'hidden');
      assert.equal((await petition(server, 'crowd')).count, before - 1);
      const listed = await listSignatures(server.db, 'crowd', { limit: 5 });
      assert.equal(listed[0]?.id, id);
      assert.equal(listed[0]?.status, 'hidden');
      assert.deepEqual(await reconcileCounts(server.db, { slug: 'crowd' }), [
        { slug: 'crowd', counted: before - 1, rows: before - 1, ok: true },
      ]);
      assert.equal((await moderateSignature(server.db, 'crowd', id, false)).status, 'counted');
      assert.equal((await petition(server, 'crowd')).count, before);
      assert.equal((await reconcileCounts(server.db, { slug: 'crowd' }))[0]?.ok, true);
    });

    test('each milestone fires exactly once, with the time it was reached', async () => {
      const startedAt = Date.now();
      const responses = await Promise.all(
        Array.from({ length: 12 }, () => sign(server.url, 'milestones', signatureBody())),
      );
      for (const response of responses) assert.equal(response.status, 201);
      // The live hub's flush catches a milestone passed by two commits at once; give it its coalescing window.
      await new Promise((resolve) => setTimeout(resolve, 600));
      const body = await petition(server, 'milestones');
      assert.equal(body.count, 12);
      const [five, ten, fifty] = body.milestones;
      assert.equal(five?.count, 5);
      assert.equal(ten?.count, 10);
      assert.deepEqual(fifty, { count: 50, reachedAt: null });
      for (const reached of [five, ten]) {
        const at = Date.parse(reached?.reachedAt ?? '');
        assert.ok(at >= startedAt - 1000 && at <= Date.now() + 1000, `reachedAt ${reached?.reachedAt}`);
      }
      const events = await server.db.query<{ data: { count: number; reachedAt: string } }>(
        `SELECT e.data FROM live_events e JOIN campaigns c ON c.id = e.campaign_id
          WHERE c.slug = 'milestones' AND e.name = 'milestone' ORDER BY e.id`,
      );
      assert.deepEqual(
        events.rows.map((row) => row.data),
        [five, ten],
      );
    });
  });
}
