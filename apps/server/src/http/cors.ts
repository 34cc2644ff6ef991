import { ApiError } from '@placard/contract';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

const EXPOSED = 'Retry-After, X-Request-Id, ETag';
const WRITE_HEADERS = 'Authorization, Content-Type, Idempotency-Key';
const READ_HEADERS = 'Last-Event-ID, If-None-Match, Cache-Control';

/** Public reads (and the error answers of any `/v1` path but admin) are readable from every origin. */
export function allowAnyOrigin(c: Context): void {
  c.header('Access-Control-Allow-Origin', '*');
  c.header('Access-Control-Expose-Headers', EXPOSED);
}

/** A write's answer, success or error, readable by the page that sent it. */
export function allowRequestOrigin(c: Context, origin: string): void {
  c.header('Access-Control-Allow-Origin', origin);
  c.header('Access-Control-Expose-Headers', EXPOSED);
  c.header('Vary', 'Origin', { append: true });
}

/** Sets `*` on `/v1` answers except admin ones; the key middleware narrows it on writes. */
export const publicCors: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.req.path.startsWith('/v1/admin')) allowAnyOrigin(c);
  await next();
};

/**
 * Preflights. Reads: any origin. Writes: any origin too, echoed with
 * `Vary: Origin`; admin: never from a browser, so no CORS at all.
 *
 * A write's preflight does not decide whether the origin may write: only the
 * real request carries the key, and `requirePublishableKey` checks the origin
 * against that key's own list. Refusing the preflight instead would make the
 * browser drop the request unsent, and the page would see a bare network
 * error ("You're offline") rather than `origin_not_allowed`. Letting it
 * through opens nothing: every write route takes a publishable key and
 * refuses a foreign origin before it reads the body or stores anything.
 */
export const preflight: MiddlewareHandler<AppEnv> = async (c) => {
  if (c.req.path.startsWith('/v1/admin')) {
    c.header('Access-Control-Allow-Origin', undefined);
    throw new ApiError('forbidden', 'The admin API takes a secret key from a server, never from a browser.');
  }
  const method = (c.req.header('Access-Control-Request-Method') ?? 'GET').toUpperCase();
  c.header('Access-Control-Max-Age', '600');
  if (method === 'GET' || method === 'HEAD') {
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
    c.header('Access-Control-Allow-Headers', READ_HEADERS);
    return c.body(null, 204);
  }
  const origin = c.req.header('Origin');
  if (origin) allowRequestOrigin(c, origin);
  else c.header('Access-Control-Allow-Origin', undefined);
  c.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  c.header('Access-Control-Allow-Headers', WRITE_HEADERS);
  return c.body(null, 204);
};
