import { ApiError } from '@placard/contract';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppDeps } from '../app-deps.js';
import type { AppEnv } from '../http/app-env.js';
import { clientIp } from '../http/client-ip.js';
import { createRateLimiter } from '../http/rate-limit.js';
import { html } from '../pages/html.js';
import { campaignConsole } from './campaign-console.js';
import { errorSummary, field, text } from './console-form.js';
import { CONSOLE_CSP, consolePage } from './console-layout.js';
import { CONSOLE_CSS } from './console-style.js';
import { operationsConsole } from './operations-console.js';
import { peopleConsole } from './people-console.js';
import {
  csrfMatches,
  endSession,
  findSession,
  SESSION_HOURS,
  type StaffSession,
  startSession,
} from './staff-session.js';

export interface ConsoleEnv extends AppEnv {
  Variables: AppEnv['Variables'] & { staff: StaffSession; form: Record<string, unknown> };
}

const COOKIE = 'placard_staff';

/** Where signing in may send someone back to: a console page, never another site. */
const safeNext = (next: string | undefined) =>
  next && /^\/admin\/[\w\-/]*$/.test(next) && !next.startsWith('//') ? next : '/admin/campaigns';

/**
 * `/admin`: the campaign console, server-rendered. Every page works without
 * script (forms post back and redirect), so it needs no second front end, runs
 * under a policy with no inline code, and every action is a plain form a
 * keyboard and a screen reader already know. Staff sign in once with their
 * secret key; the browser then holds only an HttpOnly, SameSite=Strict session
 * cookie, and every write also carries the session's CSRF token.
 */
export function consoleRoutes(deps: AppDeps): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  const secure = deps.config.publicUrl.startsWith('https:');
  const signInLimit = createRateLimiter({ name: 'console-sign-in', burst: 10, perHour: 60 });

  app.use('/admin/*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONSOLE_CSP);
    c.header('Cache-Control', 'no-store');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Content-Type-Options', 'nosniff');
  });

  app.get('/admin/console.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    return c.body(CONSOLE_CSS);
  });
  app.get('/admin', (c) => c.redirect('/admin/campaigns', 303));

  const signInPage = (c: Context<ConsoleEnv>, errors: [string, string][] = [], status: 200 | 401 | 429 = 200) =>
    c.html(
      consolePage(
        { title: 'Sign in' },
        html`${errorSummary(errors)}<form method="post" action="/admin/sign-in?next=${encodeURIComponent(
          safeNext(c.req.query('next')),
        )}" class="panel">
${field({
  name: 'key',
  label: 'Your staff key',
  type: 'password',
  autocomplete: 'current-password',
  hint: 'The secret key (sk_…) made for you with "placard keys create-secret" or on the Staff page. You stay signed in for 8 hours.',
  errors,
})}<button type="submit">Sign in</button></form>`,
      ),
      status,
    );

  app.get('/admin/sign-in', (c) => signInPage(c));

  app.post('/admin/sign-in', async (c) => {
    try {
      await signInLimit.take(c as unknown as Context<AppEnv>, clientIp(c as unknown as Context<AppEnv>));
    } catch (error) {
      if (error instanceof ApiError)
        return signInPage(c, [['key', 'Too many attempts. Wait a few minutes and try again.']], 429);
      throw error;
    }
    const key = text(await c.req.parseBody(), 'key');
    const started = key ? await startSession(deps.db, key) : null;
    if (!started) {
      const message = key ? 'That key is not a staff key, or it has been revoked.' : 'Enter your staff key.';
      return signInPage(c, [['key', message]], 401);
    }
    setCookie(c, COOKIE, started.token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure,
      path: '/admin',
      maxAge: SESSION_HOURS * 3600,
    });
    return c.redirect(safeNext(c.req.query('next')), 303);
  });

  app.use('/admin/*', requireStaff(deps, COOKIE));

  app.post('/admin/sign-out', async (c) => {
    await endSession(deps.db, getCookie(c, COOKIE));
    deleteCookie(c, COOKIE, { path: '/admin', secure });
    return c.redirect('/admin/sign-in', 303);
  });

  app.route('/', campaignConsole(deps));
  app.route('/', peopleConsole(deps));
  app.route('/', operationsConsole(deps));
  return app;
}

/**
 * Every page but sign-in needs a live session: a reader without one is sent to
 * sign in (and back afterwards); a write without one, or without the session's
 * CSRF token, or from another origin, is refused and changes nothing.
 */
function requireStaff(deps: AppDeps, cookie: string): MiddlewareHandler<ConsoleEnv> {
  const ownOrigin = new URL(deps.config.publicUrl).origin;
  return async (c, next) => {
    const session = await findSession(deps.db, getCookie(c, cookie));
    if (c.req.method === 'GET' || c.req.method === 'HEAD') {
      if (!session) return c.redirect(`/admin/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
      c.set('staff', session);
      return next();
    }
    const origin = c.req.header('Origin');
    const sameOrigin = !origin || origin === ownOrigin || origin === new URL(c.req.url).origin;
    const form = session && sameOrigin ? await c.req.parseBody() : {};
    if (!session || !sameOrigin || !csrfMatches(session, form._csrf)) {
      return c.html(
        consolePage(
          { title: 'Not saved' },
          html`<p>Nothing was changed: your session has ended or this form is out of date.</p>
<p><a href="/admin/sign-in">Sign in again</a> and repeat what you were doing.</p>`,
        ),
        403,
      );
    }
    c.set('staff', session);
    c.set('form', form);
    return next();
  };
}
