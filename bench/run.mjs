#!/usr/bin/env node
// Runs every benchmark in turn and records the figures beside their targets.
//   node bench/run.mjs            full run → bench/results/latest.{json,md}
//   node bench/run.mjs --short    a few seconds each, to prove they work → results/short.{json,md}
//   node bench/run.mjs read-path  only the named ones → results/subset.{json,md}
// BENCH_MODE=short is the same as --short. Missed targets are recorded, not
// failures: the exit code is 1 only when a benchmark itself broke.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describeMachine, loadAverage } from './lib/machine.mjs';
import { benchDir, resultsDir } from './lib/paths.mjs';
import { stopOwnPostgres } from './lib/postgres.mjs';
import { consoleLine, judge, writeResults } from './lib/report.mjs';

const BENCHMARKS = ['bundle-weight', 'first-render', 'signing-throughput', 'live-fanout', 'read-path'];

const args = process.argv.slice(2);
const short = args.includes('--short') || process.env.BENCH_MODE === 'short';
const chosen = args.filter((arg) => !arg.startsWith('--'));
const unknown = chosen.filter((name) => !BENCHMARKS.includes(name));
if (unknown.length) {
  console.error(`Unknown benchmark ${unknown.join(', ')}. Choose from: ${BENCHMARKS.join(', ')}.`);
  process.exit(2);
}
const names = chosen.length ? BENCHMARKS.filter((name) => chosen.includes(name)) : BENCHMARKS;
const outName = short ? 'short' : chosen.length ? 'subset' : 'latest';

const machine = describeMachine();
const run = { mode: short ? 'short' : 'full', machine, benchmarks: [] };
console.log(
  `Placard benchmarks (${run.mode}) on ${machine.cores} × ${machine.model}, Node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}`,
);

for (const name of names) {
  const file = `bench/${name}.mjs`;
  const started = performance.now();
  const module = await import(join(benchDir, `${name}.mjs`));
  const entry = { name, file, title: module.title ?? name, description: module.description, results: [] };
  console.log(`\n▶ ${entry.title} (${file})`);
  const context = {
    short,
    machine,
    log: (message) => console.log(`  · ${message}`),
    /** Database versions and settings, for the report header. */
    noteDatabase: (label, text) => {
      machine.databases[label] = text;
    },
  };
  try {
    const figures = await module.run(context);
    entry.results = figures.map(judge);
  } catch (error) {
    entry.error = error?.stack ?? String(error);
    console.error(`  ✖ ${name} broke: ${entry.error}`);
  }
  entry.durationMs = Math.round(performance.now() - started);
  for (const figure of entry.results) console.log(consoleLine(figure));
  run.benchmarks.push(entry);
}

await stopOwnPostgres();
run.loadAverageAtEnd = loadAverage();
await mkdir(resultsDir, { recursive: true });
await writeResults(run, join(resultsDir, `${outName}.json`), join(resultsDir, `${outName}.md`));
const figures = run.benchmarks.flatMap((b) => b.results);
const judged = figures.filter((f) => f.pass !== undefined);
const broken = run.benchmarks.filter((b) => b.error);
console.log(
  `\n${judged.filter((f) => f.pass).length}/${judged.length} targets met; ${broken.length} benchmark(s) broke. Wrote bench/results/${outName}.{json,md}.`,
);
process.exit(broken.length ? 1 : 0);
