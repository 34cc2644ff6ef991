import type { Logger } from 'pino';
import type { Database } from '../db/database.js';
import type { MailTransport } from './mail-transport.js';
import { type ClaimedMail, claimDueMail, MAIL_CHANNEL, markMailFailed, markMailSent } from './outbox.js';

export interface MailWorker {
  /** Polls every `intervalMs` and wakes at once when a mail is enqueued (NOTIFY on commit). */
  start(): void;
  /** Claims and sends one batch of due mail; resolves to how many were delivered. */
  drainOnce(): Promise<number>;
  /** Stops polling and waits for the sends in flight to finish. */
  stop(): Promise<void>;
}

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

  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let unlisten: (() => Promise<void>) | undefined;
  /** A drain started by the timer or a NOTIFY; another wake-up while it runs asks for one more pass. */
  let background: Promise<void> | undefined;
  let wakeAgain = false;
  const inFlight = new Set<Promise<unknown>>();

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

  async function sendBatch(): Promise<{ claimed: number; delivered: number }> {
    const queue = await claimDueMail(db, batchSize, leaseMs);
    const claimed = queue.length;
    let delivered = 0;
    // A few sends at a time: the SMTP transport pools that many connections.
    await Promise.all(
      Array.from({ length: Math.min(concurrency, claimed) }, async () => {
        for (let mail = queue.shift(); mail; mail = queue.shift()) {
          if (await sendOne(mail)) delivered++;
        }
      }),
    );
    return { claimed, delivered };
  }

  function tracked(): Promise<{ claimed: number; delivered: number }> {
    const run = sendBatch();
    inFlight.add(run);
    const forget = () => inFlight.delete(run);
    run.then(forget, forget);
    return run;
  }

  function wake() {
    if (!running) return;
    if (background) {
      wakeAgain = true;
      return;
    }
    background = (async () => {
      do {
        wakeAgain = false;
        try {
          // A full batch means more may be due: keep going while running.
          while (running && (await tracked()).claimed >= batchSize);
        } catch (error) {
          logger.error({ err: error }, 'mail outbox drain failed');
        }
      } while (wakeAgain && running);
      background = undefined;
    })();
  }

  return {
    start() {
      if (running) return;
      running = true;
      timer = setInterval(wake, intervalMs);
      timer.unref();
      db.listen(MAIL_CHANNEL, wake).then(
        (stopListening) => {
          if (running) unlisten = stopListening;
          else void stopListening();
        },
        (error: unknown) => logger.warn({ err: error }, 'mail worker cannot LISTEN; polling only'),
      );
      wake();
    },
    drainOnce: async () => (await tracked()).delivered,
    async stop() {
      running = false;
      if (timer) clearInterval(timer);
      timer = undefined;
      await unlisten?.().catch(() => {});
      unlisten = undefined;
      await background;
      await Promise.allSettled([...inFlight]);
      await transport.close();
    },
  };
}
