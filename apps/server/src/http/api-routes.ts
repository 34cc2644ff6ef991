import {
  ANY_ROUTE_ERRORS,
  ApiError,
  ERROR_STATUS,
  type RouteDefinition,
  type RouteName,
  routes,
} from '@placard/contract';
import type { Hono, MiddlewareHandler } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from './app-env.js';

type Handler<P extends string = string> = MiddlewareHandler<AppEnv, P>;

/** The table's OpenAPI form of a path, `/v1/campaigns/{slug}`, as Hono writes it: `/v1/campaigns/:slug`. */
type HonoPath<P extends string> = P extends `${infer Head}{${infer Name}}${infer Tail}`
  ? `${Head}:${Name}${HonoPath<Tail>}`
  : P;

export function honoPath<P extends string>(path: P): HonoPath<P> {
  return path.replace(/\{(\w+)\}/g, ':$1') as HonoPath<P>;
}

/**
 * Registers the API's routes from the contract's route table (@placard/contract
 * `routes`), which is the one place a route's method and path are written: a handler
 * is attached to a route by its name. With `checkAnswers` (the tests turn it on), each
 * answer is also held to the table: a status the route does not declare, or a success
 * body its schema refuses, becomes a 500 naming the route, so that no test passes on it.
 */
export function apiRoutes(app: Hono<AppEnv>, checkAnswers: boolean) {
  return <N extends RouteName>(name: N, ...handlers: Handler<HonoPath<(typeof routes)[N]['path']>>[]): void => {
    const route: RouteDefinition = routes[name];
    const chain = checkAnswers ? [answersAsDeclared(name, route), ...handlers] : handlers;
    app.on(route.method, honoPath(route.path), ...(chain as [Handler, ...Handler[]]));
  };
}

function answersAsDeclared(name: RouteName, route: RouteDefinition): Handler {
  const statuses = new Set([
    route.status,
    ...[...route.errors, ...ANY_ROUTE_ERRORS].map((code) => ERROR_STATUS[code]),
    // A conditional read answered from the client's cache.
    ...(route.method === 'GET' ? [304] : []),
  ]);
  return async (c, next) => {
    await next();
    const { status } = c.res;
    const problem = !statuses.has(status)
      ? `answered ${status}, which the route table does not declare`
      : status === route.status
        ? await undeclaredShape(route, c.res)
        : undefined;
    if (!problem) return;
    c.get('logger').error({ route: name }, `${name} ${problem}`);
    const error = new ApiError('internal_error', `${name} ${problem}.`);
    c.res = c.json(error.toJSON(), 500);
  };
}

/** Why a success answer does not match the route's response schema, if it does not. */
async function undeclaredShape(route: RouteDefinition, response: Response): Promise<string | undefined> {
  if (!route.response || !response.headers.get('content-type')?.includes('application/json')) return undefined;
  const result = await v.safeParseAsync(route.response, await response.clone().json());
  return result.success ? undefined : `answered a body its schema refuses (${result.issues[0]?.message})`;
}
