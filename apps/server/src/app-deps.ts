import type { AreaResolver } from './areas/resolver.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { LiveHub } from './live/hub.js';
import type { Logger } from './logger.js';
import type { EmbedArchive } from './pages/embed-archive.js';
import type { RepresentativeLookup } from './representatives/lookup.js';

/** What every route module is built from. */
export interface AppDeps {
  config: Config;
  db: Database;
  logger: Logger;
  representatives: RepresentativeLookup;
  /** Finds new signatures' constituencies after they are written. */
  areas: AreaResolver;
  live: LiveHub;
  /** Every embed version served so far, for pinned snippets (pages/embed-archive.ts). */
  embedArchive: EmbedArchive;
}
