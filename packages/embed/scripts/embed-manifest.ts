import { readFileSync } from 'node:fs';

/**
 * `dist/embed/manifest.json`: what the build produced, for the size checks,
 * the bench and anyone mirroring the files to a CDN. Paths are relative to
 * `embed.js`, as the loader resolves them.
 */
export interface EmbedManifest {
  version: string;
  loader: string;
  iife: string;
  /**
   * Per widget: the first view the loader draws before the element's code arrives
   * (`@placard/elements` `src/<tag>/<tag>.first-view.ts`), entry chunk first, then
   * every chunk it imports statically. All a page fetches before its widgets show.
   */
  firstView: Record<string, string[]>;
  /**
   * Per tag: the element, entry chunk first, then every chunk it imports statically;
   * fetched once the page's first views are drawn.
   */
  tags: Record<string, string[]>;
  /**
   * Per tag: the chunks it loads once the supporter shows intent (its form), beyond
   * those in `firstView` and `tags`. Catalogues, loaded by language, are in neither list.
   */
  onIntent: Record<string, string[]>;
}

/**
 * Every chunk a page with `tag` fetches: its first view, its element and, with `intent`,
 * its form; each file once.
 */
export function chunksFor(manifest: EmbedManifest, tag: string, { intent = false } = {}): string[] {
  return [
    ...new Set([
      ...(manifest.firstView[tag] ?? []),
      ...(manifest.tags[tag] ?? []),
      ...(intent ? (manifest.onIntent[tag] ?? []) : []),
    ]),
  ];
}

export const MANIFEST_PATH = 'embed/manifest.json';

export function readManifest(distDir: string): EmbedManifest {
  return JSON.parse(readFileSync(`${distDir}/${MANIFEST_PATH}`, 'utf8')) as EmbedManifest;
}
