import { ErrorEnvelopeSchema } from '@placard/contract';
import { runSchema } from './contract-schema.js';
import { type PlacardErrorCode, PlacardHttpError, PlacardOriginNotAllowedError } from './errors.js';
import { parseRetryAfter } from './retry-policy.js';

// For answers without a readable envelope (a proxy's HTML page, an empty 502).
const CODE_BY_STATUS: Record<number, PlacardErrorCode> = {
  400: 'invalid_json',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  408: 'timeout',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'validation_failed',
  429: 'rate_limited',
  502: 'unavailable',
  503: 'unavailable',
  504: 'unavailable',
};

function codeForStatus(status: number): PlacardErrorCode {
  return CODE_BY_STATUS[status] ?? (status >= 500 ? 'internal_error' : 'invalid_response');
}

/** Turns a non-2xx answer into a PlacardHttpError, reading the `{ error }` envelope when there is one. */
export function httpError(request: Request, response: Response, text: string): PlacardHttpError {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: fall back to the status below.
  }
  const parsed = runSchema(ErrorEnvelopeSchema, body);
  const envelope = parsed.issues ? undefined : parsed.value.error;
  const { status } = response;
  const code = envelope?.code ?? codeForStatus(status);
  const message = envelope?.message ?? (response.statusText || `HTTP ${status}`);
  const details = {
    status,
    fields: envelope?.fields,
    retryAfter: parseRetryAfter(response.headers.get('retry-after')) ?? envelope?.retryAfter,
    request,
    response,
  };
  if (code === 'origin_not_allowed') {
    const error = new PlacardOriginNotAllowedError(code, message, details);
    const origin = pageOrigin();
    if (origin) Object.assign(error, { origin });
    return error;
  }
  return new PlacardHttpError(code, message, details);
}

/** The origin the browser sent (the page's), or undefined outside a browser page. */
function pageOrigin(): string | undefined {
  const origin = (globalThis as { location?: { origin?: unknown } }).location?.origin;
  return typeof origin === 'string' && origin !== 'null' ? origin : undefined;
}
