import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import { ApiError } from '../http/api-error.js';
import type { AppEnv } from '../http/app-env.js';
import { html, layout, PAGE_CSP } from '../pages/html.js';
import { signatureCampaignId } from '../signatures/sign.js';
import { confirmByToken } from './handlers.js';

const THANKS = {
  counted: 'Thank you: your signature is confirmed and counted.',
  queued: 'Thank you: your letter is confirmed and on its way to your MP.',
  already_confirmed: 'You have already confirmed this. Thank you!',
} as const;

function wantsHtml(accept: string | undefined): boolean {
  return Boolean(accept && /text\/html/i.test(accept) && !/^application\/json/i.test(accept));
}

/** `GET /v1/confirm/:token`: JSON for the API, a small thank-you page for a browser following the email link. */
export function confirmRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/v1/confirm/:token', async (c) => {
    const page = wantsHtml(c.req.header('Accept'));
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    try {
      const confirmed = await confirmByToken(deps.db, c.req.param('token'));
      if (confirmed.kind === 'signature' && confirmed.status === 'counted') {
        const campaignId = await signatureCampaignId(deps.db, confirmed.subjectId);
        if (campaignId) deps.live.countChanged(campaignId);
      }
      if (page) {
        c.header('Content-Security-Policy', PAGE_CSP);
        return c.html(layout('Confirmed', html`<h1>Confirmed</h1><p>${THANKS[confirmed.status]}</p>`));
      }
      return c.json({ confirmed: confirmed.kind, status: confirmed.status });
    } catch (error) {
      if (!(page && error instanceof ApiError)) throw error;
      c.header('Content-Security-Policy', PAGE_CSP);
      return c.html(
        layout('Not confirmed', html`<h1>Not confirmed</h1><p>${error.message}</p>`),
        error.status as 404 | 410,
      );
    }
  });

  return app;
}
