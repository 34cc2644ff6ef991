import { ApiError } from '@placard/contract';
import { type Context, Hono } from 'hono';
import { accepts } from 'hono/accepts';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppDeps } from '../app-deps.js';
import { apiRoutes } from '../http/api-routes.js';
import type { AppEnv } from '../http/app-env.js';
import { textsFor } from '../i18n/texts-for.js';
import { FORM_PAGE_CSP } from '../pages/html.js';
import { signatureCampaignId } from '../signatures/sign.js';
import { confirmByToken, describeToken } from './handlers.js';
import { alreadyConfirmedPage, expiredPage, notConfirmedPage, pendingPage, thanksPage } from './pages.js';
import { confirmUrl } from './tokens.js';

/** A browser following the emailed link asks for HTML first; fetch's `*\/*` and API clients get JSON. */
function wantsPage(c: Context<AppEnv>): boolean {
  return (
    accepts(c, { header: 'Accept', supports: ['application/json', 'text/html'], default: 'application/json' }) ===
    'text/html'
  );
}

/** The token is in the URL: keep it out of caches, referrers and search engines, and the page out of frames. */
function guardLink(c: Context<AppEnv>, page: boolean): void {
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Robots-Tag', 'noindex');
  c.header('Vary', 'Accept', { append: true });
  if (page) {
    c.header('Content-Security-Policy', FORM_PAGE_CSP);
    c.header('X-Frame-Options', 'DENY');
  }
}

/** The language the mail was written in: the link carries it (confirm/tokens.ts `confirmUrl`). */
const textsOf = (c: Context<AppEnv>) => textsFor(c.req.query('lang'));

/** A refusal a person can read: the same status as the JSON envelope (404 unknown, 410 expired). */
function refusalPage(c: Context<AppEnv>, error: unknown): Response {
  if (!(error instanceof ApiError)) throw error;
  return c.html(notConfirmedPage(error.code, textsOf(c)), error.status as ContentfulStatusCode);
}

/**
 * `/v1/confirm/:token`, the link in a confirmation email. GET (and HEAD,
 * which Hono answers from GET) only reads: mail link scanners fetch every
 * link, so a GET that confirmed would count signatures and send letters to
 * MPs that nobody confirmed. A browser gets a page naming what is being
 * confirmed and a button that POSTs back here; POST confirms, once.
 *
 * No CSRF token on the POST: the 32 random bytes in the URL are the
 * capability, and only the supporter's mailbox holds them. A site that could
 * forge this POST must already know the token, and then could equally press
 * the button; confirming twice is harmless, since POST is idempotent.
 */
export function confirmRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const route = apiRoutes(app, deps.config.checkAnswers);

  route('getConfirmation', async (c) => {
    const token = c.req.param('token');
    const page = wantsPage(c);
    guardLink(c, page);
    if (!page) return c.json(await describeToken(deps.db, token));
    try {
      const pending = await describeToken(deps.db, token);
      const texts = textsOf(c);
      // The button posts back to this same link, language included.
      const action = confirmUrl('', token, texts.language);
      if (pending.state === 'pending') return c.html(pendingPage(pending, action, texts));
      if (pending.state === 'confirmed') return c.html(alreadyConfirmedPage(texts));
      // Known but too late: a page that says so, with the status the POST would answer.
      return c.html(expiredPage(pending, texts), 410);
    } catch (error) {
      return refusalPage(c, error);
    }
  });

  route('confirm', async (c) => {
    const page = wantsPage(c);
    guardLink(c, page);
    try {
      // The body (an empty form, `{}` or nothing) carries nothing we need, so it is never read.
      const confirmed = await confirmByToken(deps.db, c.req.param('token'));
      if (confirmed.kind === 'signature' && confirmed.status === 'counted') {
        const campaignId = await signatureCampaignId(deps.db, confirmed.subjectId);
        if (campaignId) deps.live.countChanged(campaignId);
      }
      if (page) return c.html(thanksPage(confirmed.status, textsOf(c)));
      return c.json({ confirmed: confirmed.kind, status: confirmed.status });
    } catch (error) {
      if (!page) throw error;
      return refusalPage(c, error);
    }
  });

  return app;
}
