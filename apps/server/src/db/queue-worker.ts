import type { Logger } from 'pino';
import type { Database } from './database.js';

/** A worker draining one of the database's queues (the mail outbox, webhook deliveries). */
export interface QueueWorker {
  /** Polls every `intervalMs` and wakes at once on a NOTIFY on the queue's channel. */
  start(): void;
  /** Claims and handles one batch; resolves to how many were delivered. */
  drainOnce(): Promise<number>;
  /** Stops polling and waits for the batch in flight to finish. */
  stop(): Promise<void>;
}

export interface QueueWorkerOptions<Item> {
  db: Database;
  logger: Logger;
  /** What the queue is, for logs: "mail outbox". */
  name: string;
  /** The NOTIFY channel writers wake workers on after commit. */
  channel: string;
  intervalMs: number;
  batchSize: number;
  /** Items handled at once within a batch. */
  concurrency: number;
  /** Claims up to `limit` due items (`FOR UPDATE SKIP LOCKED` with a lease, so instances share the queue). */
  claim(limit: number): Promise<Item[]>;
  /** Delivers one item and records the outcome; true when it was delivered. */
  handle(item: Item): Promise<boolean>;
  /** Runs last in `stop()` (closing a transport). */
  closed?(): Promise<void>;
}

/**
 * The loop every outbox shares: poll, wake on NOTIFY, claim a batch, handle a few
 * at a time, keep going while batches come back full, and on stop wait for what
 * is in flight. What claiming and delivering mean is the caller's.
 */
export function createQueueWorker<Item>(o: QueueWorkerOptions<Item>): QueueWorker {
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let unlisten: (() => Promise<void>) | undefined;
  /** A drain started by the timer or a NOTIFY; another wake-up while it runs asks for one more pass. */
  let background: Promise<void> | undefined;
  let wakeAgain = false;
  const inFlight = new Set<Promise<unknown>>();

  async function drainBatch(): Promise<{ claimed: number; delivered: number }> {
    const queue = await o.claim(o.batchSize);
    const claimed = queue.length;
    let delivered = 0;
    await Promise.all(
      Array.from({ length: Math.min(o.concurrency, claimed) }, async () => {
        for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
          if (await o.handle(item)) delivered++;
        }
      }),
    );
    return { claimed, delivered };
  }

  function tracked(): Promise<{ claimed: number; delivered: number }> {
    const run = drainBatch();
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
          while (running && (await tracked()).claimed >= o.batchSize);
        } catch (error) {
          o.logger.error({ err: error }, `${o.name} drain failed`);
        }
      } while (wakeAgain && running);
      background = undefined;
    })();
  }

  return {
    start() {
      if (running) return;
      running = true;
      timer = setInterval(wake, o.intervalMs);
      timer.unref();
      o.db.listen(o.channel, wake).then(
        (stopListening) => {
          if (running) unlisten = stopListening;
          else void stopListening();
        },
        (error: unknown) => o.logger.warn({ err: error }, `${o.name} worker cannot LISTEN; polling only`),
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
      await o.closed?.();
    },
  };
}
