// Read path: `GET /v1/campaigns/:slug/petition` as fast as 64 keep-alive
// clients can ask, once plain and once revalidating with If-None-Match (the
// 304s counted apart), on PGlite and, when reachable, PostgreSQL. Also checks
// the answer carries the caching headers a CDN or browser needs.
import { closedLoop } from './lib/closed-loop.mjs';
import { SEED_SLUG } from './lib/paths.mjs';
import { dropDatabase, findPostgres, freshDatabase } from './lib/postgres.mjs';
import { startServerProcess } from './lib/server-process.mjs';
import { percentile } from './lib/stats.mjs';

export const title = 'Read path';
export const description =
  'Closed loop, 64 keep-alive clients (undici) in the benchmark process on the same cores as the server; RATE_LIMITS=off. ' +
  'No target in the issue: recorded for comparison between runs.';

const CONNECTIONS = 64;
const DATABASE = 'placard_bench_reads';
const PATH = `/v1/campaigns/${SEED_SLUG}/petition`;

async function measureOn(label, { short, log, databaseUrl }) {
  const server = await startServerProcess({ databaseUrl });
  const results = [];
  try {
    const first = await fetch(`${server.url}${PATH}`);
    await first.arrayBuffer();
    const etag = first.headers.get('etag');
    const cacheControl = first.headers.get('cache-control');
    const revalidated = etag ? await fetch(`${server.url}${PATH}`, { headers: { 'if-none-match': etag } }) : null;
    await revalidated?.arrayBuffer();
    results.push({
      name: `${label}: ETag and Cache-Control present, If-None-Match → 304`,
      value: etag && cacheControl && revalidated?.status === 304 ? 'yes' : 'no',
      unit: '',
      pass: Boolean(etag && cacheControl && revalidated?.status === 304),
      note: `Cache-Control: ${cacheControl ?? 'missing'}; ETag: ${etag ?? 'missing'}`,
    });
    const durationMs = short ? 2000 : 10_000;
    // A second of warm-up so both runs see the same JIT state.
    await closedLoop({
      origin: server.url,
      connections: CONNECTIONS,
      durationMs: short ? 300 : 1000,
      next: () => ({ method: 'GET', path: PATH }),
    });
    for (const conditional of [false, true]) {
      const kind = conditional ? 'with If-None-Match' : 'plain';
      log(`${label}: ${kind} for ${durationMs / 1000} s`);
      const load = await closedLoop({
        origin: server.url,
        connections: CONNECTIONS,
        durationMs,
        next: () => ({ method: 'GET', path: PATH, headers: conditional && etag ? { 'if-none-match': etag } : {} }),
      });
      const ok = load.statuses[200] ?? 0;
      const notModified = load.statuses[304] ?? 0;
      const other = load.completed - ok - notModified + Object.values(load.errors).reduce((a, b) => a + b, 0);
      const seconds = load.elapsedMs / 1000;
      results.push(
        {
          name: `${label}, ${kind}: requests/s`,
          value: load.completed / seconds,
          unit: '/s',
          note: `${ok} × 200, ${notModified} × 304${other ? `, ${other} other/errors` : ''}`,
        },
        ...(conditional ? [{ name: `${label}, ${kind}: 304s/s`, value: notModified / seconds, unit: '/s' }] : []),
        { name: `${label}, ${kind}: latency p50`, value: percentile(load.latencies, 50), unit: 'ms' },
        { name: `${label}, ${kind}: latency p99`, value: percentile(load.latencies, 99), unit: 'ms' },
      );
    }
  } finally {
    await server.dispose();
  }
  return results;
}

export async function run({ short, log }) {
  const results = await measureOn('PGlite', { short, log });
  const cluster = await findPostgres();
  const databaseUrl = await freshDatabase(cluster, DATABASE);
  try {
    results.push(...(await measureOn('PostgreSQL', { short, log, databaseUrl })));
  } finally {
    await dropDatabase(cluster, DATABASE);
  }
  return results;
}
