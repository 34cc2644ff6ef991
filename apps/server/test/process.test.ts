/**
 * The built server as an operator runs it: `node dist/main.js` on a data
 * folder. First start seeds and prints the admin key once; SIGTERM lets an
 * in-flight request finish, ends live streams, and exits 0; a second start
 * keeps the data and prints no key.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { serverRoot } from '../src/paths.js';
import { signatureBody } from './requests.js';
import { openSse } from './sse-client.js';

const MAIN = join(serverRoot, 'dist', 'main.js');

function newestMtime(folder: string): number {
  return Math.max(
    0,
    ...readdirSync(folder, { withFileTypes: true }).map((entry) => {
      const path = join(folder, entry.name);
      return entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    }),
  );
}

/** Builds dist/ when it is missing or older than the sources (turbo builds it first in CI). */
function ensureBuilt() {
  let built = 0;
  try {
    built = statSync(MAIN).mtimeMs;
  } catch {}
  if (built > newestMtime(join(serverRoot, 'src'))) return;
  const result = spawnSync('npx', ['tsup'], { cwd: serverRoot, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
}

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exit: Promise<number | null>;
}

function startMain(dataDir: string): Promise<Started> {
  const child = spawn(process.execPath, [MAIN], {
    cwd: serverRoot,
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      HOST: '127.0.0.1',
      PLACARD_DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    output += chunk;
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in 30 s:\n${output}`));
    }, 30_000);
    const check = () => {
      const url = /"url":"(http:\/\/[^"]+)"/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        resolve({ child, url, output: () => output, exit });
      }
    };
    child.stdout!.on('data', check);
    exit.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out: ${what}`)), ms).unref()),
  ]);
}

describe('node dist/main.js', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'placard-main-'));
  let running: Started | null = null;
  before(ensureBuilt);
  after(() => {
    running?.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('first start seeds, prints the admin key once, and SIGTERM finishes an in-flight request and exits 0', async () => {
    running = await startMain(dataDir);
    const { url } = running;
    const keys = running.output().match(/sk_[\w-]{20,}/g) ?? [];
    assert.equal(keys.length, 1, running.output());
    assert.match(running.output(), /┌─+┐/);
    const adminKey = keys[0]!;
    const campaigns = await fetch(`${url}/v1/admin/campaigns`, { headers: { Authorization: `Bearer ${adminKey}` } });
    assert.equal(campaigns.status, 200);
    await campaigns.arrayBuffer();

    const stream = await openSse(`${url}/v1/campaigns/ban-chen-quanguo/events`);
    await stream.next((event) => event.event === 'count');

    // Headers and half the body now; the rest after SIGTERM.
    const signer = signatureBody({ name: 'Shutdown Signer' });
    const body = JSON.stringify(signer);
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        `${url}/v1/campaigns/ban-chen-quanguo/signatures`,
        {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(body),
            Authorization: 'Bearer pk_test_demo',
          },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 20));
      setTimeout(() => {
        running!.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(20)), 300);
      }, 200);
    });
    const result = await withTimeout(answer, 10_000, 'the in-flight request');
    assert.equal(result.status, 201, result.body);
    assert.equal(JSON.parse(result.body).petition.count, 6001);
    await withTimeout(stream.ended, 5_000, 'the SSE stream to end');
    assert.equal(await withTimeout(running.exit, 15_000, 'exit'), 0);

    const log = running.output();
    assert.match(log, /"msg":"server stopped"/);
    assert.match(log, /"route":"\/v1\/campaigns\/:slug\/signatures"/);
    // No personal data in the logs.
    assert.ok(!log.includes(signer.email) && !log.includes('Shutdown Signer') && !log.includes('SW1A'));
    running = null;
  });

  test('a second start keeps the data and prints no key', async () => {
    running = await startMain(dataDir);
    const petition = await fetch(`${running.url}/v1/campaigns/ban-chen-quanguo/petition`);
    assert.equal(((await petition.json()) as { count: number }).count, 6001);
    assert.doesNotMatch(running.output(), /sk_/);
    running.child.kill('SIGINT');
    assert.equal(await withTimeout(running.exit, 15_000, 'exit'), 0);
    // One line per request, naming the route that answered it.
    assert.match(running.output(), /"method":"GET","route":"\/v1\/campaigns\/:slug\/petition","status":200/);
    running = null;
  });
});

describe('node dist/main.js with NODE_ENV=production', () => {
  before(ensureBuilt);

  test('refuses to start without SMTP_URL: one line naming it on stderr, exit 1, nothing else', () => {
    const parent = mkdtempSync(join(tmpdir(), 'placard-prod-'));
    const dataDir = join(parent, 'data');
    try {
      const result = spawnSync(process.execPath, [MAIN], {
        cwd: serverRoot,
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'production',
          PORT: '0',
          HOST: '127.0.0.1',
          PLACARD_DATA_DIR: dataDir,
        },
        encoding: 'utf8',
        timeout: 30_000,
      });
      assert.equal(result.status, 1, result.stderr);
      assert.equal(result.stdout, '');
      const lines = result.stderr.split('\n').filter(Boolean);
      assert.equal(lines.length, 1, result.stderr);
      assert.match(lines[0]!, /SMTP_URL/);
      assert.doesNotMatch(result.stderr, /\bat .+:\d+:\d+/, 'no stack trace');
      // It refused before touching anything: no database folder, no admin key.
      assert.equal(existsSync(dataDir), false);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
