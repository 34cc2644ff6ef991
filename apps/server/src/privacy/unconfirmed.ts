import type { Sql } from '../db/database.js';

/**
 * Removes never-confirmed signatures or letters (and their links) matching
 * `where`, a constant SQL fragment over `params`. They never counted and
 * nobody asked for them to be sent, so removing them moves no count, and a
 * late click on the link finds nothing to confirm.
 */
export async function removeUnconfirmed(
  tx: Sql,
  kind: 'signature' | 'message',
  where: string,
  params: unknown[],
): Promise<number> {
  const table = kind === 'signature' ? 'signatures' : 'messages';
  const { rows } = await tx.query<{ n: number }>(
    `WITH gone AS (
       DELETE FROM ${table} WHERE status = 'pending_confirmation' AND (${where})
       RETURNING id::text AS id
     ), links AS (
       DELETE FROM confirm_tokens WHERE kind = '${kind}' AND subject_id IN (SELECT id FROM gone)
     )
     SELECT count(*)::int AS n FROM gone`,
    params,
  );
  return rows[0]?.n ?? 0;
}
