import type { ServerResponse } from 'node:http';
import type { HttpBindings } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import { requireCampaign } from '../campaigns/store.js';
import { apiRoutes } from '../http/api-routes.js';
import type { AppEnv } from '../http/app-env.js';

/** `Last-Event-ID` header, or `?lastEventId=` (a new EventSource cannot set headers). */
function lastEventId(header: string | undefined, query: string | undefined): number | null {
  const value = (header ?? query)?.trim();
  if (!value || !/^\d{1,15}$/.test(value)) return null;
  return Number(value);
}

/**
 * Node keeps the head it sent as `_header` for the response's whole life,
 * built as a tree of some 35 concatenated strings (about 1.1 KB a stream);
 * the same text as one flat string is about a third of that. Same bytes on
 * the wire: the copy is made before the head is written out.
 */
function keepHeadFlat(out: ServerResponse): void {
  const built: unknown = Reflect.get(out, '_header');
  if (typeof built === 'string') Reflect.set(out, '_header', Buffer.from(built, 'latin1').toString('latin1'));
}

/**
 * `GET /v1/campaigns/:slug/events`: Server-Sent Events `count`, `milestone` and `timeline`.
 * The stream is written straight to Node's response, not through a web
 * ReadableStream: an open stream then costs little more than its socket (issue 7).
 */
export function liveRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const route = apiRoutes(app, deps.config.checkAnswers);

  route('streamEvents', async (c) => {
    const campaign = await requireCampaign(deps.db, c.req.param('slug'));
    const from = lastEventId(c.req.header('Last-Event-ID'), c.req.query('lastEventId'));
    c.header('Content-Type', 'text/event-stream; charset=utf-8');
    c.header('Cache-Control', 'no-cache, no-transform');
    c.header('X-Accel-Buffering', 'no');
    c.header('Connection', 'keep-alive');
    // HEAD has no body to stream: Hono answers it with the head alone.
    if (c.req.method === 'HEAD') return c.body(null, 200);
    const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing;
    if (!outgoing) throw new Error('live events are served only through @hono/node-server');
    // Everything the middleware set so far (request id, CORS) goes out with the stream's head.
    const head: Record<string, string> = {};
    for (const [name, value] of c.res.headers) head[name] = value;
    outgoing.writeHead(200, head);
    keepHeadFlat(outgoing);
    deps.live.open(campaign.id, from, outgoing);
    // Replace (not merge into) the draft response read above: a merged copy is
    // one @hono/node-server would try to send again over the open stream.
    c.res = undefined;
    c.res = RESPONSE_ALREADY_SENT;
    return c.res;
  });

  return app;
}
