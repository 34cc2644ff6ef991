import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadHexLayout } from '../../src/console/hex-layout-file.js';
import {
  type Hex,
  type HexLayout,
  type HexOffset,
  hexCentre,
  hexMap,
  NO_SIGNATURES,
  OUTLINE,
  parseHexLayout,
  STEPS,
  shade,
  stepBounds,
} from '../../src/console/hex-map.js';
import { serverRoot } from '../../src/paths.js';
import { parseCsv } from '../../src/representatives/mp-list.js';

const options = { title: 'Signatures by constituency', describe: (name: string, count: number) => `${name}: ${count}` };
const WIDTH = Math.sqrt(3); // centre-to-centre distance of neighbours, for a circumradius of 1

const isOdd = (n: number) => Math.abs(n) % 2 === 1;

/** Neighbours straight from the HexJSON spec's wording, independent of the renderer's arithmetic. */
function neighbours(offset: HexOffset, q: number, r: number): [number, number][] {
  if (offset.endsWith('-r')) {
    const shoved = isOdd(r) === (offset === 'odd-r'); // this row sits half a hex right
    const [a, b] = shoved ? [q, q + 1] : [q - 1, q];
    return [
      [q - 1, r],
      [q + 1, r],
      [a, r - 1],
      [b, r - 1],
      [a, r + 1],
      [b, r + 1],
    ];
  }
  const shoved = isOdd(q) === (offset === 'odd-q'); // this column sits half a hex up
  const [a, b] = shoved ? [r, r + 1] : [r - 1, r];
  return [
    [q, r - 1],
    [q, r + 1],
    [q - 1, a],
    [q - 1, b],
    [q + 1, a],
    [q + 1, b],
  ];
}

/** Every pair closer than 1.1 hex widths must be spec neighbours, and every spec neighbour one width away. */
function assertAdjacency(layout: HexLayout) {
  const hexes = Object.values(layout.hexes);
  const at = new Map(hexes.map((h) => [`${h.q},${h.r}`, hexCentre(layout.layout, h.q, h.r)]));
  let pairs = 0;
  for (const hex of hexes) {
    const here = at.get(`${hex.q},${hex.r}`)!;
    const expected = new Set(
      neighbours(layout.layout, hex.q, hex.r)
        .map(([q, r]) => `${q},${r}`)
        .filter((key) => at.has(key)),
    );
    for (const key of expected) {
      const there = at.get(key)!;
      assert.ok(Math.abs(Math.hypot(there.x - here.x, there.y - here.y) - WIDTH) < 1e-9, `${key} next to ${hex.n}`);
    }
    const close = [...at].filter(([key, p]) => {
      const d = Math.hypot(p.x - here.x, p.y - here.y);
      return d > 0 && d < 1.1 * WIDTH && key !== `${hex.q},${hex.r}`;
    });
    assert.deepEqual(new Set(close.map(([key]) => key)), expected, `neighbours of ${hex.n}`);
    pairs += expected.size;
  }
  return pairs;
}

/** A small grid around the origin, negative rows and columns included. */
function grid(layout: HexOffset): HexLayout {
  const hexes: Record<string, Hex> = {};
  for (let q = -3; q <= 3; q++) for (let r = -3; r <= 3; r++) hexes[`${q}/${r}`] = { n: `${q}/${r}`, q, r };
  return { layout, hexes };
}

/** WCAG relative luminance contrast. */
function contrast(a: string, b: string) {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('hex map', () => {
  const layout = loadHexLayout();
  const codes = Object.keys(layout.hexes);

  it('has the 650 constituencies, each at its own place', () => {
    assert.equal(layout.layout, 'odd-r');
    assert.equal(codes.length, 650);
    const svg = hexMap(layout, new Map(), options).value;
    const paths = [...svg.matchAll(/<path d="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(paths.length, 650);
    assert.equal(new Set(paths).size, 650);
  });

  it('puts spec neighbours one hex width apart, in the real layout and all four offsets', () => {
    assert.ok(assertAdjacency(layout) > 1500, 'a connected map has many neighbour pairs');
    for (const offset of ['odd-r', 'even-r', 'odd-q', 'even-q'] as const) assertAdjacency(grid(offset));
  });

  it('shades by count in geometric steps, with a separate colour for none', () => {
    assert.deepEqual(stepBounds(5000), [1, 5, 20, 200, 1000]);
    assert.deepEqual(stepBounds(0), [1]);
    assert.deepEqual(stepBounds(1), [1]);
    const bounds = stepBounds(5000);
    const cases: [number, string][] = [
      [0, NO_SIGNATURES],
      [1, STEPS[0]],
      [4, STEPS[0]],
      [5, STEPS[1]],
      [19, STEPS[1]],
      [20, STEPS[2]],
      [999, STEPS[3]],
      [1000, STEPS[4]],
      [5000, STEPS[4]],
    ];
    for (const [count, colour] of cases) assert.equal(shade(count, bounds), colour, `count ${count}`);
    // Two classes use the two ends of the scale, not its two lightest steps.
    assert.equal(shade(3, stepBounds(3)), STEPS[4]);

    const [first, second] = codes as [string, string];
    const svg = hexMap(
      layout,
      new Map([
        [first, 5000],
        [second, 2],
      ]),
      options,
    ).value;
    assert.match(svg, new RegExp(`fill="${STEPS[4]}"><title>[^<]+: 5000</title>`));
    assert.match(svg, new RegExp(`fill="${STEPS[0]}"><title>[^<]+: 2</title>`));
    assert.equal(svg.split(`fill="${NO_SIGNATURES}"><title>`).length - 1, 648);
    assert.match(svg, />1,000\+</, 'the legend shows the top class');
  });

  it('keeps the contrast the colour comment claims', () => {
    const all = [NO_SIGNATURES, ...STEPS];
    for (let i = 1; i < all.length; i++) assert.ok(contrast(all[i - 1]!, all[i]!) >= 1.7, `${all[i - 1]} / ${all[i]}`);
    for (const step of STEPS.slice(1)) assert.ok(contrast('#ffffff', step) >= 3, step);
    assert.ok(contrast('#ffffff', OUTLINE) >= 3);
  });

  it('escapes constituency names', () => {
    const hostile = parseHexLayout(
      JSON.stringify({ layout: 'odd-r', hexes: { X1: { n: '<script>alert(1)</script>', q: 0, r: 0 } } }),
    );
    const svg = hexMap(hostile, new Map([['X1', 3]]), options).value;
    assert.ok(!svg.includes('<script>'));
    assert.match(svg, /<title>&lt;script&gt;alert\(1\)&lt;\/script&gt;: 3<\/title>/);
  });

  it('sums up how many constituencies have signatures in its accessible name', () => {
    const [a, b, c] = codes as [string, string, string];
    const counts = new Map([
      [a, 12],
      [b, 1],
      [c, 0],
      ['E99999999', 40],
    ]);
    const svg = hexMap(layout, counts, { ...options, id: 'map' }).value;
    assert.match(svg, /^<svg [^>]*role="img" aria-labelledby="map-title"/);
    assert.match(
      svg,
      /<title id="map-title">Signatures by constituency: 2 of 650 constituencies have at least one<\/title>/,
    );
    assert.ok(!svg.includes('style='), 'no style attributes under the console CSP');
  });

  it('joins every hex with uk-mps-2024.csv by ONS code, names agreeing', () => {
    // Read the CSV itself, not the MP list, which skips vacant seats.
    const [header, ...rows] = parseCsv(readFileSync(join(serverRoot, 'data', 'uk-mps-2024.csv'), 'utf8'));
    const [code, name] = [header!.indexOf('pcon24cd'), header!.indexOf('constituency')];
    const names = new Map(rows.filter((row) => row[code]).map((row) => [row[code]!, row[name]!]));
    assert.equal(names.size, 650);
    const joined = codes.filter((c) => names.get(c) === layout.hexes[c]!.n);
    assert.equal(joined.length, 650);
  });
});
