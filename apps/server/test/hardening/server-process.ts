/** The built server (`node dist/main.js`) as a child process, with everything it writes captured. */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serverRoot } from '../../src/paths.js';

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
export function ensureBuilt(): void {
  let built = 0;
  try {
    built = statSync(MAIN).mtimeMs;
  } catch {}
  if (built > newestMtime(join(serverRoot, 'src'))) return;
  const result = spawnSync('npx', ['tsup'], { cwd: serverRoot, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [MAIN], {
    cwd: serverRoot,
    env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', ...env },
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
      if (!url) return;
      clearTimeout(timer);
      child.stdout!.off('data', check);
      resolve({
        child,
        url,
        output: () => output,
        stop() {
          child.kill('SIGTERM');
          return exit;
        },
      });
    };
    child.stdout!.on('data', check);
    exit.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
}
