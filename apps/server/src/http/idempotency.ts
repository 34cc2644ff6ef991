import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { ApiError } from './api-error.js';
import type { AppEnv } from './app-env.js';

// A reservation older than this belongs to a request that died mid-way; the key may be reused.
const STALE_RESERVATION_SECONDS = 60;
const KEY = /^[\x21-\x7e]{1,200}$/;

/** Key order does not change a request's meaning, so it does not change its hash. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Runs a write at most once per `Idempotency-Key`: the first request reserves
 * the key, runs, and stores its answer; a retry with the same body gets that
 * answer again; the same key with another body, or while the first is still
 * running, is 409 idempotency_conflict. Without the header it just runs.
 * Errors are not stored, so a request refused for a passing reason (rate
 * limit, closed campaign reopened) can be retried under the same key.
 */
export async function withIdempotency(
  c: Context<AppEnv>,
  scope: string,
  requestBody: unknown,
  run: () => Promise<{ status: number; body: unknown }>,
): Promise<Response> {
  const key = c.req.header('Idempotency-Key');
  if (key === undefined) {
    const { status, body } = await run();
    return c.json(body, status as 200);
  }
  if (!KEY.test(key)) {
    throw new ApiError('validation_failed', 'Idempotency-Key must be 1–200 visible ASCII characters.', {
      'Idempotency-Key': 'Use 1–200 visible ASCII characters, such as a UUID.',
    });
  }
  const db = c.get('deps').db;
  const hash = createHash('sha256').update(canonical(requestBody)).digest('hex');
  const reserved = await db.query(
    `INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3)
     ON CONFLICT (scope, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, created_at = now()
       WHERE idempotency_keys.status IS NULL
         AND idempotency_keys.created_at < now() - make_interval(secs => $4)
     RETURNING key`,
    [scope, key, hash, STALE_RESERVATION_SECONDS],
  );
  if (reserved.rowCount === 0) {
    const { rows } = await db.query<{ request_hash: string; status: number | null; body: unknown }>(
      'SELECT request_hash, status, body FROM idempotency_keys WHERE scope = $1 AND key = $2',
      [scope, key],
    );
    const stored = rows[0];
    if (stored && stored.request_hash !== hash) {
      throw new ApiError('idempotency_conflict', 'This Idempotency-Key was used for a different request.');
    }
    if (!stored || stored.status === null) {
      throw new ApiError(
        'idempotency_conflict',
        'A request with this Idempotency-Key is still running. Retry shortly.',
      );
    }
    c.header('Idempotent-Replayed', 'true');
    return c.json(stored.body, stored.status as 200);
  }
  let answer: { status: number; body: unknown };
  try {
    answer = await run();
  } catch (error) {
    await db.query('DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2', [scope, key]).catch(() => {});
    throw error;
  }
  await db.query('UPDATE idempotency_keys SET status = $3, body = $4::jsonb WHERE scope = $1 AND key = $2', [
    scope,
    key,
    answer.status,
    JSON.stringify(answer.body),
  ]);
  return c.json(answer.body, answer.status as 200);
}
