import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppDeps } from '../app-deps.js';
import type { AppEnv } from './app-env.js';

/**
 * Gives each request a child logger carrying its id (Hono's request-id middleware, run
 * before this, takes the caller's `X-Request-Id` when sane and echoes it), the app's deps,
 * and one log line when it is answered: method, route pattern (never the URL, which may
 * hold a postcode or token), status, milliseconds and id.
 */
export function requestContext(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const logger = deps.logger.child({ requestId: c.get('requestId') });
    c.set('logger', logger);
    c.set('deps', deps);
    await next();
    let route: string;
    try {
      // After next(), routeIndex is the handler that answered (Hono's compose leaves it there).
      route = routePath(c);
    } catch {
      route = '(unmatched)';
    }
    if (c.res.status === 404 && route.endsWith('*')) route = '(unmatched)';
    logger.info(
      { method: c.req.method, route, status: c.res.status, ms: Math.round((performance.now() - started) * 10) / 10 },
      'request',
    );
  };
}
