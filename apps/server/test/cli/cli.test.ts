import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SEED_SLUG } from '@placard/contract/fixtures';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { openDatabase } from '../../src/db/open.js';
import { findPublishableKey, findSecretKey } from '../../src/keys/store.js';
import { migrationsDir, serverRoot } from '../../src/paths.js';
import { startServer } from '../../src/server.js';
import { startTestServer, type TestServer, testDatabases } from '../harness.js';
import { sign, signatureBody } from '../requests.js';
import { inProcess, type Run, spawnNode } from './run-cli.js';

const CLI = join(serverRoot, 'dist', 'cli.js');

/** Runs the built CLI as a user would, with only the given environment. */
const placard = (args: string[], env: Record<string, string>) => spawnNode([CLI, ...args], { env, timeoutMs: 30_000 });

/** PGlite takes one process at a time: open the CLI's folder only between CLI runs. */
async function withDataDir<T>(dataDir: string, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase({ dataDir });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

before(() => {
  // `npm test` builds first (turbo); a bare run of this file builds once if needed.
  if (!existsSync(CLI)) {
    const built = spawnSync('npx', ['tsup'], { cwd: serverRoot, stdio: 'ignore', timeout: 120_000 });
    assert.equal(built.status, 0, 'building the CLI failed');
  }
});

describe('placard CLI without a database', () => {
  it('prints the command list for --help on stdout and exits 0', async () => {
    const run = await placard(['--help'], {});
    assert.equal(run.code, 0);
    for (const command of [
      'migrate',
      'seed',
      'campaigns create',
      'keys create',
      'export signatures',
      'counts reconcile',
    ]) {
      assert.ok(run.stdout.includes(command), command);
    }
    assert.equal(run.stderr, '');
  });

  it('fails with one clear line for a bad command or flag, before touching the database', async () => {
    const none = await placard([], {});
    assert.equal(none.code, 1);
    assert.match(none.stderr, /^Usage: placard/);
    const cases: Array<[string[], RegExp]> = [
      [['frobnicate'], /^placard: unknown command "frobnicate"/],
      [['campaigns', 'create', '--slug', 'x', '--wat'], /^placard campaigns create: Unknown option '--wat'/],
      [['campaigns', 'create', '--slug', 'x', '--goal', '5'], /^placard campaigns create: --title is required\.$/],
      [
        ['campaigns', 'create', '--slug', 'x', '--title', 'T', '--goal', 'many'],
        /--goal must be a whole number, not "many"\.$/,
      ],
      [
        ['campaigns', 'create', '--slug', 'x', '--title', 'T', '--goal', '5', '--mode', 'sometimes'],
        /--mode must be immediate or double-opt-in/,
      ],
      [['keys', 'create', '--partner', 'P'], /^placard keys create: --origin is required\.$/],
      [['keys', 'create', '--origin', 'partner.example'], /--origin "partner.example" is not an origin/],
    ];
    for (const [args, message] of cases) {
      const run = await placard(args, { PLACARD_DATA_DIR: '/nonexistent/never-created' });
      assert.equal(run.code, 1, args.join(' '));
      assert.match(run.stderr.trimEnd(), message);
      assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
      assert.equal(run.stdout, '');
    }
    assert.equal(existsSync('/nonexistent/never-created'), false);
  });

  it('shows a command’s flags for --help', async () => {
    const run = await placard(['timeline', 'add', '--help'], {});
    assert.equal(run.code, 0);
    assert.match(run.stdout, /--kind <kind> +milestone \| news \| action/);
  });
});

describe('placard CLI on a PGlite folder', () => {
  let dataDir: string;
  const env = () => ({ PLACARD_DATA_DIR: dataDir });
  /** Runs `work` with the folder open in this process (never while a spawned CLI has it). */
  const session = <T>(work: (db: Database) => Promise<T>) => withDataDir(dataDir, work);

  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'placard-cli-'));
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('migrates once, then finds the schema up to date', async () => {
    const first = await placard(['migrate'], env());
    assert.equal(first.code, 0, first.stderr);
    // Every migration in the folder, in order (a list written out here would go stale with each new one).
    const all = readdirSync(migrationsDir)
      .filter((name) => name.endsWith('.sql'))
      .sort();
    assert.ok(all.includes('0004_normalised_email.sql'));
    assert.equal(first.stderr, `Applied ${all.join(', ')}.\n`);
    const second = await placard(['migrate'], env());
    assert.equal(second.code, 0, second.stderr);
    assert.equal(second.stderr, 'The schema is up to date.\n');
  });

  it('seeds once: the seed campaign, the demo key and an admin key printed on stdout', async () => {
    const first = await placard(['seed'], env());
    assert.equal(first.code, 0, first.stderr);
    const key = first.stdout.trim();
    assert.match(key, /^sk_[\w-]+$/);
    await session(async (db) => {
      const second = await inProcess(['seed'], db);
      assert.equal(second.code, 0);
      assert.equal(second.stdout, '');
      assert.match(second.stderr, /Kept the seed campaign/);
      assert.ok(await findSecretKey(db, key));
    });
  });

  it('creates and lists campaigns, refusing bad input by flag name', async () => {
    await session(async (db) => {
      const created = await inProcess(
        [
          'campaigns',
          'create',
          '--slug',
          'cli-test',
          '--title',
          'CLI test',
          '--goal',
          '100',
          '--mode',
          'immediate',
          '--milestone',
          '10',
        ],
        db,
      );
      assert.equal(created.code, 0, created.stderr);
      const campaign = JSON.parse(created.stdout) as {
        slug: string;
        signatureMode: string;
        petition: { goal: number };
      };
      assert.deepEqual([campaign.slug, campaign.signatureMode, campaign.petition.goal], ['cli-test', 'immediate', 100]);
      assert.equal(created.stderr, 'Created campaign "cli-test" (goal 100, immediate).\n');

      const failures: Array<[string[], RegExp]> = [
        [
          ['--slug', 'cli-test', '--title', 'Again', '--goal', '5'],
          /^placard campaigns create: invalid --slug: This slug is taken\.\n$/,
        ],
        [['--slug', 'Bad Slug', '--title', 'T', '--goal', '5'], /invalid --slug: Use lower-case letters/],
        [['--slug', 'ok-slug', '--title', '   ', '--goal', '5'], /--title is required/],
      ];
      for (const [args, message] of failures) {
        const run = await inProcess(['campaigns', 'create', ...args], db);
        assert.equal(run.code, 1, args.join(' '));
        assert.match(run.stderr, message);
      }

      const listed = await inProcess(['campaigns', 'list'], db);
      assert.equal(listed.code, 0);
      const lines = listed.stdout.trimEnd().split('\n');
      assert.match(lines[0] ?? '', /^SLUG +STATUS +MODE +COUNT +GOAL +TITLE$/);
      assert.ok(
        lines.some((line) => /^ban-chen-quanguo +open +immediate +6000 +10000 +Ban Chen Quanguo$/.test(line)),
        listed.stdout,
      );
      assert.ok(
        lines.some((line) => /^cli-test +open +immediate +0 +100 +CLI test$/.test(line)),
        listed.stdout,
      );
      const asJson = JSON.parse((await inProcess(['campaigns', 'list', '--json'], db)).stdout) as unknown[];
      assert.equal(asJson.length, 2);
    });
  });

  it('adds timeline entries, naming the campaign or field at fault', async () => {
    await session(async (db) => {
      const unknown = await inProcess(
        ['timeline', 'add', '--campaign', 'nope', '--date', '2024-03-01', '--kind', 'news', '--title', 'x'],
        db,
      );
      assert.equal(unknown.code, 1);
      assert.equal(unknown.stderr, 'placard timeline add: There is no campaign "nope".\n');

      const added = await inProcess(
        [
          'timeline',
          'add',
          '--campaign',
          'cli-test',
          '--date',
          '2024-03-01',
          '--kind',
          'news',
          '--title',
          'Launched',
          '--url',
          'https://example.org/launch',
        ],
        db,
      );
      assert.equal(added.code, 0, added.stderr);
      const entry = JSON.parse(added.stdout) as { id: string; title: string; url: string };
      assert.deepEqual([entry.title, entry.url], ['Launched', 'https://example.org/launch']);
      const badKind = await inProcess(
        ['timeline', 'add', '--campaign', 'cli-test', '--date', '2024-03-01', '--kind', 'gossip', '--title', 'x'],
        db,
      );
      assert.equal(badKind.code, 1);
      assert.match(badKind.stderr, /^placard timeline add: invalid --kind: /);
      const badUrl = await inProcess(
        [
          'timeline',
          'add',
          '--campaign',
          'cli-test',
          '--date',
          '2024-03-01',
          '--kind',
          'news',
          '--title',
          'x',
          '--url',
          'javascript:alert(1)',
        ],
        db,
      );
      assert.equal(badUrl.code, 1);
      assert.match(badUrl.stderr, /invalid --url: /);
    });
  });

  it('creates publishable and secret keys, printing only the key on stdout', async () => {
    await session(async (db) => {
      const test = await inProcess(
        [
          'keys',
          'create',
          '--origin',
          'https://partner.example',
          '--origin',
          'http://localhost:*',
          '--partner',
          'Partner',
        ],
        db,
      );
      assert.equal(test.code, 0, test.stderr);
      const testKey = test.stdout.trim();
      assert.match(testKey, /^pk_test_[\w-]+$/);

      const live = await inProcess(['keys', 'create', '--origin', 'https://partner.example', '--live'], db);
      const liveKey = live.stdout.trim();
      assert.match(liveKey, /^pk_live_[\w-]+$/);
      const secret = await inProcess(['keys', 'create-secret', '--label', 'ci'], db);
      const secretKey = secret.stdout.trim();
      assert.match(secretKey, /^sk_[\w-]+$/);

      const row = await findPublishableKey(db, testKey);
      assert.deepEqual(
        [row?.partner, row?.origins, row?.mode],
        ['Partner', ['https://partner.example', 'http://localhost:*'], 'test'],
      );
      const liveRow = await findPublishableKey(db, liveKey);
      assert.deepEqual([liveRow?.partner, liveRow?.mode], ['https://partner.example', 'live']);
      assert.equal((await findSecretKey(db, secretKey))?.label, 'ci');

      // Listed by ID and first characters only; revoked by ID, a staff key's sessions with it.
      const listed = JSON.parse((await inProcess(['keys', 'list', '--json'], db)).stdout) as {
        publishable: { id: string; key: string }[];
        staff: { id: string; label: string; prefix: string }[];
      };
      const table = (await inProcess(['keys', 'list'], db)).stdout;
      assert.ok(!table.includes(secretKey) && table.includes(`${secretKey.slice(0, 8)}…`), table);
      const liveId = listed.publishable.find((key) => key.key === liveKey)?.id ?? '';
      const staffId = listed.staff.find((key) => key.label === 'ci')?.id ?? '';
      assert.equal((await inProcess(['keys', 'revoke', '--id', liveId], db)).code, 0);
      assert.equal(await findPublishableKey(db, liveKey), null);
      // The last live staff key is kept: nobody could sign in to the console again.
      await db.query('UPDATE secret_keys SET revoked_at = now() WHERE revoked_at IS NULL AND id <> $1', [staffId]);
      const last = await inProcess(['keys', 'revoke', '--id', staffId], db);
      assert.equal(last.code, 1);
      assert.match(last.stderr, /last live staff key/);
      await inProcess(['keys', 'create-secret', '--label', 'successor'], db);
      assert.equal((await inProcess(['keys', 'revoke', '--id', staffId], db)).code, 0);
      assert.equal(await findSecretKey(db, secretKey), null);
      const again = await inProcess(['keys', 'revoke', '--id', staffId], db);
      assert.equal(again.code, 1);
      assert.match(again.stderr, /No live key has the ID/);
    });
  });

  it('exports the signatures a server took on the same folder as CSV, and reconciles counts', async () => {
    // The server and the CLI share the folder, one after the other.
    const server = await startServer(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', RATE_LIMITS: 'off', PLACARD_DATA_DIR: dataDir }),
      { onAdminKey: () => {} },
    );
    const emails: string[] = [];
    try {
      for (const name of ['Pema', '@SUM(A1)']) {
        const body = signatureBody({ name });
        emails.push(body.email);
        assert.equal((await sign(server.url, SEED_SLUG, body)).status, 201);
      }
    } finally {
      await server.close();
    }

    const exported = await placard(['export', 'signatures', '--campaign', SEED_SLUG], env());
    assert.equal(exported.code, 0, exported.stderr);
    const lines = exported.stdout.split('\r\n').filter(Boolean);
    assert.equal(lines.length, 3);
    assert.match(lines[0] ?? '', /^id,created_at,confirmed_at,status,name,email,/);
    assert.ok(lines[1]?.includes(`,Pema,${emails[0]},`));
    assert.ok(lines[2]?.includes(`,'@SUM(A1),${emails[1]},`));
    assert.equal(exported.stderr, `Exported 2 signatures of "${SEED_SLUG}".\n`);

    await session(async (db) => {
      const missing = await inProcess(['export', 'signatures', '--campaign', 'nope'], db);
      assert.equal(missing.code, 1);
      assert.equal(missing.stdout, '');
      const ok = await inProcess(['counts', 'reconcile'], db);
      assert.equal(ok.code, 0, ok.stderr);
      assert.match(ok.stdout, new RegExp(`^${SEED_SLUG} +2 +2 +ok$`, 'm'));
      await db.query(
        `UPDATE count_shards SET n = n + 5 WHERE shard = (SELECT min(shard) FROM count_shards)
            AND campaign_id = (SELECT id FROM campaigns WHERE slug = $1)`,
        [SEED_SLUG],
      );
    });

    const drift = await placard(['counts', 'reconcile'], env());
    assert.equal(drift.code, 1);
    assert.match(drift.stdout, new RegExp(`^${SEED_SLUG} +7 +2 +DRIFT$`, 'm'));
    assert.match(drift.stderr, /run again with --fix/);
    await session(async (db) => {
      const fixed = await inProcess(['counts', 'reconcile', '--fix', '--campaign', SEED_SLUG], db);
      assert.equal(fixed.code, 0, fixed.stderr);
      assert.match(fixed.stdout, new RegExp(`^${SEED_SLUG} +7 +2 +fixed$`, 'm'));
      const afterFix = await inProcess(['counts', 'reconcile', '--campaign', SEED_SLUG], db);
      assert.equal(afterFix.code, 0);
      assert.match(afterFix.stdout, new RegExp(`^${SEED_SLUG} +2 +2 +ok$`, 'm'));
    });
  });

  it('refuses to change the folder while a server holds it, and makes the change once it has stopped', async () => {
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      RATE_LIMITS: 'off',
      PLACARD_DATA_DIR: dataDir,
    });
    const titles = async (url: string) => {
      const page = (await (await fetch(`${url}/v1/campaigns/${SEED_SLUG}/timeline?limit=100`)).json()) as {
        entries: Array<{ title: string }>;
      };
      return page.entries.map((entry) => entry.title);
    };
    const title = 'Added while the server ran';
    const args = [
      'timeline',
      'add',
      '--campaign',
      SEED_SLUG,
      '--date',
      '2024-05-01',
      '--kind',
      'news',
      '--title',
      title,
    ];

    const server = await startServer(config, { onAdminKey: () => {} });
    let refused: Run;
    try {
      refused = await placard(args, env());
      assert.ok(!(await titles(server.url)).includes(title));
    } finally {
      await server.close();
    }
    assert.equal(refused.code, 1, refused.stderr);
    assert.equal(refused.stdout, '', 'nothing on stdout claims an entry');
    assert.equal(refused.stderr.trimEnd().split('\n').length, 1, refused.stderr);
    assert.match(
      refused.stderr,
      new RegExp(
        `^placard timeline add: the PGlite folder ${dataDir} is in use by the Placard server with process id ${process.pid},`,
      ),
    );
    assert.match(refused.stderr, /nothing was changed\. Stop that process and run this again, or .*admin API/);
    assert.doesNotMatch(refused.stderr, /Added/);

    const added = await placard(args, env());
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stderr, /^Added timeline entry /);
    // The entry is really in the folder: the next server start serves it, once.
    const restarted = await startServer(config, { onAdminKey: () => {} });
    try {
      assert.equal((await titles(restarted.url)).filter((t) => t === title).length, 1);
      // And a server refuses a folder another process holds, in one line.
      const second = spawnSync(process.execPath, [join(serverRoot, 'dist', 'main.js')], {
        env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', PLACARD_DATA_DIR: dataDir },
        encoding: 'utf8',
        timeout: 30_000,
      });
      assert.equal(second.status, 1, second.stderr);
      assert.equal(second.stderr.trimEnd().split('\n').length, 1, second.stderr);
      assert.match(second.stderr, /^placard: the PGlite folder .* is in use by the Placard server/);
    } finally {
      await restarted.close();
    }
  });

  it('takes over a lock left by a process that is gone (killed, never closed)', async () => {
    const gone = spawnSync(process.execPath, ['-e', '']);
    assert.equal(gone.status, 0);
    writeFileSync(
      join(dataDir, 'placard.lock'),
      JSON.stringify({ pid: gone.pid, owner: 'Placard server', token: 'stale', since: new Date().toISOString() }),
    );
    const run = await placard(['mail', 'status'], env());
    assert.equal(run.code, 0, run.stderr);
    assert.equal(existsSync(join(dataDir, 'placard.lock')), false, 'the CLI releases the lock when done');
  });

  it('puts failed mail back in the queue with mail retry', async () => {
    await session(async (db) => {
      await db.query(
        `INSERT INTO mail_outbox (kind, to_address, subject, body_text, status, attempts, last_error)
         VALUES ('test', 'x@example.org', 'stuck', 'x', 'failed', 10, 'refused')`,
      );
      const status = await inProcess(['mail', 'status'], db);
      assert.match(status.stdout, /^failed +1$/m);
      const retried = await inProcess(['mail', 'retry'], db);
      assert.equal(retried.code, 0, retried.stderr);
      assert.match(retried.stderr, /^Put 1 failed mail back in the queue/);
      const { rows } = await db.query<{ status: string; attempts: number }>(
        `SELECT status, attempts FROM mail_outbox WHERE subject = 'stuck'`,
      );
      assert.deepEqual(rows, [{ status: 'pending', attempts: 0 }]);
      assert.equal((await inProcess(['mail', 'retry'], db)).stderr, 'No failed mail.\n');
    });
  });
});

for (const database of testDatabases.filter((kind) => kind === 'postgres')) {
  describe(`placard CLI on ${database} (DATABASE_URL)`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ database });
    });
    after(() => server.close());

    it('works on the running server’s database: a campaign made by the CLI is served at once', async () => {
      const env = { DATABASE_URL: server.databaseUrl! };
      const created = await placard(
        ['campaigns', 'create', '--slug', 'from-cli', '--title', 'From the CLI', '--goal', '50'],
        env,
      );
      assert.equal(created.code, 0, created.stderr);
      const response = await fetch(`${server.url}/v1/campaigns/from-cli`);
      assert.equal(response.status, 200);
      assert.equal(((await response.json()) as { title: string }).title, 'From the CLI');
      const listed = await placard(['campaigns', 'list'], env);
      assert.match(listed.stdout, /^from-cli +open +double-opt-in +0 +50 +From the CLI$/m);
    });
  });
}
