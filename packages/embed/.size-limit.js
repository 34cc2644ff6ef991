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

export default [
  { name: 'loader (embed.js)', path: [LOADER], limit: '3 kB', gzip: true },
  ...WIDGETS.map((tag) => ({ name: `loader + <${tag}>`, path: withLoader([tag]), limit: '14 kB', gzip: true })),
  { name: 'loader + all three widgets', path: withLoader(WIDGETS), limit: '20 kB', gzip: true },
  { name: 'placard.iife.js (everything, one file)', path: [`dist/${manifest.iife}`], gzip: true },
];
