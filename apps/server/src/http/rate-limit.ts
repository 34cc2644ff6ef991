import { createHash } from 'node:crypto';
import { ApiError } from '@placard/contract';
import type { Context, MiddlewareHandler } from 'hono';
import type { Sql } from '../db/database.js';
import type { AppEnv } from './app-env.js';

export interface RateLimitOptions {
  /** Names the limit in logs and keeps its buckets apart from other limits. */
  name: string;
  /** Requests allowed at once. */
  burst: number;
  /** Requests allowed per hour, sustained. */
  perHour: number;
}

export interface RateLimiter {
  /** Takes one request from `key`'s bucket; throws ApiError `rate_limited` with a retry time when empty. */
  take(c: Context<AppEnv>, key: string): Promise<void>;
}

interface Bucket {
  tokens: number;
  updated: number;
}

// Bounded memory: beyond this many keys the oldest are forgotten (a forgotten
// key starts with a full bucket, which only ever errs towards allowing).
const MAX_KEYS = 50_000;
const SWEEP_EVERY_MS = 60_000;

/**
 * Takes a token from a bucket kept in the database, in one statement: the
 * insert starts a new bucket one token down; on a conflict the stored
 * bucket is refilled for the time since its last update (capped at
 * `capacity`) and a token is taken only `WHERE` at least one is there. A
 * refused request updates nothing and returns no row, so the bucket goes on
 * refilling from its last taken token. Row locks on the key serialise
 * concurrent takers across every instance, and the database's clock is the
 * only clock, so instances with skewed clocks still agree.
 * Resolves to null when a token was taken, else the seconds until one is there.
 */
async function takeShared(db: Sql, key: string, capacity: number, perSecond: number): Promise<number | null> {
  // now() is when the statement began; one that waited on the row lock may begin before the
  // update it waited for, so elapsed time is floored at zero and updated_at never goes back.
  const refilled =
    'LEAST($2::float8, r.tokens + GREATEST(0, EXTRACT(EPOCH FROM now() - r.updated_at))::float8 * $3::float8)';
  const taken = await db.query(
    `INSERT INTO rate_limits AS r (key, tokens, updated_at, full_at)
     VALUES ($1, $2::float8 - 1, now(), now() + make_interval(secs => 1 / $3::float8))
     ON CONFLICT (key) DO UPDATE
        SET tokens = ${refilled} - 1,
            updated_at = GREATEST(r.updated_at, now()),
            full_at = now() + make_interval(secs => ($2::float8 - (${refilled} - 1)) / $3::float8)
      WHERE ${refilled} >= 1
     RETURNING 1`,
    [key, capacity, perSecond],
    { name: 'rate-limit-take' },
  );
  if (taken.rowCount > 0) return null;
  const { rows } = await db.query<{ tokens: number }>(
    `SELECT ${refilled} AS tokens FROM rate_limits r WHERE key = $1`,
    [key, capacity, perSecond],
  );
  return Math.max(1, Math.ceil((1 - (rows[0]?.tokens ?? 0)) / perSecond));
}

/**
 * The key as stored: limits are keyed by addresses and email addresses, and
 * the table is shared and outlives a request, so it holds only a hash.
 */
function storedKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}

/** Deletes shared buckets that have refilled (the same as no row); maintenance runs it hourly. */
export async function deleteFullRateLimits(db: Sql): Promise<number> {
  return (await db.query('DELETE FROM rate_limits WHERE full_at < now()')).rowCount;
}

/**
 * A token bucket per key: `burst` at once, refilled at `perHour` an hour, so
 * it limits both bursts and sustained rates. On PostgreSQL the buckets live
 * in the database, so every instance behind a balancer shares them; on
 * PGlite (one process) they live in this process's memory.
 * `RATE_LIMITS=off` disables them; a number multiplies them.
 */
export function createRateLimiter(o: RateLimitOptions): RateLimiter {
  const buckets = new Map<string, Bucket>();
  let lastSweep = Date.now();

  function sweep(now: number, capacity: number, perMs: number) {
    lastSweep = now;
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (now - bucket.updated) * perMs >= capacity) buckets.delete(key);
    }
  }

  /** As takeShared, in memory. */
  function takeLocal(key: string, capacity: number, perMs: number): number | null {
    const now = Date.now();
    if (now - lastSweep > SWEEP_EVERY_MS) sweep(now, capacity, perMs);
    let bucket = buckets.get(key);
    if (bucket) {
      bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) * perMs);
      bucket.updated = now;
      // Re-insert so the Map's order is least recently used first.
      buckets.delete(key);
    } else {
      if (buckets.size >= MAX_KEYS) buckets.delete(buckets.keys().next().value as string);
      bucket = { tokens: capacity, updated: now };
    }
    buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return null;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
  }

  return {
    async take(c, key) {
      const { config, db } = c.get('deps');
      const setting = config.rateLimits;
      if (setting === false) return;
      const factor = setting === true ? 1 : setting;
      const capacity = Math.max(1, Math.floor(o.burst * factor));
      const perMs = (o.perHour * factor) / 3_600_000;
      const retryAfter =
        db.kind === 'postgres'
          ? await takeShared(db, storedKey(`${o.name}:${key}`), capacity, perMs * 1000)
          : takeLocal(key, capacity, perMs);
      if (retryAfter === null) return;
      c.get('logger').info({ limit: o.name, retryAfter }, 'rate limited');
      throw new ApiError(
        'rate_limited',
        `Too many requests. Try again in ${retryAfter} seconds.`,
        undefined,
        retryAfter,
      );
    },
  };
}

/** A rate limit as middleware; `key` returns null to skip the limit for a request. */
export function rateLimit(
  o: RateLimitOptions & { key: (c: Context<AppEnv>) => string | null },
): MiddlewareHandler<AppEnv> {
  const limiter = createRateLimiter(o);
  return async (c, next) => {
    const key = o.key(c);
    if (key !== null) await limiter.take(c, key);
    await next();
  };
}
