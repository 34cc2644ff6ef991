import { DEMO_PUBLISHABLE_KEY } from '@placard/contract/fixtures';
import type { Database } from '../db/database.js';
import { type Check, fail, listOf, ok, plural, readOnly, warn } from './check.js';
import { isLocalHost, maskKey } from './hosts.js';

interface KeyRow {
  id: string;
  key: string;
  partner: string;
  origins: string[];
  mode: 'test' | 'live';
}

function activePublishableKeys(db: Database): Promise<KeyRow[]> {
  return readOnly(db, async (sql) => {
    const { rows } = await sql.query<KeyRow>(
      'SELECT id::text, key, partner, origins, mode FROM publishable_keys WHERE revoked_at IS NULL ORDER BY created_at, key',
    );
    return rows;
  });
}

/** How to revoke keys: on the console's Partners page, or with the CLI by id. */
export function revokeFix(rows: readonly Pick<KeyRow, 'id'>[]): string {
  const commands = rows.map((row) => `npx placard keys revoke --id ${row.id}`).join('; ');
  return `press Revoke on the console's Partners page (/admin/partners), or run ${commands}`;
}

/** Why one allowed-origin pattern has no place on a live key, or null when it is fine. */
export function originProblem(pattern: string): string | null {
  if (pattern === '*') return 'every site (*)';
  const parts = /^(https?):\/\/(?:\*\.)?(\[[^\]]+\]|[^:/[\]]+)(?::(?:\d+|\*))?$/i.exec(pattern);
  if (!parts) return 'not an origin';
  if (isLocalHost(parts[2] ?? '')) return 'a local address';
  if (parts[1]?.toLowerCase() === 'http') return 'plain http';
  return null;
}

export const liveKeys: Check = {
  id: 'live-keys',
  title: 'Live publishable keys and their origins',
  async run({ db }) {
    const live = (await activePublishableKeys(db)).filter((row) => row.mode === 'live');
    if (live.length === 0) {
      return fail(
        'There is no live publishable key, so partner sites can only use test keys: their letters never reach an MP ' +
          '(they come back to the supporter).',
        'For each partner site: npx placard keys create --live --origin https://www.partner-site.org --partner "Partner name" ' +
          '(repeat --origin for each https origin the widget runs on), and give the partner the key it prints.',
      );
    }
    const bad = live.flatMap((row) => {
      const problems = row.origins.flatMap((origin) => {
        const problem = originProblem(origin);
        return problem ? [`${origin} (${problem})`] : [];
      });
      return problems.length > 0 ? [{ row, problems }] : [];
    });
    if (bad.length > 0) {
      const lines = bad.map(
        ({ row, problems }) => `${maskKey(row.key)} of "${row.partner}" allows ${problems.join(', ')}`,
      );
      return fail(
        `${plural(bad.length, 'live key')} of ${live.length} ${bad.length === 1 ? 'allows' : 'allow'} origins a live key must not: ` +
          `${lines.join('; ')}. Any page there could send real letters to MPs in supporters' names.`,
        'Origins on a key cannot be edited: create a replacement with https origins only (npx placard keys create --live ' +
          '--origin https://www.partner-site.org --partner "Partner name"), switch the partner to it, then revoke the old one: ' +
          `${revokeFix(bad.map(({ row }) => row))}.`,
      );
    }
    return ok(
      `${plural(live.length, 'live key')}, every origin https and public: ` +
        `${listOf(live.map((row) => `${maskKey(row.key)} (${row.partner})`))}.`,
    );
  },
};

export const demoKey: Check = {
  id: 'demo-key',
  title: 'Demo test key',
  async run({ config, db }) {
    const demo = (await activePublishableKeys(db)).find((row) => row.key === DEMO_PUBLISHABLE_KEY);
    if (!demo) return ok(`The demo key ${DEMO_PUBLISHABLE_KEY} is revoked or was never created.`);
    const what =
      `The seeded demo key ${DEMO_PUBLISHABLE_KEY} is active (allowed on ${demo.origins.join(', ')}). It is published ` +
      'in this repository: anyone can sign with it from a script, and those signatures count.';
    const fix = `Revoke it once the demo page is no longer needed: ${revokeFix([demo])}.`;
    return config.production ? warn(what, fix) : ok(`${what} Fine in development; revoke it when going live.`);
  },
};

export const secretKeys: Check = {
  id: 'secret-keys',
  title: 'Secret admin keys',
  async run({ db }) {
    const keys = await readOnly(db, async (sql) => {
      const { rows } = await sql.query<{ label: string; key_prefix: string }>(
        'SELECT label, key_prefix FROM secret_keys WHERE revoked_at IS NULL ORDER BY created_at, key_prefix',
      );
      return rows;
    });
    if (keys.length === 0) {
      return fail(
        'There is no unrevoked secret key, so nobody can use the admin API (campaigns, moderation, exports, erasure requests).',
        'npx placard keys create-secret --label "Campaign staff" (it prints the key once; keep it in your password manager).',
      );
    }
    return ok(
      `${plural(keys.length, 'active secret key')}: ${listOf(keys.map((key) => `"${key.label}" (${key.key_prefix}…)`))}.`,
    );
  },
};
