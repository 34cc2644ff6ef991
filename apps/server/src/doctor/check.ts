import type { Config } from '../config.js';
import type { Database, Sql } from '../db/database.js';
import type { RepresentativeLookup } from '../representatives/lookup.js';

export type CheckStatus = 'ok' | 'warn' | 'fail';

/**
 * One line of the go-live checklist. Plain text throughout (no HTML, no
 * secrets: keys appear as their prefix, URLs without their password).
 */
export interface CheckResult {
  /** Stable, for scripts and the console: `smtp`, `mp-provider`, … */
  id: string;
  title: string;
  status: CheckStatus;
  /** What was found, precisely. */
  detail: string;
  /** What to do about it (env vars, commands); only when the status is not ok. */
  fix?: string;
}

/** What the checks read. The server's own objects when the console calls it; the CLI's otherwise. */
export interface CheckContext {
  config: Config;
  db: Database;
  /** The MP look-up to probe; built from the config when not given. */
  representatives: RepresentativeLookup;
  /** The postcode whose MP the `uk-parliament` probe looks up. */
  probePostcode: string;
  /** Bound on each network probe (the SMTP connection, each upstream request). */
  timeoutMs: number;
  now: () => Date;
}

export type Outcome = Omit<CheckResult, 'id' | 'title'>;

/** One check: data, so the list can be read, filtered and tested. */
export interface Check {
  id: string;
  title: string;
  run(ctx: CheckContext): Promise<Outcome> | Outcome;
}

export const ok = (detail: string): Outcome => ({ status: 'ok', detail });
export const warn = (detail: string, fix: string): Outcome => ({ status: 'warn', detail, fix });
export const fail = (detail: string, fix: string): Outcome => ({ status: 'fail', detail, fix });

/**
 * Runs `work` in a READ ONLY transaction: the checklist reads the database and
 * must never change it, whoever calls it (a bug here fails the check instead).
 */
export function readOnly<T>(db: Database, work: (sql: Sql) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION READ ONLY');
    return work(tx);
  });
}

/** "1 campaign", "2 campaigns". */
export const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/** A list for a sentence, cut after `max` items: "a, b, c and 4 more". */
export function listOf(items: string[], max = 5): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
