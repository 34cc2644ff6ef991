/**
 * Starts the real server on a free port over a fresh database, for tests on
 * every database in `testDatabases` (PGlite always; PostgreSQL when
 * TEST_DATABASE_URL is set, as `npm test` does with a server started from npm).
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Config, loadConfig } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open.js';
import { openPglite } from '../src/db/pglite.js';
import { migrationsDir, repoRoot } from '../src/paths.js';
import { type RunningServer, type StartOptions, startServer } from '../src/server.js';

export type TestDatabaseKind = 'pglite' | 'postgres';

export const testDatabases: TestDatabaseKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestServer {
  url: string;
  db: Database;
  config: Config;
  /** The admin key seeding created for this server's database. */
  secretKey: string;
  /** The database URL (PostgreSQL only): start a second instance on it with `sameDatabaseAs`. */
  databaseUrl?: string;
  server: RunningServer;
  close(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: `npm test` sets it.');
  return url;
}

/** A new, empty PostgreSQL database next to TEST_DATABASE_URL's; `drop` removes it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = new URL(adminUrl());
  const name = `placard_t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: base.toString() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

let template: Promise<Blob> | null = null;

/**
 * A migrated, empty PGlite data folder as a tarball, cached in the temp folder
 * by PGlite version and migration contents. Loading it takes about a fifth of
 * the time of a fresh PGlite (initdb) plus migrations, and every test file
 * starts at least one server.
 */
export function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    const hash = createHash('sha256');
    hash.update(readFileSync(join(repoRoot, 'node_modules', '@electric-sql', 'pglite', 'package.json')));
    for (const name of readdirSync(migrationsDir).sort()) {
      hash.update(name).update(readFileSync(join(migrationsDir, name)));
    }
    const path = join(tmpdir(), `placard-test-pglite-${hash.digest('hex').slice(0, 16)}.tar`);
    if (existsSync(path)) return new Blob([readFileSync(path)]);
    const db = await openPglite(null);
    await migrate(db);
    const dump = await db.dump();
    await db.close();
    // Written aside and renamed, so a concurrent test process never reads half a file.
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, path);
    return dump;
  })();
  return template;
}

/** An in-memory PGlite, already migrated. */
async function openPgliteForTest(): Promise<Database> {
  return openPglite(null, { loadDataDir: await pgliteTemplate() });
}

/** A folder with the migrations that sort before `name`: a schema as it was before that migration. */
function migrationsBefore(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'placard-migrations-'));
  for (const file of readdirSync(migrationsDir)) {
    if (file < name) copyFileSync(join(migrationsDir, file), join(folder, file));
  }
  return folder;
}

/**
 * A fresh, migrated, unseeded database (PGlite in memory, or a new PostgreSQL
 * database dropped on close). `before: '0004_x.sql'` stops short of that
 * migration, to test what it does to rows already there (`migrate(db)` then runs the rest).
 */
export async function openTestDatabase(kind: TestDatabaseKind, o: { before?: string } = {}): Promise<Database> {
  const folder = o.before ? migrationsBefore(o.before) : undefined;
  if (kind === 'pglite') {
    const db = folder ? await openPglite(null) : await openPgliteForTest();
    await migrate(db, folder);
    return db;
  }
  const created = await createPostgresDatabase();
  const db = await openDatabase({ dataDir: '', databaseUrl: created.url });
  await migrate(db, folder);
  return {
    ...db,
    kind: db.kind,
    async close() {
      await db.close();
      await created.drop();
    },
  };
}

/**
 * The real server, seeded, on 127.0.0.1 and a free port. Rate limits are off
 * and logs silent unless `env` says otherwise (`RATE_LIMITS: '1'`).
 * `sameDatabaseAs` starts a second instance on another server's PostgreSQL database.
 */
export async function startTestServer(
  o: {
    database?: TestDatabaseKind;
    env?: Record<string, string>;
    sameDatabaseAs?: TestServer;
    /** The webhook worker's settings (tests shorten its retries). */
    webhooks?: StartOptions['webhooks'];
  } = {},
): Promise<TestServer> {
  const kind = o.sameDatabaseAs ? 'postgres' : (o.database ?? 'pglite');
  let databaseUrl: string | undefined;
  let drop: (() => Promise<void>) | undefined;
  if (o.sameDatabaseAs) {
    databaseUrl = o.sameDatabaseAs.databaseUrl;
    if (!databaseUrl) throw new Error('sameDatabaseAs needs a server on PostgreSQL.');
  } else if (kind === 'postgres') {
    const created = await createPostgresDatabase();
    databaseUrl = created.url;
    drop = created.drop;
  }
  const archiveDir = mkdtempSync(join(tmpdir(), 'placard-embed-versions-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    RATE_LIMITS: 'off',
    PLACARD_CHECK_ANSWERS: 'on',
    PLACARD_DATA_DIR: '/nonexistent/placard-test',
    // Each server archives the embed versions it serves in a folder of its own.
    EMBED_ARCHIVE_DIR: archiveDir,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...o.env,
  });
  const db = kind === 'pglite' ? await openPgliteForTest() : await openDatabase(config);
  let secretKey = o.sameDatabaseAs?.secretKey ?? '';
  let server: RunningServer;
  try {
    server = await startServer(config, {
      db,
      onAdminKey: (key) => {
        secretKey = key;
      },
      ...(o.webhooks ? { webhooks: o.webhooks } : {}),
    });
  } catch (error) {
    await drop?.();
    throw error;
  }
  return {
    url: server.url,
    db,
    config: server.config,
    secretKey,
    ...(databaseUrl ? { databaseUrl } : {}),
    server,
    async close() {
      await server.close();
      await drop?.();
      rmSync(archiveDir, { recursive: true, force: true });
    },
  };
}
