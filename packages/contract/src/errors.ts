import * as v from 'valibot';

/**
 * Every error code the API answers with, and its HTTP status. Codes are
 * stable: clients branch on them, so one is never renamed or reused.
 */
export const ERROR_STATUS = {
  validation_failed: 422,
  invalid_json: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unauthorized: 401,
  origin_not_allowed: 403,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  postcode_not_found: 404,
  mp_email_unavailable: 422,
  /** The address is at a disposable-mail domain and this server refuses those (an operator's choice). */
  email_not_accepted: 422,
  campaign_closed: 409,
  idempotency_conflict: 409,
  token_invalid: 404,
  token_expired: 410,
  rate_limited: 429,
  lookup_unavailable: 503,
  unavailable: 503,
  internal_error: 500,
  /** The request is not valid HTTP (answered before it reaches any route). */
  bad_request: 400,
  /** The request line and headers together exceed what the server reads (16 KB). */
  headers_too_large: 431,
  /** The request's head did not arrive in time. */
  request_timeout: 408,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

export const ErrorCodeSchema = v.picklist(ERROR_CODES);

export const ErrorBodySchema = v.object({
  code: ErrorCodeSchema,
  /** For people: a precise sentence, safe to show. */
  message: v.string(),
  /** Per-field messages keyed by the field's path (`email`, `consent.privacy`). */
  fields: v.optional(v.record(v.string(), v.string())),
  /** Seconds to wait, for `rate_limited` (also sent as `Retry-After`). */
  retryAfter: v.optional(v.number()),
});

export const ErrorEnvelopeSchema = v.object({ error: ErrorBodySchema });

export type ErrorBody = v.InferOutput<typeof ErrorBodySchema>;
export type ErrorEnvelope = v.InferOutput<typeof ErrorEnvelopeSchema>;

/**
 * Turns valibot issues into the envelope's `fields` map: the first message
 * for each field path, so a form can show one message per field.
 */
export function fieldErrors(issues: readonly v.BaseIssue<unknown>[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = v.getDotPath(issue) ?? '_';
    fields[path] ??= issue.message;
  }
  return fields;
}

/**
 * An answer in the error envelope, for the code that writes the API's answers: the
 * reference server and the mocks throw it from their request checks and answer with
 * `status` and `toJSON()`. A stable code, a sentence safe to show a person, and
 * optionally per-field messages and how long to wait before retrying.
 */
export class ApiError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = ERROR_STATUS[code];
  }

  toJSON(): ErrorEnvelope {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.fields ? { fields: this.fields } : {}),
        ...(this.retryAfter !== undefined ? { retryAfter: this.retryAfter } : {}),
      },
    };
  }
}
