/** What the webhook tests share: a server with short retries, a local receiver, and admin calls. */
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { StartOptions } from '../../src/server.js';
import { startTestServer, type TestDatabaseKind, type TestServer } from '../harness.js';
import { admin } from '../requests.js';

/**
 * The harness's server with the webhook worker's retries shortened (100, 200, then
 * 400 ms; six attempts) and polling every 50 ms.
 */
export function startWebhookServer(
  database: TestDatabaseKind,
  o: { env?: Record<string, string>; webhooks?: StartOptions['webhooks'] } = {},
): Promise<TestServer> {
  return startTestServer({
    database,
    ...(o.env ? { env: o.env } : {}),
    webhooks: { retryDelaysMs: [100, 200, 400], maxAttempts: 6, timeoutMs: 2000, intervalMs: 50, ...o.webhooks },
  });
}

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  /** The status this receiver answered. */
  status: number;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Starts listening (again) on the same port. */
  up(): Promise<void>;
  /** Stops listening: connections are refused. */
  down(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A local webhook receiver on 127.0.0.1. `answer` picks the status of the
 * nth request (from 1); its body is one the server must never store.
 */
export async function startReceiver(
  answer: (n: number, request: Omit<Received, 'status'>) => number = () => 204,
  o: { listening?: boolean } = {},
): Promise<Receiver> {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
    });
    request.on('end', () => {
      const status = answer(received.length + 1, { headers: request.headers, body });
      received.push({ headers: request.headers, body, status });
      response.statusCode = status;
      if (status >= 300 && status < 400) response.setHeader('Location', 'http://127.0.0.1:1/elsewhere');
      response.end(status === 204 ? undefined : 'RECEIVER-BODY-NOT-TO-BE-STORED');
    });
  });
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      server.closeAllConnections();
    });
  const port = await listen(0);
  if (o.listening === false) await stop();
  return {
    url: `http://127.0.0.1:${port}/hooks/placard`,
    received,
    up: async () => {
      await listen(port);
    },
    down: stop,
    close: stop,
  };
}

export async function createCampaign(server: TestServer, body: Record<string, unknown>): Promise<void> {
  const response = await admin(server.url, server.secretKey, 'POST', '/v1/admin/campaigns', {
    title: 'Webhook test',
    goal: 1000,
    ...body,
  });
  if (response.status !== 201) throw new Error(`creating a campaign answered ${response.status}`);
}

export interface CreatedEndpoint {
  id: string;
  secret: string;
  url: string;
  events: string[];
  includePersonalData: boolean;
}

export async function createEndpoint(
  server: TestServer,
  slug: string,
  body: Record<string, unknown>,
): Promise<CreatedEndpoint> {
  const response = await admin(server.url, server.secretKey, 'POST', `/v1/admin/campaigns/${slug}/webhooks`, body);
  const answer = (await response.json()) as CreatedEndpoint;
  if (response.status !== 201)
    throw new Error(`creating an endpoint answered ${response.status}: ${JSON.stringify(answer)}`);
  return answer;
}

export async function deliveries(server: TestServer, endpointId: string) {
  const { rows } = await server.db.query<{
    id: string;
    event_id: string;
    event_type: string;
    status: string;
    attempts: number;
    last_status: number | null;
    last_error: string | null;
    payload: Record<string, unknown>;
  }>(
    `SELECT id::text, event_id::text, event_type, status, attempts, last_status, last_error, payload
       FROM webhook_deliveries WHERE endpoint_id = $1 ORDER BY created_at, id`,
    [endpointId],
  );
  return rows;
}
