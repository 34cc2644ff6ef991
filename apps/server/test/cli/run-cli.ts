import { spawn } from 'node:child_process';
import { Writable } from 'node:stream';
import { runCli } from '../../src/cli/run.js';
import type { Database } from '../../src/db/database.js';

/** What a CLI run printed and how it ended. */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Node with `args` as its own process, with only the given environment (and PATH):
 * the CLI as a user runs it. Killed after `timeoutMs`.
 */
export function spawnNode(
  args: string[],
  o: { env: Record<string, string>; cwd?: string; timeoutMs: number },
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      ...(o.cwd ? { cwd: o.cwd } : {}),
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...o.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * The same CLI in this process on an open database, for the many variants of
 * a command: each spawn costs a second of PGlite start-up, so spawned runs
 * cover the real binary's journey and these cover the edge cases.
 */
export async function inProcess(args: string[], db: Database, env: Record<string, string> = {}): Promise<Run> {
  const collect = () => {
    let text = '';
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString();
        done();
      },
    });
    return { stream, text: () => text };
  };
  const out = collect();
  const err = collect();
  const code = await runCli(args, { out: out.stream, err: err.stream, env: { LOG_LEVEL: 'silent', ...env }, db });
  return { code, stdout: out.text(), stderr: err.text() };
}
