import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLS_CELLS, clsMatrixFigures, shiftNote } from '../lib/cls-matrix.mjs';

test('the matrix has each page at both widths on both networks', () => {
  assert.equal(CLS_CELLS.length, 4 * 2 * 2);
  assert.equal(new Set(CLS_CELLS.map((cell) => cell.name)).size, CLS_CELLS.length);
  assert.ok(CLS_CELLS.some((cell) => cell.name === 'all three page, phone 390 px, +100 ms per request'));
});

test('each cell gives a cold and a warm figure: the worst run, target 0, what moved', () => {
  const [cell] = CLS_CELLS;
  const still = { cls: 0, shifts: [] };
  const moved = {
    cls: 0.12,
    shifts: [{ value: 0.12, fromLoader: 9, sources: ['P out of view', 'P out of view', 'shadow-tree node +20 px'] }],
  };
  const [cold, warm] = clsMatrixFigures([
    { cell, cold: still, warm: still },
    { cell, cold: moved, warm: still },
  ]);
  assert.equal(cold.name, `CLS, ${cell.name}, cold`);
  assert.equal(cold.value, 0.12);
  assert.deepEqual(cold.target, { op: '<=', value: 0 });
  assert.equal(
    cold.note,
    'shifts after the loader ran (worst run): 9 ms, 0.120 (2 × P out of view, shadow-tree node +20 px)',
  );
  assert.equal(warm.value, 0);
  assert.equal(warm.note, undefined);
  assert.equal(shiftNote([still]), undefined);
});
