import type { Sql } from '../db/database.js';

// First key of the two-key advisory lock that serialises slot picking per MP.
const MP_SLOT_LOCK = 727_384_101;
const HOUR_MS = 60 * 60 * 1000;

/**
 * Picks the hour a letter to this MP is delivered in: the current hour if it
 * has fewer than `cap` letters to them, else the first later hour that does,
 * so a flood of letters reaches an MP's inbox as a steady drip. Holds a lock
 * per MP until the transaction ends, so concurrent confirmations cannot both
 * take the last place in an hour. `cap` 0 means no cap.
 */
export async function nextDeliverySlot(tx: Sql, mpId: number, cap: number): Promise<{ slot: Date; notBefore: Date }> {
  await tx.query('SELECT pg_advisory_xact_lock($1::int, $2::int)', [MP_SLOT_LOCK, mpId]);
  const { rows } = await tx.query<{ now: Date; hour: Date; slot: Date | null; n: number }>(
    `WITH clock AS (SELECT now() AS now, date_trunc('hour', now()) AS hour)
     SELECT clock.now, clock.hour, taken.slot, taken.n
       FROM clock
       LEFT JOIN (SELECT mp_slot AS slot, count(*)::int AS n
                    FROM mail_outbox
                   WHERE mp_id = $1 AND mp_slot >= (SELECT hour FROM clock)
                   GROUP BY mp_slot) taken ON true
      ORDER BY taken.slot`,
    [mpId],
  );
  const first = rows[0]!;
  let slot = first.hour.getTime();
  if (cap > 0) {
    for (const row of rows) {
      if (!row.slot || row.slot.getTime() < slot) continue;
      if (row.slot.getTime() > slot || row.n < cap) break;
      slot += HOUR_MS;
    }
  }
  return { slot: new Date(slot), notBefore: new Date(Math.max(slot, first.now.getTime())) };
}
