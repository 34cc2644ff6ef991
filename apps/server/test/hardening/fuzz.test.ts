/**
 * Property-based fuzzing of the whole HTTP surface, as an attacker would:
 * 10,000 generated requests per database (FUZZ_REQUESTS to change) over every
 * route of the contract's table, the dev mailbox, CORS preflights and the
 * site's pages, with hostile path parameters, queries, bodies, content types,
 * headers and keys, 8 at a time over keep-alive connections. Whatever
 * is sent, the server answers below 500, and every JSON 4xx is the contract's
 * envelope with a code from its error list and that code's status.
 *
 * Seeded: the seed is printed at the start and in any failure;
 * `FUZZ_SEED=<seed>` replays a run request for request.
 */
import assert from 'node:assert/strict';
import { Agent, type IncomingHttpHeaders, request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ERROR_STATUS, ErrorEnvelopeSchema, routes } from '@placard/contract';
import fc from 'fast-check';
import * as v from 'valibot';
import { startTestServer, type TestServer, testDatabases } from '../harness.js';
import { DEMO_ORIGIN, signatureBody } from '../requests.js';
import { extraRequests, type FuzzRequest, type FuzzTargets, requestsFor } from './fuzz-arbitraries.js';

const SLUG = 'ban-chen-quanguo';
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
/** Requests in flight at once, over as many keep-alive connections. */
const CONCURRENCY = 8;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

/** The body as sent before compression, when the request asked for a coding. */
function decoded(headers: IncomingHttpHeaders, bytes: Buffer): string {
  const coding = headers['content-encoding'];
  if (bytes.length === 0 || !coding) return bytes.toString('utf8');
  if (coding === 'gzip') return gunzipSync(bytes).toString('utf8');
  if (coding === 'br') return brotliDecompressSync(bytes).toString('utf8');
  throw new Error(`an answer in an unexpected coding: ${coding}`);
}

function send(base: URL, agent: Agent, r: FuzzRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = typeof r.body === 'string' ? Buffer.from(r.body) : r.body ? Buffer.from(r.body) : undefined;
    const req = request(
      {
        host: base.hostname,
        port: base.port,
        method: r.method,
        path: r.path,
        agent,
        headers: { ...r.headers, ...(body ? { 'Content-Length': String(body.length) } : {}) },
      },
      (res) => {
        const contentType = String(res.headers['content-type'] ?? '');
        if (contentType.startsWith('text/event-stream')) {
          // A live stream never ends: the head is the answer; hanging up is what a closed tab does.
          res.destroy();
          resolve({ status: res.statusCode ?? 0, contentType, body: '' });
          return;
        }
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, contentType, body: decoded(res.headers, Buffer.concat(chunks)) });
          } catch (error) {
            reject(error);
          }
        });
        res.on('error', reject);
      },
    );
    req.setTimeout(15_000, () => req.destroy(new Error('no answer in 15 s')));
    req.on('error', reject);
    req.end(body);
  });
}

/** What is wrong with an answer, or null when it is one the contract allows. */
function problem(r: FuzzRequest, answer: Answer): string | null {
  if (answer.status >= 500) return `status ${answer.status}: ${answer.body.slice(0, 300)}`;
  if (answer.status < 400 || r.method === 'HEAD') return null;
  if (answer.contentType.startsWith('text/html')) {
    // The confirmation link answers a browser with a page, errors included.
    const page = (r.route === 'confirm' || r.route === 'getConfirmation') && /text\/html/.test(r.headers.Accept ?? '');
    return page ? null : `an HTML ${answer.status} where JSON was due`;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.body);
  } catch {
    return `a ${answer.status} that is not JSON: ${answer.body.slice(0, 200)}`;
  }
  if (!v.is(ErrorEnvelopeSchema, parsed))
    return `a ${answer.status} outside the envelope: ${answer.body.slice(0, 300)}`;
  const { code } = parsed.error;
  if (ERROR_STATUS[code] !== answer.status) return `code ${code} sent with status ${answer.status}`;
  return null;
}

function describeRequest(r: FuzzRequest): string {
  const body = typeof r.body === 'string' ? r.body.slice(0, 400) : r.body ? `<${r.body.length} bytes>` : '';
  return `${r.method} ${r.path.slice(0, 400)} ${JSON.stringify(r.headers)} ${body}`;
}

/** Waits for the dev mailbox to hold a mail to `to` and returns the confirmation token in it. */
async function confirmationToken(server: TestServer, to: string): Promise<string> {
  for (let tries = 0; tries < 100; tries++) {
    const answer = await fetch(`${server.url}/dev/mail.json?to=${encodeURIComponent(to)}`);
    const { mails } = (await answer.json()) as { mails: Array<{ text: string }> };
    const token = /\/v1\/confirm\/([\w-]+)/.exec(mails[0]?.text ?? '')?.[1];
    if (token) return token;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no confirmation mail reached ${to}`);
}

/** Real ids, slugs and a token, so that generated requests also get past the lookups. */
async function findTargets(server: TestServer): Promise<FuzzTargets> {
  const admin = { Authorization: `Bearer ${server.secretKey}`, 'Content-Type': 'application/json' };
  const post = async (path: string, body: unknown, headers: Record<string, string> = admin) => {
    const answer = await fetch(`${server.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    assert.ok(answer.status < 300, `${path}: ${answer.status} ${await answer.clone().text()}`);
    return answer.json() as Promise<Record<string, unknown>>;
  };
  await post('/v1/admin/campaigns', { slug: 'fuzz-admin', title: 'Changed by the fuzz suite', goal: 100 });
  const timelineId = (await post(`/v1/admin/campaigns/${SLUG}/timeline`, {
    date: '2026-01-02',
    kind: 'news',
    title: 'A fuzz target',
  })) as { id: string };
  // Entries for the fuzzed deletes to find (each can be deleted once).
  const deletable: string[] = [];
  for (let n = 0; n < 20; n++) {
    const entry = await post('/v1/admin/campaigns/fuzz-admin/timeline', {
      date: '2026-01-03',
      kind: 'news',
      title: `#${n}`,
    });
    deletable.push(entry.id as string);
  }
  // Endpoints of the admin campaign the deletes may remove.
  const deletableWebhooks: string[] = [];
  for (let n = 0; n < 20; n += 1) {
    const hook = await post('/v1/admin/campaigns/fuzz-admin/webhooks', {
      url: `http://127.0.0.1:9/hook-${n}`,
      events: ['timeline.published'],
    });
    deletableWebhooks.push(hook.id as string);
  }
  // A webhook endpoint (nothing listens at port 9), so the signature below makes a delivery.
  const webhook = await post(`/v1/admin/campaigns/${SLUG}/webhooks`, {
    url: 'http://127.0.0.1:9/hook',
    events: ['signature.counted'],
  });
  const publicWrite = { 'Content-Type': 'application/json', Authorization: 'Bearer pk_test_demo', Origin: DEMO_ORIGIN };
  await post(`/v1/campaigns/${SLUG}/signatures`, signatureBody(), publicWrite);
  const hooked = await fetch(`${server.url}/v1/admin/campaigns/${SLUG}/webhooks/${webhook.id}/deliveries`, {
    headers: admin,
  });
  const webhookDeliveryId = ((await hooked.json()) as { deliveries: Array<{ id: string }> }).deliveries[0]!.id;
  // The seed campaign counts signatures at once; a double opt-in one mails a confirmation link.
  await post('/v1/admin/campaigns', { slug: 'fuzz-opt-in', title: 'Opt-in', goal: 10, signatureMode: 'double_opt_in' });
  const signer = signatureBody();
  await post('/v1/campaigns/fuzz-opt-in/signatures', signer, publicWrite);
  const list = await fetch(`${server.url}/v1/admin/campaigns/${SLUG}/signatures?limit=1`, { headers: admin });
  const signatureId = ((await list.json()) as { signatures: Array<{ id: string }> }).signatures[0]!.id;
  return {
    slug: SLUG,
    adminSlug: 'fuzz-admin',
    timelineId: timelineId.id,
    deletableTimelineIds: deletable,
    signatureId,
    webhookId: webhook.id as string,
    deletableWebhookIds: deletableWebhooks,
    webhookDeliveryId,
    confirmToken: await confirmationToken(server, signer.email),
    secretKey: server.secretKey,
    publicKey: 'pk_test_demo',
    origin: DEMO_ORIGIN,
  };
}

for (const database of testDatabases) {
  describe(`fuzzing every route (${database})`, () => {
    let server: TestServer;
    let agent: Agent;
    before(async () => {
      // Limits on but twenty times higher: the limiter and its 429s are fuzzed too, and most
      // requests still get past it to the code behind.
      server = await startTestServer({ database, env: { RATE_LIMITS: '20' } });
      agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    });
    after(async () => {
      agent?.destroy();
      await server?.close();
    });

    test(`${REQUESTS} hostile requests: nothing answers 5xx, every JSON 4xx is the error envelope`, async (t) => {
      t.diagnostic(`seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
      const targets = await findTargets(server);
      const base = new URL(server.url);
      const routeNames = Object.keys(routes);
      const anyRequest = fc.oneof(...routeNames.map((name) => requestsFor(name, targets)), extraRequests(targets));
      const seen = new Map<string, Map<number, number>>();

      let sent = 0;
      const started = performance.now();

      const outcome = await fc.check(
        fc.asyncProperty(fc.array(anyRequest, { minLength: CONCURRENCY, maxLength: CONCURRENCY }), async (batch) => {
          const answers = await Promise.all(
            batch.map((r) =>
              send(base, agent, r).catch((error: Error) => {
                throw new Error(`no answer read: ${error.message}\n  request: ${describeRequest(r)}`);
              }),
            ),
          );
          answers.forEach((answer, index) => {
            const r = batch[index]!;
            sent++;
            const statuses = seen.get(r.route) ?? new Map<number, number>();
            statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
            seen.set(r.route, statuses);
            const wrong = problem(r, answer);
            if (wrong) throw new Error(`${wrong}\n  request: ${describeRequest(r)}\n  seed: ${SEED}`);
          });
        }),
        { seed: SEED, numRuns: Math.ceil(REQUESTS / CONCURRENCY) },
      );
      if (outcome.failed) {
        // fast-check's own report prints every request of the batch in full (some are 20 KB):
        // the first bad answer of the smallest failing batch, and how to replay, say enough.
        const reason =
          outcome.errorInstance instanceof Error ? outcome.errorInstance.message : String(outcome.errorInstance);
        assert.fail(`${reason}\n  replay: FUZZ_SEED=${SEED} (fast-check path ${outcome.counterexamplePath})`);
      }

      const seconds = (performance.now() - started) / 1000;
      t.diagnostic(`${sent} requests in ${seconds.toFixed(1)} s`);
      for (const [route, statuses] of [...seen].sort()) {
        t.diagnostic(
          `${route}: ${[...statuses]
            .sort(([a], [b]) => a - b)
            .map(([s, n]) => `${s}×${n}`)
            .join(' ')}`,
        );
      }
      // Every route was reached, and (in a run long enough for it to be certain) each also
      // past its validation at least once: a 2xx.
      for (const name of [...routeNames, 'devMailbox', 'preflight', 'pages']) {
        const statuses = seen.get(name);
        assert.ok(statuses, `no request reached ${name}`);
        if (REQUESTS < 5000) continue;
        assert.ok(
          [...statuses.keys()].some((status) => status < 300),
          `no request to ${name} succeeded, so the fuzzing never got past its checks`,
        );
      }
    });
  });
}
