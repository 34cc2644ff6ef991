import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { DEMO_PUBLISHABLE_KEY, SEED_SLUG } from '@placard/contract/fixtures';
import { createCampaign } from '../../src/campaigns/store.js';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { readOnly } from '../../src/doctor/check.js';
import { type CheckResult, formatChecklist, runChecklist, summarise } from '../../src/doctor/checklist.js';
import { isLocalHost, maskKey } from '../../src/doctor/hosts.js';
import { originProblem } from '../../src/doctor/key-checks.js';
import { createPublishableKey } from '../../src/keys/store.js';
import { applyRetention } from '../../src/privacy/retention.js';
import { seedDatabase } from '../../src/seed/seed.js';
import { type FakeParliament, startFakeParliament } from '../fakes/parliament.js';
import { type FakeSmtp, startFakeSmtp } from '../fakes/smtp.js';
import { openTestDatabase, testDatabases } from '../harness.js';

const DAY_MS = 86_400_000;

/** The server's settings with these variables set (and a data folder nothing opens). */
const configWith = (env: Record<string, string> = {}) =>
  loadConfig({ PLACARD_DATA_DIR: '/nonexistent/placard-doctor', ...env });

function byId(results: CheckResult[]): Record<string, CheckResult> {
  return Object.fromEntries(results.map((result) => [result.id, result]));
}

/** What the whole list must always be: a fix exactly where something is wrong, plain text. */
function assertWellFormed(results: CheckResult[]) {
  for (const result of results) {
    assert.ok(['ok', 'warn', 'fail'].includes(result.status), result.id);
    assert.ok(result.title.length > 0 && result.detail.length > 0, result.id);
    if (result.status === 'ok') assert.equal(result.fix, undefined, `${result.id} is ok but has a fix`);
    else assert.ok(result.fix && result.fix.length > 0, `${result.id} is ${result.status} without a fix`);
    // Plain text: the console escapes it ("Name <address>" is text, a tag is not).
    assert.doesNotMatch(
      `${result.detail} ${result.fix ?? ''}`,
      /<\/?(?:a|p|b|i|em|strong|code|br|span|div|ul|li)\b[^>]*>|&[a-z]+;/i,
      `${result.id} holds HTML`,
    );
  }
}

async function tableCounts(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['campaigns', 'publishable_keys', 'secret_keys', 'signatures', 'schema_migrations']) {
    counts[table] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
  }
  return counts;
}

for (const database of testDatabases) {
  describe(`go-live checklist with the default settings on ${database}`, () => {
    let db: Database;
    let adminKey: string | null;
    let results: Record<string, CheckResult>;
    before(async () => {
      db = await openTestDatabase(database);
      adminKey = (await seedDatabase(db)).adminKey;
      const before = await tableCounts(db);
      const list = await runChecklist({ config: configWith(), db });
      assertWellFormed(list);
      results = byId(list);
      assert.deepEqual(await tableCounts(db), before, 'the checklist changed the database');
    });
    after(() => db.close());

    it('fails on mail: no SMTP_URL means the dev mailbox only', () => {
      const { smtp } = results;
      assert.equal(smtp?.status, 'fail');
      assert.match(smtp.detail, /SMTP_URL is not set/);
      assert.match(smtp.detail, /dev mailbox/);
      assert.match(smtp.fix ?? '', /SMTP_URL=smtps?:\/\//);
    });

    it('fails on MP emails with the bundled provider, naming the campaign that takes letters and MP_PROVIDER', () => {
      const mp = results['mp-provider'];
      assert.equal(mp?.status, 'fail');
      assert.match(mp.detail, /MP_PROVIDER=bundled/);
      assert.match(mp.detail, /650 MPs, none with an email/);
      assert.match(mp.detail, /mp_email_unavailable/);
      assert.match(mp.detail, new RegExp(SEED_SLUG));
      assert.match(mp.fix ?? '', /MP_PROVIDER=uk-parliament/);
    });

    it('fails on development mode, a localhost PUBLIC_URL and MAIL_FROM, and the missing live key', () => {
      assert.equal(results['production-mode']?.status, 'fail');
      assert.match(results['production-mode']?.fix ?? '', /NODE_ENV=production/);
      assert.equal(results['public-url']?.status, 'fail');
      assert.match(results['public-url']?.detail ?? '', /http:\/\/localhost:8787 \(the default when unset\)/);
      assert.match(results['public-url']?.fix ?? '', /PUBLIC_URL=https:\/\//);
      assert.equal(results['mail-from']?.status, 'fail');
      assert.match(results['mail-from']?.fix ?? '', /MAIL_FROM=/);
      assert.equal(results['live-keys']?.status, 'fail');
      assert.match(results['live-keys']?.fix ?? '', /npx placard keys create --live --origin https:\/\//);
    });

    it('passes what seeding set up, and never shows a secret', () => {
      assert.equal(results['secret-keys']?.status, 'ok');
      assert.match(
        results['secret-keys']?.detail ?? '',
        /1 active secret key: "admin \(created on first start\)" \(sk_[\w-]+…\)/,
      );
      assert.ok(adminKey);
      assert.ok(!JSON.stringify(results).includes(adminKey), 'the admin key was printed');
      // Not production: the demo key is fine for now, with a reminder.
      assert.equal(results['demo-key']?.status, 'ok');
      assert.match(results['demo-key']?.detail ?? '', /revoke it when going live/);
      assert.equal(results.retention?.status, 'ok');
      assert.match(results.retention?.detail ?? '', /anonymised 90 days after closing for ban-chen-quanguo/);
      assert.equal(results['privacy-notice']?.status, 'ok');
      assert.equal(results.limits?.status, 'ok');
      assert.equal(results.database?.status, database === 'pglite' ? 'warn' : 'ok');
      assert.match(results.database?.detail ?? '', /schema current/);
    });

    it('prints ✓, ! and ✗ lines with their fixes', () => {
      const text = formatChecklist(Object.values(results));
      assert.match(text, /^✗ Outgoing mail \(SMTP\) — SMTP_URL is not set.*\n {2}fix: Set SMTP_URL=/m);
      assert.match(text, /^✓ Secret admin keys — /m);
      assert.match(text, /^! Client addresses behind a proxy \(TRUST_PROXY\) — /m);
      assert.equal(summarise(Object.values(results)).ready, false);
    });
  });
}

describe('go-live checklist, configured for production', () => {
  let db: Database;
  let smtp: FakeSmtp;
  let parliament: FakeParliament;
  let liveKey: string;
  const env = () => ({
    NODE_ENV: 'production',
    PUBLIC_URL: 'https://act.placard-campaign.org.uk',
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Placard campaign <no-reply@placard-campaign.org.uk>',
    MP_PROVIDER: 'uk-parliament',
    POSTCODES_API_URL: parliament.url,
    MEMBERS_API_URL: parliament.url,
    TRUST_PROXY: '1',
  });
  before(async () => {
    [db, smtp, parliament] = await Promise.all([openTestDatabase('pglite'), startFakeSmtp(), startFakeParliament()]);
    await seedDatabase(db);
    liveKey = await createPublishableKey(db, {
      partner: 'Partner site',
      origins: ['https://www.partner-site.org.uk', 'https://*.partner-site.org.uk'],
      mode: 'live',
    });
  });
  after(async () => {
    await Promise.all([db.close(), smtp.close(), parliament.close()]);
  });

  it('passes SMTP against a real SMTP server, and the Parliament probe, and is ready with the demo key only a warning', async () => {
    const list = await runChecklist({ config: configWith(env()), db });
    assertWellFormed(list);
    const results = byId(list);
    assert.equal(results.smtp?.status, 'ok', results.smtp?.detail);
    assert.match(
      results.smtp?.detail ?? '',
      new RegExp(`Connected to smtp://127\\.0\\.0\\.1:${smtp.port} and the server answered EHLO`),
    );
    assert.equal(smtp.received.length, 0, 'the check sent a mail');
    const mp = results['mp-provider'];
    assert.equal(mp?.status, 'ok', mp?.detail);
    assert.match(
      mp?.detail ?? '',
      /SW1A 1AA is in Cities of London and Westminster, whose MP Rachel Blake publishes an email/,
    );
    assert.match(mp?.detail ?? '', /cannot count how many MPs publish/);
    assert.ok(parliament.requests.contact >= 1, 'the probe did not ask for the contact details');
    assert.equal(results['live-keys']?.status, 'ok');
    assert.match(
      results['live-keys']?.detail ?? '',
      new RegExp(`${maskKey(liveKey).replace('…', '')}… \\(Partner site\\)`),
    );
    assert.ok(!JSON.stringify(list).includes(liveKey), 'a whole key was printed');
    // The seeded demo key is still there: in production that is a warning with its revocation.
    assert.equal(results['demo-key']?.status, 'warn');
    assert.match(results['demo-key']?.fix ?? '', /npx placard keys revoke --id [0-9a-f-]{36}/);
    for (const id of ['production-mode', 'public-url', 'mail-from', 'trust-proxy', 'secret-keys', 'retention']) {
      assert.equal(results[id]?.status, 'ok', `${id}: ${results[id]?.detail}`);
    }
    assert.deepEqual(summarise(list), { ok: 11, warn: 2, fail: 0, ready: true });
  });

  it('says so when the probe’s MP publishes no email, and fails when the Members API is down', async () => {
    const noEmail = await runChecklist({
      config: configWith(env()),
      db,
      probePostcode: 'WC1E 6BT',
      only: ['mp-provider'],
    });
    assert.equal(noEmail[0]?.status, 'warn');
    assert.match(noEmail[0]?.detail ?? '', /Sir Keir Starmer publishes no email address/);
    parliament.setMode('contact', 'error');
    try {
      const [down] = await runChecklist({ config: configWith(env()), db, only: ['mp-provider'] });
      assert.equal(down?.status, 'fail');
      assert.match(down?.detail ?? '', /could not fetch Rachel Blake's contact details/);
      assert.match(down?.fix ?? '', /POSTCODES_API_URL and MEMBERS_API_URL/);
    } finally {
      parliament.setMode('contact', 'ok');
    }
  });

  it('fails SMTP within seconds on a closed port, without printing the password', async () => {
    const closed = await startFakeSmtp();
    const port = closed.port;
    await closed.stop();
    const started = Date.now();
    const [result] = await runChecklist({
      config: configWith({ ...env(), SMTP_URL: `smtp://mailer:s3cret-Passw0rd@127.0.0.1:${port}` }),
      db,
      only: ['smtp'],
    });
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
    assert.equal(result?.status, 'fail');
    assert.match(
      result?.detail ?? '',
      new RegExp(`Could not connect and log in to smtp://127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`),
    );
    assert.ok(!JSON.stringify(result).includes('s3cret-Passw0rd'), 'the SMTP password was printed');
  });

  it('fails SMTP after the timeout when the server never greets', async () => {
    const sockets = new Set<Socket>();
    const silent: Server = createServer((socket) => sockets.add(socket));
    silent.listen(0, '127.0.0.1');
    await once(silent, 'listening');
    const { port } = silent.address() as { port: number };
    try {
      const started = Date.now();
      const [result] = await runChecklist({
        config: configWith({ ...env(), SMTP_URL: `smtp://127.0.0.1:${port}` }),
        db,
        only: ['smtp'],
        timeoutMs: 500,
      });
      assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
      assert.equal(result?.status, 'fail');
      assert.match(result?.detail ?? '', /Could not connect to smtp:\/\/127\.0\.0\.1:\d+: /);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('flags a live key that allows every origin, http or localhost, showing only its prefix', async () => {
    const star = await createPublishableKey(db, { partner: 'Careless partner', origins: ['*'], mode: 'live' });
    const local = await createPublishableKey(db, {
      partner: 'Staging',
      origins: ['https://ok.partner-site.org.uk', 'http://localhost:*'],
      mode: 'live',
    });
    try {
      const [keys] = await runChecklist({ config: configWith(env()), db, only: ['live-keys'] });
      assert.equal(keys?.status, 'fail');
      assert.match(keys?.detail ?? '', /2 live keys of 3 allow origins a live key must not/);
      assert.match(
        keys?.detail ?? '',
        new RegExp(`${maskKey(star).replace('…', '')}… of "Careless partner" allows \\* \\(every site \\(\\*\\)\\)`),
      );
      assert.match(keys?.detail ?? '', /of "Staging" allows http:\/\/localhost:\* \(a local address\)/);
      assert.ok(!JSON.stringify(keys).includes(star) && !JSON.stringify(keys).includes(local));
      assert.match(keys?.fix ?? '', /npx placard keys create --live/);
      assert.match(keys?.fix ?? '', /npx placard keys revoke --id [0-9a-f-]{36}; npx placard keys revoke --id/);
    } finally {
      await db.query('DELETE FROM publishable_keys WHERE key = ANY($1::text[])', [[star, local]]);
    }
  });

  it('fails without TRUST_PROXY behind an https PUBLIC_URL, and on RATE_LIMITS=off', async () => {
    const results = byId(
      await runChecklist({
        config: configWith({ ...env(), TRUST_PROXY: '0', RATE_LIMITS: 'off', UNCONFIRMED_MAILS_PER_ADDRESS: '0' }),
        db,
        only: ['trust-proxy', 'limits'],
      }),
    );
    // With limits off nothing is shared, so TRUST_PROXY=0 is only a warning then.
    assert.equal(results['trust-proxy']?.status, 'warn');
    assert.equal(results.limits?.status, 'fail');
    assert.match(results.limits?.detail ?? '', /RATE_LIMITS=off.*UNCONFIRMED_MAILS_PER_ADDRESS=0/);
    const [proxy] = await runChecklist({
      config: configWith({ ...env(), TRUST_PROXY: '0' }),
      db,
      only: ['trust-proxy'],
    });
    assert.equal(proxy?.status, 'fail');
    assert.match(proxy?.fix ?? '', /TRUST_PROXY/);
  });

  it('fails on a closed campaign whose data outlived its retention, until maintenance anonymises it', async () => {
    await createCampaign(db, { slug: 'old-campaign', title: 'Old', goal: 10, privacyNotice: 'A notice.' });
    const { rows } = await db.query<{ id: string }>(
      `UPDATE campaigns SET status = 'closed', closed_at = now(), retention_days_after_close = 30
        WHERE slug = 'old-campaign' RETURNING id::text`,
    );
    await db.query(
      `INSERT INTO signatures (campaign_id, name, email, email_normalised, consent_privacy, status)
       VALUES ($1, 'Ada', 'ada@example.org', 'ada@example.org', true, 'counted')`,
      [rows[0]!.id],
    );
    const later = new Date(Date.now() + 31 * DAY_MS);
    const [due] = await runChecklist({ config: configWith(env()), db, only: ['retention'], now: () => later });
    assert.equal(due?.status, 'fail');
    assert.match(due?.detail ?? '', /old-campaign \(1 signature, 0 letters not anonymised, 30 days after close\)/);
    assert.match(due?.fix ?? '', /Start the server/);
    await applyRetention(db, later);
    const [done] = await runChecklist({ config: configWith(env()), db, only: ['retention'], now: () => later });
    assert.equal(done?.status, 'ok', done?.detail);
    assert.match(done?.detail ?? '', /30 days after closing for old-campaign/);
  });

  it('warns on a retention of years and fails an open campaign without a privacy notice', async () => {
    await createCampaign(db, { slug: 'no-notice', title: 'No notice', goal: 10, retentionDaysAfterClose: 3650 });
    try {
      const results = byId(
        await runChecklist({ config: configWith(env()), db, only: ['retention', 'privacy-notice'] }),
      );
      assert.equal(results.retention?.status, 'warn');
      assert.match(results.retention?.detail ?? '', /no-notice \(3650 days\)/);
      assert.match(results.retention?.fix ?? '', /retentionDaysAfterClose/);
      assert.equal(results['privacy-notice']?.status, 'fail');
      assert.match(results['privacy-notice']?.detail ?? '', /no-notice/);
      assert.match(
        results['privacy-notice']?.fix ?? '',
        /curl -X PATCH "https:\/\/act\.placard-campaign\.org\.uk\/v1\/admin\/campaigns\/no-notice"/,
      );
    } finally {
      await db.query(`DELETE FROM campaigns WHERE slug = 'no-notice'`);
    }
  });

  it('reads in read-only transactions', async () => {
    await assert.rejects(
      readOnly(db, (sql) => sql.query(`DELETE FROM publishable_keys WHERE key = '${DEMO_PUBLISHABLE_KEY}'`)),
      /read-only transaction/,
    );
  });
});

describe('go-live checklist helpers', () => {
  it('knows local hosts from public ones', () => {
    for (const host of [
      'localhost',
      '127.0.0.1',
      '[::1]',
      '0.0.0.0',
      '10.1.2.3',
      '192.168.0.4',
      'app.test',
      'box',
      'x.local',
    ]) {
      assert.equal(isLocalHost(host), true, host);
    }
    for (const host of ['act.placard-campaign.org.uk', '8.8.8.8', 'example.org', '[2a00:1450::1]']) {
      assert.equal(isLocalHost(host), false, host);
    }
  });

  it('judges live-key origins', () => {
    assert.equal(originProblem('https://partner.org'), null);
    assert.equal(originProblem('https://*.partner.org:*'), null);
    assert.equal(originProblem('*'), 'every site (*)');
    assert.equal(originProblem('http://partner.org'), 'plain http');
    assert.equal(originProblem('https://localhost:8443'), 'a local address');
    assert.equal(originProblem('http://127.0.0.1:*'), 'a local address');
  });
});
