// Layout shift of the builder's snippet as pasted, for each widget and all
// three, at desktop and phone width, on loopback and with 100 ms added to each
// request, cold and warm: the cells, and their figures (worst run, target 0).
import { DESKTOP, PHONE } from './browser-profile.mjs';

export const CLS_PAGES = [
  { page: 'counter', label: 'counter' },
  { page: 'timeline', label: 'timeline' },
  { page: 'mp-form', label: 'MP form' },
  { page: 'all', label: 'all three' },
];
export const DEVICES = [DESKTOP, PHONE];
export const NETWORKS = [
  { name: 'loopback', latencyMs: 0 },
  { name: '+100 ms per request', latencyMs: 100 },
];

/** Every combination; each is loaded cold (a new profile) then warm (the same profile, again). */
export const CLS_CELLS = CLS_PAGES.flatMap(({ page, label }) =>
  DEVICES.flatMap((device) =>
    NETWORKS.map((network) => ({ page, device, network, name: `${label} page, ${device.name}, ${network.name}` })),
  ),
);

/** What moved, how far and when, in the run with the worst CLS; undefined when nothing moved. */
export function shiftNote(loads) {
  const worst = loads.reduce((a, b) => (b.cls > a.cls ? b : a));
  if (worst.cls === 0) return undefined;
  const shifts = worst.shifts.map((s) => `${s.fromLoader} ms, ${s.value.toFixed(3)} (${counted(s.sources)})`);
  return `shifts after the loader ran (worst run): ${shifts.join('; ')}`;
}

/** `['P +284 px', 'P +284 px']` → `2 × P +284 px`. */
function counted(items) {
  const counts = new Map();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].map(([item, n]) => (n > 1 ? `${n} × ${item}` : item)).join(', ');
}

/** `runs`: `{ cell, cold, warm }` page loads; one CLS figure per cell and cache state. */
export function clsMatrixFigures(runs) {
  return CLS_CELLS.flatMap((cell) => {
    const mine = runs.filter((run) => run.cell === cell);
    if (mine.length === 0) return [];
    return ['cold', 'warm'].map((state) => {
      const loads = mine.map((run) => run[state]);
      return {
        name: `CLS, ${cell.name}, ${state}`,
        value: Math.max(...loads.map((load) => load.cls)),
        unit: '',
        target: { op: '<=', value: 0 },
        note: shiftNote(loads),
      };
    });
  });
}
