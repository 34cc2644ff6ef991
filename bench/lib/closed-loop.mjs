// A closed-loop HTTP load generator: `connections` workers on keep-alive
// connections, each sending its next request as soon as the last one is
// answered, until the time is up. Latency is measured per request from send to
// the whole body read.
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * `next(i)` returns `{ method, path, headers, body }` for the i-th request;
 * `check(status, bodyText, i, headers)` may classify its response (return a
 * string counted under `outcomes`); `unanswered` lists the i of requests that
 * got no answer (timeout, reset). Returns throughput, latencies and counts by status.
 */
export async function closedLoop({ origin, connections, durationMs, next, check, timeoutMs = DEFAULT_TIMEOUT_MS }) {
  const pool = new Pool(origin, {
    connections,
    pipelining: 1,
    keepAliveTimeout: 30_000,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const latencies = [];
  const statuses = {};
  const errors = {};
  const outcomes = {};
  const unanswered = [];
  let sent = 0;
  const started = performance.now();
  const endAt = started + durationMs;

  async function worker() {
    while (performance.now() < endAt) {
      const i = sent++;
      const request = next(i);
      const t0 = performance.now();
      try {
        const res = await pool.request(request);
        const text = await res.body.text();
        latencies.push(performance.now() - t0);
        statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
        const outcome = check?.(res.statusCode, text, i, res.headers);
        if (outcome) outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      } catch (error) {
        const code = error.code ?? error.name ?? 'error';
        errors[code] = (errors[code] ?? 0) + 1;
        unanswered.push(i);
      }
    }
  }

  await Promise.all(Array.from({ length: connections }, worker));
  const elapsedMs = performance.now() - started;
  await pool.close();
  const completed = latencies.length;
  return {
    elapsedMs,
    sent,
    completed,
    latencies,
    statuses,
    errors,
    outcomes,
    unanswered,
    perSecond: completed / (elapsedMs / 1000),
  };
}
