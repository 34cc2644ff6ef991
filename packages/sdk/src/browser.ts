// The package as browsers resolve it (the `browser` export condition): the same API as
// index.ts, without the response schemas, so a page downloads only the schemas it runs.
import { openClient } from './client.js';
import type { ClientOptions, PlacardClient } from './types.js';

export * from './exports.js';

/**
 * Creates a client for one Placard API. Every method validates its input before any
 * request; answers are trusted unless `validateResponses` is given `responseSchemas`
 * from `@placard/sdk/validate`.
 */
export function createClient(options: ClientOptions): PlacardClient {
  return openClient(options, false);
}
