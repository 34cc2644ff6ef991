import type { HttpBindings } from '@hono/node-server';
import { ApiError, routes } from '@placard/contract';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './app-env.js';

function send(c: Context<AppEnv>, error: ApiError): Response {
  if (error.retryAfter !== undefined) c.header('Retry-After', String(error.retryAfter));
  c.header('Cache-Control', 'no-store');
  return c.json(error.toJSON(), error.status as ContentfulStatusCode);
}

/** Status for a request its client abandoned (nginx's convention); nobody receives the answer. */
export const CLIENT_CLOSED_REQUEST = 499;

/**
 * Whether the client hung up before its request was answered: reading the
 * rest of its body then fails, which is no fault of the server's.
 */
function clientWentAway(c: Context<AppEnv>): boolean {
  const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
  if (
    incoming &&
    (incoming.errored || incoming.socket?.destroyed || (incoming.readableAborted && !incoming.complete))
  ) {
    return true;
  }
  return c.req.raw.signal.aborted;
}

/**
 * Every error leaves as the contract's envelope. ApiErrors say what went
 * wrong; a client that went away mid-request is noted, not reported; anything
 * else is a bug: logged with the request id, answered with a generic 500 and
 * no detail.
 */
export const onError: ErrorHandler<AppEnv> = (error, c) => {
  if (error instanceof ApiError) return send(c, error);
  if (clientWentAway(c)) {
    c.get('logger')?.info({ err: error }, 'client closed the request before it was answered');
    return c.body(null, CLIENT_CLOSED_REQUEST as ContentfulStatusCode);
  }
  if (error instanceof HTTPException && error.status < 500) {
    const code = error.status === 413 ? 'payload_too_large' : error.status === 404 ? 'not_found' : 'invalid_json';
    return send(c, new ApiError(code, error.message || 'The request could not be read.'));
  }
  const logger = c.get('logger');
  logger?.error({ err: error, requestId: c.get('requestId') }, 'unhandled error');
  return send(c, new ApiError('internal_error', 'Something went wrong on our side. Please try again.'));
};

// Known paths and their methods, so a wrong method is 405, not 404. Not Hono's
// method-not-allowed: it reads every registered route, and the site's catch-all GET
// would make every unknown address a 405.
const knownPaths: Array<{ pattern: RegExp; methods: string[] }> = [];

function addKnownPath(path: string, method: string) {
  const source = `^${path.replace(/\{\w+\}|:\w+/g, '[^/]+')}$`;
  let entry = knownPaths.find((known) => known.pattern.source === source);
  if (!entry) {
    entry = { pattern: new RegExp(source), methods: [] };
    knownPaths.push(entry);
  }
  if (!entry.methods.includes(method)) entry.methods.push(method);
}

for (const route of Object.values(routes)) addKnownPath(route.path, route.method);

export const onNotFound: NotFoundHandler<AppEnv> = (c) => {
  const path = c.req.path;
  const known = knownPaths.find((entry) => entry.pattern.test(path));
  if (known && !known.methods.includes(c.req.method)) {
    c.header('Allow', [...known.methods, 'OPTIONS'].join(', '));
    return send(
      c,
      new ApiError('method_not_allowed', `${c.req.method} is not supported here. Use ${known.methods.join(' or ')}.`),
    );
  }
  return send(c, new ApiError('not_found', 'There is nothing at this address.'));
};
