import { type Campaign, type Petition, routes, type TimelinePage, TimelineQuerySchema } from '@placard/contract';
import { HttpResponse, http } from 'msw';
import { handle } from '../http/api-error.js';
import { validate } from '../http/validation.js';
import { mockConstituencyCounts, mockCountryCounts } from '../mock-areas.js';
import { campaignStatus, type MockContext, requireCampaign } from '../mock-context.js';
import { encodeTimelineCursor, timelineCursorStart } from '../timeline-cursor.js';

/** Query parameters that were sent; absent ones stay absent so the schema's defaults apply. */
function queryOf(request: Request, names: readonly string[]): Record<string, string> {
  const params = new URL(request.url).searchParams;
  const query: Record<string, string> = {};
  for (const name of names) {
    const value = params.get(name);
    if (value !== null) query[name] = value;
  }
  return query;
}

/** GET campaign, timeline (cursor-paged), petition and the petition's counts by area. */
export function campaignHandlers(context: MockContext) {
  return [
    http.get(context.url(routes.getCampaign.path), ({ params }) =>
      handle(async () => {
        const entry = requireCampaign(context, params.slug);
        const campaign: Campaign = { ...structuredClone(entry.campaign), status: campaignStatus(context, entry) };
        return HttpResponse.json(campaign);
      }),
    ),

    http.get(context.url(routes.listTimeline.path), ({ params, request }) =>
      handle(async () => {
        const entry = requireCampaign(context, params.slug);
        const query = validate(TimelineQuerySchema, queryOf(request, ['cursor', 'limit']));
        const start = query.cursor === undefined ? 0 : timelineCursorStart(entry.timeline, query.cursor);
        const entries = entry.timeline.slice(start, start + query.limit);
        const last = entries.at(-1);
        const more = start + entries.length < entry.timeline.length;
        const page: TimelinePage = {
          entries: structuredClone(entries),
          nextCursor: more && last ? encodeTimelineCursor(last.id) : null,
        };
        return HttpResponse.json(page);
      }),
    ),

    http.get(context.url(routes.getPetition.path), ({ params }) =>
      handle(async () => {
        const petition: Petition = structuredClone(requireCampaign(context, params.slug).campaign.petition);
        return HttpResponse.json(petition);
      }),
    ),

    http.get(context.url(routes.getPetitionConstituencies.path), ({ params }) =>
      handle(async () =>
        HttpResponse.json(mockConstituencyCounts(context.state, requireCampaign(context, params.slug))),
      ),
    ),

    http.get(context.url(routes.getPetitionCountries.path), ({ params }) =>
      handle(async () => HttpResponse.json(mockCountryCounts(context.state, requireCampaign(context, params.slug)))),
    ),
  ];
}
