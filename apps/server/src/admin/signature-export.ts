import type { Context } from 'hono';
import type { Sql } from '../db/database.js';
import { ApiError } from '../http/api-error.js';
import type { AppEnv } from '../http/app-env.js';
import { signaturesCsv } from '../signatures/csv.js';

const MAX_PAGE = 1000;

/** `?format=csv`, or an Accept header that prefers CSV to JSON. */
export function wantsCsv(c: Context<AppEnv>): boolean {
  const format = c.req.query('format');
  if (format !== undefined) {
    if (format === 'csv') return true;
    if (format === 'json') return false;
    throw new ApiError('validation_failed', 'Check format: use csv or json.', { format: 'Use csv or json.' });
  }
  const accept = (c.req.header('Accept') ?? '').toLowerCase();
  return accept.includes('text/csv') && !accept.startsWith('application/json');
}

/** `?limit=` (1–1000, default 100) and `?before=<signature id>` for the JSON list. */
export function signaturePageQuery(c: Context<AppEnv>): { limit?: number; before?: string } {
  const limitText = c.req.query('limit');
  const before = c.req.query('before');
  let limit: number | undefined;
  if (limitText !== undefined) {
    limit = Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
      throw new ApiError('validation_failed', `Check limit: use a whole number from 1 to ${MAX_PAGE}.`, {
        limit: `Use a whole number from 1 to ${MAX_PAGE}.`,
      });
    }
  }
  return { ...(limit !== undefined ? { limit } : {}), ...(before ? { before } : {}) };
}

/**
 * Every signature as CSV, streamed a page at a time so a large campaign is
 * never held in memory. The first chunk is read before answering, so an
 * unknown campaign is still a proper 404.
 */
export async function signatureExport(c: Context<AppEnv>, db: Sql, slug: string): Promise<Response> {
  const lines = signaturesCsv(db, slug)[Symbol.asyncIterator]();
  const first = await lines.next();
  const encoder = new TextEncoder();
  const logger = c.get('logger');
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.done) controller.close();
      else controller.enqueue(encoder.encode(first.value));
    },
    async pull(controller) {
      try {
        const next = await lines.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        logger.error({ err: error }, 'signature export failed mid-stream');
        // The HTTP adapter prints a stream's error to stderr whole, and a database error
        // carries the rows' values: it gets one that says nothing but what happened.
        controller.error(new Error('signature export failed mid-stream'));
      }
    },
    async cancel() {
      await lines.return?.();
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return c.body(body, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${slug}-signatures-${day}.csv"`,
  });
}
