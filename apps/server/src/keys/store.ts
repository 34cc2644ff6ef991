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
