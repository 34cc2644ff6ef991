import { buildOpenApiDocument } from '@placard/contract/openapi';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { cachedJson } from '../http/cache.js';
import { apiReferencePage, type OpenApiDocument } from './api-reference.js';
import { PAGE_CSP } from './html.js';

/** `/v1/openapi.json` from the contract, and `/v1/docs`, the same document as a readable page. */
export function docsRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const doc = buildOpenApiDocument();
  const page = apiReferencePage(doc as unknown as OpenApiDocument);

  app.get('/v1/openapi.json', (c) => cachedJson(c, doc, 'public, max-age=300'));
  app.get('/v1/docs', (c) => {
    c.header('Content-Security-Policy', PAGE_CSP);
    c.header('Cache-Control', 'public, max-age=300');
    return c.html(page);
  });

  return app;
}
