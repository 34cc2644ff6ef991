// The load generator for live-fanout.mjs, in its own process (forked, driven
// over IPC) so its sockets and parsing do not share the benchmark's event loop.
// Subscribers are raw `http` requests on a keep-alive agent, not EventSource,
// to keep each one small: a socket, a string buffer and the last count seen.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

const OPEN_AT_ONCE = 100;
const OPEN_TIMEOUT_MS = 30_000;
const DELIVERY_TIMEOUT_MS = 15_000;

const agent = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
const subscribers = new Set();
/**
 * While signing: for each count above `watchFrom`, when each subscriber first
 * saw it (a coalesced event that jumps several counts delivers each of them).
 */
let watchFrom = Number.POSITIVE_INFINITY;
const arrivals = new Map();
let dropped = 0;

function onCount(subscriber, count) {
  const now = performance.now();
  if (count <= subscriber.seen) return;
  for (let c = Math.max(subscriber.seen, watchFrom) + 1; c <= count; c++) {
    let times = arrivals.get(c);
    if (!times) {
      times = [];
      arrivals.set(c, times);
    }
    times.push(now);
  }
  const first = subscriber.seen === -1;
  subscriber.seen = count;
  if (first) subscriber.onFirst();
}

function onData(subscriber, chunk) {
  subscriber.buffer += chunk;
  let end = subscriber.buffer.indexOf('\n\n');
  while (end !== -1) {
    const message = subscriber.buffer.slice(0, end);
    subscriber.buffer = subscriber.buffer.slice(end + 2);
    if (message.includes('event: count')) {
      const count = /"count":(\d+)/.exec(message)?.[1];
      if (count) onCount(subscriber, Number(count));
    }
    end = subscriber.buffer.indexOf('\n\n');
  }
}

function openOne(url) {
  return new Promise((resolve) => {
    const subscriber = { seen: -1, buffer: '', req: null, onFirst: () => {} };
    const timer = setTimeout(() => fail('timeout'), OPEN_TIMEOUT_MS);
    function fail(reason) {
      clearTimeout(timer);
      subscribers.delete(subscriber);
      subscriber.req?.destroy();
      resolve(reason);
    }
    subscriber.onFirst = () => {
      clearTimeout(timer);
      resolve('open');
    };
    subscriber.req = request(url, { agent, headers: { accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        fail(`HTTP ${res.statusCode}`);
        return;
      }
      subscribers.add(subscriber);
      res.setEncoding('utf8');
      res.on('data', (chunk) => onData(subscriber, chunk));
      res.on('close', () => {
        // Counted only for streams that were open and then ended by the server.
        if (subscriber.seen !== -1 && subscribers.delete(subscriber)) dropped++;
      });
    });
    subscriber.req.on('error', (error) => fail(error.code ?? 'error'));
    subscriber.req.end();
  });
}

async function open({ url, total }) {
  const started = performance.now();
  const failures = {};
  let toOpen = total - subscribers.size;
  async function lane() {
    while (toOpen > 0) {
      toOpen--;
      const outcome = await openOne(url);
      if (outcome !== 'open') failures[outcome] = (failures[outcome] ?? 0) + 1;
    }
  }
  await Promise.all(Array.from({ length: OPEN_AT_ONCE }, lane));
  return { open: subscribers.size, failures, ms: performance.now() - started };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends `signatures` signatures `spacingMs` apart, then waits until every open
 * subscriber has seen each one's count (the count its 201 returned), or gives up.
 */
async function sign({ signUrl, headers, signatures, spacingMs }) {
  watchFrom = Math.max(...[...subscribers].map((s) => s.seen));
  arrivals.clear();
  const sent = [];
  for (let i = 0; i < signatures; i++) {
    const signature = { sentAt: performance.now(), ackAt: null, status: null, outcome: null, count: null };
    sent.push(signature);
    signature.done = fetch(signUrl, {
      method: 'POST',
      headers: { ...headers, 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({
        name: 'Fan-out Signer',
        email: `fanout-${Date.now().toString(36)}-${i}@bench.example.org`,
        consent: { privacy: true, updates: false },
        website: '',
      }),
    }).then(async (res) => {
      const body = await res.json();
      signature.ackAt = performance.now();
      signature.status = res.status;
      signature.outcome = body.signature?.status ?? null;
      signature.count = body.petition?.count ?? null;
    });
    await sleep(spacingMs);
  }
  await Promise.all(sent.map((s) => s.done));
  const deadline = performance.now() + DELIVERY_TIMEOUT_MS;
  const arrived = (s) => arrivals.get(s.count)?.length ?? 0;
  while (performance.now() < deadline && sent.some((s) => s.count !== null && arrived(s) < subscribers.size)) {
    await sleep(50);
  }
  const results = sent.map((s) => ({
    status: s.status,
    outcome: s.outcome,
    count: s.count,
    subscribers: subscribers.size,
    delivered: arrived(s),
    // Milliseconds from the signature being sent to each subscriber seeing its count.
    fromSent: (arrivals.get(s.count) ?? []).map((at) => at - s.sentAt),
    ackAfterSent: s.ackAt - s.sentAt,
  }));
  watchFrom = Number.POSITIVE_INFINITY;
  arrivals.clear();
  return results;
}

process.on('message', async (message) => {
  try {
    if (message.cmd === 'open') process.send({ ok: true, ...(await open(message)), dropped });
    else if (message.cmd === 'sign') process.send({ ok: true, results: await sign(message), dropped });
    else if (message.cmd === 'rss') process.send({ ok: true, rss: process.memoryUsage().rss });
    else if (message.cmd === 'close') {
      for (const subscriber of subscribers) subscriber.req.destroy();
      agent.destroy();
      process.send({ ok: true }, () => process.exit(0));
    }
  } catch (error) {
    process.send({ ok: false, error: error.stack ?? String(error) });
  }
});
