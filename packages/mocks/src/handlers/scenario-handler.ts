import { delay, HttpResponse, http } from 'msw';
import { errorResponse } from '../http/api-error.js';
import type { MockContext } from '../mock-context.js';
import { RETRY_AFTER_SECONDS } from '../scenarios.js';

/**
 * Runs first for every API request and applies the scenario of the moment:
 * it answers failures itself and lets 'normal', 'slow' (after the delay),
 * 'closed' (which the campaign handlers apply) and the reads of
 * 'origin-not-allowed' through to the next handler.
 */
export function scenarioHandler(context: MockContext) {
  return http.all(context.url('/v1/*'), async ({ request }) => {
    switch (context.scenario()) {
      case 'offline':
        return HttpResponse.error();
      case 'server-error':
        return errorResponse('internal_error', 'Something went wrong on our side. Please try again in a moment.');
      case 'rate-limited':
        return errorResponse(
          'rate_limited',
          'Too many requests. Please wait a moment and try again.',
          undefined,
          RETRY_AFTER_SECONDS,
        );
      case 'origin-not-allowed':
        // Only the writes that take the publishable key check the page's origin.
        if (request.method === 'POST' && /\/(signatures|messages)$/.test(new URL(request.url).pathname)) {
          return errorResponse(
            'origin_not_allowed',
            `This key is not allowed on ${request.headers.get('origin') ?? 'this site'}. Add the origin to the key.`,
          );
        }
        return undefined;
      case 'slow':
        await delay(context.slowMs);
        return undefined;
      default:
        return undefined;
    }
  });
}
