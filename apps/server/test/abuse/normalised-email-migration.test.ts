import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { normaliseEmail } from '../../src/signatures/email.js';
import { openTestDatabase, testDatabases } from '../harness.js';

const MIGRATION = '0004_normalised_email.sql';

// Rows as servers before 0004 wrote them: email as typed, email_normalised trimmed and lower-cased.
const OLD_ROWS: Array<{ campaign: 'a' | 'b'; email: string; status: string }> = [
  { campaign: 'a', email: 'Jane.Doe@gmail.com', status: 'pending_confirmation' },
  { campaign: 'a', email: 'janedoe+news@GoogleMail.com', status: 'counted' },
  { campaign: 'a', email: 'j.a.n.e.doe@gmail.com', status: 'counted' },
  { campaign: 'a', email: 'A.B+x@Example.org', status: 'counted' },
  { campaign: 'a', email: 'a.b+y@example.org', status: 'counted' },
  { campaign: 'a', email: 'ab@example.org', status: 'counted' },
  { campaign: 'a', email: '+only@example.org', status: 'counted' },
  { campaign: 'b', email: 'jane.doe@gmail.com', status: 'counted' },
];

for (const kind of testDatabases) {
  describe(`migration ${MIGRATION} (${kind})`, () => {
    let db: Database;
    before(async () => {
      db = await openTestDatabase(kind, { before: MIGRATION });
      const { rows } = await db.query<{ slug: string; id: string }>(
        `INSERT INTO campaigns (slug, title, goal) VALUES ('a', 'A', 10), ('b', 'B', 10) RETURNING slug, id::text`,
      );
      const ids = Object.fromEntries(rows.map((row) => [row.slug, row.id]));
      for (const [i, row] of OLD_ROWS.entries()) {
        await db.query(
          `INSERT INTO signatures (campaign_id, name, email, email_normalised, consent_privacy, status, created_at)
           VALUES ($1, $2, $3, $4, true, $5, now() - make_interval(mins => $6))`,
          [ids[row.campaign], `Signer ${i}`, row.email, row.email.trim().toLowerCase(), row.status, 100 - i],
        );
      }
      assert.ok((await migrate(db)).includes(MIGRATION));
    });
    after(() => db.close());

    test('recomputes every old key as the server does now, keeping what was typed', async () => {
      const { rows } = await db.query<{ email: string; email_normalised: string | null }>(
        'SELECT email, email_normalised FROM signatures',
      );
      assert.deepEqual(rows.map((row) => row.email).sort(), OLD_ROWS.map((row) => row.email).sort());
      for (const row of rows) {
        if (row.email_normalised !== null) assert.equal(row.email_normalised, normaliseEmail(row.email), row.email);
      }
    });

    test('one old mailbox spelt several ways: all rows stay, one holds the key (counted first, then earliest)', async () => {
      const { rows } = await db.query<{ slug: string; email: string; email_normalised: string | null }>(
        `SELECT c.slug, s.email, s.email_normalised FROM signatures s JOIN campaigns c ON c.id = s.campaign_id
          ORDER BY c.slug, s.created_at`,
      );
      const keyOf = Object.fromEntries(rows.map((row) => [`${row.slug}:${row.email}`, row.email_normalised]));
      assert.deepEqual(keyOf, {
        'a:Jane.Doe@gmail.com': null,
        'a:janedoe+news@GoogleMail.com': 'janedoe@gmail.com',
        'a:j.a.n.e.doe@gmail.com': null,
        'a:A.B+x@Example.org': 'a.b@example.org',
        'a:a.b+y@example.org': null,
        'a:ab@example.org': 'ab@example.org',
        'a:+only@example.org': '+only@example.org',
        'b:jane.doe@gmail.com': 'janedoe@gmail.com',
      });
    });

    test('the key is unique per campaign again, and a new spelling of a signed mailbox conflicts', async () => {
      const { rows } = await db.query<{ id: string }>(`SELECT id::text FROM campaigns WHERE slug = 'a'`);
      const inserted = await db.query(
        `INSERT INTO signatures (campaign_id, name, email, email_normalised, consent_privacy, status)
         VALUES ($1, 'New', 'jane.d.o.e+x@gmail.com', $2, true, 'counted')
         ON CONFLICT (campaign_id, email_normalised) DO NOTHING RETURNING id`,
        [rows[0]?.id, normaliseEmail('jane.d.o.e+x@gmail.com')],
      );
      assert.equal(inserted.rowCount, 0);
      await assert.rejects(
        db.query(
          `INSERT INTO signatures (campaign_id, name, email, email_normalised, consent_privacy, status)
           VALUES ($1, 'New', 'ab@example.org', 'ab@example.org', true, 'counted')`,
          [rows[0]?.id],
        ),
        (error: { code?: string }) => error.code === '23505',
      );
    });
  });
}
