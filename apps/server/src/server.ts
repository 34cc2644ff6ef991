import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { AppDeps } from './app-deps.js';
import { type AreaResolver, createAreaResolver } from './areas/resolver.js';
import { type Config, checkServable } from './config.js';
import type { Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { openDatabase } from './db/open.js';
import { answerUnreadableRequest } from './http/client-error.js';
import { createLiveHub, type LiveHub } from './live/hub.js';
import { createLogger, type Logger } from './logger.js';
import { createMailTransport } from './mail/transport.js';
import { createMailWorker } from './mail/worker.js';
import { runMaintenance, scheduleMaintenance } from './maintenance.js';
import { openEmbedArchive } from './pages/embed-archive.js';
import { createRepresentativeLookup } from './representatives/lookup.js';
import { adminKeyBox, seedDatabase } from './seed/seed.js';
import { createWebhookWorker, type WebhookWorkerOptions } from './webhooks/worker.js';

export type { Config } from './config.js';
export { loadConfig } from './config.js';

export interface RunningServer {
  url: string;
  port: number;
  /** The config in effect (publicUrl filled in with the real port when PORT was 0). */
  config: Config;
  db: Database;
  logger: Logger;
  /** The live hub (its `subscriberCount` is what a bench or a test watches). */
  live: LiveHub;
  /** Finds signatures' constituencies in the background (a test waits for it with `idle()`). */
  areas: AreaResolver;
  /** Graceful: stop accepting, end live streams, let requests finish (10 s at most), flush mail, close the database. */
  close(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  /** An already open database (tests); it is closed with the server. */
  db?: Database;
  /** Receives a first admin key created by seeding; by default it is printed once, boxed, to stdout. */
  onAdminKey?: (key: string) => void;
  /** Webhook worker settings (tests shorten the retry delays and the timeout). */
  webhooks?: Partial<Omit<WebhookWorkerOptions, 'db' | 'logger'>>;
}

const SHUTDOWN_GRACE_MS = 10_000;

function listen(server: Server): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    if (server.listening) {
      resolve(server.address() as AddressInfo);
      return;
    }
    server.once('listening', () => resolve(server.address() as AddressInfo));
    server.once('error', reject);
  });
}

/** Migrates, seeds, and serves the API; resolves once it is listening (port 0 picks a free port). */
export async function startServer(initialConfig: Config, o: StartOptions = {}): Promise<RunningServer> {
  const logger = o.logger ?? createLogger(initialConfig.logLevel);
  const db = o.db ?? (await openDatabase(initialConfig));
  const representatives = createRepresentativeLookup(initialConfig);
  // Signatures' constituencies, looked up after they are written (and caught up on start, then hourly).
  const areas = createAreaResolver({ db, logger, lookup: representatives });
  const stopMaintenance: Array<() => void> = [];
  try {
    // main.ts checks this before opening anything; here it guards other callers (tests, embedders).
    checkServable(initialConfig);
    const applied = await migrate(db);
    if (applied.length) logger.info({ migrations: applied }, 'database migrated');
    const seeded = await seedDatabase(db);
    if (seeded.campaignCreated) logger.info('seed campaign created');
    if (seeded.adminKey) {
      if (o.onAdminKey) o.onAdminKey(seeded.adminKey);
      else process.stdout.write(adminKeyBox(seeded.adminKey, initialConfig.publicUrl));
    }
    const maintenance = { unconfirmedExpiryDays: initialConfig.unconfirmedExpiryDays, areas };
    await runMaintenance(db, logger, maintenance);
    stopMaintenance.push(scheduleMaintenance(db, logger, maintenance));
  } catch (error) {
    for (const stop of stopMaintenance) stop();
    await areas.close();
    await db.close().catch(() => {});
    throw error;
  }

  const live = createLiveHub({
    db,
    logger,
    coalesceMs: initialConfig.countCoalesceMs,
    heartbeatMs: initialConfig.sseHeartbeatMs,
  });
  await live.start();
  const mail = createMailWorker({ db, transport: createMailTransport(initialConfig, db), logger });
  mail.start();
  // Receivers on private networks only outside production (SSRF); see webhooks/address-policy.ts.
  const webhooks = createWebhookWorker({
    db,
    logger,
    allowPrivateNetworks: !initialConfig.production,
    ...o.webhooks,
  });
  webhooks.start();

  // The config object is shared with the app, so the real port can be filled in after listening.
  const config: Config = { ...initialConfig };
  const embeds = await openEmbedArchive(config.embedDir, config.embedArchiveDir);
  if (embeds.error)
    logger.warn({ err: embeds.error }, 'pinned embed versions are unavailable: the archive folder cannot be used');
  if (embeds.stale) {
    logger.warn(
      { version: embeds.current },
      'this embed build differs from the one first served as its version; /embed/<version>/ keeps serving the first (bump @placard/embed to publish)',
    );
  }
  const deps: AppDeps = { config, db, logger, representatives, areas, live, embedArchive: embeds.archive };
  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }) as Server;
  server.on('clientError', answerUnreadableRequest);
  // Sockets with a request in progress. Node's own idle tracking still counts a
  // connection as busy after its client went away mid-stream (an SSE tab
  // closed), which would hold shutdown for seconds.
  const busy = new Map<Socket, number>();
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket;
    busy.set(socket, (busy.get(socket) ?? 0) + 1);
    response.once('close', () => {
      const left = (busy.get(socket) ?? 1) - 1;
      if (left > 0) busy.set(socket, left);
      else busy.delete(socket);
    });
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  const closeIdle = () => {
    for (const socket of sockets) if (!busy.has(socket)) socket.destroy();
  };

  let address: AddressInfo;
  try {
    address = await listen(server);
  } catch (error) {
    await live.close();
    await mail.stop();
    await webhooks.stop();
    for (const stop of stopMaintenance) stop();
    await areas.close();
    await db.close();
    throw error;
  }
  const host = ['0.0.0.0', '::', ''].includes(config.host) ? 'localhost' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  if (/:0$/.test(config.publicUrl)) config.publicUrl = url;

  let closing: Promise<void> | null = null;
  async function shutdown() {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Keep-alive connections with no request in flight go now; busy ones when their answer is sent.
    closeIdle();
    await live.close();
    const poll = setInterval(closeIdle, 50);
    const deadline = new Promise<'timeout'>((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS, 'timeout').unref());
    if ((await Promise.race([closed, deadline])) === 'timeout') {
      logger.warn('requests still running after the grace period; closing their connections');
      server.closeAllConnections();
      await closed;
    }
    clearInterval(poll);
    await mail.stop();
    await webhooks.stop();
    for (const stop of stopMaintenance) stop();
    await areas.close();
    await db.close();
    logger.info('server stopped');
  }

  return {
    url,
    port: address.port,
    config,
    db,
    logger,
    live,
    areas,
    close() {
      closing ??= shutdown();
      return closing;
    },
  };
}
