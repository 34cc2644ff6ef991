import type { AreaResolver } from './areas/resolver.js';
import { deleteExpiredSessions } from './console/staff-session.js';
import type { Database } from './db/database.js';
import { deleteFullRateLimits } from './http/rate-limit.js';
import type { Logger } from './logger.js';
import { deleteOldDevMail } from './mail/dev-mailbox.js';
import { deleteSentMail } from './mail/outbox.js';
import { deleteUnconfirmedMessages } from './messages/store.js';
import { applyRetention } from './privacy/retention.js';
import { sweepExpiredSignatures } from './signatures/sign.js';
import type { Clock } from './time.js';
import { deleteOldDeliveries } from './webhooks/store.js';

const HOUR = 3_600_000;

export interface MaintenanceOptions {
  /** UNCONFIRMED_EXPIRY_DAYS: how long a signature or letter waits for its confirmation. */
  unconfirmedExpiryDays: number;
  /** The clock the sweeps judge expiry and retention by; tests move it forward. */
  now?: Clock;
  /** Signatures still without a constituency get a catch-up pass, not waited for (it may call a lookup service). */
  areas?: AreaResolver;
}

/**
 * Housekeeping, on start and hourly: unconfirmed signatures and letters past
 * their confirmation window, supporters' personal data in campaigns closed for
 * longer than their retention period (anonymised), delivered mail and the dev
 * mailbox's copies after a week (they hold supporters' names and addresses), idempotency answers older than a
 * day, live events older than a week (a client away that long reloads instead
 * of replaying), shared rate-limit buckets that have refilled, console sessions past their expiry,
 * webhook deliveries (delivered after a week, failed after 30 days).
 */
export async function runMaintenance(db: Database, logger: Logger, o: MaintenanceOptions): Promise<void> {
  const now = o.now?.() ?? new Date();
  const expired = await sweepExpiredSignatures(db, now);
  const unconfirmedLetters = await deleteUnconfirmedMessages(db, o.unconfirmedExpiryDays * 24, now);
  const retention = await applyRetention(db, now);
  const sentMail = await deleteSentMail(db, 7, now);
  const devMail = await deleteOldDevMail(db, 7, now);
  const idempotency = await db.query(
    `DELETE FROM idempotency_keys WHERE created_at < $1::timestamptz - interval '1 day'`,
    [now],
  );
  const events = await db.query(`DELETE FROM live_events WHERE created_at < $1::timestamptz - interval '7 days'`, [
    now,
  ]);
  const tokens = await db.query(`DELETE FROM confirm_tokens WHERE expires_at < $1::timestamptz - interval '30 days'`, [
    now,
  ]);
  const rateLimits = await deleteFullRateLimits(db);
  o.areas?.catchUpSoon();
  const staffSessions = await deleteExpiredSessions(db, now);
  // Webhook deliveries: delivered ones after a week, failed ones after 30 days (they may hold personal data).
  const webhookDeliveries = await deleteOldDeliveries(db, { deliveredDays: 7, failedDays: 30 }, now);
  logger.info(
    {
      expiredSignatures: expired,
      unconfirmedLetters,
      // Counts only: which supporters were anonymised is exactly what must not be logged.
      retention,
      sentMail,
      devMail,
      idempotencyKeys: idempotency.rowCount,
      liveEvents: events.rowCount,
      confirmTokens: tokens.rowCount,
      rateLimits,
      staffSessions,
      webhookDeliveries,
    },
    'maintenance',
  );
}

export function scheduleMaintenance(db: Database, logger: Logger, o: MaintenanceOptions): () => void {
  const run = () =>
    runMaintenance(db, logger, o).catch((error: unknown) => logger.error({ err: error }, 'maintenance failed'));
  const timer = setInterval(run, HOUR);
  timer.unref();
  return () => clearInterval(timer);
}
