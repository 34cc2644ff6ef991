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

  const archive = deps.embedArchive;

  app.get('/embed.js', (c) => serve(c, '/embed.js'));
  app.get('/embed.css', (c) => serve(c, '/embed.css'));

  // Pinned embeds (pages/embed-archive.ts). The SRI hashes of every version's files:
  // a snippet pinned to a version carries its loader's and stylesheet's.
  app.get('/embed/integrity.json', async (c) => {
    const versions = Object.fromEntries(
      await Promise.all(archive.versions.map(async (version) => [version, await archive.integrity(version)])),
    );
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cache-Control', 'public, max-age=300');
    return c.json({ latest: archive.versions[0] ?? null, versions });
  });

  // `/embed/0.3.1/…`: one version's files, which never change.
  app.get('/embed/:version{[0-9][0-9A-Za-z.-]*}/*', (c) => {
    const version = c.req.param('version');
    if (!archive.versions.includes(version)) return c.notFound();
    return serve(c, c.req.path.slice(`/embed/${version}`.length), archive.folder(version), true);
  });

  // `/embed/v0/…`: the newest archived version of a major, moving with upgrades. A chunk
  // is looked for in every version of that major, newest first, so a page that loaded
  // the alias's loader just before an upgrade still finds its (content-hashed) chunks.
  app.get('/embed/:major{v[0-9]+}/*', async (c) => {
    const major = c.req.param('major').slice(1);
    const path = c.req.path.slice(`/embed/v${major}`.length);
    const candidates = archive.versions.filter((version) => version.split('.')[0] === major);
    const chunk = path.startsWith('/embed/chunks/');
    for (const version of chunk ? candidates : candidates.slice(0, 1)) {
      if (await readStaticFile(archive.folder(version), path)) return serve(c, path, archive.folder(version), chunk);
    }
    return c.notFound();
  });

  app.get('/embed/*', (c) => serve(c, c.req.path));

  async function serve(c: Context<AppEnv>, path: string, from = root, pinned = false) {
    const file = await readStaticFile(from, path);
    if (!file) return c.notFound();
    const immutable = pinned || path.startsWith('/embed/chunks/');
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Timing-Allow-Origin', '*');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
    return sendRepresentation(c, file);
  }

  return app;
}
