import { ApiError, type Constituency } from '@placard/contract';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import type { RepresentativeLookup } from '../representatives/lookup.js';

/**
 * Fills each signature's constituency from its UK postcode, after the row is
 * written and never on the signing request's path: a lookup that is slow, down
 * or does not know the postcode changes nothing for the supporter. Signatures
 * queued by `signed` are looked up one postcode at a time through the server's
 * representatives lookup (which caches); rows a restart, a full queue or a
 * failed lookup left behind are found by `catchUpSoon`, on start and hourly.
 *
 * Logs carry counts and error codes only: never a postcode (nor a lookup's
 * error message, which may quote it).
 */
export interface AreaResolver {
  /** A signature was written with this UK postcode (canonical, `SW1A 1AA`): find its constituency soon. Never throws. */
  signed(signatureId: string, postcode: string): void;
  /** Starts a pass over rows still without a constituency, unless one is due already. Never throws. */
  catchUpSoon(): void;
  /** Resolves once nothing is queued or running. */
  idle(): Promise<void>;
  /** Takes no more work and waits for what is running (before the database closes). */
  close(): Promise<void>;
}

export interface AreaResolverOptions {
  db: Database;
  logger: Logger;
  lookup: RepresentativeLookup;
  /** Signatures waiting for a lookup at most; beyond, the catch-up pass takes them. Default 1000. */
  maxQueued?: number;
  /** Rows one catch-up pass looks at, at most. Default 2000. */
  catchUpLimit?: number;
  /** How long a postcode no lookup knew is left before it is asked about again. Default 7 days. */
  recheckAfterMs?: number;
  now?: () => Date;
}

/** What one pass did, for the maintenance log. */
export interface AreaPass {
  resolved: number;
  unknown: number;
  failed: number;
}

const BATCH = 200;
const DAY_MS = 86_400_000;

/** A postcode the lookup knows nothing of, or cannot read as one: not worth asking again soon. */
const NOT_AN_AREA = new Set(['postcode_not_found', 'validation_failed']);

export function createAreaResolver(o: AreaResolverOptions): AreaResolver {
  const { db, logger, lookup } = o;
  const maxQueued = o.maxQueued ?? 1000;
  const catchUpLimit = o.catchUpLimit ?? 2000;
  const recheckAfterMs = o.recheckAfterMs ?? 7 * DAY_MS;
  const now = o.now ?? (() => new Date());
  /** Signature ids by postcode: one lookup for several signatures of one postcode. */
  const queue = new Map<string, Set<string>>();
  let queued = 0;
  let catchUpDue = false;
  let running: Promise<void> | null = null;
  let closed = false;
  // A lookup service that is down fails every lookup: say so once a minute, not once a signature.
  let lastWarning = -Infinity;
  let unreported = 0;

  function warn(reason: string, message: string): void {
    unreported += 1;
    const at = now().getTime();
    if (at - lastWarning < 60_000) return;
    logger.warn({ component: 'areas', reason, attempts: unreported }, message);
    lastWarning = at;
    unreported = 0;
  }

  /** The postcode's constituency; null when no lookup knows it; undefined when the lookup failed (try later). */
  async function areaOf(postcode: string): Promise<Constituency | null | undefined> {
    try {
      return (await lookup.lookup(postcode)).constituency;
    } catch (error) {
      const code = error instanceof ApiError ? error.code : 'internal_error';
      if (NOT_AN_AREA.has(code)) return null;
      warn(code, 'constituency lookups failing; a later pass will retry');
      return undefined;
    }
  }

  /**
   * Writes the postcode's constituency to these rows. `postcode = $2` keeps a row
   * erased or anonymised meanwhile (its postcode is gone) from getting an area back.
   */
  async function resolve(postcode: string, ids: string[], pass: AreaPass): Promise<boolean> {
    const area = await areaOf(postcode);
    if (area === undefined) {
      pass.failed += ids.length;
      return false;
    }
    try {
      if (area) {
        const { rowCount } = await db.query(
          `UPDATE signatures SET constituency_code = $3, constituency_name = $4, area_checked_at = $5::timestamptz
            WHERE id = ANY($1::uuid[]) AND postcode = $2 AND constituency_code IS NULL`,
          [ids, postcode, area.code, area.name, now()],
        );
        pass.resolved += rowCount;
      } else {
        const { rowCount } = await db.query(
          `UPDATE signatures SET area_checked_at = $3::timestamptz
            WHERE id = ANY($1::uuid[]) AND postcode = $2 AND constituency_code IS NULL`,
          [ids, postcode, now()],
        );
        pass.unknown += rowCount;
      }
    } catch (error) {
      // The SQLSTATE only: a database error's text may quote the values it was given.
      const code = (error as { code?: unknown }).code;
      warn(`database ${String(code ?? 'error')}`, 'could not store constituencies');
      pass.failed += ids.length;
      return false;
    }
    return true;
  }

  /**
   * Rows with a UK postcode and no constituency, not recently found unknown: up to
   * `catchUpLimit`, oldest first. Stops at the first failure (the lookup service is
   * likely down): those rows stay for the next pass.
   */
  async function catchUp(): Promise<AreaPass> {
    const pass: AreaPass = { resolved: 0, unknown: 0, failed: 0 };
    let after: { createdAt: Date; id: string } = { createdAt: new Date(0), id: '00000000-0000-0000-0000-000000000000' };
    let seen = 0;
    while (!closed && seen < catchUpLimit) {
      const { rows } = await db.query<{ id: string; postcode: string; createdAt: Date }>(
        `SELECT id::text, postcode, created_at AS "createdAt" FROM signatures
          WHERE postcode IS NOT NULL AND constituency_code IS NULL
            AND (country IS NULL OR country = 'GB')
            AND (area_checked_at IS NULL OR area_checked_at < $1::timestamptz)
            AND (created_at, id) > ($2::timestamptz, $3::uuid)
          ORDER BY created_at, id LIMIT $4`,
        [new Date(now().getTime() - recheckAfterMs), after.createdAt, after.id, BATCH],
      );
      const last = rows.at(-1);
      if (!last) break;
      seen += rows.length;
      after = last;
      const byPostcode = new Map<string, string[]>();
      for (const row of rows) byPostcode.set(row.postcode, [...(byPostcode.get(row.postcode) ?? []), row.id]);
      for (const [postcode, ids] of byPostcode) {
        if (closed || !(await resolve(postcode, ids, pass))) return pass;
      }
      if (rows.length < BATCH) break;
    }
    return pass;
  }

  async function drain(): Promise<void> {
    while (!closed) {
      const next = queue.entries().next();
      if (!next.done) {
        const [postcode, ids] = next.value;
        queue.delete(postcode);
        queued -= ids.size;
        await resolve(postcode, [...ids], { resolved: 0, unknown: 0, failed: 0 });
        continue;
      }
      if (!catchUpDue) return;
      catchUpDue = false;
      const pass = await catchUp();
      if (pass.resolved + pass.unknown + pass.failed > 0)
        logger.info({ component: 'areas', areas: pass }, 'areas caught up');
    }
  }

  function kick(): void {
    if (running || closed) return;
    running = drain()
      .catch((error: unknown) => {
        const code = (error as { code?: unknown }).code;
        logger.warn({ component: 'areas', reason: `database ${String(code ?? 'error')}` }, 'area pass failed');
      })
      .finally(() => {
        running = null;
        // Work that arrived as the last step finished.
        if (!closed && (queue.size > 0 || catchUpDue)) kick();
      });
  }

  return {
    signed(signatureId, postcode) {
      if (closed) return;
      // Full: the row keeps no constituency for now, and the next catch-up pass finds it.
      if (queued >= maxQueued) return;
      const ids = queue.get(postcode) ?? new Set<string>();
      if (!ids.has(signatureId)) queued += 1;
      queue.set(postcode, ids.add(signatureId));
      kick();
    },
    catchUpSoon() {
      if (closed) return;
      catchUpDue = true;
      kick();
    },
    async idle() {
      while (running) await running;
    },
    async close() {
      closed = true;
      queue.clear();
      queued = 0;
      while (running) await running;
    },
  };
}
