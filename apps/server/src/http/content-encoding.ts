import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { matchesEtag } from './cache.js';

/** The codings the server precomputes, in the order it prefers them when the client ranks them equally. */
export const CODINGS = ['br', 'gzip'] as const;
export type Coding = (typeof CODINGS)[number];

/** Below this, the headers outweigh what compression saves. */
export const MIN_COMPRESS_BYTES = 1024;

const ETAG_SUFFIX: Record<Coding, string> = { br: '-br', gzip: '-gz' };
const COMPRESSIBLE_TYPE = /^(text\/|application\/(json|javascript)|image\/svg\+xml)/;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text-like types (js, css, html, json, map, svg, txt); images and fonts are compressed already. */
export function isCompressible(contentType: string): boolean {
  return COMPRESSIBLE_TYPE.test(contentType);
}

/**
 * Bytes ready to serve in any coding: the identity body and its ETag, and the
 * compressed encodings made on first demand, once. The object stands for one
 * version of the content; a changed file gets a new one.
 */
export interface Representations {
  readonly body: Uint8Array;
  /** The identity ETag, quoted, strong. */
  readonly etag: string;
  readonly contentType: string;
  /** Whether the response can differ by Accept-Encoding (so caches need `Vary`). */
  readonly compressible: boolean;
  /** The body in `coding`, or null when it is not worth it (tiny, or no smaller). Starts making it if needed. */
  encoded(coding: Coding): Promise<Uint8Array | null>;
  /** What `encoded` has settled on so far: undefined while it is still being made (or never asked for). */
  ready(coding: Coding): Uint8Array | null | undefined;
}

export function representations(body: Uint8Array, etag: string, contentType: string): Representations {
  const compressible = isCompressible(contentType);
  const worthIt = compressible && body.byteLength >= MIN_COMPRESS_BYTES;
  // The promise is kept as well as the result: concurrent first requests share one compression.
  const pending = new Map<Coding, Promise<Uint8Array | null>>();
  const settled = new Map<Coding, Uint8Array | null>();
  return {
    body,
    etag,
    contentType,
    compressible,
    encoded(coding) {
      if (!worthIt) return Promise.resolve(null);
      let made = pending.get(coding);
      if (!made) {
        made = compress(body, coding, contentType).then(
          (out) =>
            out.byteLength < body.byteLength ? new Uint8Array(out.buffer, out.byteOffset, out.byteLength) : null,
          // A failed compression is served identity rather than failing the request.
          () => null,
        );
        made.then((result) => settled.set(coding, result));
        pending.set(coding, made);
      }
      return made;
    },
    ready(coding) {
      return worthIt ? settled.get(coding) : null;
    },
  };
}

// Asynchronous, so brotli's quality 11 (tens of milliseconds on a large chunk) runs on
// libuv's thread pool and never stalls other requests on the event loop.
function compress(body: Uint8Array, coding: Coding, contentType: string): Promise<Buffer> {
  if (coding === 'gzip') return gzipAsync(body, { level: 9 });
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      [constants.BROTLI_PARAM_MODE]: contentType.startsWith('text/')
        ? constants.BROTLI_MODE_TEXT
        : constants.BROTLI_MODE_GENERIC,
    },
  });
}

/** The representation's ETag: the identity one with a per-coding suffix inside the quotes. */
export function etagFor(identityEtag: string, coding: Coding | null): string {
  return coding ? identityEtag.replace(/"$/, `${ETAG_SUFFIX[coding]}"`) : identityEtag;
}

/**
 * The codings `Accept-Encoding` allows, best first: higher q first, ties in
 * the server's order (br before gzip). `q=0` rules a coding out, `*` stands
 * for any coding not named, and `x-gzip` is gzip (RFC 9110 §8.4.1.3).
 * Without the header, or with none acceptable, the answer is empty: identity.
 */
export function acceptableCodings(header: string | undefined): Coding[] {
  if (!header) return [];
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [rawName, ...params] = part.split(';');
    const name = rawName?.trim().toLowerCase();
    if (!name) continue;
    let weight = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(param);
      if (match) weight = Number(match[1]);
    }
    if (!Number.isFinite(weight) || weight < 0 || weight > 1) continue;
    const coding = name === 'x-gzip' ? 'gzip' : name;
    // Named twice: the lower weight counts, so a q=0 anywhere always rules the coding out.
    q.set(coding, Math.min(q.get(coding) ?? 1, weight));
  }
  const weightOf = (coding: Coding) => q.get(coding) ?? q.get('*') ?? 0;
  return CODINGS.filter((coding) => weightOf(coding) > 0).sort((a, b) => weightOf(b) - weightOf(a));
}

/**
 * The best accepted coding whose bytes can be had now. An encoding still
 * being made is waited for only when no other accepted one follows it:
 * brotli at quality 11 takes a few hundred milliseconds on a 60 KB chunk,
 * gzip a few, so the first browser after a deploy gets gzip while brotli is
 * made for everyone after it, instead of waiting.
 */
async function pickCoding(rep: Representations, accepted: Coding[]): Promise<[Coding, Uint8Array] | null> {
  for (const [index, coding] of accepted.entries()) {
    let encoded = rep.ready(coding);
    if (encoded === undefined) {
      const making = rep.encoded(coding);
      if (index < accepted.length - 1) continue;
      encoded = await making;
    }
    if (encoded) return [coding, encoded];
  }
  return null;
}

/**
 * Answers with the representation the request accepts: sets `Vary`, the
 * representation's ETag and `Content-Encoding`, and answers 304 when
 * If-None-Match names that ETag. Headers the caller set (caching, CORS) stay.
 * HEAD comes here too: Hono routes it to the GET handler and drops the body.
 */
export async function sendRepresentation(c: Context<AppEnv>, rep: Representations): Promise<Response> {
  let coding: Coding | null = null;
  let body = rep.body;
  if (rep.compressible) {
    c.header('Vary', 'Accept-Encoding', { append: true });
    const picked = await pickCoding(rep, acceptableCodings(c.req.header('Accept-Encoding')));
    if (picked) [coding, body] = picked;
  }
  const etag = etagFor(rep.etag, coding);
  c.header('ETag', etag);
  if (matchesEtag(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
  c.header('Content-Type', rep.contentType);
  if (coding) c.header('Content-Encoding', coding);
  // Explicit, so HEAD (which Hono answers with GET's headers and no body) tells the size too.
  c.header('Content-Length', String(body.byteLength));
  return c.body(body as Uint8Array<ArrayBuffer>, 200);
}
