import { type Context, Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import type { AppEnv } from '../http/app-env.js';
import { sendRepresentation } from '../http/content-encoding.js';
import { readStaticFile } from './static-files.js';

/**
 * `/embed.js` (the loader), `/embed.css` (the space each widget reserves before
 * it is defined, linked by the builder's snippet) and `/embed/*` from
 * packages/embed/dist, laid out
 * as served. Hashed chunks under `/embed/chunks/` never change: cached for a
 * year. The loader and the rest change with each release: five minutes plus
 * an ETag. Cross-origin readable, since partner pages import() the chunks.
 * Brotli or gzip when the browser takes it: partners hot-linking this server
 * without a CDN would otherwise download about three times the bytes.
 */
export function embedRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const root = deps.config.embedDir;

  app.get('/embed.js', (c) => serve(c, '/embed.js'));
  app.get('/embed.css', (c) => serve(c, '/embed.css'));
  app.get('/embed/*', (c) => serve(c, c.req.path));

  async function serve(c: Context<AppEnv>, path: string) {
    const file = await readStaticFile(root, path);
    if (!file) return c.notFound();
    const immutable = path.startsWith('/embed/chunks/');
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Timing-Allow-Origin', '*');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
    return sendRepresentation(c, file);
  }

  return app;
}
