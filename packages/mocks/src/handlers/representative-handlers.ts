import { RepresentativeQuerySchema, routes } from '@placard/contract';
import { HttpResponse, http } from 'msw';
import { handle } from '../http/api-error.js';
import { validate } from '../http/validation.js';
import type { MockContext } from '../mock-context.js';
import { lookupRepresentative } from '../representative-lookup.js';

/** GET representatives?postcode=: 422 for a malformed postcode, 404 for one no constituency holds. */
export function representativeHandlers(context: MockContext) {
  return [
    http.get(context.url(routes.lookupRepresentative.path), ({ request }) =>
      handle(async () => {
        const postcode = new URL(request.url).searchParams.get('postcode') ?? undefined;
        const query = validate(RepresentativeQuerySchema, { postcode });
        return HttpResponse.json(lookupRepresentative(context.state, query.postcode));
      }),
    ),
  ];
}
