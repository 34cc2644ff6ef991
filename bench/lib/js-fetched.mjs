// The JavaScript a page fetched from Placard, as files of the embed build
// (served laid out as in packages/embed/dist) and their gzip level 9 sizes,
// each file compressed on its own as the browser fetches it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compressedSize, sumSizes } from './compressed-size.mjs';
import { embedDist } from './paths.mjs';

const sizes = new Map();

/** The built file behind a script URL from the Placard origin, relative to `dist`. */
function embedFile(url, dist = embedDist) {
  const file = decodeURIComponent(new URL(url).pathname).slice(1);
  if (!existsSync(join(dist, file))) {
    throw new Error(`the page fetched ${url}, which is not a file of ${dist}: is the build stale?`);
  }
  return file;
}

/**
 * The files among `scripts` (`{ url, responseEnd }` from Resource Timing) that
 * had arrived by `until` (ms from navigation start), each counted once, and
 * their summed gzip size. `dist`: where the files are, the embed build unless a test says otherwise.
 */
export function jsFetched(scripts, until = Number.POSITIVE_INFINITY, dist = embedDist) {
  const files = [...new Set(scripts.filter((s) => s.responseEnd <= until).map((s) => embedFile(s.url, dist)))].sort();
  const sizeOf = (file) => {
    const path = join(dist, file);
    if (!sizes.has(path)) sizes.set(path, compressedSize(readFileSync(path)));
    return sizes.get(path);
  };
  return { files, gzip: sumSizes(files.map(sizeOf)).gzip };
}
