import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../../src/db/open.js';
import type { CheckResult } from '../../src/doctor/checklist.js';
import { createPublishableKey } from '../../src/keys/store.js';
import { serverRoot } from '../../src/paths.js';
import { seedDatabase } from '../../src/seed/seed.js';
import { inProcess, spawnNode } from '../cli/run-cli.js';
import { type FakeParliament, startFakeParliament } from '../fakes/parliament.js';
import { type FakeSmtp, startFakeSmtp } from '../fakes/smtp.js';
import { openTestDatabase } from '../harness.js';

/** `placard …` from the sources (no build needed), as its own process with only this environment. */
const placard = (args: string[], env: Record<string, string>) =>
  spawnNode(['--import', 'tsx', join('src', 'cli', 'index.ts'), ...args], { env, cwd: serverRoot, timeoutMs: 60_000 });

describe('placard doctor', () => {
  let dataDir: string;
  let smtp: FakeSmtp;
  let parliament: FakeParliament;
  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'placard-doctor-'));
    [smtp, parliament] = await Promise.all([startFakeSmtp(), startFakeParliament()]);
  });
  after(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await Promise.all([smtp.close(), parliament.close()]);
  });

  it('exits 1 on the defaults and prints valid JSON, without migrating a fresh database', async () => {
    const run = await placard(['doctor', '--json'], { PLACARD_DATA_DIR: dataDir });
    assert.equal(run.code, 1, run.stderr);
    const results = JSON.parse(run.stdout) as CheckResult[];
    assert.ok(Array.isArray(results));
    const byId = Object.fromEntries(results.map((result) => [result.id, result]));
    assert.equal(byId.smtp?.status, 'fail');
    assert.equal(byId['mp-provider']?.status, 'fail');
    assert.match(byId['mp-provider']?.fix ?? '', /MP_PROVIDER=uk-parliament/);
    assert.equal(byId.database?.status, 'fail');
    assert.match(byId.database?.detail ?? '', /has no Placard tables yet/);
    assert.match(byId['live-keys']?.detail ?? '', /Not checked: the database has no Placard tables yet/);
    assert.equal(run.stderr, '', 'no "Applied …" line: doctor does not migrate');
    const db = await openDatabase({ dataDir });
    try {
      const { rows } = await db.query<{ present: boolean }>(
        "SELECT to_regclass('schema_migrations') IS NOT NULL AS present",
      );
      assert.equal(rows[0]?.present, false, 'doctor created the schema');
    } finally {
      await db.close();
    }
  });

  it('prints ✓ / ! / ✗ lines with fixes and a verdict; exits 0 once nothing fails', async () => {
    const db = await openTestDatabase('pglite');
    try {
      await seedDatabase(db);
      const run = await inProcess(['doctor'], db);
      assert.equal(run.code, 1);
      assert.match(run.stdout, /^✗ Outgoing mail \(SMTP\) — SMTP_URL is not set[^\n]*\n {2}fix: Set SMTP_URL=/m);
      assert.match(run.stdout, /^✓ Secret admin keys — 1 active secret key/m);
      assert.match(run.stdout, /^! Database — PGlite/m);
      assert.match(run.stderr, /^Not ready to go live: \d+ failed, \d+ to look at, \d+ ok\.\n$/);

      const help = await inProcess(['--help'], db);
      assert.match(help.stdout, /doctor +The go-live checklist/);

      // Everything set up: warnings only (PGlite, the demo key), so exit 0.
      await createPublishableKey(db, {
        partner: 'Partner',
        origins: ['https://www.partner-site.org.uk'],
        mode: 'live',
      });
      const ready = await inProcess(['doctor', '--postcode', 'M1 1AE'], db, {
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://act.placard-campaign.org.uk',
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Placard campaign <no-reply@placard-campaign.org.uk>',
        MP_PROVIDER: 'uk-parliament',
        POSTCODES_API_URL: parliament.url,
        MEMBERS_API_URL: parliament.url,
        TRUST_PROXY: '1',
      });
      assert.equal(ready.code, 0, ready.stdout);
      assert.match(
        ready.stdout,
        /^✓ MP look-up and MP emails — .*M1 1AE is in Manchester Central, whose MP Lucy Powell/m,
      );
      assert.match(ready.stderr, /^Ready to go live \(0 failed, 2 to look at, 11 ok\)\.\n$/);
    } finally {
      await db.close();
    }
  });
});
