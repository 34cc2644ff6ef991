import { ApiError, fieldErrors } from '@placard/contract';
import type { Context } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from './app-env.js';

export const MAX_BODY_BYTES = 16 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads the raw body, refusing more than `limit` bytes whether or not Content-Length says so. */
async function readLimited(c: Context<AppEnv>, limit: number): Promise<Uint8Array> {
  const tooLarge = () => new ApiError('payload_too_large', `Send at most ${limit / 1024} KB.`);
  const declared = Number(c.req.header('Content-Length'));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (Number.isFinite(declared) && c.req.header('Transfer-Encoding') === undefined) {
    // Framed by a Content-Length within the limit, the body is that many bytes
    // (Node's HTTP parser enforces it), so read it in one go: asking for
    // `raw.body` builds a whole fetch Request and web stream per request, a
    // tenth of the signing path's CPU. The size is checked again all the same.
    const body = new Uint8Array(await c.req.raw.arrayBuffer());
    if (body.byteLength > limit) throw tooLarge();
    return body;
  }
  const stream = c.req.raw.body;
  if (!stream) return new Uint8Array();
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * Strict JSON in: `application/json` only (415), at most 16 KB (413), valid
 * UTF-8 JSON (400 invalid_json), then the contract schema (422
 * validation_failed with one message per field).
 */
export async function readJson<S extends v.GenericSchema>(c: Context<AppEnv>, schema: S): Promise<v.InferOutput<S>> {
  const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new ApiError('unsupported_media_type', 'Send the body as JSON with "Content-Type: application/json".');
  }
  const bytes = await readLimited(c, MAX_BODY_BYTES);
  let data: unknown;
  try {
    data = JSON.parse(utf8.decode(bytes));
  } catch {
    throw new ApiError('invalid_json', 'The body is not valid JSON.');
  }
  return parseInput(schema, data);
}

/** Validates already-parsed input (a body, a query) against a contract schema. */
export function parseInput<S extends v.GenericSchema>(schema: S, data: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (!result.success) {
    const fields = fieldErrors(result.issues);
    const count = Object.keys(fields).length;
    throw new ApiError(
      'validation_failed',
      count === 1
        ? `Check ${Object.keys(fields)[0]}: ${Object.values(fields)[0]}`
        : `Check the ${count} fields marked.`,
      fields,
    );
  }
  return result.output;
}
