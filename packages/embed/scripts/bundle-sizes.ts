import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { WIDGET_TAGS } from './element-tags.js';
import { readManifest } from './embed-manifest.js';

export interface Size {
  min: number;
  gzip: number;
  brotli: number;
}

export interface MeasuredSet extends Size {
  name: string;
  files: string[];
  /** gzip budget in bytes (1 kB = 1000 B), when there is one. */
  budgetGzip?: number;
}

/** One file as a browser gets it: compressed on its own. */
export function measureBytes(bytes: Buffer): Size {
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function measureFiles(distDir: string, files: string[]): Size {
  const total: Size = { min: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const size = measureBytes(readFileSync(join(distDir, file)));
    total.min += size.min;
    total.gzip += size.gzip;
    total.brotli += size.brotli;
  }
  return total;
}

/** The same sets and budgets as .size-limit.js: the loader, loader + each widget, loader + all three, the IIFE. */
export function measureEmbed(distDir: string): MeasuredSet[] {
  const manifest = readManifest(distDir);
  const withLoader = (tags: readonly string[]): string[] => [
    ...new Set([manifest.loader, ...tags.flatMap((tag) => manifest.tags[tag] ?? [])]),
  ];
  const sets: Array<Omit<MeasuredSet, keyof Size>> = [
    { name: 'loader', files: [manifest.loader], budgetGzip: 3000 },
    ...WIDGET_TAGS.map((tag) => ({ name: `loader + ${tag}`, files: withLoader([tag]), budgetGzip: 14_000 })),
    { name: 'loader + all three', files: withLoader(WIDGET_TAGS), budgetGzip: 20_000 },
    { name: 'placard.iife.js', files: [manifest.iife] },
  ];
  return sets.map((set) => ({ ...set, ...measureFiles(distDir, set.files) }));
}
