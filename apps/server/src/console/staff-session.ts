import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Sql } from '../db/database.js';
import { findSecretKey } from '../keys/store.js';

/** How long a console session lasts after signing in: a working day, then sign in again. */
export const SESSION_HOURS = 8;

export interface StaffSession {
  /** The staff key's id and its person's name (the key's label). */
  keyId: string;
  name: string;
  csrf: string;
  expiresAt: Date;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Exchanges a secret key for a session: a random id for the cookie (returned,
 * never stored) and a CSRF token for the forms. Null for an unknown or revoked key.
 */
export async function startSession(db: Sql, secretKey: string): Promise<{ token: string } | null> {
  const key = secretKey.startsWith('sk_') ? await findSecretKey(db, secretKey) : null;
  if (!key) return null;
  const token = randomBytes(32).toString('base64url');
  await db.query(
    `INSERT INTO staff_sessions (id_hash, secret_key_id, csrf_token, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
    [hash(token), key.id, randomBytes(24).toString('base64url'), SESSION_HOURS],
  );
  await db.query('UPDATE secret_keys SET last_used_at = now() WHERE id = $1', [key.id]);
  return { token };
}

/** The live session for a cookie's token: not expired, its key not revoked. */
export async function findSession(db: Sql, token: string | undefined): Promise<StaffSession | null> {
  if (!token || !/^[\w-]{40,60}$/.test(token)) return null;
  const { rows } = await db.query<StaffSession>(
    `SELECT k.id::text AS "keyId", k.label AS name, s.csrf_token AS csrf, s.expires_at AS "expiresAt"
       FROM staff_sessions s JOIN secret_keys k ON k.id = s.secret_key_id
      WHERE s.id_hash = $1 AND s.expires_at > now() AND k.revoked_at IS NULL`,
    [hash(token)],
  );
  return rows[0] ?? null;
}

export async function endSession(db: Sql, token: string | undefined): Promise<void> {
  if (token) await db.query('DELETE FROM staff_sessions WHERE id_hash = $1', [hash(token)]);
}

/** Sessions past their expiry (the maintenance sweep). */
export async function deleteExpiredSessions(db: Sql, now: Date): Promise<number> {
  return (await db.query('DELETE FROM staff_sessions WHERE expires_at < $1', [now])).rowCount;
}

/** Whether a form's CSRF token is this session's, compared in constant time. */
export function csrfMatches(session: StaffSession, sent: unknown): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(session.csrf);
  return a.length === b.length && timingSafeEqual(a, b);
}
