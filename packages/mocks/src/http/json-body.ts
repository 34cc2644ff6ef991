import { ApiError } from '@placard/contract';
import type * as v from 'valibot';
import { validate } from './validation.js';

/** The same limit as the real server, so an oversized letter fails here too. */
const MAX_BODY_BYTES = 16 * 1024;

export interface JsonBody<Output> {
  /** The body as sent, to tell an idempotent replay from a conflicting reuse of its key. */
  text: string;
  value: Output;
}

/** Reads a write's body the way the server does: JSON only (415), ≤ 16 KB (413), well-formed (400), valid (422). */
export async function readJsonBody<Schema extends v.GenericSchema>(
  request: Request,
  schema: Schema,
): Promise<JsonBody<v.InferOutput<Schema>>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError('unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.');
  }
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) {
    throw new ApiError('payload_too_large', `The body is larger than ${MAX_BODY_BYTES / 1024} KB.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError('invalid_json', 'The body is not valid JSON.');
  }
  return { text, value: validate(schema, json) };
}
