import { type SignatureRequest, SignatureRequestSchema, type SignatureResult } from '@placard/contract';
import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import { readCount } from '../counts/shards.js';
import { apiRoutes } from '../http/api-routes.js';
import type { AppEnv } from '../http/app-env.js';
import { readJson } from '../http/body.js';
import { clientIp } from '../http/client-ip.js';
import { idempotencyClaim, replayAnswer } from '../http/idempotency.js';
import { requirePublishableKey } from '../http/keys.js';
import { createRateLimiter, rateLimit } from '../http/rate-limit.js';
import { campaignForSigning } from './campaign-cache.js';
import { refuseDisposableAddress } from './disposable-domains.js';
import { normaliseEmail } from './email.js';
import { type SignOutcome, signPetition } from './sign.js';
import { signAtOnce } from './sign-at-once.js';

function resultBody(outcome: SignOutcome): SignatureResult {
  return { signature: { status: outcome.status }, petition: { count: outcome.count, goal: outcome.goal } };
}

/**
 * `POST /v1/campaigns/:slug/signatures`: key and origin → per-IP limit →
 * strict JSON → per-email limit → disposable-domain check (when on) → honeypot → idempotency → one transaction
 * (one statement in the usual case) → live count signal after commit.
 */
export function signatureRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const route = apiRoutes(app, deps.config.checkAnswers);
  // Generous per IP: a whole office or school may sign from one address.
  const perIp = rateLimit({ name: 'sign-ip', key: (c) => clientIp(c), burst: 30, perHour: 300 });
  const perEmail = createRateLimiter({ name: 'sign-email', burst: 3, perHour: 10 });
  const mailCap = deps.config.unconfirmedMailsPerAddressPerDay;
  // Once committed, a new row with a UK postcode gets its constituency looked up, off this request's path.
  const findArea = (outcome: SignOutcome, input: SignatureRequest) => {
    const uk = input.country === undefined || input.country === 'GB';
    if (outcome.signatureId && input.postcode && uk) deps.areas.signed(outcome.signatureId, input.postcode);
  };

  route('signPetition', requirePublishableKey, perIp, async (c) => {
    const slug = c.req.param('slug');
    const campaign = await campaignForSigning(deps.db, slug);
    const input = await readJson(c, SignatureRequestSchema);
    await perEmail.take(c, `${campaign.id}:${normaliseEmail(input.email)}`);
    refuseDisposableAddress(deps.config, input.email);
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
    const claim = idempotencyClaim(c, `signature:${campaign.id}:${partner.keyId}`, input);
    if (campaign.status === 'open' && campaign.signatureMode === 'immediate') {
      const outcome = await signAtOnce(deps.db, campaign, input, partner, claim, mailCap);
      if (outcome) {
        deps.live.countChanged(campaign.id);
        findArea(outcome, input);
        return c.json(resultBody(outcome), 201);
      }
    }
    // Anything but a new signature on an open, immediate campaign as cached: the full path, on a fresh read.
    const current = await campaignForSigning(deps.db, slug, { fresh: true });
    const result = await signPetition(deps.db, current, input, partner, {
      publicUrl: deps.config.publicUrl,
      confirmTtlHours: deps.config.unconfirmedExpiryDays * 24,
      mailCap,
      idempotency: claim && { claim, answer: (outcome) => ({ status: 201, body: resultBody(outcome) }) },
    });
    if ('replay' in result) return replayAnswer(c, result.replay);
    if (result.signed.counted) deps.live.countChanged(current.id);
    findArea(result.signed, input);
    return c.json(resultBody(result.signed), 201);
  });

  return app;
}
