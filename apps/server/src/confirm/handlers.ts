import type { Database, Sql } from '../db/database.js';
import { ApiError } from '../http/api-error.js';
import { type ConfirmKind, hashConfirmToken } from './tokens.js';

export type ConfirmStatus = 'counted' | 'queued' | 'already_confirmed';
export type ConfirmHandler = (tx: Sql, subjectId: string) => Promise<ConfirmStatus>;

const handlers = new Map<ConfirmKind, ConfirmHandler>();

/** Each kind of confirmable thing (signature, message) registers what confirming it does. */
export function registerConfirmHandler(kind: ConfirmKind, handler: ConfirmHandler): void {
  handlers.set(kind, handler);
}

export interface Confirmed {
  kind: ConfirmKind;
  subjectId: string;
  status: ConfirmStatus;
}

/**
 * Confirms by token in one transaction: unknown → token_invalid; used →
 * already_confirmed (a second click is not an error); past its time →
 * token_expired; else the kind's handler runs and the token is spent.
 */
export async function confirmByToken(db: Database, token: string): Promise<Confirmed> {
  if (!/^[\w-]{20,100}$/.test(token)) throw new ApiError('token_invalid', 'This confirmation link is not valid.');
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ kind: ConfirmKind; subject_id: string; used: boolean; expired: boolean }>(
      `SELECT kind, subject_id, used_at IS NOT NULL AS used, expires_at < now() AS expired
         FROM confirm_tokens WHERE token_hash = $1 FOR UPDATE`,
      [hashConfirmToken(token)],
    );
    const row = rows[0];
    if (!row) throw new ApiError('token_invalid', 'This confirmation link is not valid.');
    const confirmed = { kind: row.kind, subjectId: row.subject_id };
    if (row.used) return { ...confirmed, status: 'already_confirmed' as const };
    if (row.expired) {
      throw new ApiError('token_expired', 'This confirmation link has expired. Please sign or write again.');
    }
    const handler = handlers.get(row.kind);
    if (!handler) throw new Error(`No confirm handler registered for ${row.kind}`);
    const status = await handler(tx, row.subject_id);
    await tx.query('UPDATE confirm_tokens SET used_at = now() WHERE token_hash = $1', [hashConfirmToken(token)]);
    return { ...confirmed, status };
  });
}
