// The machine a run was measured on, so figures from different runs can be compared honestly.
import { execFileSync } from 'node:child_process';
import { pbkdf2Sync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { repoRoot } from './paths.mjs';

function osName() {
  try {
    const text = readFileSync('/etc/os-release', 'utf8');
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(text)?.[1];
    if (pretty) return `${pretty} (${type()} ${release()})`;
  } catch {
    // not Linux, or no os-release
  }
  return `${type()} ${release()}`;
}

function gitCommit() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: repoRoot, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return 'unknown';
  }
}

export function openFileLimit() {
  try {
    return execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

export const loadAverage = () => loadavg().map((x) => Math.round(x * 100) / 100);

/**
 * Milliseconds one core takes for a fixed piece of work (100,000 rounds of
 * PBKDF2-SHA256), best of five. Cloud machines of the same model run at
 * different speeds from day to day; two runs' timings compare only as far as
 * their yardsticks agree.
 */
export function cpuYardstick() {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    pbkdf2Sync('placard', 'yardstick', 100_000, 32, 'sha256');
    best = Math.min(best, performance.now() - start);
  }
  return Math.round(best * 10) / 10;
}

/** Cores, model, memory, Node, OS, date, commit and load; database versions are added by whoever opens them. */
export function describeMachine() {
  const cpu = cpus();
  return {
    cores: cpu.length,
    model: cpu[0]?.model?.trim() ?? 'unknown',
    memoryBytes: totalmem(),
    node: process.version,
    os: osName(),
    date: new Date().toISOString(),
    commit: gitCommit(),
    openFileLimit: openFileLimit(),
    loadAverageAtStart: loadAverage(),
    cpuYardstickMs: cpuYardstick(),
    databases: {},
  };
}
