import type { Config } from '../config.js';
import type { Database } from './database.js';

/**
 * PostgreSQL when a URL is given, else PGlite in `dataDir`; `{ memory: true }`
 * is an in-memory PGlite for tests. Drivers load lazily so one never loads the other.
 * `owner` names this process to another refused the same PGlite folder.
 */
export async function openDatabase(
  config: Pick<Config, 'dataDir' | 'databaseUrl'> | { memory: true },
  o: { owner?: string } = {},
): Promise<Database> {
  if ('memory' in config) {
    const { openPglite } = await import('./pglite.js');
    return openPglite(null);
  }
  if (config.databaseUrl) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(config.databaseUrl);
  }
  const { openPglite } = await import('./pglite.js');
  return openPglite(config.dataDir, o.owner ? { owner: o.owner } : {});
}
