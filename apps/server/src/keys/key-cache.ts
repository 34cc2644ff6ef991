import type { Database } from '../db/database.js';
import { findPublishableKey, type PublishableKeyRow } from './store.js';

// Keys are read on every write; a few seconds of caching spares the database
// while a revoked key still stops working quickly. Misses always ask the
// database, so a key created a moment ago works at once.
const TTL_MS = 5_000;
const MAX_KEYS = 1_000;

interface Cache {
  keys: Map<string, { row: PublishableKeyRow; expires: number }>;
}

const caches = new WeakMap<Database, Cache>();

function cacheFor(db: Database): Cache {
  let cache = caches.get(db);
  if (!cache) {
    cache = { keys: new Map() };
    caches.set(db, cache);
  }
  return cache;
}

export async function cachedPublishableKey(db: Database, key: string): Promise<PublishableKeyRow | null> {
  const cache = cacheFor(db);
  const hit = cache.keys.get(key);
  if (hit && hit.expires > Date.now()) return hit.row;
  const row = await findPublishableKey(db, key);
  cache.keys.delete(key);
  if (row) {
    if (cache.keys.size >= MAX_KEYS) cache.keys.delete(cache.keys.keys().next().value as string);
    cache.keys.set(key, { row, expires: Date.now() + TTL_MS });
  }
  return row;
}
