import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import { constituencyCounts, countryCounts } from '../areas/counts.js';
import { apiRoutes } from '../http/api-routes.js';
import type { AppEnv } from '../http/app-env.js';
import { cachedJson } from '../http/cache.js';
import { getPetition, requireCampaign, toCampaign } from './store.js';

/** Public reads: a campaign, its petition and its counts by area, cacheable for a few seconds with ETags. */
export function campaignRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const route = apiRoutes(app, deps.config.checkAnswers);

  route('getCampaign', async (c) => {
    const campaign = await requireCampaign(deps.db, c.req.param('slug'));
    return cachedJson(c, await toCampaign(deps.db, campaign));
  });

  route('getPetition', async (c) => {
    const campaign = await requireCampaign(deps.db, c.req.param('slug'));
    return cachedJson(c, await getPetition(deps.db, campaign));
  });

  route('getPetitionConstituencies', async (c) => {
    const campaign = await requireCampaign(deps.db, c.req.param('slug'));
    return cachedJson(c, await constituencyCounts(deps.db, campaign));
  });

  route('getPetitionCountries', async (c) => {
    const campaign = await requireCampaign(deps.db, c.req.param('slug'));
    return cachedJson(c, await countryCounts(deps.db, campaign));
  });

  return app;
}
