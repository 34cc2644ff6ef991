import { SignatureRequestSchema, type SignatureResult } from '@placard/contract';
import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import { requireCampaign } from '../campaigns/store.js';
import { readCount } from '../counts/shards.js';
import type { AppEnv } from '../http/app-env.js';
import { readJson } from '../http/body.js';
import { clientIp } from '../http/client-ip.js';
import { withIdempotency } from '../http/idempotency.js';
import { requirePublishableKey } from '../http/keys.js';
import { createRateLimiter, rateLimit } from '../http/rate-limit.js';
import { normaliseEmail } from './email.js';
import { signPetition } from './sign.js';

/**
 * `POST /v1/campaigns/:slug/signatures`: key and origin → per-IP limit →
 * strict JSON → per-email limit → honeypot → idempotency → one transaction
 * → live count signal after commit.
 */
export function signatureRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Generous per IP: a whole office or school may sign from one address.
  const perIp = rateLimit({ name: 'sign-ip', key: (c) => clientIp(c), burst: 30, perHour: 300 });
  const perEmail = createRateLimiter({ name: 'sign-email', burst: 3, perHour: 10 });

  app.post('/v1/campaigns/:slug/signatures', requirePublishableKey, perIp, async (c) => {
    const campaign = await requireCampaign(deps.db, c.req.param('slug'));
    const input = await readJson(c, SignatureRequestSchema);
    perEmail.take(c, `${campaign.id}:${normaliseEmail(input.email)}`);
    if (input.website !== '') {
      // A bot filled the hidden field: answer as if it worked, keep nothing.
      c.get('logger').info({ campaign: campaign.slug }, 'honeypot signature ignored');
      const count = (await readCount(deps.db, campaign.id))?.count ?? campaign.countOffset;
      const body: SignatureResult = {
        signature: { status: campaign.signatureMode === 'immediate' ? 'counted' : 'pending_confirmation' },
        petition: { count, goal: campaign.goal },
      };
      return c.json(body, 201);
    }
    const partner = c.get('partnerKey');
    return withIdempotency(c, `signature:${campaign.id}:${partner.keyId}`, input, async () => {
      const outcome = await signPetition(deps.db, campaign, input, partner, { publicUrl: deps.config.publicUrl });
      if (outcome.counted) deps.live.countChanged(campaign.id);
      const body: SignatureResult = {
        signature: { status: outcome.status },
        petition: { count: outcome.count, goal: outcome.goal },
      };
      return { status: 201, body };
    });
  });

  return app;
}
