import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compressedSize, sumSizes } from '../lib/compressed-size.mjs';
import { formatValue, judge, renderMarkdown } from '../lib/report.mjs';

test('a figure is judged against its target unless the benchmark judged it', () => {
  assert.equal(judge({ name: 'a', value: 3000, unit: 'B', target: { op: '<=', value: 3000 } }).pass, true);
  assert.equal(judge({ name: 'b', value: 1999, unit: '/s', target: { op: '>=', value: 2000 } }).pass, false);
  assert.equal(judge({ name: 'c', value: Number.NaN, unit: 'ms', target: { op: '<=', value: 1 } }).pass, false);
  assert.equal(judge({ name: 'd', value: null, unit: 'ms', target: { op: '>=', value: 0 } }).pass, false);
  assert.equal(judge({ name: 'e', value: 'yes', pass: true }).pass, true);
  assert.equal(judge({ name: 'f', value: 1, unit: 'ms' }).pass, undefined);
  assert.throws(() => judge({ name: 'g', value: 1, target: { op: '<', value: 2 } }), /unknown target operator/);
});

test('values print with their unit and sensible digits', () => {
  assert.equal(formatValue(13_456, 'B'), '13,456 B');
  assert.equal(formatValue(71.44, 'ms'), '71.4 ms');
  assert.equal(formatValue(0.1324, ''), '0.132');
  assert.equal(formatValue(null, 'ms'), '—');
});

test('the Markdown report heads with the machine and lists each figure with pass or MISS', () => {
  const run = {
    mode: 'full',
    loadAverageAtEnd: [1, 2, 3],
    machine: {
      cores: 2,
      model: 'Test CPU',
      memoryBytes: 2 * 1024 ** 3,
      node: 'v20.0.0',
      os: 'Linux',
      date: '2026-01-01T00:00:00.000Z',
      commit: 'abc',
      openFileLimit: '1024',
      loadAverageAtStart: [0.5, 0.5, 0.5],
      databases: { PostgreSQL: '18.0' },
    },
    benchmarks: [
      {
        title: 'Bundle weight',
        file: 'bench/bundle-weight.mjs',
        durationMs: 1200,
        results: [
          judge({ name: 'loader: gzip', value: 2500, unit: 'B', target: { op: '<=', value: 3000 } }),
          judge({ name: 'widget | gzip', value: 15_000, unit: 'B', target: { op: '<=', value: 14_000 } }),
        ],
      },
    ],
  };
  const md = renderMarkdown(run);
  assert.match(md, /\| CPU \| 2 × Test CPU \|/);
  assert.match(md, /\| Database: PostgreSQL \| 18\.0 \|/);
  assert.match(md, /\| loader: gzip \| 2,500 B \| ≤ 3,000 B \| pass \|/);
  assert.match(md, /\| widget \\\| gzip \| 15,000 B \| ≤ 14,000 B \| MISS \|/);
  assert.match(md, /1 of 2 targets met/);
});

test('files are compressed one by one and their sizes added', () => {
  const text = Buffer.from('placard '.repeat(500));
  const size = compressedSize(text);
  assert.equal(size.min, text.length);
  assert.ok(size.gzip < size.min / 10 && size.brotli < size.min / 10);
  assert.deepEqual(sumSizes([size, size]), { min: 2 * size.min, gzip: 2 * size.gzip, brotli: 2 * size.brotli });
});
