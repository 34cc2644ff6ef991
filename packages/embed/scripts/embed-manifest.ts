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
  /** Per tag: the entry chunk first, then every chunk it imports statically. */
  tags: Record<string, string[]>;
  /**
   * Per tag: the chunks it loads once the supporter shows intent (its form), beyond
   * those in `tags`. Catalogues, loaded by language, are in neither list.
   */
  onIntent: Record<string, string[]>;
}

export const MANIFEST_PATH = 'embed/manifest.json';

export function readManifest(distDir: string): EmbedManifest {
  return JSON.parse(readFileSync(`${distDir}/${MANIFEST_PATH}`, 'utf8')) as EmbedManifest;
}
