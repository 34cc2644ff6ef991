// Signing throughput: 64 keep-alive clients sign the seed petition with unique
// emails as fast as the server answers, against the server in its own process,
// on PGlite and on PostgreSQL. Afterwards the stored rows and the public count
// are compared, exactly, with the signatures the API acknowledged.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { closedLoop } from './lib/closed-loop.mjs';
import { DEMO_KEY, DEMO_ORIGIN, SEED_SLUG } from './lib/paths.mjs';
import { backendPids, dropDatabase, findPostgres, freshDatabase } from './lib/postgres.mjs';
import { cpuSeconds, startServerProcess } from './lib/server-process.mjs';
import { readPgliteRows, readPostgresRows } from './lib/signature-rows.mjs';
import { percentile } from './lib/stats.mjs';

export const title = 'Signing throughput';
export const description =
  'Closed loop: each of 64 clients (undici, keep-alive, in the benchmark process on the same 2 cores as the server) sends its next ' +
  '`POST /v1/campaigns/ban-chen-quanguo/signatures` (unique email, Idempotency-Key, `pk_test_demo`) when the last is answered. ' +
  'RATE_LIMITS=off, LOG_LEVEL=warn. A short warm-up precedes the timed run; the checks cover both.';

const CONNECTIONS = 64;
// Long enough that every signature gets an answer, so each row can be matched to one.
const TIMEOUT_MS = 120_000;
const DATABASE = 'placard_bench_signing';

/** CPU seconds so far of each PostgreSQL backend serving the database, by pid. */
async function backendCpu(databaseUrl) {
  return new Map((await backendPids(databaseUrl)).map((pid) => [pid, cpuSeconds(pid) ?? 0]));
}

/** CPU used between two readings; a backend that started in between counts from zero. */
function cpuDelta(before, after) {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

async function petitionCount(url) {
  const res = await fetch(`${url}/v1/campaigns/${SEED_SLUG}/petition`, { cache: 'no-store' });
  if (!res.ok) throw new Error(`GET petition answered ${res.status}`);
  return (await res.json()).count;
}

function signer(runTag, acked) {
  const email = (i) => `signer-${runTag}-${i}@bench.example.org`;
  return {
    email,
    next: (i) => ({
      method: 'POST',
      path: `/v1/campaigns/${SEED_SLUG}/signatures`,
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${DEMO_KEY}`,
        origin: DEMO_ORIGIN,
        'idempotency-key': randomUUID(),
      },
      body: JSON.stringify({
        name: `Bench Signer ${i}`,
        email: email(i),
        consent: { privacy: true, updates: false },
        website: '',
      }),
    }),
    check: (status, text, i) => {
      if (status !== 201) return `HTTP ${status}`;
      const outcome = JSON.parse(text).signature.status;
      if (outcome === 'counted') acked.add(email(i));
      return outcome;
    },
  };
}

function describeErrors(load) {
  const parts = [
    ...Object.entries(load.statuses)
      .filter(([status]) => status !== '201')
      .map(([status, n]) => `${n} × HTTP ${status}`),
    ...Object.entries(load.errors).map(([code, n]) => `${n} × ${code}`),
  ];
  return { count: load.sent - (load.statuses[201] ?? 0), text: parts.join(', ') || 'none' };
}

async function signOn(label, { short, log, databaseUrl, readRows }) {
  const server = await startServerProcess({ databaseUrl });
  const acked = new Set();
  const unanswered = new Set();
  const runTag = Date.now().toString(36);
  const { next, check, email } = signer(runTag, acked);
  let load;
  let count0;
  let count1;
  let serverCpu;
  let stored;
  try {
    count0 = await petitionCount(server.url);
    log(`${label}: server up (${server.url}); warming up`);
    // Warm-up signs too, with its own emails; the exactness checks include it.
    const warm = signer(`${runTag}w`, acked);
    const warmLoad = await closedLoop({
      origin: server.url,
      connections: CONNECTIONS,
      durationMs: short ? 500 : 3000,
      timeoutMs: TIMEOUT_MS,
      ...warm,
    });
    for (const i of warmLoad.unanswered) unanswered.add(warm.email(i));
    const durationMs = short ? 3000 : 30_000;
    log(`${label}: signing for ${durationMs / 1000} s with ${CONNECTIONS} clients`);
    const cpuBefore = cpuSeconds(server.pid);
    const backendsBefore = databaseUrl ? await backendCpu(databaseUrl) : null;
    const clientBefore = process.cpuUsage();
    const t0 = performance.now();
    load = await closedLoop({
      origin: server.url,
      connections: CONNECTIONS,
      durationMs,
      timeoutMs: TIMEOUT_MS,
      next,
      check,
    });
    for (const i of load.unanswered) unanswered.add(email(i));
    const wall = (performance.now() - t0) / 1000;
    const cpuAfter = cpuSeconds(server.pid);
    const backendsAfter = databaseUrl ? await backendCpu(databaseUrl) : null;
    const client = process.cpuUsage(clientBefore);
    serverCpu = {
      server: cpuBefore === null ? null : (cpuAfter - cpuBefore) / wall,
      client: (client.user + client.system) / 1e6 / wall,
      database: backendsAfter ? cpuDelta(backendsBefore, backendsAfter) / wall : null,
    };
    count1 = await petitionCount(server.url);
    // The rows are read with the server stopped: PGlite's folder has one owner at a time.
    await server.stop();
    stored = await readRows(server);
  } finally {
    await server.dispose();
  }

  const counted = stored.byStatus.counted ?? 0;
  const lost = [...acked].filter((address) => !stored.emails.has(address)).length;
  const unacknowledged = [...stored.emails].filter((address) => !acked.has(address));
  const fromUnanswered = unacknowledged.filter((address) => unanswered.has(address)).length;
  const errors = describeErrors(load);
  const statusNote = Object.entries(load.outcomes)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  log(`${label}: ${load.completed} answered (${statusNote}); rows ${JSON.stringify(stored.byStatus)}`);
  const onPg = label === 'PostgreSQL';
  const cpuNote =
    serverCpu.server === null
      ? undefined
      : `cores busy: server ${serverCpu.server.toFixed(2)}, load generator ${serverCpu.client.toFixed(2)}` +
        (serverCpu.database === null ? '' : `, PostgreSQL backends ${serverCpu.database.toFixed(2)}`);
  return [
    {
      name: `${label}: signatures/s`,
      value: load.outcomes.counted ? load.outcomes.counted / (load.elapsedMs / 1000) : 0,
      unit: '/s',
      ...(onPg ? { target: { op: '>=', value: 2000 } } : {}),
      note: cpuNote,
    },
    { name: `${label}: latency p50`, value: percentile(load.latencies, 50), unit: 'ms' },
    {
      name: `${label}: latency p99`,
      value: percentile(load.latencies, 99),
      unit: 'ms',
      ...(onPg ? { target: { op: '<=', value: 100 } } : {}),
    },
    { name: `${label}: errors`, value: errors.count, unit: 'requests', note: errors.text },
    {
      name: `${label}: acknowledged as counted (incl. warm-up)`,
      value: acked.size,
      unit: 'signatures',
      note: `timed run: ${statusNote}`,
    },
    {
      name: `${label}: acknowledged but no row (lost)`,
      value: lost,
      unit: 'signatures',
      target: { op: '<=', value: 0 },
      note: `${acked.size} acknowledged, ${counted} counted rows`,
    },
    {
      name: `${label}: counted rows never acknowledged`,
      value: unacknowledged.length,
      unit: 'rows',
      target: { op: '<=', value: 0 },
      note:
        `rows by status: ${JSON.stringify(stored.byStatus)}; ${unanswered.size} requests got no answer` +
        (unacknowledged.length ? `, ${fromUnanswered} of these rows are theirs` : ''),
    },
    {
      name: `${label}: |API count rise − counted rows|`,
      value: Math.abs(count1 - count0 - counted),
      unit: 'signatures',
      target: { op: '<=', value: 0 },
      note: `count ${count0} → ${count1}; count shards add up to ${stored.shardSum}`,
    },
    {
      name: `${label}: |API count rise − acknowledged|`,
      value: Math.abs(count1 - count0 - acked.size),
      unit: 'signatures',
      target: { op: '<=', value: 0 },
    },
  ];
}

export async function run({ short, log, noteDatabase }) {
  const results = await signOn('PGlite', {
    short,
    log,
    readRows: async (server) => {
      const rows = await readPgliteRows(server.dataDir, SEED_SLUG);
      noteDatabase('PGlite', rows.version);
      return rows;
    },
  });

  const cluster = await findPostgres();
  noteDatabase(
    'PostgreSQL',
    `${cluster.version} at ${cluster.url.host} (fsync=${cluster.fsync}, synchronous_commit=${cluster.synchronousCommit}, max_connections=${cluster.maxConnections})`,
  );
  const databaseUrl = await freshDatabase(cluster, DATABASE);
  try {
    results.push(
      ...(await signOn('PostgreSQL', {
        short,
        log,
        databaseUrl,
        readRows: () => readPostgresRows(databaseUrl, SEED_SLUG),
      })),
    );
  } finally {
    await dropDatabase(cluster, DATABASE);
  }
  return results;
}
