import type { PlacardError } from './errors.js';
import type { RetryOptions } from './types.js';

export type RetryPolicy = Required<RetryOptions>;

export function resolveRetry(retry: number | RetryOptions | undefined): RetryPolicy {
  const {
    limit = 2,
    backoffMs = 300,
    maxDelayMs = 10_000,
  } = typeof retry === 'number' ? { limit: retry } : (retry ?? {});
  return { limit, backoffMs, maxDelayMs };
}

const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

/** `Retry-After` in seconds, from either of its forms: delta-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/**
 * How long to wait before retry number `attempt + 1`, or null when the error is not
 * worth retrying (a 4xx the caller must fix, or a `Retry-After` longer than we wait).
 */
export function retryDelay(error: PlacardError, attempt: number, policy: RetryPolicy): number | null {
  const { status, retryAfter } = error;
  // Only the campaign's staff can fix it (by allowing the origin on the key): asking again cannot help.
  if (error.code === 'origin_not_allowed') return null;
  if (status !== undefined && !RETRY_STATUSES.includes(status)) return null;
  if (status === undefined && error.code !== 'network_error' && error.code !== 'timeout') return null;
  if ((status === 429 || status === 503) && retryAfter !== undefined) {
    const wait = retryAfter * 1000;
    return wait > policy.maxDelayMs ? null : wait;
  }
  // Exponential with "equal jitter": half the step is fixed, half random, so a crowd
  // of clients that failed together do not come back together.
  const step = Math.min(policy.maxDelayMs, policy.backoffMs * 2 ** attempt);
  return step / 2 + Math.random() * (step / 2);
}
