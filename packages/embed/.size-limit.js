// Size budgets (gzip, each file compressed on its own as a browser fetches it;
// 1 kB = 1000 bytes). Chunk names are hashed, so the file sets come from the
// build's manifest: a widget's set is the loader plus its entry chunk and every
// chunk it imports statically (Lit, the SDK, English): what is fetched before its
// first view. Its form's chunks (manifest `onIntent`) count only in the "after
// using both forms" set; lazy locales are in none.
import { readFileSync } from 'node:fs';
import { WIDGET_TAGS } from '@placard/elements/tags.js';

const manifest = JSON.parse(readFileSync(new URL('./dist/embed/manifest.json', import.meta.url), 'utf8'));
const LOADER = 'dist/embed.js';

function withLoader(tags, { intent = false } = {}) {
  const files = new Set([LOADER]);
  for (const tag of tags) {
    for (const file of manifest.tags[tag]) files.add(`dist/${file}`);
    if (intent) for (const file of manifest.onIntent[tag]) files.add(`dist/${file}`);
  }
  return [...files];
}

// Issue 13's targets (bench/README.md has the table): ≤ 12 kB fetched until one
// widget's first view, ≤ 16 kB for all three, ≤ 30 kB for all three after using
// both forms. The first views are not there yet: each still carries Lit, the SDK
// with valibot and the contract's input schemas, and the shared base (about
// 22 kB together); the counter's signing form and the MP form's steps after the
// first load on intent. Until the targets are met, CI holds each set at its
// measured size (rounded up to the next 0.05 kB), so nothing grows unnoticed:
// lower these as the sets shrink, and raise one only on purpose, saying why here.
// Raised on purpose so far: the timeline by 0.35 kB (the intent loader the other
// two widgets share is too small for a file of its own, so it is in the core
// chunk: see chunk-plan.ts) and "after using both forms" by 2 kB (the MP form's
// steps in their own chunks: its first view and all three's went down 3.4 kB),
// then every set by about 0.07 kB so that a prefetched response follows the
// SDK's timeout (a hung early request no longer leaves a widget loading), and
// the three first views by 0.05–0.1 kB when the two forms' late-styles code
// became one method of the shared base element.
const RATCHET = {
  'campaign-timeline': '29.9 kB',
  'petition-counter': '28.8 kB',
  'mp-email-form': '29.25 kB',
  all: '36 kB',
  allInteractive: '44.55 kB',
  iife: '38.4 kB',
};

export default [
  { name: 'loader (embed.js)', path: [LOADER], limit: '3 kB', gzip: true },
  ...WIDGET_TAGS.map((tag) => ({
    name: `loader + <${tag}>`,
    path: withLoader([tag]),
    limit: RATCHET[tag],
    gzip: true,
  })),
  { name: 'loader + all three widgets', path: withLoader(WIDGET_TAGS), limit: RATCHET.all, gzip: true },
  {
    name: 'loader + all three widgets, after using both forms',
    path: withLoader(WIDGET_TAGS, { intent: true }),
    limit: RATCHET.allInteractive,
    gzip: true,
  },
  { name: 'placard.iife.js (everything, one file)', path: [`dist/${manifest.iife}`], limit: RATCHET.iife, gzip: true },
];
