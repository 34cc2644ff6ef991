import { ApiError } from '@placard/contract';
import type { MiddlewareHandler } from 'hono';
import { cachedPublishableKey } from '../keys/key-cache.js';
import { originAllowed } from '../keys/origin-pattern.js';
import { findSecretKey } from '../keys/store.js';
import type { AppEnv } from './app-env.js';
import { allowRequestOrigin } from './cors.js';

function bearer(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/**
 * Writes: a publishable key (`Authorization: Bearer pk_…`) and, from a
 * browser, one of that key's origins. A request with no Origin (a server, curl)
 * is allowed: origins protect partners' keys from other sites, and a server
 * can send any Origin it likes anyway. Errors carry the request's origin in
 * ACAO so the widget can read them.
 *
 * Echoing a refused origin in ACAO leaks nothing: the page only learns the
 * fixed `origin_not_allowed` envelope naming its own origin, nothing stored
 * or read on its behalf; without ACAO the browser hides the answer and the
 * widget can only guess "offline" and retry.
 */
export const requirePublishableKey: MiddlewareHandler<AppEnv> = async (c, next) => {
  const origin = c.req.header('Origin');
  if (origin) allowRequestOrigin(c, origin);
  const key = bearer(c.req.header('Authorization'));
  if (!key) {
    throw new ApiError('unauthorized', 'Send a publishable key as "Authorization: Bearer pk_…".');
  }
  if (!key.startsWith('pk_')) {
    throw new ApiError('unauthorized', 'This endpoint takes a publishable key (pk_…).');
  }
  const row = await cachedPublishableKey(c.get('deps').db, key);
  if (!row) throw new ApiError('unauthorized', 'This publishable key is unknown or revoked.');
  if (origin && !originAllowed(origin, row.origins)) {
    throw new ApiError('origin_not_allowed', `This key is not allowed on ${origin}. Add the origin to the key.`);
  }
  c.set('partnerKey', { keyId: row.id, partner: row.partner, testMode: row.mode === 'test' });
  await next();
};

/**
 * Admin: a secret key (`Bearer sk_…`), and never from a browser: a request
 * with an Origin header is refused before the key is even looked at, so a
 * leaked key cannot be used (or probed) from a web page.
 */
export const requireSecretKey: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.header('Origin')) {
    throw new ApiError('forbidden', 'Secret keys are for servers: this request came from a browser page.');
  }
  const key = bearer(c.req.header('Authorization'));
  if (!key?.startsWith('sk_')) {
    throw new ApiError('unauthorized', 'Send a secret key as "Authorization: Bearer sk_…".');
  }
  const row = await findSecretKey(c.get('deps').db, key);
  if (!row) throw new ApiError('unauthorized', 'This secret key is unknown or revoked.');
  await next();
};
