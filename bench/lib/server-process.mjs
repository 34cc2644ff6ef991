// The real server as a separate process (`node apps/server/dist/main.js`), so
// its CPU and memory are its own and the load generator does not share its event loop.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../scripts/free-port.mjs';
import { repoRoot, requireBuilt, SEED_SLUG, serverMain } from './paths.mjs';

const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 20_000;
const KEPT_LINES = 40;
// USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK).
const CLOCK_TICKS_PER_SECOND = 100;

/** Resident memory of a process in bytes, from /proc (Linux); null elsewhere. */
export function residentBytes(pid) {
  try {
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

async function waitUntilServing(url, child, output) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the server exited with code ${child.exitCode} before serving:\n${output.join('\n')}`);
    }
    try {
      const res = await fetch(`${url}/v1/campaigns/${SEED_SLUG}/petition`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not answer within ${READY_TIMEOUT_MS / 1000} s:\n${output.join('\n')}`);
}

/**
 * Starts the server with rate limits off on a free loopback port: PGlite in a
 * fresh temporary folder unless `databaseUrl` is given. Resolves once the
 * seed campaign answers.
 */
export async function startServerProcess({ databaseUrl, env = {}, nodeArgs = [] } = {}) {
  requireBuilt(serverMain, 'The server (apps/server)');
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'placard-bench-'));
  const child = spawn(process.execPath, [...nodeArgs, serverMain], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      // Production mode will not start without SMTP. The benches sign the seed campaign
      // (immediate, so no mail) and read; a closed port is enough, and nothing is sent.
      SMTP_URL: 'smtp://127.0.0.1:9',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      RATE_LIMITS: 'off',
      LOG_LEVEL: 'warn',
      PLACARD_DATA_DIR: dataDir,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Keep the last lines for an error message; never the one-time admin key box.
  const output = [];
  const keep = (chunk) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim() || /sk_|[│┌└]/.test(line)) continue;
      output.push(line.length > 400 ? `${line.slice(0, 400)}…` : line);
      if (output.length > KEPT_LINES) output.shift();
    }
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(url, child, output);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }

  let stopped = null;
  return {
    url,
    port,
    pid: child.pid,
    dataDir,
    output,
    rss: () => residentBytes(child.pid),
    /** Graceful stop (SIGTERM), killed after a grace period. Keeps the data folder. */
    stop() {
      stopped ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
          const result = await exited;
          clearTimeout(timer);
          return result;
        }
        return exited;
      })();
      return stopped;
    },
    /** Stops if needed and deletes the PGlite folder. */
    async dispose() {
      await this.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); null elsewhere. */
export function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
