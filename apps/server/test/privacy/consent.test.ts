import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { AdminSignatureSchema, CampaignSchema } from '@placard/contract';
import * as v from 'valibot';
import { startTestServer, type TestServer, testDatabases } from '../harness.js';
import { admin, sign, signatureBody } from '../requests.js';
import { createCampaign, writeLetter } from './helpers.js';

interface ConsentRow {
  version: string | null;
  consented_at: Date | null;
  created_at: Date;
}

async function consentOf(server: TestServer, table: 'signatures' | 'messages', email: string): Promise<ConsentRow> {
  const { rows } = await server.db.query<ConsentRow>(
    `SELECT privacy_notice_version AS version, consented_at, created_at FROM ${table} WHERE email = $1`,
    [email],
  );
  assert.equal(rows.length, 1);
  return rows[0]!;
}

for (const database of testDatabases) {
  describe(`consent records on ${database}`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ database });
    });
    after(() => server.close());

    for (const signatureMode of ['immediate', 'double_opt_in'] as const) {
      it(`records the notice version in force and when, on every path (${signatureMode}); the export carries it`, async () => {
        const slug = `consent-${signatureMode.replace(/_/g, '-')}-${database}`;
        await createCampaign(server, {
          slug,
          signatureMode,
          privacyNotice: 'First words.',
          privacyNoticeVersion: '2026-01',
        });
        const campaign = (await (await fetch(`${server.url}/v1/campaigns/${slug}`)).json()) as unknown;
        assert.ok(v.is(CampaignSchema, campaign), JSON.stringify(campaign));
        assert.equal(campaign.privacyNoticeVersion, '2026-01');

        const first = `first-${randomUUID()}@example.org`;
        assert.equal((await sign(server.url, slug, signatureBody({ email: first }))).status, 201);
        const firstConsent = await consentOf(server, 'signatures', first);
        assert.equal(firstConsent.version, '2026-01');
        assert.equal(firstConsent.consented_at?.getTime(), firstConsent.created_at.getTime());

        // New words without a version name: the version moves on by itself.
        const reworded = await admin(server.url, server.secretKey, 'PATCH', `/v1/admin/campaigns/${slug}`, {
          privacyNotice: 'Second words.',
        });
        const automatic = ((await reworded.json()) as { privacyNoticeVersion: string }).privacyNoticeVersion;
        assert.match(automatic, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
        const second = `second-${randomUUID()}@example.org`;
        assert.equal((await sign(server.url, slug, signatureBody({ email: second }))).status, 201);
        assert.equal((await consentOf(server, 'signatures', second)).version, automatic);
        // Other edits leave it alone; staff may name a version.
        const goal = await admin(server.url, server.secretKey, 'PATCH', `/v1/admin/campaigns/${slug}`, { goal: 5000 });
        assert.equal(((await goal.json()) as { privacyNoticeVersion: string }).privacyNoticeVersion, automatic);
        const named = await admin(server.url, server.secretKey, 'PATCH', `/v1/admin/campaigns/${slug}`, {
          privacyNotice: 'Third words.',
          privacyNoticeVersion: 'v3',
        });
        assert.equal(((await named.json()) as { privacyNoticeVersion: string }).privacyNoticeVersion, 'v3');

        const csv = await (
          await admin(server.url, server.secretKey, 'GET', `/v1/admin/campaigns/${slug}/signatures?format=csv`)
        ).text();
        const [header, ...lines] = csv.split('\r\n').filter(Boolean);
        const columns = header!.split(',');
        const version = columns.indexOf('privacy_notice_version');
        const consentedAt = columns.indexOf('consented_at');
        assert.ok(version > 0 && consentedAt > 0, header);
        const byEmail = new Map(
          lines.map((line) => line.split(',')).map((cells) => [cells[columns.indexOf('email')], cells]),
        );
        assert.equal(byEmail.get(first)?.[version], '2026-01');
        assert.equal(byEmail.get(second)?.[version], automatic);
        assert.equal(byEmail.get(first)?.[consentedAt], firstConsent.consented_at!.toISOString().replace('.000Z', 'Z'));

        // The admin list carries the same record.
        const listed = (await (
          await admin(server.url, server.secretKey, 'GET', `/v1/admin/campaigns/${slug}/signatures`)
        ).json()) as { signatures: unknown[] };
        const mine = listed.signatures.find((row) => v.is(AdminSignatureSchema, row) && row.email === first);
        assert.ok(v.is(AdminSignatureSchema, mine), JSON.stringify(listed));
        assert.deepEqual(
          [mine.privacyNoticeVersion, mine.consentedAt, mine.anonymisedAt],
          ['2026-01', byEmail.get(first)?.[consentedAt], null],
        );
      });
    }

    it('records it for letters too', async () => {
      const slug = `consent-letters-${database}`;
      await createCampaign(server, { slug, privacyNoticeVersion: 'letters-1' });
      const email = `writer-${randomUUID()}@example.org`;
      assert.equal((await writeLetter(server, slug, { name: 'Writer', email, body: 'Please act.' })).status, 202);
      const consent = await consentOf(server, 'messages', email);
      assert.equal(consent.version, 'letters-1');
      assert.equal(consent.consented_at?.getTime(), consent.created_at.getTime());
    });
  });
}
