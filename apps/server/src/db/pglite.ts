import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction, types } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock.js';
import type { Database, QueryResult, Sql } from './database.js';

// The same value shapes as the pg driver setup in postgres.ts.
const parsers = {
  [types.INT8]: (value: string) => Number(value),
  [types.DATE]: (value: string) => value,
};

function wrap(target: PGlite | Transaction): Sql {
  return {
    async query<Row>(text: string, params?: unknown[]): Promise<QueryResult<Row>> {
      const result = await target.query<Row>(text, params);
      // Like pg: rows returned for a statement with a result (SELECT, RETURNING),
      // else rows affected. PGlite reports affectedRows 0 for a SELECT.
      const rowCount = result.fields.length > 0 ? result.rows.length : (result.affectedRows ?? 0);
      return { rows: result.rows, rowCount };
    },
    async exec(script: string) {
      await target.exec(script);
    },
  };
}

/**
 * PostgreSQL in WASM inside this process: one session, so transactions run
 * one at a time (PGlite queues them). LISTEN/NOTIFY works within the session,
 * which is all one process needs.
 */
export interface PgliteDatabase extends Database {
  /** The whole data folder as a tarball, for `loadDataDir` (tests clone a migrated template). */
  dump(): Promise<Blob>;
}

/**
 * Opens PGlite in `dataDir` (null: in memory). A folder is locked for this
 * process until `close()`, `owner` naming it to anyone refused meanwhile
 * (DataDirInUseError): see data-dir-lock.ts.
 */
export async function openPglite(
  dataDir: string | null,
  o: { loadDataDir?: Blob; owner?: string } = {},
): Promise<PgliteDatabase> {
  let release = () => {};
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    release = lockDataDir(dataDir, o.owner ?? 'Placard server');
  }
  let pg: PGlite;
  try {
    pg = await PGlite.create(dataDir ?? undefined, {
      parsers,
      ...(o.loadDataDir ? { loadDataDir: o.loadDataDir } : {}),
    });
  } catch (error) {
    release();
    throw error;
  }
  const sql = wrap(pg);
  return {
    kind: 'pglite',
    query: sql.query,
    exec: sql.exec,
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    async listen(channel, onPayload) {
      const unlisten = await pg.listen(channel, onPayload);
      return async () => {
        if (!pg.closed) await unlisten();
      };
    },
    async notify(channel, payload) {
      await pg.query('SELECT pg_notify($1, $2)', [channel, payload]);
    },
    async close() {
      if (!pg.closed) await pg.close();
      release();
    },
    async dump() {
      const dump = await pg.dumpDataDir('none');
      return dump;
    },
  };
}
