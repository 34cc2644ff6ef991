import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { SEED_SLUG } from '@placard/contract/fixtures';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { runMaintenance } from '../../src/maintenance.js';
import { confirmLink, waitFor, waitForMail } from '../fakes/mailbox-reader.js';
import { startTestServer, type TestServer, testDatabases } from '../harness.js';
import { admin, sign, signatureBody } from '../requests.js';
import {
  confirmByLink,
  createCampaign,
  DAY_MS,
  NOWHERE,
  petitionCount,
  rowsMentioning,
  writeLetter,
} from './helpers.js';

const silent = createLogger('silent');

/** Runs the scheduled sweep as if the clock read `at`. */
function maintainAt(server: TestServer, at: Date) {
  return runMaintenance(server.db, silent, {
    unconfirmedExpiryDays: server.config.unconfirmedExpiryDays,
    now: () => at,
  });
}

for (const database of testDatabases) {
  describe(`expiry of unconfirmed signatures and letters on ${database}`, () => {
    let server: TestServer;
    const slug = `expiry-${database}`;
    before(async () => {
      server = await startTestServer({ database });
      await createCampaign(server, { slug, signatureMode: 'double_opt_in' });
    });
    after(() => server.close());

    it('keeps them for 7 days by default, then removes them, and their links never confirm', async () => {
      assert.equal(server.config.unconfirmedExpiryDays, 7);
      const marker = randomUUID().slice(0, 8);
      const email = `expiring.${marker}@example.org`;
      assert.equal((await sign(server.url, slug, signatureBody({ name: `Expiring ${marker}`, email }))).status, 201);
      const letter = await writeLetter(server, SEED_SLUG, {
        name: `Expiring ${marker}`,
        email,
        body: `Letter ${marker}`,
      });
      assert.equal(letter.status, 202);
      const signatureLink = confirmLink(
        await waitForMail(server.url, email, (mail) => mail.kind === 'signature_confirmation'),
      );
      const letterLink = confirmLink(
        await waitForMail(server.url, email, (mail) => mail.kind === 'message_confirmation'),
      );
      const count = await petitionCount(server, slug);
      const signedAt = Date.now();

      await maintainAt(server, new Date(signedAt + 7 * DAY_MS - 60_000));
      const kept = await rowsMentioning(server.db, marker);
      assert.deepEqual([kept.signatures, kept.messages], [1, 1], 'a minute before 7 days both are still there');

      await maintainAt(server, new Date(signedAt + 7 * DAY_MS + 60_000));
      const gone = await rowsMentioning(server.db, marker);
      assert.deepEqual([gone.signatures, gone.messages], [0, 0], 'after 7 days both are gone');

      for (const link of [signatureLink, letterLink]) {
        const status = await confirmByLink(server, link);
        assert.ok(status === 404 || status === 410, `an expired link answered ${status}`);
      }
      assert.equal(await petitionCount(server, slug), count);
    });

    it('takes the window from UNCONFIRMED_EXPIRY_DAYS and refuses a bad value', async () => {
      assert.equal(loadConfig({ UNCONFIRMED_EXPIRY_DAYS: '2' }).unconfirmedExpiryDays, 2);
      assert.throws(() => loadConfig({ UNCONFIRMED_EXPIRY_DAYS: '0' }), /UNCONFIRMED_EXPIRY_DAYS must be 1 or more/);
      assert.throws(
        () => loadConfig({ UNCONFIRMED_EXPIRY_DAYS: 'soon' }),
        /UNCONFIRMED_EXPIRY_DAYS must be a whole number/,
      );
      const short = await startTestServer({ database, env: { UNCONFIRMED_EXPIRY_DAYS: '2' } });
      try {
        await createCampaign(short, { slug: 'short', signatureMode: 'double_opt_in' });
        const email = `short-${randomUUID()}@example.org`;
        assert.equal((await sign(short.url, 'short', signatureBody({ email }))).status, 201);
        const { rows } = await short.db.query<{ hours: number }>(
          `SELECT round(extract(epoch FROM expires_at - created_at) / 3600)::int AS hours FROM signatures WHERE email = $1`,
          [email],
        );
        assert.deepEqual(rows, [{ hours: 48 }]);
        const tokens = await short.db.query<{ hours: number }>(
          `SELECT round(extract(epoch FROM expires_at - created_at) / 3600)::int AS hours FROM confirm_tokens`,
        );
        assert.deepEqual(tokens.rows, [{ hours: 48 }]);
        assert.equal((await writeLetter(short, SEED_SLUG, { name: 'Short', email, body: 'Short letter' })).status, 202);
        const mail = await waitForMail(short.url, email, (m) => m.kind === 'message_confirmation');
        assert.match(mail.text, /The link works for 2 days\./);
      } finally {
        await short.close();
      }
    });
  });
}

for (const database of testDatabases) {
  describe(`retention after a campaign closes on ${database}`, () => {
    let server: TestServer;
    const slug = `retention-${database}`;
    before(async () => {
      server = await startTestServer({ database });
    });
    after(() => server.close());

    it('anonymises supporters’ data N days after close, keeping counts; staff set N', async () => {
      const created = await createCampaign(server, { slug, signatureMode: 'immediate', retentionDaysAfterClose: 45 });
      assert.equal(created.retentionDaysAfterClose, 45);
      const patched = await admin(server.url, server.secretKey, 'PATCH', `/v1/admin/campaigns/${slug}`, {
        retentionDaysAfterClose: 30,
      });
      assert.equal(((await patched.json()) as { retentionDaysAfterClose: number }).retentionDaysAfterClose, 30);
      const tooLong = await admin(server.url, server.secretKey, 'PATCH', `/v1/admin/campaigns/${slug}`, {
        retentionDaysAfterClose: 2 ** 31,
      });
      assert.equal(tooLong.status, 422);

      const marker = randomUUID().slice(0, 8);
      for (const n of [1, 2]) {
        const body = signatureBody({ name: `Kept ${marker} ${n}`, email: `kept.${n}.${marker}@example.org` });
        assert.equal((await sign(server.url, slug, body)).status, 201);
      }
      const email = `letter.${marker}@example.org`;
      assert.equal(
        (await writeLetter(server, slug, { name: `Writer ${marker}`, email, body: `Letter ${marker}` })).status,
        202,
      );
      assert.equal(
        await confirmByLink(
          server,
          confirmLink(await waitForMail(server.url, email, (mail) => mail.kind === 'message_confirmation')),
        ),
        200,
      );
      await waitFor(async () => {
        const { rows } = await server.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM messages WHERE email = $1 AND status = 'test_delivered'`,
          [email],
        );
        return rows[0]!.n === 1;
      });
      const count = await petitionCount(server, slug);

      // Open, nothing is anonymised however late the clock.
      await runMaintenance(server.db, silent, {
        unconfirmedExpiryDays: 7,
        now: () => new Date(Date.now() + 400 * DAY_MS),
      });
      assert.equal((await rowsMentioning(server.db, marker)).signatures, 2);

      const closed = await admin(server.url, server.secretKey, 'PATCH', `/v1/admin/campaigns/${slug}`, {
        status: 'closed',
      });
      assert.equal(closed.status, 200);
      const closedAt = Date.now();
      await runMaintenance(server.db, silent, {
        unconfirmedExpiryDays: 7,
        now: () => new Date(closedAt + 29 * DAY_MS),
      });
      const kept = await rowsMentioning(server.db, marker);
      assert.deepEqual([kept.signatures, kept.messages], [2, 1], 'within 30 days of closing the data is kept');

      const sweptAt = new Date(closedAt + 30 * DAY_MS + 60_000);
      await runMaintenance(server.db, silent, { unconfirmedExpiryDays: 7, now: () => sweptAt });
      const left = await rowsMentioning(server.db, marker);
      assert.deepEqual(left, NOWHERE, JSON.stringify(left));
      const { rows } = await server.db.query<{ status: string; name: string; anonymised_at: Date }>(
        `SELECT s.status, s.name, s.anonymised_at FROM signatures s JOIN campaigns c ON c.id = s.campaign_id
          WHERE c.slug = $1 ORDER BY s.created_at`,
        [slug],
      );
      assert.deepEqual(
        rows.map((row) => [row.status, row.name, row.anonymised_at.getTime()]),
        [
          ['counted', '', sweptAt.getTime()],
          ['counted', '', sweptAt.getTime()],
        ],
      );
      assert.equal(await petitionCount(server, slug), count);

      // The export shows the rows, their consent record, and when they were anonymised.
      const csv = await (
        await admin(server.url, server.secretKey, 'GET', `/v1/admin/campaigns/${slug}/signatures?format=csv`)
      ).text();
      const lines = csv.split('\r\n').filter(Boolean);
      const header = lines[0]!.split(',');
      assert.equal(lines.length, 3);
      for (const line of lines.slice(1)) {
        const cells = line.split(',');
        assert.equal(cells[header.indexOf('anonymised_at')], sweptAt.toISOString().replace('.000Z', 'Z'));
        assert.equal(cells[header.indexOf('privacy_notice_version')], '1');
        assert.equal(cells[header.indexOf('email')], '');
      }
    });

    it('reopening a campaign stops the clock', async () => {
      const reopened = `reopened-${database}`;
      await createCampaign(server, { slug: reopened, signatureMode: 'immediate', retentionDaysAfterClose: 0 });
      const marker = randomUUID().slice(0, 8);
      assert.equal((await sign(server.url, reopened, signatureBody({ name: `Reopen ${marker}` }))).status, 201);
      for (const status of ['closed', 'open']) {
        assert.equal(
          (await admin(server.url, server.secretKey, 'PATCH', `/v1/admin/campaigns/${reopened}`, { status })).status,
          200,
        );
      }
      await runMaintenance(server.db, silent, {
        unconfirmedExpiryDays: 7,
        now: () => new Date(Date.now() + 10 * DAY_MS),
      });
      assert.equal((await rowsMentioning(server.db, marker)).signatures, 1);
    });
  });
}
