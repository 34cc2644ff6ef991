import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsDir } from '../paths.js';
import type { Database } from './database.js';

// Any constant shared by every instance: two servers starting at once take turns.
const MIGRATION_LOCK = 727_384_001;

/**
 * Runs `migrations/*.sql` in name order, each once, each in its own
 * transaction under an advisory lock, and records them. Returns the names
 * applied now (empty when the schema was already current).
 */
export async function migrate(db: Database, folder = migrationsDir): Promise<string[]> {
  const files = readdirSync(folder)
    .filter((name) => /^\d+_[\w-]+\.sql$/.test(name))
    .sort();
  const applied: string[] = [];
  for (const name of files) {
    const ran = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await tx.exec(
        'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [name]);
      if (done.rowCount > 0) return false;
      await tx.exec(readFileSync(join(folder, name), 'utf8'));
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      return true;
    });
    if (ran) applied.push(name);
  }
  return applied;
}
