import {
  CampaignInputSchema,
  CampaignPatchSchema,
  ErasureQuerySchema,
  type ErasureResult,
  ModerationSchema,
  SignatureListQuerySchema,
  TimelineEntryInputSchema,
  TimelineEntryPatchSchema,
} from '@placard/contract';
import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import { createCampaign, listCampaigns, updateCampaign } from '../campaigns/store.js';
import { apiRoutes } from '../http/api-routes.js';
import type { AppEnv } from '../http/app-env.js';
import { parseInput, readJson } from '../http/body.js';
import { withIdempotency } from '../http/idempotency.js';
import { requireSecretKey } from '../http/keys.js';
import { eraseSupporter } from '../privacy/erase.js';
import { listSignatures, moderateSignature } from '../signatures/admin.js';
import { addTimelineEntry, deleteTimelineEntry, updateTimelineEntry } from '../timeline/store.js';
import { signatureExport, wantsCsv } from './signature-export.js';

/**
 * `/v1/admin/*`: campaign staff's API, behind a secret key (and never from a
 * browser). Bodies are validated with the contract's admin schemas; the
 * stores do the work and broadcast what changed.
 */
export function adminRoutes({ config, db }: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const route = apiRoutes(app, config.checkAnswers);
  app.use('/v1/admin/*', requireSecretKey);
  app.use('/v1/admin/*', async (c, next) => {
    await next();
    // Answers carry supporters' personal data: never kept by a cache.
    c.header('Cache-Control', 'no-store');
  });

  route('adminListCampaigns', async (c) => c.json({ campaigns: await listCampaigns(db) }));

  route('adminCreateCampaign', async (c) => {
    const input = await readJson(c, CampaignInputSchema);
    return withIdempotency(c, 'admin:campaigns', input, async () => ({
      status: 201,
      body: await createCampaign(db, input),
    }));
  });

  route('adminUpdateCampaign', async (c) => {
    const patch = await readJson(c, CampaignPatchSchema);
    return c.json(await updateCampaign(db, c.req.param('slug'), patch));
  });

  route('adminAddTimelineEntry', async (c) => {
    const input = await readJson(c, TimelineEntryInputSchema);
    return c.json(await addTimelineEntry(db, c.req.param('slug'), input), 201);
  });

  route('adminUpdateTimelineEntry', async (c) => {
    const patch = await readJson(c, TimelineEntryPatchSchema);
    return c.json(await updateTimelineEntry(db, c.req.param('slug'), c.req.param('id'), patch));
  });

  route('adminDeleteTimelineEntry', async (c) => {
    await deleteTimelineEntry(db, c.req.param('slug'), c.req.param('id'));
    return c.body(null, 204);
  });

  route('adminListSignatures', async (c) => {
    const slug = c.req.param('slug');
    const { format, ...page } = parseInput(SignatureListQuerySchema, c.req.query());
    if (wantsCsv(format, c.req.header('Accept'))) return signatureExport(c, db, slug);
    return c.json({ signatures: await listSignatures(db, slug, page) });
  });

  route('adminModerateSignature', async (c) => {
    const { hidden } = await readJson(c, ModerationSchema);
    return c.json(await moderateSignature(db, c.req.param('slug'), c.req.param('id'), hidden));
  });

  // A supporter's erasure request (UK GDPR art. 17). Unknown and already erased
  // addresses answer zeros like any other, so the answer never tells whether
  // someone signed beyond what the caller, holding a secret key, asked.
  route('adminEraseSupporter', async (c) => {
    const { email } = parseInput(ErasureQuerySchema, { email: c.req.query('email') });
    const erased = await eraseSupporter(db, email);
    c.get('logger').info({ erased }, 'supporter erased');
    const body: ErasureResult = { erased };
    return c.json(body);
  });

  return app;
}
