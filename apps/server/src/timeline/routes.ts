import { TimelineQuerySchema } from '@placard/contract';
import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import { requireCampaign } from '../campaigns/store.js';
import { apiRoutes } from '../http/api-routes.js';
import type { AppEnv } from '../http/app-env.js';
import { parseInput } from '../http/body.js';
import { cachedJson } from '../http/cache.js';
import { listTimeline } from './store.js';

export function timelineRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const route = apiRoutes(app, deps.config.checkAnswers);

  route('listTimeline', async (c) => {
    const campaign = await requireCampaign(deps.db, c.req.param('slug'));
    const query = parseInput(TimelineQuerySchema, c.req.query());
    return cachedJson(c, await listTimeline(deps.db, campaign.id, { cursor: query.cursor, limit: query.limit }));
  });

  return app;
}
