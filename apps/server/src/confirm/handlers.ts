import { ApiError, type PendingConfirmation } from '@placard/contract';
import type { Database, Sql } from '../db/database.js';
import { type ConfirmKind, hashConfirmToken } from './tokens.js';

export type ConfirmStatus = 'counted' | 'queued' | 'already_confirmed';

/** What a confirmable thing says about itself to the page that asks before confirming. */
export interface ConfirmSubject {
  campaign: { slug: string; title: string };
  /** Still waiting for a confirmation (not counted, queued, sent or hidden yet). */
  pending: boolean;
  /** Past its own confirmation window, whatever the token says. */
  expired: boolean;
  letter: PendingConfirmation['letter'];
}

export interface ConfirmKindHandlers {
  /** Confirms in the caller's transaction; must be a no-op answering `already_confirmed` the second time. */
  confirm(tx: Sql, subjectId: string): Promise<ConfirmStatus>;
  /** Reads without changing anything; null when the subject is gone (swept or erased). */
  describe(db: Sql, subjectId: string): Promise<ConfirmSubject | null>;
}

const kinds = new Map<ConfirmKind, ConfirmKindHandlers>();

/** Each kind of confirmable thing (signature, message) registers what confirming and describing it does. */
export function registerConfirmKind(kind: ConfirmKind, handlers: ConfirmKindHandlers): void {
  kinds.set(kind, handlers);
}

function handlersFor(kind: ConfirmKind): ConfirmKindHandlers {
  const handlers = kinds.get(kind);
  if (!handlers) throw new Error(`No confirm handlers registered for ${kind}`);
  return handlers;
}

const invalidToken = () => new ApiError('token_invalid', 'This confirmation link is not valid.');
const expiredToken = () =>
  new ApiError('token_expired', 'This confirmation link has expired. Please sign or write again.');

function checkTokenShape(token: string): void {
  if (!/^[\w-]{20,100}$/.test(token)) throw invalidToken();
}

export interface Confirmed {
  kind: ConfirmKind;
  subjectId: string;
  status: ConfirmStatus;
}

/**
 * Confirms by token in one transaction (the `POST`): unknown → token_invalid;
 * used → already_confirmed (a second press is not an error and does nothing);
 * past its time → token_expired; else the kind's handler runs and the token
 * is spent. The row lock makes two presses at once confirm once.
 */
export async function confirmByToken(db: Database, token: string): Promise<Confirmed> {
  checkTokenShape(token);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ kind: ConfirmKind; subject_id: string; used: boolean; expired: boolean }>(
      `SELECT kind, subject_id, used_at IS NOT NULL AS used, expires_at < now() AS expired
         FROM confirm_tokens WHERE token_hash = $1 FOR UPDATE`,
      [hashConfirmToken(token)],
    );
    const row = rows[0];
    if (!row) throw invalidToken();
    const confirmed = { kind: row.kind, subjectId: row.subject_id };
    if (row.used) return { ...confirmed, status: 'already_confirmed' as const };
    if (row.expired) throw expiredToken();
    const status = await handlersFor(row.kind).confirm(tx, row.subject_id);
    await tx.query('UPDATE confirm_tokens SET used_at = now() WHERE token_hash = $1', [hashConfirmToken(token)]);
    return { ...confirmed, status };
  });
}

/**
 * What a token would confirm and whether it still can (the `GET`). Reads
 * only: link scanners fetch every link in a mail, so nothing here may count
 * a signature or send a letter. Unknown → token_invalid.
 */
export async function describeToken(db: Database, token: string): Promise<PendingConfirmation> {
  checkTokenShape(token);
  const { rows } = await db.query<{
    kind: ConfirmKind;
    subject_id: string;
    used: boolean;
    expired: boolean;
    expires_at: Date;
  }>(
    `SELECT kind, subject_id, used_at IS NOT NULL AS used, expires_at < now() AS expired, expires_at
       FROM confirm_tokens WHERE token_hash = $1`,
    [hashConfirmToken(token)],
  );
  const row = rows[0];
  if (!row) throw invalidToken();
  const subject = await handlersFor(row.kind).describe(db, row.subject_id);
  // A token outlives its subject by up to 30 days (maintenance sweeps unconfirmed ones): nothing left to name.
  if (!subject) throw row.expired ? expiredToken() : invalidToken();
  // Another link for the same signature (a re-sign mails a fresh one) may have confirmed it.
  const state = row.used || !subject.pending ? 'confirmed' : row.expired || subject.expired ? 'expired' : 'pending';
  return {
    kind: row.kind,
    state,
    campaign: subject.campaign,
    letter: subject.letter,
    expiresAt: new Date(row.expires_at).toISOString(),
  };
}
