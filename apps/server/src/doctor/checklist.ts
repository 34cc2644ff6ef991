/**
 * The go-live checklist: what is missing before real supporters use this
 * server, each item with its fix. `placard doctor` prints it; the admin
 * console renders the same results. It reads the configuration and the
 * database (read-only transactions), connects to SMTP without sending, and
 * makes one MP look-up; it changes nothing.
 */
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { createRepresentativeLookup, type RepresentativeLookup } from '../representatives/lookup.js';
import type { Check, CheckContext, CheckResult, CheckStatus } from './check.js';
import { abuseLimits, mailFrom, productionMode, publicUrl, trustProxy } from './config-checks.js';
import { database, privacyNotice, retention } from './data-checks.js';
import { demoKey, liveKeys, secretKeys } from './key-checks.js';
import { mpProvider } from './mp-check.js';
import { smtp } from './smtp-check.js';

export type { Check, CheckResult, CheckStatus } from './check.js';

/** A postcode with a sitting MP who publishes an email (Cities of London and Westminster). */
export const DEFAULT_PROBE_POSTCODE = 'SW1A 1AA';
export const DEFAULT_TIMEOUT_MS = 5000;

/** Every check, in the order they are shown. */
export const checks: readonly Check[] = [
  productionMode,
  publicUrl,
  database,
  smtp,
  mailFrom,
  mpProvider,
  liveKeys,
  demoKey,
  secretKeys,
  retention,
  privacyNotice,
  trustProxy,
  abuseLimits,
];

export interface ChecklistDeps {
  config: Config;
  db: Database;
  /**
   * The MP look-up to probe; a fresh one from `config` when left out, which is
   * what a probe wants: the server's own look-up caches answers for a day, so
   * its answer may show the upstream APIs worked earlier, not that they work now.
   */
  representatives?: RepresentativeLookup;
  /** Whose MP the `uk-parliament` probe looks up; default SW1A 1AA. */
  probePostcode?: string;
  /** Bound on each network probe in milliseconds; default 5000. */
  timeoutMs?: number;
  /** The clock retention is judged by. */
  now?: () => Date;
  /** Only these check ids (all when left out). */
  only?: readonly string[];
}

/** SQLSTATE 42P01: a table the query names does not exist (the schema was never applied). */
const isMissingTable = (error: unknown) => (error as { code?: unknown } | null)?.code === '42P01';

async function runOne(check: Check, ctx: CheckContext): Promise<CheckResult> {
  try {
    return { id: check.id, title: check.title, ...(await check.run(ctx)) };
  } catch (error) {
    if (isMissingTable(error)) {
      return {
        id: check.id,
        title: check.title,
        status: 'fail',
        detail: 'Not checked: the database has no Placard tables yet.',
        fix: 'npx placard migrate && npx placard seed (or start the server once: it migrates and seeds on start).',
      };
    }
    return {
      id: check.id,
      title: check.title,
      status: 'fail',
      detail: `The check itself failed: ${error instanceof Error ? error.message : String(error)}`,
      fix: 'Fix what the message names and run the checklist again.',
    };
  }
}

/** Runs every check (at once: the slow ones are network probes) and returns the results in list order. */
export async function runChecklist(deps: ChecklistDeps): Promise<CheckResult[]> {
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const ctx: CheckContext = {
    config: deps.config,
    db: deps.db,
    representatives: deps.representatives ?? createRepresentativeLookup(deps.config, { timeoutMs }),
    probePostcode: deps.probePostcode ?? DEFAULT_PROBE_POSTCODE,
    timeoutMs,
    now: deps.now ?? (() => new Date()),
  };
  const selected = deps.only ? checks.filter((check) => deps.only?.includes(check.id)) : checks;
  return Promise.all(selected.map((check) => runOne(check, ctx)));
}

export interface ChecklistSummary {
  ok: number;
  warn: number;
  fail: number;
  /** No check failed (warnings allowed). */
  ready: boolean;
}

export function summarise(results: readonly CheckResult[]): ChecklistSummary {
  const count = (status: CheckStatus) => results.filter((result) => result.status === status).length;
  return { ok: count('ok'), warn: count('warn'), fail: count('fail'), ready: count('fail') === 0 };
}

const MARK: Record<CheckStatus, string> = { ok: '✓', warn: '!', fail: '✗' };

/** The checklist as text: `✓ title — detail`, and `  fix: …` under anything not ok. */
export function formatChecklist(results: readonly CheckResult[]): string {
  return results
    .map(
      (result) =>
        `${MARK[result.status]} ${result.title} — ${result.detail}\n${result.fix ? `  fix: ${result.fix}\n` : ''}`,
    )
    .join('');
}
