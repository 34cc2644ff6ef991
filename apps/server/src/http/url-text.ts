import { ApiError, isStorableText, UNSTORABLE_TEXT_MESSAGE } from '@placard/contract';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

/**
 * Path segments (slugs, ids, tokens) and query values end up in SQL
 * parameters, and PostgreSQL refuses a NUL in text with an error. Node's HTTP
 * parser refuses a raw NUL in the request line, so only a `%00` escape can
 * carry one: refused here once for every route, present and future, rather
 * than in each handler. (Broken escapes and escaped surrogates cannot decode
 * to an unpaired surrogate: the decoders keep them as text or turn them into
 * U+FFFD.)
 */
export const refuseUnstorableUrl: MiddlewareHandler<AppEnv> = async (c, next) => {
  const url = c.req.url;
  if (!url.includes('%')) return next();
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  // No route has a NUL in its path: there is nothing at such an address.
  if (/%00/.test(path)) throw new ApiError('not_found', 'There is nothing at this address.');
  if (queryAt !== -1) {
    for (const [name, value] of new URLSearchParams(url.slice(queryAt + 1))) {
      if (isStorableText(name) && isStorableText(value)) continue;
      const field = isStorableText(name) ? name : 'query';
      throw new ApiError('validation_failed', `Check ${field}: ${UNSTORABLE_TEXT_MESSAGE}`, {
        [field]: UNSTORABLE_TEXT_MESSAGE,
      });
    }
  }
  return next();
};
