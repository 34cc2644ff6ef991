import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';

export const PUBLIC_READ_CACHE = 'public, max-age=5, stale-while-revalidate=30';

/**
 * Whether the request's If-None-Match names `etag` (weak comparison, `*` included). Not Hono's
 * etag middleware, which hashes each answer after it is made: reads hash the JSON before
 * sending it, and static files carry the ETag computed once when they are loaded.
 */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => {
    const value = tag.trim();
    return value === '*' || value.replace(/^W\//, '') === bare;
  });
}

/**
 * A cacheable JSON read: short public caching so a CDN or browser can absorb
 * a busy page, an ETag over the body, and 304 when the client has it already.
 */
export function cachedJson(c: Context<AppEnv>, body: unknown, cacheControl = PUBLIC_READ_CACHE): Response {
  const json = JSON.stringify(body);
  const etag = `W/"${createHash('sha1').update(json).digest('base64url')}"`;
  c.header('ETag', etag);
  c.header('Cache-Control', cacheControl);
  if (matchesEtag(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
  c.header('Content-Type', 'application/json');
  return c.body(json, 200);
}
