// Size budgets (gzip, each file compressed on its own as a browser fetches it;
// 1 kB = 1000 bytes). Chunk names are hashed, so the file sets come from the
// build's manifest: a widget's set is the loader plus its entry chunk and every
// chunk that imports statically (Lit, the SDK, English); lazy locales are not in it.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('./dist/embed/manifest.json', import.meta.url), 'utf8'));
const WIDGETS = ['campaign-timeline', 'petition-counter', 'mp-email-form'];
const LOADER = 'dist/embed.js';

function withLoader(tags) {
  const files = new Set([LOADER]);
  for (const tag of tags) for (const file of manifest.tags[tag]) files.add(`dist/${file}`);
  return [...files];
}

// Issue 5's budgets are 3 kB for the loader, 14 kB for the loader and any one
// widget, 20 kB for all three. The loader meets its budget; the widgets do not
// yet (about 28–32 kB each, 40 kB together: see the README's performance
// section and bench/results/latest.md). Until they do, CI holds each widget to
// its measured size plus about 2%, so nothing grows unnoticed; lower these
// numbers as the widgets shrink. Raised once, on purpose, by about 0.4 kB per
// set: the loader's sheet that reserves each widget's space before it is
// defined (no layout shift on the host page) and the text-effect reset that
// keeps a host theme's inherited styles out of the widgets. Raised again by
// about 0.15 kB per set for issue 12: the readable "origin not allowed" error
// (its own SDK error class, message and console hint for the partner).
const RATCHET = {
  'campaign-timeline': '29.3 kB',
  'petition-counter': '33.7 kB',
  'mp-email-form': '32.2 kB',
  all: '41.4 kB',
  iife: '37.9 kB',
};

export default [
  { name: 'loader (embed.js)', path: [LOADER], limit: '3 kB', gzip: true },
  ...WIDGETS.map((tag) => ({
    name: `loader + <${tag}>`,
    path: withLoader([tag]),
    limit: RATCHET[tag],
    gzip: true,
  })),
  { name: 'loader + all three widgets', path: withLoader(WIDGETS), limit: RATCHET.all, gzip: true },
  { name: 'placard.iife.js (everything, one file)', path: [`dist/${manifest.iife}`], limit: RATCHET.iife, gzip: true },
];
