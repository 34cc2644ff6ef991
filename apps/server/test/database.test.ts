import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open.js';
import { openPglite } from '../src/db/pglite.js';
import { openTestDatabase, pgliteTemplate, testDatabases } from './harness.js';

for (const kind of testDatabases) {
  describe(`database layer (${kind})`, () => {
    let db: Database;
    after(() => db?.close());

    test('values come back alike: bigint as number, date as text, jsonb parsed, rowCount like pg', async () => {
      db = await openTestDatabase(kind);
      const { rows } = await db.query<Record<string, unknown>>(
        `SELECT 42::bigint AS big, '2021-01-29'::date AS day, '{"a":[1]}'::jsonb AS doc, now() AS at, ARRAY['x','y']::text[] AS list`,
      );
      assert.equal(rows[0]?.big, 42);
      assert.equal(rows[0]?.day, '2021-01-29');
      assert.deepEqual(rows[0]?.doc, { a: [1] });
      assert.ok(rows[0]?.at instanceof Date);
      assert.deepEqual(rows[0]?.list, ['x', 'y']);
      assert.equal((await db.query('SELECT generate_series(1, 3)')).rowCount, 3);
      await db.exec('CREATE TABLE t (x int); INSERT INTO t VALUES (1), (2);');
      assert.equal((await db.query('UPDATE t SET x = x + 1')).rowCount, 2);
      assert.equal((await db.query('DELETE FROM t WHERE x = 99')).rowCount, 0);
    });

    test('a named statement gives each run its own values and stays prepared on PostgreSQL', async () => {
      const text = 'SELECT $1::int + 1 AS next, x FROM t WHERE x = $2';
      for (const x of [2, 3]) {
        const { rows } = await db.query<{ next: number; x: number }>(text, [x * 10, x], { name: 'test-named' });
        assert.deepEqual(rows, [{ next: x * 10 + 1, x }]);
      }
      // A transaction holds one connection, so its session shows what was prepared on it.
      const prepared = await db.transaction(async (tx) => {
        await tx.query(text, [5, 2], { name: 'test-named' });
        return (await tx.query<{ name: string }>('SELECT name FROM pg_prepared_statements')).rows.map((r) => r.name);
      });
      // PGlite ignores the name: its one session prepares nothing under it.
      assert.deepEqual(prepared, kind === 'postgres' ? ['test-named'] : []);
    });

    test('a transaction that throws leaves nothing behind', async () => {
      await assert.rejects(
        db.transaction(async (tx) => {
          await tx.query('INSERT INTO t VALUES (100)');
          throw new Error('boom');
        }),
        /boom/,
      );
      assert.equal((await db.query('SELECT 1 FROM t WHERE x = 100')).rowCount, 0);
    });

    test('NOTIFY inside a transaction reaches a listener of the same database on commit only', async () => {
      const got: string[] = [];
      const unlisten = await db.listen('test_channel', (payload) => got.push(payload));
      await db.transaction(async (tx) => {
        await tx.query('SELECT pg_notify($1, $2)', ['test_channel', 'committed']);
      });
      await db
        .transaction(async (tx) => {
          await tx.query('SELECT pg_notify($1, $2)', ['test_channel', 'rolled back']);
          throw new Error('undo');
        })
        .catch(() => {});
      await db.notify('test_channel', 'direct');
      const deadline = Date.now() + 3000;
      while (got.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.deepEqual(got, ['committed', 'direct']);
      await unlisten();
    });

    test('migrations run once: a second migrate applies nothing', async () => {
      assert.deepEqual(await migrate(db), []);
      const { rows } = await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
      assert.ok(rows.some((row) => row.name === '0001_core.sql'));
    });
  });
}

describe('PGlite in a data folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'placard-pglite-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('keeps data and the migration record across restarts', async () => {
    // Starts from the migrated template (a fresh folder's initdb is covered by process.test.ts).
    const first = await openPglite(dataDir, { loadDataDir: await pgliteTemplate() });
    assert.deepEqual(await migrate(first), []);
    await first.query(`INSERT INTO secret_keys (label, key_hash, key_prefix) VALUES ('x', 'hash', 'sk_x')`);
    await first.close();
    const second = await openDatabase({ dataDir });
    try {
      assert.deepEqual(await migrate(second), []);
      assert.equal((await second.query('SELECT 1 FROM secret_keys WHERE key_hash = $1', ['hash'])).rowCount, 1);
      assert.equal((await second.query('SELECT 1 FROM schema_migrations')).rowCount >= 2, true);
    } finally {
      await second.close();
    }
  });
});
