import { ERROR_STATUS, type ErrorCode } from '@placard/contract';

/**
 * An error the API answers with: a stable contract code, a sentence safe to
 * show a person, and optionally per-field messages. Anything thrown that is
 * not an ApiError becomes `internal_error` and is logged, never shown.
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

  toJSON() {
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
