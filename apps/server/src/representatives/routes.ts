import { RepresentativeQuerySchema } from '@placard/contract';
import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import { apiRoutes } from '../http/api-routes.js';
import type { AppEnv } from '../http/app-env.js';
import { parseInput } from '../http/body.js';
import { clientIp } from '../http/client-ip.js';
import { allowAnyOrigin } from '../http/cors.js';
import { rateLimit } from '../http/rate-limit.js';

/** `GET /v1/representatives?postcode=`: public, readable from any origin, cached for an hour. */
export function representativeRoutes({ config, representatives }: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const route = apiRoutes(app, config.checkAnswers);

  route(
    'lookupRepresentative', // Each lookup may cost two upstream calls, so one address gets a few a minute, not thousands.
    rateLimit({ name: 'representatives-ip', key: (c) => clientIp(c), burst: 30, perHour: 600 }),
    async (c) => {
      allowAnyOrigin(c);
      const { postcode } = parseInput(RepresentativeQuerySchema, { postcode: c.req.query('postcode') });
      const found = await representatives.lookup(postcode);
      // Constituencies and MPs change rarely; a shared cache may keep the answer for an hour.
      c.header('Cache-Control', 'public, max-age=3600');
      return c.json(found);
    },
  );

  return app;
}
