import { http } from 'msw';
import { errorResponse } from '../http/api-error.js';
import type { MockContext } from '../mock-context.js';

/** Runs last: any other API path answers the contract's 404 envelope, as the real server does. */
export function notFoundHandler(context: MockContext) {
  return http.all(context.url('/v1/*'), () => errorResponse('not_found', 'There is no such API endpoint.'));
}
