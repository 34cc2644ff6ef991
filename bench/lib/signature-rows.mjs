// What the database holds for a campaign after a signing run, read directly
// (not through the API): rows by status, the sharded count, and the emails.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

const BY_STATUS = `SELECT s.status, count(*)::int AS n FROM signatures s JOIN campaigns c ON c.id = s.campaign_id
  WHERE c.slug = $1 GROUP BY s.status`;
const SHARD_SUM = `SELECT coalesce(sum(n), 0)::int AS n FROM count_shards k JOIN campaigns c ON c.id = k.campaign_id WHERE c.slug = $1`;
const EMAILS = `SELECT s.email FROM signatures s JOIN campaigns c ON c.id = s.campaign_id WHERE c.slug = $1 AND s.status = 'counted'`;

async function read(query, slug) {
  const byStatus = Object.fromEntries((await query(BY_STATUS, [slug])).map((r) => [r.status, r.n]));
  const shardSum = (await query(SHARD_SUM, [slug]))[0]?.n ?? 0;
  const emails = new Set((await query(EMAILS, [slug])).map((r) => r.email));
  return { byStatus, shardSum, emails };
}

/** Opens a stopped server's PGlite folder (nothing else may have it open). */
export async function readPgliteRows(dataDir, slug) {
  const db = await PGlite.create(dataDir);
  try {
    const version = (await db.query('SELECT version() AS v')).rows[0].v;
    return { ...(await read(async (text, params) => (await db.query(text, params)).rows, slug)), version };
  } finally {
    await db.close();
  }
}

export async function readPostgresRows(databaseUrl, slug) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await read(async (text, params) => (await client.query(text, params)).rows, slug);
  } finally {
    await client.end();
  }
}
