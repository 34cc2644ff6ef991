import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import { requireCampaign } from '../campaigns/store.js';
import type { AppEnv } from '../http/app-env.js';

/** `Last-Event-ID` header, or `?lastEventId=` (a new EventSource cannot set headers). */
function lastEventId(header: string | undefined, query: string | undefined): number | null {
  const value = (header ?? query)?.trim();
  if (!value || !/^\d{1,15}$/.test(value)) return null;
  return Number(value);
}

/** `GET /v1/campaigns/:slug/events`: Server-Sent Events `count`, `milestone` and `timeline`. */
export function liveRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/v1/campaigns/:slug/events', async (c) => {
    const campaign = await requireCampaign(deps.db, c.req.param('slug'));
    const stream = deps.live.open(campaign.id, lastEventId(c.req.header('Last-Event-ID'), c.req.query('lastEventId')));
    return c.body(stream, 200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no',
      Connection: 'keep-alive',
    });
  });

  return app;
}
