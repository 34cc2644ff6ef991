import { CONFIRM_TTL_HOURS } from './confirm/tokens.js';
import type { Database } from './db/database.js';
import { deleteFullRateLimits } from './http/rate-limit.js';
import type { Logger } from './logger.js';
import { deleteSentMail } from './mail/outbox.js';
import { deleteUnconfirmedMessages } from './messages/store.js';
import { sweepExpiredSignatures } from './signatures/sign.js';

const HOUR = 3_600_000;

/**
 * Housekeeping, on start and hourly: unconfirmed signatures and letters past
 * their confirmation window, delivered mail after a week (it holds supporters'
 * names and addresses), idempotency answers older than a day, live events
 * older than a week (a client away that long reloads instead of replaying),
 * shared rate-limit buckets that have refilled.
 */
export async function runMaintenance(db: Database, logger: Logger): Promise<void> {
  const expired = await sweepExpiredSignatures(db);
  const unconfirmedLetters = await deleteUnconfirmedMessages(db, CONFIRM_TTL_HOURS);
  const sentMail = await deleteSentMail(db, 7);
  const idempotency = await db.query(`DELETE FROM idempotency_keys WHERE created_at < now() - interval '1 day'`);
  const events = await db.query(`DELETE FROM live_events WHERE created_at < now() - interval '7 days'`);
  const tokens = await db.query(`DELETE FROM confirm_tokens WHERE expires_at < now() - interval '30 days'`);
  const rateLimits = await deleteFullRateLimits(db);
  logger.info(
    {
      expiredSignatures: expired,
      unconfirmedLetters,
      sentMail,
      idempotencyKeys: idempotency.rowCount,
      liveEvents: events.rowCount,
      confirmTokens: tokens.rowCount,
      rateLimits,
    },
    'maintenance',
  );
}

export function scheduleMaintenance(db: Database, logger: Logger): () => void {
  const run = () =>
    runMaintenance(db, logger).catch((error: unknown) => logger.error({ err: error }, 'maintenance failed'));
  const timer = setInterval(run, HOUR);
  timer.unref();
  return () => clearInterval(timer);
}
