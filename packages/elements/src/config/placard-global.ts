import type { PlacardPageConfig } from './page-config.js';

/** What the embed loader records about itself on the global. */
export interface PlacardLoaderInfo {
  version: string;
  /** The URL the loader's chunks are resolved against. */
  base: string;
}

/**
 * The one global Placard puts on a page, `window.Placard`. Partners may set `config` before the
 * script runs (their values are kept); the embed loader fills the rest. The elements read `config`
 * and take the loader's `prefetched` responses.
 */
export interface PlacardGlobal {
  version?: string;
  config?: PlacardPageConfig;
  loader?: PlacardLoaderInfo;
  /**
   * In-flight GETs the loader started for the widgets on the page, by URL;
   * the elements take each one (and delete it) instead of asking again.
   */
  prefetched?: Record<string, Promise<Response>>;
}
