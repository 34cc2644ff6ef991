import { html, type SafeHtml } from '../pages/html.js';

/**
 * A hex cartogram of the 650 Westminster constituencies, drawn as plain SVG on the server: the
 * console pages carry no script and no `style` attributes, so colours are SVG presentation
 * attributes. It supplements a table of the same counts and never replaces it. No file or
 * Node API here (hex-layout-file.ts reads the data), so Storybook draws it in a browser too.
 */

/** HexJSON offset conventions (https://open-innovations.org/projects/hexmaps/hexjson). */
export type HexOffset = 'odd-r' | 'even-r' | 'odd-q' | 'even-q';

export interface Hex {
  /** Display name. */
  n: string;
  /** Column. */
  q: number;
  /** Row; HexJSON rows count upwards, unlike SVG's y. */
  r: number;
  region?: string;
}

export interface HexLayout {
  layout: HexOffset;
  /** Keyed by ONS constituency code (PCON24CD). */
  hexes: Readonly<Record<string, Hex>>;
}

export interface HexMapOptions {
  /** Opens the accessible name, e.g. "Signatures by constituency". */
  title: string;
  /** One hex's tooltip, e.g. "Leeds Central and Headingley: 12 signatures". */
  describe(name: string, count: number): string;
  /** Element id prefix: must be unique on the page if there are two maps. */
  id?: string;
}

const OFFSETS: readonly HexOffset[] = ['odd-r', 'even-r', 'odd-q', 'even-q'];

/** Checks the shape, so a damaged data file fails at start, not as a half-drawn map. */
export function parseHexLayout(text: string): HexLayout {
  const data = JSON.parse(text) as { layout?: unknown; hexes?: Record<string, Partial<Hex>> };
  if (!OFFSETS.includes(data.layout as HexOffset)) throw new Error(`Unknown HexJSON layout ${String(data.layout)}.`);
  const hexes: Record<string, Hex> = {};
  for (const [code, hex] of Object.entries(data.hexes ?? {})) {
    if (typeof hex.n !== 'string' || !Number.isInteger(hex.q) || !Number.isInteger(hex.r)) {
      throw new Error(`HexJSON hex ${code} lacks a name or whole-number q and r.`);
    }
    hexes[code] = { n: hex.n, q: hex.q!, r: hex.r!, ...(hex.region ? { region: hex.region } : {}) };
  }
  return { layout: data.layout as HexOffset, hexes };
}

const SQRT3 = Math.sqrt(3);
// The spec counts parity on absolute coordinates, and this layout's rows are negative: -23 is odd.
const isOdd = (n: number) => Math.abs(n) % 2 === 1;

/**
 * A hex's centre for a circumradius of 1, in SVG axes (y down). "-r" layouts are pointy-topped
 * and shove alternate rows right by half a hex; "-q" layouts are flat-topped and shove
 * alternate columns up by half a hex. Neighbours' centres are then √3 apart either way.
 */
export function hexCentre(offset: HexOffset, q: number, r: number): { x: number; y: number } {
  if (offset === 'odd-r' || offset === 'even-r') {
    const shove = isOdd(r) === (offset === 'odd-r') ? 0.5 : 0;
    return { x: SQRT3 * (q + shove), y: -1.5 * r };
  }
  const shove = isOdd(q) === (offset === 'odd-q') ? 0.5 : 0;
  return { x: 1.5 * q, y: -SQRT3 * (r + shove) };
}

/**
 * Sequential steps, light to dark (viridis-like hues, so they differ in hue as well as
 * lightness), after "none", which is the background white. Six colours cannot each be 3:1 from
 * their neighbour (that needs 3⁵ = 243:1; black on white is 21:1), so the lightness is spread
 * evenly instead: about 1.75:1 between neighbours, and steps 2–5 are 3:1 or more against white.
 * Every hex has a grey outline at 3:1 against white, so empty ones still show. The map draws its
 * own white backdrop, so these figures hold on a dark-mode page too.
 */
export const NO_SIGNATURES = '#ffffff';
export const STEPS = ['#dcc30a', '#57a346', '#027672', '#01467d', '#230a53'] as const;
export const OUTLINE = '#8a8a8a';
const TEXT = '#1c1b1f';

/** Rounds to 1, 2 or 5 × a power of ten, nearest on a log scale, so legend ranges read easily. */
function nice(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const candidates = [1, 2, 5, 10].map((m) => m * power);
  return candidates.reduce((best, c) => (Math.abs(Math.log(c / value)) < Math.abs(Math.log(best / value)) ? c : best));
}

/**
 * Lower bounds of up to five classes. Signatures per constituency are heavy-tailed (a few
 * seats hold most), so the bounds are spaced geometrically between 1 and the largest count:
 * linear steps would leave almost every hex in the first class.
 */
export function stepBounds(max: number): number[] {
  const bounds = [1];
  if (max < 2) return bounds;
  for (let i = 1; i < STEPS.length; i++) {
    const bound = nice(max ** (i / STEPS.length));
    if (bound > bounds.at(-1)! && bound <= max) bounds.push(bound);
  }
  return bounds;
}

/** Which colour a count gets: fewer classes than colours spread over the whole scale. */
export function shade(count: number, bounds: readonly number[]): string {
  if (!(count >= 1)) return NO_SIGNATURES;
  let index = 0;
  while (index + 1 < bounds.length && count >= bounds[index + 1]!) index++;
  const spread = bounds.length > 1 ? Math.round((index * (STEPS.length - 1)) / (bounds.length - 1)) : 0;
  return STEPS[spread]!;
}

const SIZE = 10; // circumradius in user units
const PAD = 8;
const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** The outline of a hex around (x, y), with relative moves to keep 650 of them small. */
function hexPath(offset: HexOffset, x: number, y: number): string {
  const h = (SQRT3 / 2) * SIZE;
  const s = SIZE;
  if (offset.endsWith('-r')) {
    return `M${fmt(x)} ${fmt(y - s)}l${fmt(h)} ${s / 2}v${s}l${fmt(-h)} ${s / 2}l${fmt(-h)} ${-s / 2}v${-s}z`;
  }
  return `M${fmt(x - s)} ${fmt(y)}l${s / 2} ${fmt(-h)}h${s}l${s / 2} ${fmt(h)}l${-s / 2} ${fmt(h)}h${-s}z`;
}

export function hexMap(layout: HexLayout, counts: ReadonlyMap<string, number>, o: HexMapOptions): SafeHtml {
  const id = o.id ?? 'hex-map';
  const entries = Object.entries(layout.hexes).map(([code, hex]) => {
    const raw = counts.get(code) ?? 0;
    return { hex, count: Number.isFinite(raw) && raw > 0 ? raw : 0, at: hexCentre(layout.layout, hex.q, hex.r) };
  });
  const bounds = stepBounds(Math.max(0, ...entries.map((e) => e.count)));
  const withAny = entries.filter((e) => e.count > 0).length;

  // Hex extents beyond the centres: a half width across and a full radius down for pointy tops.
  const pointy = layout.layout.endsWith('-r');
  const [spanX, spanY] = pointy ? [(SQRT3 / 2) * SIZE, SIZE] : [SIZE, (SQRT3 / 2) * SIZE];
  const xs = entries.map((e) => e.at.x * SIZE);
  const ys = entries.map((e) => e.at.y * SIZE);
  const left = Math.min(...xs) - spanX - PAD;
  const top = Math.min(...ys) - spanY - PAD;
  const mapWidth = Math.max(...xs) + spanX + PAD - left;
  const mapHeight = Math.max(...ys) + spanY + PAD - top;

  const hexes = entries.map(
    ({ hex, count, at }) =>
      html`<path d="${hexPath(layout.layout, at.x * SIZE - left, at.y * SIZE - top)}" fill="${shade(count, bounds)}"><title>${o.describe(hex.n, count)}</title></path>`,
  );

  // Legend: "None" then one swatch per class, in a row under the map.
  const labels = bounds.map((low, i) => {
    const high = (bounds[i + 1] ?? 0) - 1;
    const from = low.toLocaleString('en-GB');
    if (i === bounds.length - 1) return { label: `${from}+`, fill: shade(low, bounds) };
    return { label: high === low ? from : `${from}–${high.toLocaleString('en-GB')}`, fill: shade(low, bounds) };
  });
  let x = PAD;
  const legendY = mapHeight + 4;
  const items = [{ label: 'None', fill: NO_SIGNATURES }, ...labels].map(({ label, fill }) => {
    const item = html`<rect x="${x}" y="${legendY}" width="14" height="14" fill="${fill}" stroke="${OUTLINE}"/><text x="${x + 19}" y="${legendY + 11.5}">${label}</text>`;
    x += 19 + label.length * 7 + 14; // roughly 7 units a character at 12px
    return item;
  });
  const width = Math.ceil(Math.max(mapWidth, x));
  const height = Math.ceil(legendY + 14 + PAD);

  const summary = `${o.title}: ${withAny.toLocaleString('en-GB')} of ${entries.length.toLocaleString('en-GB')} constituencies have at least one`;
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="hex-map" role="img" aria-labelledby="${id}-title" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title id="${id}-title">${summary}</title><rect width="${width}" height="${height}" fill="${NO_SIGNATURES}"/><g stroke="${OUTLINE}" stroke-width="0.8">${hexes}</g><g font-family="system-ui, sans-serif" font-size="12" fill="${TEXT}">${items}</g></svg>`;
}
