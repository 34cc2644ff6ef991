/**
 * The server killed with SIGKILL while supporters are signing: every
 * signature it acknowledged as counted must be stored when it comes back, and
 * the public count must rise by exactly the counted rows. Runs on PGlite (the
 * data folder) and on PostgreSQL, against the built `dist/main.js` as an
 * operator runs it.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { serverRoot } from '../../src/paths.js';
import { createPostgresDatabase, testDatabases } from '../harness.js';
import { DEMO_ORIGIN } from '../requests.js';

const MAIN = join(serverRoot, 'dist', 'main.js');
const SLUG = 'ban-chen-quanguo';
const CLIENTS = 16;
/** The kill comes once this many signatures were acknowledged, so a slow machine still kills mid-load. */
const KILL_AFTER_ACKNOWLEDGED = 60;

interface Storage {
  env: Record<string, string>;
  countedEmails(runTag: string): Promise<Set<string>>;
  cleanup(): Promise<void>;
}

async function pgliteStorage(): Promise<Storage> {
  const dataDir = mkdtempSync(join(tmpdir(), 'placard-kill-'));
  return {
    env: { PLACARD_DATA_DIR: dataDir },
    async countedEmails(runTag) {
      // Only once the server has stopped: PGlite allows one process per folder.
      const db = await PGlite.create(dataDir);
      try {
        return await readCounted((text, params) => db.query<{ email: string }>(text, params), runTag);
      } finally {
        await db.close();
      }
    },
    async cleanup() {
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function postgresStorage(): Promise<Storage> {
  const created = await createPostgresDatabase();
  return {
    env: { DATABASE_URL: created.url },
    async countedEmails(runTag) {
      const client = new pg.Client({ connectionString: created.url });
      await client.connect();
      try {
        return await readCounted((text, params) => client.query<{ email: string }>(text, params), runTag);
      } finally {
        await client.end();
      }
    },
    cleanup: created.drop,
  };
}

async function readCounted(
  query: (text: string, params: unknown[]) => Promise<{ rows: { email: string }[] }>,
  runTag: string,
): Promise<Set<string>> {
  const { rows } = await query(
    `SELECT s.email FROM signatures s JOIN campaigns c ON c.id = s.campaign_id
      WHERE c.slug = $1 AND s.status = 'counted' AND s.email LIKE $2`,
    [SLUG, `%-${runTag}-%`],
  );
  return new Set(rows.map((row) => row.email));
}

interface Running {
  child: ChildProcess;
  url: string;
  exited: Promise<void>;
}

function startServer(env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, [MAIN], {
    cwd: serverRoot,
    env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', RATE_LIMITS: 'off', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in 60 s:\n${output}`));
    }, 60_000);
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const url = /"url":"(http:\/\/[^"]+)"/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url, exited });
      }
    });
    exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`server exited before listening:\n${output}`));
    });
  });
}

async function publicCount(url: string): Promise<number> {
  const res = await fetch(`${url}/v1/campaigns/${SLUG}/petition`, { cache: 'no-store' });
  assert.equal(res.status, 200);
  return ((await res.json()) as { count: number }).count;
}

/**
 * Signs from `CLIENTS` loops until the server dies; `onAcknowledged` hears each
 * signature acknowledged as counted. Resolves to all of them.
 */
async function signUntilDead(
  url: string,
  runTag: string,
  onAcknowledged: (total: number) => void,
): Promise<Set<string>> {
  const acknowledged = new Set<string>();
  let dead = false;
  let next = 0;
  const loop = async () => {
    while (!dead) {
      const email = `signer-${runTag}-${next++}@kill.example.org`;
      try {
        const res = await fetch(`${url}/v1/campaigns/${SLUG}/signatures`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: 'Bearer pk_test_demo',
            origin: DEMO_ORIGIN,
            'idempotency-key': randomUUID(),
          },
          body: JSON.stringify({ name: 'Load Signer', email, consent: { privacy: true, updates: false }, website: '' }),
        });
        const body = (await res.json()) as { signature?: { status: string } };
        if (res.status === 201 && body.signature?.status === 'counted') {
          acknowledged.add(email);
          onAcknowledged(acknowledged.size);
        }
      } catch {
        // The connection died with the server: not acknowledged, so no promise was made.
        dead = true;
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, loop));
  return acknowledged;
}

for (const database of testDatabases) {
  describe(`SIGKILL while signing on ${database}`, () => {
    let storage: Storage | undefined;
    after(() => storage?.cleanup());

    it('keeps every acknowledged signature and a count equal to the rows', async () => {
      storage = database === 'pglite' ? await pgliteStorage() : await postgresStorage();
      const runTag = randomUUID().slice(0, 8);
      const first = await startServer(storage.env);
      const countBefore = await publicCount(first.url);

      const acknowledged = await signUntilDead(first.url, runTag, (total) => {
        if (total === KILL_AFTER_ACKNOWLEDGED) first.child.kill('SIGKILL');
      });
      await first.exited;
      assert.ok(acknowledged.size >= KILL_AFTER_ACKNOWLEDGED);

      const second = await startServer(storage.env);
      const countAfter = await publicCount(second.url);
      second.child.kill('SIGTERM');
      await second.exited;

      const stored = await storage.countedEmails(runTag);
      const lost = [...acknowledged].filter((email) => !stored.has(email));
      assert.deepEqual(lost, [], `${lost.length} of ${acknowledged.size} acknowledged signatures were lost`);
      // Rows the server stored but could not acknowledge before dying are fine; the count must match them.
      assert.equal(countAfter - countBefore, stored.size, 'the public count rose by exactly the counted rows');
    });
  });
}
