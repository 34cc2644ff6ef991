// Live fan-out: one server process holds 1,000, then 5,000, then 10,000 open
// SSE subscribers (opened by a separate load-generator process); at each level
// ~20 signatures arrive 500 ms apart and we time each one from being sent to
// its count event reaching the last subscriber. Server memory per subscriber is
// its RSS growth over the idle baseline divided by the subscribers open.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openFileLimit } from './lib/machine.mjs';
import { benchDir, DEMO_KEY, DEMO_ORIGIN, SEED_SLUG } from './lib/paths.mjs';
import { cpuSeconds, startServerProcess } from './lib/server-process.mjs';
import { median, percentile } from './lib/stats.mjs';

export const title = 'Live fan-out';
export const description =
  'Server: `node apps/server/dist/main.js` on PGlite, defaults (count events coalesced per 250 ms, 15 s heartbeat). ' +
  'Subscribers: raw `http` GETs of `/v1/campaigns/ban-chen-quanguo/events` from one forked client process. ' +
  'Latency is measured from the signature request being sent (an upper bound on commit → delivery). ' +
  'Memory: server RSS after forced full garbage collections (a preload answering SIGUSR2), over its idle baseline. ' +
  'p99 over ~20 signatures is the slowest of them.';

const COMMAND_TIMEOUT_MS = 180_000;
const SETTLE_MS = 2000;
const RSS_SETTLE_MAX_MS = 30_000;

function startClient() {
  const child = fork(join(benchDir, 'live-fanout-client.mjs'), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: ['--max-old-space-size=2048'],
  });
  let waiting = null;
  child.on('message', (message) => {
    const pending = waiting;
    waiting = null;
    if (!pending) return;
    clearTimeout(pending.timer);
    if (message.ok) pending.resolve(message);
    else pending.reject(new Error(`fan-out client: ${message.error}`));
  });
  child.on('exit', (code) => {
    if (waiting) waiting.reject(new Error(`fan-out client exited with code ${code}`));
  });
  return {
    pid: child.pid,
    send(message) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`fan-out client: no answer to ${message.cmd}`)),
          COMMAND_TIMEOUT_MS,
        );
        waiting = { resolve, reject, timer };
        child.send(message);
      });
    },
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await this.send({ cmd: 'close' }).catch(() => child.kill('SIGKILL'));
      await exited;
    },
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The server's RSS after full garbage collections, once it stops moving (three
 * readings 1 s apart within 1%). Without the collections the start-up garbage
 * (hundreds of MB, freed whenever V8 gets round to it) swamps the subscribers' share.
 */
async function settledRss(server) {
  const deadline = Date.now() + RSS_SETTLE_MAX_MS;
  const readings = [];
  while (Date.now() < deadline) {
    process.kill(server.pid, 'SIGUSR2');
    await sleep(1000);
    readings.push(server.rss());
    const last = readings.slice(-3);
    if (last.length === 3 && Math.max(...last) - Math.min(...last) <= 0.01 * Math.max(...last)) break;
  }
  return readings.at(-1);
}

export async function run({ short, log }) {
  const levels = short ? [200] : [1000, 5000, 10_000];
  const signatures = short ? 4 : 20;
  const spacingMs = short ? 300 : 500;
  const limit = openFileLimit();
  const needed = Math.max(...levels) + 100;
  if (limit !== 'unlimited' && Number(limit) < needed) {
    throw new Error(
      `ulimit -n is ${limit}; ${needed} open files are needed per process (raise it with ulimit -n ${needed * 2})`,
    );
  }
  const results = [
    {
      name: 'open-file limit (ulimit -n) per process',
      value: limit === 'unlimited' ? Infinity : Number(limit),
      unit: '',
    },
  ];
  const server = await startServerProcess({
    nodeArgs: ['--expose-gc', '--import', pathToFileURL(join(benchDir, 'lib', 'gc-on-signal.mjs')).href],
  });
  const client = startClient();
  try {
    // One signature and one read first, so their one-off allocations are not charged to subscribers.
    const signUrl = `${server.url}/v1/campaigns/${SEED_SLUG}/signatures`;
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${DEMO_KEY}`, origin: DEMO_ORIGIN };
    await client.send({ cmd: 'open', url: `${server.url}/v1/campaigns/${SEED_SLUG}/events`, total: 1 });
    await client.send({ cmd: 'sign', signUrl, headers, signatures: 1, spacingMs: 0 });
    const baseline = await settledRss(server);
    if (baseline === null) log('RSS is unavailable here (not Linux): no memory figures');
    else log(`server RSS at rest with 1 subscriber: ${(baseline / 1e6).toFixed(1)} MB`);
    let previous = { open: 1, rss: baseline };

    for (const level of levels) {
      const opened = await client.send({
        cmd: 'open',
        url: `${server.url}/v1/campaigns/${SEED_SLUG}/events`,
        total: level,
      });
      const failures = Object.entries(opened.failures)
        .map(([why, n]) => `${n} × ${why}`)
        .join(', ');
      log(
        `${opened.open} subscribers open (${(opened.ms / 1000).toFixed(1)} s to open${failures ? `; failed: ${failures}` : ''})`,
      );
      await sleep(SETTLE_MS);
      const rss = await settledRss(server);
      const perSubscriber = baseline === null ? null : (rss - baseline) / (opened.open - 1);
      const marginal = baseline === null ? null : (rss - previous.rss) / (opened.open - previous.open);
      const marginalNote =
        previous.open > 1 ? `; ${Math.round(marginal)} B each for the last ${opened.open - previous.open}` : '';
      previous = { open: opened.open, rss };
      const cpuBefore = cpuSeconds(server.pid);
      const signStarted = Date.now();
      const signed = await client.send({ cmd: 'sign', signUrl, headers, signatures, spacingMs });
      const busy =
        cpuBefore === null ? null : (cpuSeconds(server.pid) - cpuBefore) / ((Date.now() - signStarted) / 1000);
      const rows = signed.results;
      const last = rows.map((r) => (r.delivered ? Math.max(...r.fromSent) : Number.POSITIVE_INFINITY));
      const all = rows.flatMap((r) => r.fromSent);
      const missing = rows.reduce((sum, r) => sum + (r.subscribers - r.delivered), 0);
      const badAcks = rows.filter((r) => r.status !== 201 || r.outcome !== 'counted').length;
      const judged = level === 10_000;
      const at = `${level.toLocaleString('en-GB')} subscribers`;
      log(
        `${at}: last delivery p50 ${median(last).toFixed(0)} ms, p99 ${percentile(last, 99).toFixed(0)} ms; ${missing} missing`,
      );
      results.push(
        {
          name: `${at}: open`,
          value: opened.open,
          unit: 'subscribers',
          note: failures ? `failed to open: ${failures}` : undefined,
        },
        {
          name: `${at}: sent → last subscriber, p50`,
          value: median(last),
          unit: 'ms',
        },
        {
          name: `${at}: sent → last subscriber, p99`,
          value: percentile(last, 99),
          unit: 'ms',
          ...(judged ? { target: { op: '<=', value: 1000 } } : {}),
          note:
            `over ${rows.length} signatures; the signature's own 201 took ${median(rows.map((r) => r.ackAfterSent)).toFixed(0)} ms (median)` +
            (busy === null ? '' : `; server busy ${busy.toFixed(2)} cores while signing`),
        },
        {
          name: `${at}: sent → each subscriber, median of all deliveries`,
          value: median(all),
          unit: 'ms',
        },
        {
          name: `${at}: count events not delivered`,
          value: missing,
          unit: 'events',
          target: { op: '<=', value: 0 },
          note: `${signed.dropped} streams ended by the server so far${badAcks ? `; ${badAcks} signatures not answered 201 counted` : ''}`,
        },
        {
          name: `${at}: server memory per subscriber`,
          value: perSubscriber,
          unit: 'B',
          ...(judged ? { target: { op: '<=', value: 10_000 } } : {}),
          note:
            rss === null
              ? 'RSS unavailable (not Linux)'
              : `server RSS ${(baseline / 1e6).toFixed(1)} → ${(rss / 1e6).toFixed(1)} MB${marginalNote}`,
        },
      );
    }
    const clientRss = (await client.send({ cmd: 'rss' })).rss;
    log(`load-generator RSS ${(clientRss / 1e6).toFixed(1)} MB`);
  } finally {
    await client.close();
    await server.dispose();
  }
  return results;
}
