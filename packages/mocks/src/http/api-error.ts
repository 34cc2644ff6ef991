import { ERROR_STATUS, type ErrorBody, type ErrorCode, type ErrorEnvelope } from '@placard/contract';
import { HttpResponse } from 'msw';

type ErrorDetails = Pick<ErrorBody, 'fields' | 'retryAfter'>;

/** An answer in the contract's error envelope; thrown by request checks, turned into a response by `handle`. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }
}

/** `{ error: { code, message, fields?, retryAfter? } }` with the code's status (and `Retry-After` when set). */
export function errorResponse(code: ErrorCode, message: string, details: ErrorDetails = {}): Response {
  const body: ErrorEnvelope = { error: { code, message, ...details } };
  const headers = new Headers();
  if (details.retryAfter !== undefined) headers.set('Retry-After', String(details.retryAfter));
  return HttpResponse.json(body, { status: ERROR_STATUS[code], headers });
}

/** Runs a handler body, answering any ApiError it throws as the error envelope. */
export async function handle(run: () => Promise<Response | undefined>): Promise<Response | undefined> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error.code, error.message, error.details);
    throw error;
  }
}
