import { ApiError, WebhookDeliveryQuerySchema, WebhookEndpointInputSchema } from '@placard/contract';
import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import { apiRoutes } from '../http/api-routes.js';
import type { AppEnv } from '../http/app-env.js';
import { parseInput, readJson } from '../http/body.js';
import { refuseWebhookUrl } from './address-policy.js';
import { createEndpoint, deleteEndpoint, listDeliveries, listEndpoints, redeliver } from './store.js';

/**
 * `/v1/admin/campaigns/:slug/webhooks…`: campaign staff register endpoints,
 * read their deliveries and redeliver one. Mounted after `adminRoutes`, whose
 * `/v1/admin/*` middleware (a secret key, never from a browser;
 * `Cache-Control: no-store`) runs first for these paths too.
 */
export function webhookRoutes({ config, db }: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const route = apiRoutes(app, config.checkAnswers);
  route('adminCreateWebhook', async (c) => {
    const input = await readJson(c, WebhookEndpointInputSchema);
    const refused = refuseWebhookUrl(input.url, { production: config.production });
    if (refused) throw new ApiError('validation_failed', refused, { url: refused });
    const created = await createEndpoint(db, c.req.param('slug'), input);
    return c.json(created, 201);
  });

  route('adminListWebhooks', async (c) => c.json({ webhooks: await listEndpoints(db, c.req.param('slug')) }));

  route('adminDeleteWebhook', async (c) => {
    await deleteEndpoint(db, c.req.param('slug'), c.req.param('id'));
    return c.body(null, 204);
  });

  route('adminListWebhookDeliveries', async (c) => {
    const query = parseInput(WebhookDeliveryQuerySchema, c.req.query());
    return c.json({ deliveries: await listDeliveries(db, c.req.param('slug'), c.req.param('id'), query) });
  });

  route('adminRedeliverWebhook', async (c) => {
    const { slug, id, deliveryId } = c.req.param();
    return c.json(await redeliver(db, slug, id, deliveryId), 202);
  });

  return app;
}
