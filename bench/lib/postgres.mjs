// The PostgreSQL cluster the benchmarks use: TEST_DATABASE_URL's when set, else
// a throw-away server started from npm (scripts/postgres.mjs) for this run and
// stopped when it ends. Each benchmark gets a fresh database of its own in it.
import pg from 'pg';
import { startPostgres } from '../../scripts/postgres.mjs';

const CONNECT_TIMEOUT_MS = 3000;

/** The server this process started, if any: one per bench run, shared by every benchmark. */
let ownServer = null;

async function clusterUrl() {
  let given = process.env.TEST_DATABASE_URL;
  if (!given) {
    ownServer ??= startPostgres({ database: 'placard_bench' });
    given = (await ownServer).url;
  }
  const url = new URL(given);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    throw new Error(`benchmarks only use a loopback database, not ${url.hostname}`);
  }
  return url;
}

/** Stops the server this run started (no-op when TEST_DATABASE_URL named one). */
export async function stopOwnPostgres() {
  if (!ownServer) return;
  const server = await ownServer.catch(() => null);
  ownServer = null;
  await server?.stop();
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
 * The cluster and its settings; throws when none can be had, so a PostgreSQL
 * figure is measured or the benchmark is reported broken, never skipped.
 * fsync and synchronous_commit are reported because they change write figures a lot.
 */
export async function findPostgres() {
  const url = await clusterUrl();
  url.pathname = '/postgres';
  return withClient(url, async (client) => {
    const setting = async (name) => (await client.query(`SELECT current_setting('${name}') AS v`)).rows[0].v;
    return {
      url,
      version: await setting('server_version'),
      fsync: await setting('fsync'),
      synchronousCommit: await setting('synchronous_commit'),
      maxConnections: Number(await setting('max_connections')),
    };
  });
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
