import { readdirSync } from 'node:fs';
import type { Config } from '../config.js';
import { migrationsDir } from '../paths.js';
import { type Check, fail, listOf, type Outcome, ok, plural, readOnly, warn } from './check.js';
import { describeUrl } from './hosts.js';

/** Retention longer than this is worth a second look (UK GDPR: no longer than needed). */
const LONG_RETENTION_DAYS = 365;
const LONG_UNCONFIRMED_DAYS = 30;
/** Maintenance runs hourly: a campaign this long past its retention should have been anonymised. */
const OVERDUE_GRACE_HOURS = 2;

function describeDatabase(config: Config): string {
  if (!config.databaseUrl) return `PGlite in ${config.dataDir}`;
  try {
    return `PostgreSQL at ${describeUrl(new URL(config.databaseUrl)).replace(/^postgres(ql)?:\/\//, '')}`;
  } catch {
    return 'PostgreSQL';
  }
}

/** An admin API call, as staff would type it. */
function patchCampaign(config: Config, slug: string, body: string): string {
  return (
    `curl -X PATCH "${config.publicUrl}/v1/admin/campaigns/${slug}" -H "Authorization: Bearer $SECRET_KEY" ` +
    `-H "Content-Type: application/json" -d '${body}'`
  );
}

export const database: Check = {
  id: 'database',
  title: 'Database',
  async run({ config, db }) {
    const where = describeDatabase(config);
    const known = readdirSync(migrationsDir)
      .filter((name) => /^\d+_[\w-]+\.sql$/.test(name))
      .sort();
    const applied = await readOnly(db, async (sql) => {
      const { rows } = await sql.query<{ present: boolean }>(
        "SELECT to_regclass('schema_migrations') IS NOT NULL AS present",
      );
      if (!rows[0]?.present) return null;
      return (await sql.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name')).rows.map(
        (row) => row.name,
      );
    });
    if (applied === null) {
      return fail(
        `${where} has no Placard tables yet, so nothing stored (keys, campaigns, retention) can be checked.`,
        'npx placard migrate && npx placard seed (or start the server once: it migrates and seeds on start).',
      );
    }
    const problems: Outcome[] = [];
    const pending = known.filter((name) => !applied.includes(name));
    const unknown = applied.filter((name) => !known.includes(name));
    if (pending.length > 0) {
      problems.push(
        warn(
          `${plural(pending.length, 'migration')} not applied yet: ${listOf(pending)}.`,
          'npx placard migrate (the server also applies them when it starts).',
        ),
      );
    }
    if (unknown.length > 0) {
      problems.push(
        warn(
          `The database has ${plural(unknown.length, 'migration')} this build does not know (${listOf(unknown)}): is an older build running?`,
          'Deploy the build that made them.',
        ),
      );
    }
    if (db.kind === 'pglite') {
      problems.push(
        warn(
          'PGlite is one process: the CLI cannot open it while the server runs, no second instance can share it, ' +
            'and a backup means copying the folder with the server stopped.',
          'Set DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/placard (PostgreSQL) and restart; back it up with pg_dump.',
        ),
      );
    }
    const state =
      pending.length === 0 && unknown.length === 0 ? `schema current (${plural(known.length, 'migration')})` : 'schema';
    if (problems.length === 0) return ok(`${where}, ${state}.`);
    return {
      status: 'warn',
      detail: `${where}, ${state}. ${problems.map((problem) => problem.detail).join(' ')}`,
      fix: problems.map((problem) => problem.fix).join(' '),
    };
  },
};

interface CampaignRetention {
  slug: string;
  days: number;
  overdue: boolean;
  signatures: number;
  letters: number;
}

export const retention: Check = {
  id: 'retention',
  title: 'Retention of supporters’ data',
  async run({ config, db, now }) {
    const campaigns = await readOnly(db, async (sql) => {
      const { rows } = await sql.query<CampaignRetention>(
        `SELECT c.slug, c.retention_days_after_close AS days, o.overdue,
                CASE WHEN o.overdue THEN (SELECT count(*) FROM signatures s
                                           WHERE s.campaign_id = c.id AND s.anonymised_at IS NULL) ELSE 0 END::int AS signatures,
                -- A letter still queued for its MP is kept until it has gone, by design.
                CASE WHEN o.overdue THEN (SELECT count(*) FROM messages m
                                           WHERE m.campaign_id = c.id AND m.anonymised_at IS NULL AND m.status <> 'queued')
                     ELSE 0 END::int AS letters
           FROM campaigns c,
                LATERAL (SELECT c.status = 'closed' AND c.closed_at + make_interval(days => c.retention_days_after_close)
                                + interval '${OVERDUE_GRACE_HOURS} hours' <= $1::timestamptz AS overdue) o
          ORDER BY c.slug`,
        [now()],
      );
      return rows;
    });
    const runs = 'Every server process anonymises on start and hourly (nothing in the configuration turns that off)';
    const overdue = campaigns.filter((c) => c.overdue && c.signatures + c.letters > 0);
    if (overdue.length > 0) {
      const lines = overdue.map(
        (c) =>
          `${c.slug} (${plural(c.signatures, 'signature')}, ${plural(c.letters, 'letter')} not anonymised, ${c.days} days after close)`,
      );
      return fail(
        `Closed campaigns past their retention period still hold supporters' personal data: ${lines.join('; ')}. ` +
          `${runs}, so no server has run it for over ${OVERDUE_GRACE_HOURS} hours.`,
        'Start the server and keep it running (it anonymises on start); if it is running, look in its logs for "maintenance failed".',
      );
    }
    const problems: Outcome[] = [];
    const long = campaigns.filter((c) => c.days > LONG_RETENTION_DAYS);
    if (long.length > 0) {
      problems.push(
        warn(
          `${plural(long.length, 'campaign')} ${long.length === 1 ? 'keeps' : 'keep'} supporters' data more than a year after closing: ` +
            `${listOf(long.map((c) => `${c.slug} (${c.days} days)`))}. Keep it no longer than your privacy notice says you need.`,
          `Shorten it per campaign, e.g. ${patchCampaign(config, long[0]!.slug, '{"retentionDaysAfterClose":90}')}`,
        ),
      );
    }
    if (config.unconfirmedExpiryDays > LONG_UNCONFIRMED_DAYS) {
      problems.push(
        warn(
          `UNCONFIRMED_EXPIRY_DAYS=${config.unconfirmedExpiryDays}: unconfirmed signatures and letters (data of people who may never have asked) are kept that long.`,
          'Remove UNCONFIRMED_EXPIRY_DAYS (default 7) or set a week or two, and restart the server.',
        ),
      );
    }
    const byDays = new Map<number, string[]>();
    for (const c of campaigns) byDays.set(c.days, [...(byDays.get(c.days) ?? []), c.slug]);
    const periods =
      campaigns.length === 0
        ? 'No campaigns yet (each keeps supporters’ data 90 days after closing unless set otherwise).'
        : `Supporters' data is anonymised ${[...byDays]
            .map(([days, slugs]) => `${days} days after closing for ${listOf(slugs, 3)}`)
            .join('; ')}.`;
    const summary =
      `${periods} Unconfirmed signatures and letters are deleted after ${plural(config.unconfirmedExpiryDays, 'day')}. ` +
      `${runs}; no closed campaign is overdue.`;
    if (problems.length === 0) return ok(summary);
    return {
      status: 'warn',
      detail: `${summary} ${problems.map((problem) => problem.detail).join(' ')}`,
      fix: problems.map((problem) => problem.fix).join(' '),
    };
  },
};

export const privacyNotice: Check = {
  id: 'privacy-notice',
  title: 'Privacy notice on open campaigns',
  async run({ config, db }) {
    const rows = await readOnly(db, async (sql) => {
      const { rows } = await sql.query<{ slug: string; missing: boolean }>(
        `SELECT slug, (btrim(privacy_notice) = '' AND privacy_url IS NULL) AS missing
           FROM campaigns WHERE status = 'open' ORDER BY slug`,
      );
      return rows;
    });
    const missing = rows.filter((row) => row.missing).map((row) => row.slug);
    if (missing.length > 0) {
      return fail(
        `${plural(missing.length, 'open campaign')} ${missing.length === 1 ? 'asks' : 'ask'} for consent without a privacy ` +
          `notice or a link to one: ${listOf(missing)}. Supporters' political opinions need informed, explicit consent.`,
        `Set a notice or link per campaign, e.g. ${patchCampaign(config, missing[0]!, '{"privacyUrl":"https://your-campaign.org/privacy"}')}`,
      );
    }
    return ok(
      rows.length === 0
        ? 'No open campaign yet.'
        : `Every open campaign (${rows.length}) shows a privacy notice or links one.`,
    );
  },
};
