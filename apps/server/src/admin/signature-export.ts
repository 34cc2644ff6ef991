import type { Context } from 'hono';
import type { Sql } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { signaturesCsv } from '../signatures/csv.js';

/** `format=csv`, or no `format` and an Accept header that prefers CSV to JSON. */
export function wantsCsv(format: 'csv' | 'json' | undefined, accept: string | undefined): boolean {
  if (format !== undefined) return format === 'csv';
  const accepted = (accept ?? '').toLowerCase();
  return accepted.includes('text/csv') && !accepted.startsWith('application/json');
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
