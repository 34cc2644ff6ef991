import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mean, median, percentile } from '../lib/stats.mjs';

test('percentiles are nearest-rank, so p99 of 20 samples is the slowest', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
  assert.equal(percentile(hundred, 50), 50);
  assert.equal(percentile(hundred, 99), 99);
  assert.equal(percentile(hundred, 100), 100);
  const twenty = [5, 1, 9, 3, 700, 2, 4, 6, 8, 7, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
  assert.equal(percentile(twenty, 99), 700);
  assert.equal(median([3, 1, 2]), 2);
});

test('an empty sample has no percentile or mean', () => {
  assert.ok(Number.isNaN(percentile([], 50)));
  assert.ok(Number.isNaN(mean([])));
  assert.equal(mean([1, 2, 6]), 3);
});
