import { openClient } from './client.js';
import { responseSchemas } from './response-schemas.js';
import type { ClientOptions, PlacardClient } from './types.js';

export * from './exports.js';

/**
 * Creates a client for one Placard API. Every method validates its input before any
 * request, and every answer against the contract unless `validateResponses: false`.
 */
export function createClient(options: ClientOptions): PlacardClient {
  return openClient(options, responseSchemas);
}
