import { WEBHOOK_HEADERS } from '@placard/contract';
import type { Logger } from 'pino';
import type { Database } from '../db/database.js';
import { createQueueWorker, type QueueWorker } from '../db/queue-worker.js';
import { WEBHOOK_CHANNEL } from './events.js';
import { postWebhook, type WebhookAttempt, type WebhookRequest } from './post.js';
import { signatureHeader } from './signing.js';
import { type ClaimedDelivery, claimDueDeliveries, markAttemptFailed, markDelivered } from './store.js';

/** Polls, wakes when a delivery is enqueued (NOTIFY on commit), sends batches. */
export type WebhookWorker = QueueWorker;

/** Waits before each retry: 30 s, 2 min, 10 min, 1 h, 6 h, 12 h, then 24 h; eight attempts in all (about two days). */
export const WEBHOOK_RETRY_DELAYS_MS = [30_000, 120_000, 600_000, 3_600_000, 21_600_000, 43_200_000, 86_400_000];

export interface WebhookWorkerOptions {
  db: Database;
  logger: Logger;
  /** Outside production: receivers on this machine or a private network may be reached. */
  allowPrivateNetworks: boolean;
  intervalMs?: number;
  batchSize?: number;
  /** The wait before retry n is `retryDelaysMs[n - 1]` (the last repeats). */
  retryDelaysMs?: readonly number[];
  /** Attempts before a delivery is `failed`; by default one more than the delays. */
  maxAttempts?: number;
  /** Each attempt gives up after this long (connect, send and answer). */
  timeoutMs?: number;
  /** How long a claimed delivery stays this worker's; longer than `timeoutMs`. */
  leaseMs?: number;
  concurrency?: number;
  /** The attempt itself (tests may watch it); `postWebhook` by default. */
  post?: (request: WebhookRequest) => Promise<WebhookAttempt>;
}

export function webhookRetryDelay(attempts: number, delays: readonly number[]): number {
  return delays[Math.min(Math.max(attempts, 1), delays.length) - 1] ?? 0;
}

/**
 * Drains the webhook outbox like the mail worker drains mail: rows claimed
 * with `FOR UPDATE SKIP LOCKED` and a lease, so any number of instances share
 * it; each delivery is POSTed outside any transaction, signed afresh at each
 * attempt, and marked delivered on a 2xx, else retried with backoff until
 * `maxAttempts`, then `failed` (an admin may redeliver it).
 */
export function createWebhookWorker(options: WebhookWorkerOptions): WebhookWorker {
  const { db } = options;
  const logger = options.logger.child({ component: 'webhook-worker' });
  const intervalMs = options.intervalMs ?? 1000;
  const batchSize = options.batchSize ?? 20;
  const delays = options.retryDelaysMs ?? WEBHOOK_RETRY_DELAYS_MS;
  const maxAttempts = options.maxAttempts ?? delays.length + 1;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const leaseMs = options.leaseMs ?? Math.max(60_000, timeoutMs * 3);
  const concurrency = options.concurrency ?? 4;
  const post = options.post ?? postWebhook;

  async function sendOne(delivery: ClaimedDelivery): Promise<boolean> {
    const body = JSON.stringify(delivery.payload);
    const timestamp = Math.floor(Date.now() / 1000);
    const attempt = await post({
      url: delivery.url,
      body,
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Placard-Webhooks/1',
        [WEBHOOK_HEADERS.signature]: signatureHeader(delivery.secret, timestamp, body),
        [WEBHOOK_HEADERS.eventId]: delivery.eventId,
        [WEBHOOK_HEADERS.deliveryId]: delivery.id,
        [WEBHOOK_HEADERS.eventType]: delivery.type,
      },
      timeoutMs,
      allowPrivateNetworks: options.allowPrivateNetworks,
    }).catch((error: unknown): WebhookAttempt => {
      logger.error({ err: error, deliveryId: delivery.id }, 'webhook attempt crashed');
      return { ok: false, status: null, error: 'internal error' };
    });
    const attempts = delivery.attempts + 1;
    if (attempt.ok) {
      await markDelivered(db, delivery.id, attempt.status);
      logger.info({ deliveryId: delivery.id, kind: delivery.type, attempts }, 'webhook delivered');
      return true;
    }
    const status = await markAttemptFailed(db, delivery.id, {
      status: attempt.status,
      error: attempt.error,
      maxAttempts,
      retryInMs: webhookRetryDelay(attempts, delays),
    });
    // The URL (which may hold a token) and the secret are never logged.
    logger.warn(
      { deliveryId: delivery.id, kind: delivery.type, attempts, status, reason: attempt.error },
      'webhook not delivered',
    );
    return false;
  }

  return createQueueWorker({
    db,
    logger,
    name: 'webhook outbox',
    channel: WEBHOOK_CHANNEL,
    intervalMs,
    batchSize,
    concurrency,
    claim: (limit) => claimDueDeliveries(db, limit, leaseMs),
    handle: sendOne,
  });
}
