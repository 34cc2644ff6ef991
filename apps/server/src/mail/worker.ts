import type { Logger } from 'pino';
import type { Database } from '../db/database.js';
import { createQueueWorker, type QueueWorker } from '../db/queue-worker.js';
import type { MailTransport } from './mail-transport.js';
import { type ClaimedMail, claimDueMail, MAIL_CHANNEL, markMailFailed, markMailSent } from './outbox.js';

/** Polls, wakes when a mail is enqueued (NOTIFY on commit), sends batches; `stop()` closes the transport. */
export type MailWorker = QueueWorker;

export interface MailWorkerOptions {
  db: Database;
  transport: MailTransport;
  logger: Logger;
  intervalMs?: number;
  batchSize?: number;
  maxAttempts?: number;
  /** The first retry waits this long; each further one twice as long, up to `retryCapMs`. */
  retryBaseMs?: number;
  retryCapMs?: number;
  /** How long a claimed mail stays this worker's before another may take it over. */
  leaseMs?: number;
  /** Sends at once within a batch. */
  concurrency?: number;
}

/** Parallel sends per worker; the SMTP transport keeps this many pooled connections. */
export const MAIL_CONCURRENCY = 4;

/** Addresses can appear in SMTP errors ("550 <x@y> unknown"); logs and stored errors never keep them. */
export function redactAddresses(text: string): string {
  return text.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, '[address]');
}

/** Wait before the next try, after `attempts` failed tries. */
export function retryDelayMs(attempts: number, baseMs: number, capMs: number): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, attempts - 1));
}

/**
 * Drains the mail outbox. Rows are claimed with `FOR UPDATE SKIP LOCKED`, so
 * any number of workers (one per server instance) share the queue; each mail
 * is sent outside any transaction and then marked sent, or scheduled for a
 * retry with exponential backoff until `maxAttempts`, then `failed`.
 */
export function createMailWorker(options: MailWorkerOptions): MailWorker {
  const { db, transport } = options;
  const logger = options.logger.child({ component: 'mail-worker' });
  const intervalMs = options.intervalMs ?? 1000;
  const batchSize = options.batchSize ?? 20;
  const maxAttempts = options.maxAttempts ?? 10;
  const retryBaseMs = options.retryBaseMs ?? 30_000;
  const retryCapMs = options.retryCapMs ?? 60 * 60 * 1000;
  const leaseMs = options.leaseMs ?? 5 * 60 * 1000;
  const concurrency = options.concurrency ?? MAIL_CONCURRENCY;

  async function sendOne(mail: ClaimedMail): Promise<boolean> {
    try {
      await transport.send(mail);
    } catch (error) {
      const reason = redactAddresses(error instanceof Error ? error.message : String(error));
      const attempts = mail.attempts + 1;
      const status = await markMailFailed(db, mail.id, reason, {
        maxAttempts,
        retryInMs: retryDelayMs(attempts, retryBaseMs, retryCapMs),
      });
      logger.warn({ mailId: mail.id, kind: mail.kind, attempts, status, reason }, 'mail not delivered');
      return false;
    }
    await markMailSent(db, mail.id);
    logger.info({ mailId: mail.id, kind: mail.kind }, 'mail delivered');
    return true;
  }

  // A few sends at a time: the SMTP transport pools that many connections.
  return createQueueWorker({
    db,
    logger,
    name: 'mail outbox',
    channel: MAIL_CHANNEL,
    intervalMs,
    batchSize,
    concurrency,
    claim: (limit) => claimDueMail(db, limit, leaseMs),
    handle: sendOne,
    closed: () => transport.close(),
  });
}
