// The PostgreSQL cluster the benchmarks use: TEST_DATABASE_URL's, else the one
// .ci/postgres.sh starts on port 55432. Each benchmark gets a
// fresh database of its own in that cluster; the cluster itself is left alone.
import pg from 'pg';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:55432/postgres';
const CONNECT_TIMEOUT_MS = 3000;

function clusterUrl() {
  const given = process.env.TEST_DATABASE_URL || DEFAULT_URL;
  const url = new URL(given);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    throw new Error(`benchmarks only use a loopback database, not ${url.hostname}`);
  }
  return url;
}

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The reachable cluster and its settings, or `{ reason }` saying why none is.
 * fsync and synchronous_commit are reported because they change write figures a lot.
 */
export async function findPostgres() {
  let url;
  try {
    url = clusterUrl();
    url.pathname = '/postgres';
    return await withClient(url, async (client) => {
      const setting = async (name) => (await client.query(`SELECT current_setting('${name}') AS v`)).rows[0].v;
      return {
        url,
        version: await setting('server_version'),
        fsync: await setting('fsync'),
        synchronousCommit: await setting('synchronous_commit'),
        maxConnections: Number(await setting('max_connections')),
      };
    });
  } catch (error) {
    return { reason: `no PostgreSQL reachable at ${url ? url.host : 'the configured URL'} (${error.message})` };
  }
}

/** Drops and recreates `name` in the cluster; returns its URL. */
export async function freshDatabase(cluster, name) {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a safe database name: ${name}`);
  await withClient(cluster.url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  });
  const url = new URL(cluster.url);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(cluster, name) {
  await withClient(cluster.url, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** Runs one query against a database URL with a short-lived client. */
export async function queryOnce(databaseUrl, text, params = []) {
  return withClient(new URL(databaseUrl), (client) => client.query(text, params));
}

/** Process ids of the backends connected to a database (the cluster runs on this machine). */
export async function backendPids(databaseUrl) {
  const name = new URL(databaseUrl).pathname.slice(1);
  const { rows } = await queryOnce(
    databaseUrl,
    'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [name],
  );
  return rows.map((r) => r.pid);
}
