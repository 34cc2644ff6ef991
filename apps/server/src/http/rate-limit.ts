import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.js';
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
  take(c: Context<AppEnv>, key: string): void;
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
 * A token bucket per key: `burst` at once, refilled at `perHour` an hour, so
 * it limits both bursts and sustained rates. In memory per process: with N
 * instances behind a balancer the limits are N times looser.
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

  return {
    take(c, key) {
      const setting = c.get('deps').config.rateLimits;
      if (setting === false) return;
      const factor = setting === true ? 1 : setting;
      const capacity = Math.max(1, Math.floor(o.burst * factor));
      const perMs = (o.perHour * factor) / 3_600_000;
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
        return;
      }
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
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
    if (key !== null) limiter.take(c, `${o.name}:${key}`);
    await next();
  };
}
