import { ApiError, type ErrorCode } from '@placard/contract';
import { HttpResponse } from 'msw';

/** `{ error: { code, message, fields?, retryAfter? } }` with the code's status (and `Retry-After` when set). */
export function errorResponse(
  code: ErrorCode,
  message: string,
  fields?: Record<string, string>,
  retryAfter?: number,
): Response {
  return answer(new ApiError(code, message, fields, retryAfter));
}

function answer(error: ApiError): Response {
  const headers = new Headers();
  if (error.retryAfter !== undefined) headers.set('Retry-After', String(error.retryAfter));
  return HttpResponse.json(error.toJSON(), { status: error.status, headers });
}

/** Runs a handler body, answering any ApiError it throws as the error envelope. */
export async function handle(run: () => Promise<Response | undefined>): Promise<Response | undefined> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ApiError) return answer(error);
    throw error;
  }
}
