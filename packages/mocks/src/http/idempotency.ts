import { ApiError } from '@placard/contract';
import { HttpResponse } from 'msw';
import type { MockState } from '../mock-state.js';

export interface WriteAnswer {
  status: number;
  body: Record<string, unknown>;
}

/**
 * Answers a write once per `Idempotency-Key`: a retry with the same body gets
 * the first answer again and changes nothing; the same key with another body
 * is refused with 409 idempotency_conflict. Errors are not remembered, so a
 * retry after one runs again.
 */
export async function withIdempotency(
  state: MockState,
  request: Request,
  scope: string,
  bodyText: string,
  run: () => Promise<WriteAnswer> | WriteAnswer,
): Promise<Response> {
  const idempotencyKey = request.headers.get('idempotency-key')?.trim();
  if (!idempotencyKey) {
    const answer = await run();
    return HttpResponse.json(answer.body, { status: answer.status });
  }
  const storeKey = JSON.stringify([scope, request.headers.get('authorization') ?? '', idempotencyKey]);
  const stored = state.idempotency.get(storeKey);
  if (stored) {
    if (stored.body !== bodyText) {
      throw new ApiError(
        'idempotency_conflict',
        'This Idempotency-Key was already used with a different request body.',
      );
    }
    return HttpResponse.json(structuredClone(stored.answer), { status: stored.status });
  }
  const answer = await run();
  state.idempotency.set(storeKey, { body: bodyText, status: answer.status, answer: structuredClone(answer.body) });
  return HttpResponse.json(answer.body, { status: answer.status });
}
