import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import type { AppEnv } from '../http/app-env.js';
import { sendRepresentation } from '../http/content-encoding.js';
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
    return sendRepresentation(c, index);
  });

  if (demoDir) {
    app.get('*', async (c, next) => {
      const path = c.req.path;
      if (/^\/(v1|dev|embed)(\/|$)|^\/embed\.js$/.test(path)) return next();
      const file = await readStaticFile(demoDir, path);
      if (!file) return next();
      c.header('Cache-Control', 'no-cache');
      c.header('X-Content-Type-Options', 'nosniff');
      return sendRepresentation(c, file);
    });
  }

  return app;
}
