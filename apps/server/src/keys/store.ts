import { createHash, randomBytes } from 'node:crypto';
import type { Sql } from '../db/database.js';

export interface PublishableKeyRow {
  id: string;
  key: string;
  partner: string;
  origins: string[];
  mode: 'test' | 'live';
}

export interface SecretKeyRow {
  id: string;
  label: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const randomPart = (bytes: number) => randomBytes(bytes).toString('base64url');

export function hashSecretKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Creates a publishable key for a partner site; returns `pk_test_…` or `pk_live_…`. */
export async function createPublishableKey(
  db: Sql,
  o: { partner: string; origins: string[]; mode: 'test' | 'live' },
): Promise<string> {
  const key = `pk_${o.mode}_${randomPart(18)}`;
  await db.query('INSERT INTO publishable_keys (key, partner, origins, mode) VALUES ($1, $2, $3::text[], $4)', [
    key,
    o.partner,
    o.origins,
    o.mode,
  ]);
  return key;
}

/** Creates a secret admin key and returns it: this is the only time it exists outside the caller. */
export async function createSecretKey(db: Sql, label: string): Promise<string> {
  const key = `sk_${randomPart(24)}`;
  await db.query('INSERT INTO secret_keys (label, key_hash, key_prefix) VALUES ($1, $2, $3)', [
    label,
    hashSecretKey(key),
    key.slice(0, 8),
  ]);
  return key;
}

export async function findPublishableKey(db: Sql, key: string): Promise<PublishableKeyRow | null> {
  const { rows } = await db.query<PublishableKeyRow>(
    'SELECT id::text, key, partner, origins, mode FROM publishable_keys WHERE key = $1 AND revoked_at IS NULL',
    [key],
  );
  return rows[0] ?? null;
}

export async function findSecretKey(db: Sql, key: string): Promise<SecretKeyRow | null> {
  const { rows } = await db.query<SecretKeyRow>(
    'SELECT id::text, label FROM secret_keys WHERE key_hash = $1 AND revoked_at IS NULL',
    [hashSecretKey(key)],
  );
  return rows[0] ?? null;
}

export interface PublishableKeyListing extends PublishableKeyRow {
  createdAt: Date;
  revokedAt: Date | null;
}

export interface SecretKeyListing {
  id: string;
  /** The person (or service) the key was made for. */
  label: string;
  /** Its first characters, to tell keys apart; the key itself is never stored. */
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Every publishable key, newest first, revoked ones included (partners' history). */
export async function listPublishableKeys(db: Sql): Promise<PublishableKeyListing[]> {
  const { rows } = await db.query<PublishableKeyListing>(
    `SELECT id::text, key, partner, origins, mode, created_at AS "createdAt", revoked_at AS "revokedAt"
       FROM publishable_keys ORDER BY revoked_at IS NOT NULL, created_at DESC`,
  );
  return rows;
}

/** Revokes a publishable key (writes with it stop within the key cache's few seconds); false if none was live. */
export async function revokePublishableKey(db: Sql, id: string): Promise<boolean> {
  if (!UUID.test(id)) return false;
  const { rowCount } = await db.query(
    'UPDATE publishable_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL',
    [id],
  );
  return rowCount > 0;
}

export async function listSecretKeys(db: Sql): Promise<SecretKeyListing[]> {
  const { rows } = await db.query<SecretKeyListing>(
    `SELECT id::text, label, key_prefix AS prefix, created_at AS "createdAt", last_used_at AS "lastUsedAt",
            revoked_at AS "revokedAt"
       FROM secret_keys ORDER BY revoked_at IS NOT NULL, created_at DESC`,
  );
  return rows;
}

/**
 * Revokes a staff key and with it every console session it opened. Refuses to
 * revoke the last live one (nobody could sign in again without a shell).
 */
export async function revokeSecretKey(db: Sql, id: string): Promise<'revoked' | 'unknown' | 'last_key'> {
  if (!UUID.test(id)) return 'unknown';
  const { rows } = await db.query<{ outcome: 'revoked' | 'unknown' | 'last_key' }>(
    `WITH target AS (SELECT id FROM secret_keys WHERE id = $1 AND revoked_at IS NULL),
          others AS (SELECT count(*)::int AS n FROM secret_keys WHERE revoked_at IS NULL AND id <> $1),
          revoked AS (
            UPDATE secret_keys SET revoked_at = now()
             WHERE id = (SELECT id FROM target) AND (SELECT n FROM others) > 0
            RETURNING id)
     SELECT CASE WHEN EXISTS (SELECT 1 FROM revoked) THEN 'revoked'
                 WHEN NOT EXISTS (SELECT 1 FROM target) THEN 'unknown'
                 ELSE 'last_key' END AS outcome`,
    [id],
  );
  return rows[0]?.outcome ?? 'unknown';
}
