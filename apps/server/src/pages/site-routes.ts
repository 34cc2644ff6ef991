import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import type { AppEnv } from '../http/app-env.js';
import { matchesEtag } from '../http/cache.js';
import { PAGE_CSP } from './html.js';
import { landingPage } from './landing.js';
import { readStaticFile } from './static-files.js';

/**
 * `/`: the demo partner site when built (apps/demo/dist, or DEMO_DIR), else a
 * small landing page. Only paths outside the API are looked up on disk.
 */
export function siteRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const demoDir = deps.config.demoDir;

  app.get('/', async (c) => {
    const index = demoDir ? await readStaticFile(demoDir, '/index.html') : null;
    if (!index) {
      c.header('Content-Security-Policy', PAGE_CSP);
      return c.html(landingPage(deps.config));
    }
    c.header('Cache-Control', 'no-cache');
    c.header('ETag', index.etag);
    if (matchesEtag(c.req.header('If-None-Match'), index.etag)) return c.body(null, 304);
    c.header('Content-Type', index.contentType);
    return c.body(index.body as Uint8Array<ArrayBuffer>, 200);
  });

  if (demoDir) {
    app.get('*', async (c, next) => {
      const path = c.req.path;
      if (/^\/(v1|dev|embed)(\/|$)|^\/embed\.js$/.test(path)) return next();
      const file = await readStaticFile(demoDir, path);
      if (!file) return next();
      c.header('Cache-Control', 'no-cache');
      c.header('ETag', file.etag);
      c.header('X-Content-Type-Options', 'nosniff');
      if (matchesEtag(c.req.header('If-None-Match'), file.etag)) return c.body(null, 304);
      c.header('Content-Type', file.contentType);
      return c.body(file.body as Uint8Array<ArrayBuffer>, 200);
    });
  }

  return app;
}
