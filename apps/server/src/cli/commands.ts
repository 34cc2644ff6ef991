import type { ParseArgsConfig } from 'node:util';
import type { TimelineEntryInput } from '@placard/contract';
import { createCampaign, listCampaigns } from '../campaigns/store.js';
import { reconcileCounts } from '../counts/reconcile.js';
import { migrate } from '../db/migrate.js';
import { isOriginPattern } from '../keys/origin-pattern.js';
import {
  createPublishableKey,
  createSecretKey,
  listPublishableKeys,
  listSecretKeys,
  revokePublishableKey,
  revokeSecretKey,
} from '../keys/store.js';
import { countOutbox, retryFailedMail } from '../mail/outbox.js';
import { eraseSupporter } from '../privacy/erase.js';
import { seedDatabase } from '../seed/seed.js';
import { signaturesCsv } from '../signatures/csv.js';
import { addTimelineEntry } from '../timeline/store.js';
import { CliError } from './cli-error.js';
import { type CliContext, table, write } from './context.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface Command {
  /** The words that name it: `campaigns create`. */
  name: string;
  summary: string;
  /** Flag lines for `--help`. */
  flags: string[];
  options: Options;
  /** Flags that must be given: checked before the database is opened. */
  required?: string[];
  /** Checks flag values that need no database, before it is opened; throws CliError. */
  validate?(values: Values): void;
  /** Maps contract field names to the flags they came from, for error messages. */
  flagFor?: Record<string, string>;
  /** False only for `migrate`, which is the migration itself. */
  migrates?: false;
  run(ctx: CliContext, values: Values): Promise<number | undefined>;
}

/** Throws for the first required flag that is missing or empty, or a value `validate` refuses. */
export function checkFlags(command: Command, values: Values): void {
  for (const flag of command.required ?? []) {
    const value = values[flag];
    const given = Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.trim() !== '';
    if (!given) throw new CliError(`--${flag} is required.`);
  }
  command.validate?.(values);
}

function required(values: Values, flag: string): string {
  const value = values[flag];
  if (typeof value !== 'string' || value.trim() === '') throw new CliError(`--${flag} is required.`);
  return value;
}

function optional(values: Values, flag: string): string | undefined {
  const value = values[flag];
  return typeof value === 'string' ? value : undefined;
}

function wholeNumber(text: string, flag: string): number {
  if (!/^\d+$/.test(text.trim())) throw new CliError(`--${flag} must be a whole number, not "${text}".`);
  return Number(text);
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export const commands: Command[] = [
  {
    name: 'migrate',
    summary: 'Apply the SQL migrations the database has not had yet.',
    flags: [],
    options: {},
    migrates: false,
    async run({ db, err }) {
      const applied = await migrate(db);
      await write(err, applied.length > 0 ? `Applied ${applied.join(', ')}.\n` : 'The schema is up to date.\n');
      return 0;
    },
  },
  {
    name: 'seed',
    summary: 'Add the seed campaign, the demo key pk_test_demo and a first admin key (if none exists).',
    flags: [],
    options: {},
    async run({ db, out, err }) {
      const result = await seedDatabase(db);
      await write(
        err,
        `${result.campaignCreated ? 'Created' : 'Kept'} the seed campaign; ${result.demoKeyCreated ? 'created' : 'kept'} the demo key pk_test_demo.\n`,
      );
      if (result.adminKey) {
        await write(err, 'A first secret admin key (shown this once; only its hash is stored):\n');
        await write(out, `${result.adminKey}\n`);
      }
      return 0;
    },
  },
  {
    name: 'campaigns create',
    summary: 'Create a campaign.',
    flags: [
      '--slug <slug>          URL name: lower-case letters, digits, hyphens (required)',
      '--title <text>         (required)',
      '--goal <n>             petition goal (required)',
      '--mode <mode>          immediate | double-opt-in (default double-opt-in)',
      '--summary <text>',
      '--milestone <n>        a count to celebrate; repeat for more',
      '--closed               create it closed',
    ],
    options: {
      slug: { type: 'string' },
      title: { type: 'string' },
      goal: { type: 'string' },
      mode: { type: 'string' },
      summary: { type: 'string' },
      milestone: { type: 'string', multiple: true },
      closed: { type: 'boolean' },
    },
    required: ['slug', 'title', 'goal'],
    flagFor: { signatureMode: '--mode', milestones: '--milestone' },
    validate(values) {
      const mode = optional(values, 'mode') ?? 'double-opt-in';
      if (mode !== 'immediate' && mode !== 'double-opt-in') {
        throw new CliError(`--mode must be immediate or double-opt-in, not "${mode}".`);
      }
      wholeNumber(required(values, 'goal'), 'goal');
      for (const n of (values.milestone as string[] | undefined) ?? []) wholeNumber(n, 'milestone');
    },
    async run({ db, out, err }, values) {
      const mode = optional(values, 'mode') ?? 'double-opt-in';
      const summary = optional(values, 'summary');
      const campaign = await createCampaign(db, {
        slug: required(values, 'slug'),
        title: required(values, 'title'),
        goal: wholeNumber(required(values, 'goal'), 'goal'),
        signatureMode: mode === 'immediate' ? 'immediate' : 'double_opt_in',
        status: values.closed ? 'closed' : 'open',
        milestones: ((values.milestone as string[] | undefined) ?? []).map((n) => wholeNumber(n, 'milestone')),
        ...(summary !== undefined ? { summary } : {}),
      });
      await write(err, `Created campaign "${campaign.slug}" (goal ${campaign.petition.goal}, ${mode}).\n`);
      await write(out, json(campaign));
      return 0;
    },
  },
  {
    name: 'campaigns list',
    summary: 'List every campaign with its count.',
    flags: ['--json                 print JSON instead of a table'],
    options: { json: { type: 'boolean' } },
    async run({ db, out }, values) {
      const campaigns = await listCampaigns(db);
      if (values.json) {
        await write(out, json(campaigns));
        return 0;
      }
      await write(
        out,
        table(
          ['SLUG', 'STATUS', 'MODE', 'COUNT', 'GOAL', 'TITLE'],
          campaigns.map((c) => [
            c.slug,
            c.status,
            c.signatureMode === 'immediate' ? 'immediate' : 'double-opt-in',
            String(c.petition.count),
            String(c.petition.goal),
            c.title,
          ]),
        ),
      );
      return 0;
    },
  },
  {
    name: 'timeline add',
    summary: "Add an entry to a campaign's timeline (broadcast live to open widgets).",
    flags: [
      '--campaign <slug>      (required)',
      '--date <YYYY-MM-DD>    (required)',
      '--kind <kind>          milestone | news | action (required)',
      '--title <text>         (required)',
      '--body <text>',
      '--url <https://…>',
    ],
    options: {
      campaign: { type: 'string' },
      date: { type: 'string' },
      kind: { type: 'string' },
      title: { type: 'string' },
      body: { type: 'string' },
      url: { type: 'string' },
    },
    required: ['campaign', 'date', 'kind', 'title'],
    async run({ db, out, err }, values) {
      const slug = required(values, 'campaign');
      const body = optional(values, 'body');
      const url = optional(values, 'url');
      const entry = await addTimelineEntry(db, slug, {
        date: required(values, 'date'),
        // The store validates it against the contract's kinds.
        kind: required(values, 'kind') as TimelineEntryInput['kind'],
        title: required(values, 'title'),
        ...(body !== undefined ? { body } : {}),
        ...(url !== undefined ? { url } : {}),
      });
      await write(err, `Added timeline entry ${entry.id} to "${slug}".\n`);
      await write(out, json(entry));
      return 0;
    },
  },
  {
    name: 'keys create',
    summary: 'Create a publishable key for a partner site (test mode unless --live).',
    flags: [
      '--origin <origin>      an allowed origin: https://partner.org, http://localhost:*, https://*.partner.org;',
      '                       repeat for more (at least one)',
      '--partner <name>       who the key belongs to (default: the first origin)',
      '--live                 a live key: letters really go to MPs',
    ],
    options: {
      origin: { type: 'string', multiple: true },
      partner: { type: 'string' },
      live: { type: 'boolean' },
    },
    required: ['origin'],
    validate(values) {
      const bad = ((values.origin as string[] | undefined) ?? []).find((origin) => !isOriginPattern(origin));
      if (bad !== undefined) {
        throw new CliError(
          `--origin "${bad}" is not an origin: use one like https://partner.org or http://localhost:*.`,
        );
      }
    },
    async run({ db, out, err }, values) {
      const origins = (values.origin as string[] | undefined) ?? [];
      const partner = optional(values, 'partner')?.trim() || origins[0]!;
      const mode = values.live ? 'live' : 'test';
      const key = await createPublishableKey(db, { partner, origins, mode });
      await write(err, `Created a ${mode} publishable key for "${partner}", allowed on ${origins.join(', ')}.\n`);
      await write(out, `${key}\n`);
      return 0;
    },
  },
  {
    name: 'keys create-secret',
    summary: 'Create a staff key, named for its person, for the console and the admin API (shown once).',
    flags: ['--label <text>         whose key it is, e.g. their name (required)'],
    options: { label: { type: 'string' } },
    required: ['label'],
    async run({ db, out, err }, values) {
      const key = await createSecretKey(db, required(values, 'label').trim());
      await write(err, 'Created a secret admin key. It is shown this once; only its hash is stored.\n');
      await write(out, `${key}\n`);
      return 0;
    },
  },
  {
    name: 'keys list',
    summary: 'List publishable and staff keys (staff keys by their first characters only).',
    flags: ['--json                 print JSON instead of tables'],
    options: { json: { type: 'boolean' } },
    async run({ db, out }, values) {
      const [publishable, staff] = await Promise.all([listPublishableKeys(db), listSecretKeys(db)]);
      if (values.json) {
        await write(out, json({ publishable, staff }));
        return 0;
      }
      const status = (revokedAt: Date | null) => (revokedAt ? 'revoked' : 'live');
      await write(
        out,
        table(
          ['ID', 'PARTNER', 'MODE', 'STATUS', 'ORIGINS'],
          publishable.map((k) => [k.id, k.partner, k.mode, status(k.revokedAt), k.origins.join(' ')]),
        ),
      );
      await write(out, '\n');
      await write(
        out,
        table(
          ['ID', 'STAFF', 'STARTS', 'STATUS', 'LAST SIGNED IN'],
          staff.map((k) => [k.id, k.label, `${k.prefix}…`, status(k.revokedAt), k.lastUsedAt?.toISOString() ?? '-']),
        ),
      );
      return 0;
    },
  },
  {
    name: 'keys revoke',
    summary: 'Revoke a publishable or staff key by its ID (from "keys list"); a staff key\'s console sessions end.',
    flags: ["--id <id>              the key's ID (required)"],
    options: { id: { type: 'string' } },
    required: ['id'],
    async run({ db, err }, values) {
      const id = required(values, 'id').trim();
      if (await revokePublishableKey(db, id)) {
        await write(err, 'Revoked the publishable key: writes with it stop within seconds.\n');
        return 0;
      }
      const outcome = await revokeSecretKey(db, id);
      if (outcome === 'revoked') {
        await write(err, 'Revoked the staff key and ended its console sessions.\n');
        return 0;
      }
      if (outcome === 'last_key') {
        throw new CliError(
          'That is the last live staff key: create another first (keys create-secret), or nobody could sign in.',
        );
      }
      throw new CliError(`No live key has the ID "${id}" (see "placard keys list").`);
    },
  },
  {
    name: 'export signatures',
    summary: "Write a campaign's signatures as CSV to stdout.",
    flags: ['--campaign <slug>      (required)'],
    options: { campaign: { type: 'string' } },
    required: ['campaign'],
    async run({ db, out, err }, values) {
      const slug = required(values, 'campaign');
      let lines = -1;
      for await (const line of signaturesCsv(db, slug)) {
        await write(out, line);
        lines++;
      }
      await write(err, `Exported ${lines} signature${lines === 1 ? '' : 's'} of "${slug}".\n`);
      return 0;
    },
  },
  {
    name: 'supporters erase',
    summary: "Erase a supporter's personal data from every campaign (signatures, letters, queued mail).",
    flags: ['--email <address>      the address to erase, in any case (required)'],
    options: { email: { type: 'string' } },
    required: ['email'],
    validate(values) {
      const email = required(values, 'email').trim();
      if (!email.includes('@') || email.length > 320) {
        throw new CliError('--email must be an email address, like name@example.org.');
      }
    },
    async run({ db, out, err }, values) {
      const erased = await eraseSupporter(db, required(values, 'email'));
      const total = erased.signatures + erased.letters + erased.mail;
      await write(
        err,
        total === 0
          ? 'Nothing to erase: no personal data is held for that address (never given, or erased already).\n'
          : `Erased: ${erased.signatures} signature${erased.signatures === 1 ? '' : 's'}, ` +
              `${erased.letters} letter${erased.letters === 1 ? '' : 's'}, ${erased.mail} mail${erased.mail === 1 ? '' : 's'}. ` +
              'Counts are unchanged.\n',
      );
      await write(out, json({ erased }));
      return 0;
    },
  },
  {
    name: 'mail retry',
    summary: 'Put mail that failed every attempt back in the queue.',
    flags: [],
    options: {},
    async run({ db, err }) {
      const requeued = await retryFailedMail(db);
      await write(
        err,
        requeued > 0
          ? `Put ${requeued} failed mail${requeued === 1 ? '' : 's'} back in the queue; a running server sends them.\n`
          : 'No failed mail.\n',
      );
      return 0;
    },
  },
  {
    name: 'mail status',
    summary: 'How many mails are pending, sending, sent and failed.',
    flags: [],
    options: {},
    async run({ db, out }) {
      const counts = await countOutbox(db);
      await write(
        out,
        table(
          ['STATUS', 'MAILS'],
          Object.entries(counts).map(([status, n]) => [status, String(n)]),
        ),
      );
      return 0;
    },
  },
  {
    name: 'counts reconcile',
    summary: 'Check every petition count against its signature rows (exit 1 on a mismatch unless --fix).',
    flags: ['--campaign <slug>      only this campaign', '--fix                  rewrite drifted counts from the rows'],
    options: { campaign: { type: 'string' }, fix: { type: 'boolean' } },
    async run({ db, out, err }, values) {
      const slug = optional(values, 'campaign');
      const fix = values.fix === true;
      const results = await reconcileCounts(db, { fix, ...(slug ? { slug } : {}) });
      await write(
        out,
        table(
          ['SLUG', 'COUNTED', 'ROWS', 'STATE'],
          results.map((r) => [r.slug, String(r.counted), String(r.rows), r.ok ? 'ok' : fix ? 'fixed' : 'DRIFT']),
        ),
      );
      const drifted = results.filter((r) => !r.ok).length;
      if (drifted === 0) {
        await write(err, 'Every count matches its rows.\n');
        return 0;
      }
      if (fix) {
        await write(err, `Fixed ${drifted} count${drifted === 1 ? '' : 's'} from the signature rows.\n`);
        return 0;
      }
      await write(err, `${drifted} count${drifted === 1 ? '' : 's'} differ from the rows; run again with --fix.\n`);
      return 1;
    },
  },
  {
    name: 'doctor',
    summary:
      'The go-live checklist: what is missing before real supporters use this server (exit 1 if anything fails).',
    flags: [
      '--json                 print the results as JSON',
      '--postcode <postcode>  whose MP the uk-parliament probe looks up (default SW1A 1AA)',
    ],
    options: { json: { type: 'boolean' }, postcode: { type: 'string' } },
    // It reports on the database as it is: no migration, and it writes nothing.
    migrates: false,
    async run({ config, db, out, err }, values) {
      const { formatChecklist, runChecklist, summarise } = await import('../doctor/checklist.js');
      const postcode = optional(values, 'postcode')?.trim();
      const results = await runChecklist({ config, db, ...(postcode ? { probePostcode: postcode } : {}) });
      const summary = summarise(results);
      if (values.json) {
        await write(out, json(results));
      } else {
        await write(out, formatChecklist(results));
        const counts = `${summary.fail} failed, ${summary.warn} to look at, ${summary.ok} ok`;
        await write(err, summary.ready ? `Ready to go live (${counts}).\n` : `Not ready to go live: ${counts}.\n`);
      }
      return summary.ready ? 0 : 1;
    },
  },
];
