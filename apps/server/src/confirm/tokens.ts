import { createHash, randomBytes } from 'node:crypto';
import type { Sql } from '../db/database.js';

export type ConfirmKind = 'signature' | 'message';

export function hashConfirmToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Issues a single-use email confirmation token in the caller's transaction.
 * Returns the raw token (32 random bytes, URL-safe) for the link; only its
 * hash is stored, so a database leak does not confirm anything.
 */
export async function issueConfirmToken(
  tx: Sql,
  kind: ConfirmKind,
  subjectId: string,
  /** UNCONFIRMED_EXPIRY_DAYS in hours: the link dies with the row it confirms. */
  ttlHours: number,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tx.query(
    `INSERT INTO confirm_tokens (token_hash, kind, subject_id, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(secs => $4::float8 * 3600))`,
    [hashConfirmToken(token), kind, subjectId, ttlHours],
  );
  return token;
}

/**
 * The link in a confirmation mail. It names the mail's language (English links
 * stay bare), so the page it opens reads as the mail did.
 */
export function confirmUrl(publicUrl: string, token: string, language: string): string {
  const url = `${publicUrl}/v1/confirm/${token}`;
  return language === 'en' ? url : `${url}?lang=${encodeURIComponent(language)}`;
}
