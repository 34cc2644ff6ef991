import { buildOpenApiDocument } from '@placard/contract/openapi';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { sendRepresentation } from '../http/content-encoding.js';
import { apiReferencePage, type OpenApiDocument } from './api-reference.js';
import { PAGE_CSP } from './html.js';
import { memoryFile } from './static-files.js';

/**
 * `/v1/openapi.json` from the contract, and `/v1/docs`, the same document as a
 * readable page. Both are fixed for the process's life, so they are built once
 * and served like static files: ETag, and brotli or gzip when accepted.
 */
export function docsRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const doc = buildOpenApiDocument();
  const json = memoryFile(JSON.stringify(doc), 'application/json');
  const page = memoryFile(apiReferencePage(doc as unknown as OpenApiDocument), 'text/html; charset=utf-8');

  app.get('/v1/openapi.json', (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return sendRepresentation(c, json);
  });
  app.get('/v1/docs', (c) => {
    c.header('Content-Security-Policy', PAGE_CSP);
    c.header('Cache-Control', 'public, max-age=300');
    return sendRepresentation(c, page);
  });

  return app;
}
