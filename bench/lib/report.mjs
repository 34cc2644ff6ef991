// How figures are judged, printed and written: JSON for machines, Markdown for people.
import { writeFile } from 'node:fs/promises';

const OPS = {
  '<=': (value, target) => value <= target,
  '>=': (value, target) => value >= target,
};

/** A figure's pass/miss against its target, unless the benchmark decided it already. */
export function judge(figure) {
  if (figure.pass !== undefined || !figure.target) return figure;
  const test = OPS[figure.target.op];
  if (!test) throw new Error(`unknown target operator ${figure.target.op} for "${figure.name}"`);
  return { ...figure, pass: Number.isFinite(figure.value) && test(figure.value, figure.target.value) };
}

const INTEGER_UNITS = new Set(['B', 'requests', 'signatures', 'rows', 'subscribers', 'events']);

export function formatValue(value, unit) {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'number') return `${value}${unit ? ` ${unit}` : ''}`;
  if (!Number.isFinite(value)) return `n/a${unit ? ` ${unit}` : ''}`;
  const digits = INTEGER_UNITS.has(unit) || Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 3;
  const text = value.toLocaleString('en-GB', { maximumFractionDigits: digits });
  return unit ? `${text} ${unit}` : text;
}

export function formatTarget(figure) {
  if (!figure.target) return '';
  const op = figure.target.op === '<=' ? '≤' : '≥';
  return `${op} ${formatValue(figure.target.value, figure.unit)}`;
}

export function verdict(figure) {
  if (figure.pass === undefined) return '';
  return figure.pass ? 'pass' : 'MISS';
}

/** One line for the console as each figure comes in. */
export function consoleLine(figure) {
  const target = figure.target ? `  (target ${formatTarget(figure)}: ${verdict(figure)})` : '';
  const note = figure.note ? `  — ${figure.note}` : '';
  return `  ${figure.name.padEnd(52)} ${formatValue(figure.value, figure.unit).padStart(16)}${target}${note}`;
}

const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');

function machineTable(machine, run) {
  const gb = (bytes) => `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
  const rows = [
    ['Mode', run.mode],
    ['Date', machine.date],
    ['Git commit', machine.commit],
    ['CPU', `${machine.cores} × ${machine.model}`],
    [
      'CPU yardstick (lower is faster)',
      machine.cpuYardstickMs === undefined
        ? '—'
        : `${machine.cpuYardstickMs} ms for 100,000 rounds of PBKDF2-SHA256 on one core`,
    ],
    ['Memory', gb(machine.memoryBytes)],
    ['Node', machine.node],
    ['OS', machine.os],
    ['Open-file limit (ulimit -n)', machine.openFileLimit],
    ['Load average (1/5/15 min) at start', machine.loadAverageAtStart.join(' / ')],
    ['Load average at end', run.loadAverageAtEnd?.join(' / ') ?? '—'],
    ...Object.entries(machine.databases).map(([name, text]) => [`Database: ${name}`, text]),
  ];
  return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`)].join('\n');
}

function benchmarkSection(bench) {
  const lines = [`## ${bench.title} (\`${bench.file}\`)`, ''];
  if (bench.description) lines.push(bench.description, '');
  lines.push(`Took ${(bench.durationMs / 1000).toFixed(1)} s.`, '');
  if (bench.error) lines.push(`**The benchmark broke:** ${cell(bench.error)}`, '');
  if (bench.results.length) {
    lines.push('| figure | value | target | result | note |', '|---|---:|---|---|---|');
    for (const figure of bench.results) {
      lines.push(
        `| ${cell(figure.name)} | ${cell(formatValue(figure.value, figure.unit))} | ${cell(formatTarget(figure))} | ${verdict(figure)} | ${cell(figure.note ?? '')} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function renderMarkdown(run) {
  const targets = run.benchmarks.flatMap((b) => b.results).filter((f) => f.pass !== undefined);
  const missed = targets.filter((f) => !f.pass);
  return [
    '# Placard benchmarks',
    '',
    'Written by `node bench/run.mjs`; every figure beside its target. 1 KB = 1,000 bytes. Benchmarks record, they do not fail a build.',
    '',
    machineTable(run.machine, run),
    '',
    `**${targets.length - missed.length} of ${targets.length} targets met.**${missed.length ? ` Missed: ${missed.map((f) => f.name).join('; ')}.` : ''}`,
    '',
    ...run.benchmarks.map(benchmarkSection),
  ].join('\n');
}

export async function writeResults(run, jsonPath, mdPath) {
  await writeFile(jsonPath, `${JSON.stringify(run, null, 2)}\n`);
  await writeFile(mdPath, `${renderMarkdown(run)}\n`);
}
