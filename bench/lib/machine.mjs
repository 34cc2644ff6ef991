// The machine a run was measured on, so figures from different runs can be compared honestly.
import { execFileSync } from 'node:child_process';
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
    databases: {},
  };
}
