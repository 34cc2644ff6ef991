import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, relative, resolve, sep } from 'node:path';
import { type Representations, representations } from '../http/content-encoding.js';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** One version of a file: its bytes, ETag and (made on demand, then kept) compressed encodings. */
export type StaticFile = Representations;

/** Content held in memory (a page built at start-up) served like a file: strong ETag over the bytes. */
export function memoryFile(content: string | Uint8Array, contentType: string): StaticFile {
  const body = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return representations(body, `"${createHash('sha1').update(body).digest('base64url')}"`, contentType);
}

const cache = new Map<string, { mtimeMs: number; size: number; file: StaticFile }>();

/**
 * A file under `root` by URL path, or null when there is none (or the path
 * tries to leave `root`). Contents, ETag and compressed encodings are cached
 * until the file changes.
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.split(/[\\/]/).includes('..')) return null;
  const path = resolve(root, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  const inside = relative(root, path);
  if (inside.startsWith('..') || inside.startsWith(sep) || inside === '') return null;
  const contentType = CONTENT_TYPES[extname(path).toLowerCase()];
  if (!contentType) return null;
  try {
    const info = await stat(path);
    if (!info.isFile()) return null;
    const cached = cache.get(path);
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.file;
    const file = memoryFile(new Uint8Array(await readFile(path)), contentType);
    cache.set(path, { mtimeMs: info.mtimeMs, size: info.size, file });
    return file;
  } catch {
    return null;
  }
}
