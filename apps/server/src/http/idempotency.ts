import { createHash } from 'node:crypto';
import { ApiError } from '@placard/contract';
import type { Context } from 'hono';
import type { Sql } from '../db/database.js';
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

/** A request's checked `Idempotency-Key`, with the scope it is unique in and the hash of its body. */
export interface IdempotencyClaim {
  scope: string;
  key: string;
  hash: string;
}

export interface StoredAnswer {
  status: number;
  body: unknown;
}

/** The request's claim, or null when it sent no `Idempotency-Key` (then the write just runs). */
export function idempotencyClaim(c: Context<AppEnv>, scope: string, requestBody: unknown): IdempotencyClaim | null {
  const key = c.req.header('Idempotency-Key');
  if (key === undefined) return null;
  if (!KEY.test(key)) {
    throw new ApiError('validation_failed', 'Idempotency-Key must be 1–200 visible ASCII characters.', {
      'Idempotency-Key': 'Use 1–200 visible ASCII characters, such as a UUID.',
    });
  }
  return { scope, key, hash: createHash('sha256').update(canonical(requestBody)).digest('hex') };
}

/** Takes the key (or an abandoned reservation of it); false when someone else holds it. */
async function reserve(db: Sql, claim: IdempotencyClaim): Promise<boolean> {
  const reserved = await db.query(
    `INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3)
     ON CONFLICT (scope, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, created_at = now()
       WHERE idempotency_keys.status IS NULL
         AND idempotency_keys.created_at < now() - make_interval(secs => $4)
     RETURNING key`,
    [claim.scope, claim.key, claim.hash, STALE_RESERVATION_SECONDS],
  );
  return reserved.rowCount > 0;
}

/** The answer stored for a key someone else holds; 409 if it was another request or has no answer yet. */
async function storedAnswer(db: Sql, claim: IdempotencyClaim): Promise<StoredAnswer> {
  const { rows } = await db.query<{ request_hash: string; status: number | null; body: unknown }>(
    'SELECT request_hash, status, body FROM idempotency_keys WHERE scope = $1 AND key = $2',
    [claim.scope, claim.key],
  );
  const stored = rows[0];
  if (stored && stored.request_hash !== claim.hash) {
    throw new ApiError('idempotency_conflict', 'This Idempotency-Key was used for a different request.');
  }
  if (!stored || stored.status === null) {
    throw new ApiError('idempotency_conflict', 'A request with this Idempotency-Key is still running. Retry shortly.');
  }
  return { status: stored.status, body: stored.body };
}

/**
 * Reserves the key inside the caller's transaction, so the reservation, the
 * write and its answer commit (or vanish) together: no reservation is left
 * behind by a failure, and no answer by a rollback. A retry arriving while the
 * first is in flight waits on the key's row and then gets the first answer.
 * Returns null to go ahead, or the answer to replay.
 */
export async function reserveInTransaction(tx: Sql, claim: IdempotencyClaim): Promise<StoredAnswer | null> {
  return (await reserve(tx, claim)) ? null : storedAnswer(tx, claim);
}

/** Stores the answer for a key reserved in this transaction. */
export async function storeAnswer(tx: Sql, claim: IdempotencyClaim, answer: StoredAnswer): Promise<void> {
  await tx.query('UPDATE idempotency_keys SET status = $3, body = $4::jsonb WHERE scope = $1 AND key = $2', [
    claim.scope,
    claim.key,
    answer.status,
    JSON.stringify(answer.body),
  ]);
}

export function replayAnswer(c: Context<AppEnv>, answer: StoredAnswer): Response {
  c.header('Idempotent-Replayed', 'true');
  return c.json(answer.body, answer.status as 200);
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
  run: () => Promise<StoredAnswer>,
): Promise<Response> {
  const claim = idempotencyClaim(c, scope, requestBody);
  if (claim === null) {
    const { status, body } = await run();
    return c.json(body, status as 200);
  }
  const db = c.get('deps').db;
  if (!(await reserve(db, claim))) return replayAnswer(c, await storedAnswer(db, claim));
  let answer: StoredAnswer;
  try {
    answer = await run();
  } catch (error) {
    await db
      .query('DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2', [claim.scope, claim.key])
      .catch(() => {});
    throw error;
  }
  await storeAnswer(db, claim, answer);
  return c.json(answer.body, answer.status as 200);
}
