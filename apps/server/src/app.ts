import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import { adminRoutes } from './admin/routes.js';
import type { AppDeps } from './app-deps.js';
import { campaignRoutes } from './campaigns/routes.js';
import { registerConfirmKind } from './confirm/handlers.js';
import { confirmRoutes } from './confirm/routes.js';
import { consoleRoutes } from './console/console-routes.js';
import type { AppEnv } from './http/app-env.js';
import { preflight, publicCors } from './http/cors.js';
import { onError, onNotFound } from './http/errors.js';
import { requestContext } from './http/request-context.js';
import { refuseUnstorableUrl } from './http/url-text.js';
import { liveRoutes } from './live/routes.js';
import { devMailboxRoutes } from './mail/dev-mailbox-routes.js';
import { messageRoutes } from './messages/routes.js';
import { docsRoutes } from './pages/docs-routes.js';
import { embedRoutes } from './pages/embed-routes.js';
import { siteRoutes } from './pages/site-routes.js';
import { representativeRoutes } from './representatives/routes.js';
import { signatureRoutes } from './signatures/routes.js';
import { confirmSignature, describeSignature } from './signatures/sign.js';
import { timelineRoutes } from './timeline/routes.js';
import { webhookRoutes } from './webhooks/routes.js';

/** The whole HTTP app: every route module behind one request context, CORS and error envelope. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  registerConfirmKind('signature', { confirm: confirmSignature, describe: describeSignature });

  const app = new Hono<AppEnv>();
  // Ids of up to 64 word characters, hyphens or `=`, else a new UUID.
  app.use('*', requestId({ limitLength: 64 }));
  app.use('*', requestContext(deps));
  app.use('/v1/*', publicCors);
  // After CORS, so a browser can read the refusal.
  app.use('*', refuseUnstorableUrl);
  app.options('/v1/*', preflight);

  app.route('/', campaignRoutes(deps));
  app.route('/', timelineRoutes(deps));
  app.route('/', signatureRoutes(deps));
  app.route('/', liveRoutes(deps));
  app.route('/', confirmRoutes(deps));
  app.route('/', representativeRoutes(deps));
  app.route('/', messageRoutes(deps));
  app.route('/', adminRoutes(deps));
  // After adminRoutes: its secret-key middleware guards these paths too.
  app.route('/', webhookRoutes(deps));
  app.route('/', docsRoutes());
  app.route('/', consoleRoutes(deps));
  // Never in production (which requires SMTP anyway): the pages hold every confirmation link.
  if (!deps.config.smtpUrl && !deps.config.production) app.route('/', devMailboxRoutes(deps));
  app.route('/', embedRoutes(deps));
  app.route('/', siteRoutes(deps));

  app.onError(onError);
  app.notFound(onNotFound);
  return app;
}
