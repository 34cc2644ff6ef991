import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as v from 'valibot';
import {
  ERROR_CODES,
  ERROR_STATUS,
  ErrorEnvelopeSchema,
  LiveEventSchemas,
  type RouteDefinition,
  type RouteName,
  routes,
  SlugSchema,
} from '../src/index.js';
import { buildOpenApiDocument, ERROR_MEANINGS, errorExamples, routeExamples } from '../src/openapi.js';

type Example = {
  params: Record<string, string>;
  query?: unknown;
  body?: unknown;
  response?: unknown;
  events?: { id: number; event: keyof typeof LiveEventSchemas; data: unknown }[];
};

const table = Object.entries(routes) as [RouteName, RouteDefinition][];

function parses(schema: v.GenericSchema, value: unknown, label: string) {
  const result = v.safeParse(schema, value);
  assert.ok(
    result.success,
    `${label}: ${result.issues?.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`).join('; ')}`,
  );
}

describe('route examples', () => {
  it('every route of the table has an example, and no example names a route that is not there', () => {
    const missing = table.map(([name]) => name).filter((name) => !routeExamples[name]);
    assert.deepEqual(missing, [], 'add these routes to packages/contract/src/examples.ts');
    const unknown = Object.keys(routeExamples).filter((name) => !(name in routes));
    assert.deepEqual(unknown, []);
  });

  for (const [name, route] of table) {
    it(`${name}: its example has exactly what the route takes and answers, each valid against the route's schemas`, () => {
      const example = routeExamples[name] as Example | undefined;
      if (!example) return assert.fail(`no example for ${name}`);

      const pathNames = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, param]) => param).sort();
      assert.deepEqual(Object.keys(example.params).sort(), pathNames, 'path parameters');
      for (const [param, value] of Object.entries(example.params)) {
        assert.ok(value.length > 0, param);
        if (param === 'slug') parses(SlugSchema, value, 'slug');
      }

      assert.equal(example.query !== undefined, route.query !== undefined, 'a query example if and only if a query');
      if (route.query) parses(route.query as v.GenericSchema, example.query, 'query');

      assert.equal(example.body !== undefined, route.body !== undefined, 'a body example if and only if a body');
      if (route.body) parses(route.body as v.GenericSchema, example.body, 'body');

      assert.equal(
        example.response !== undefined,
        route.response !== null,
        'a response example if and only if a response body',
      );
      if (route.response) parses(route.response as v.GenericSchema, example.response, 'response');

      assert.equal(example.events !== undefined, route.stream === true, 'stream messages if and only if a stream');
      for (const { event, data } of example.events ?? []) {
        const schema = LiveEventSchemas[event];
        assert.ok(schema, `unknown live event ${event}`);
        parses(schema as v.GenericSchema, data, `event ${event}`);
      }
    });
  }

  it('every error code has a meaning and an example answer in the envelope, with its own code', () => {
    for (const code of ERROR_CODES) {
      assert.ok(ERROR_MEANINGS[code]?.length, code);
      parses(ErrorEnvelopeSchema, errorExamples[code], code);
      assert.equal(errorExamples[code].error.code, code);
    }
  });
});

describe('examples in the OpenAPI document', () => {
  const document = buildOpenApiDocument();
  type Media = { example?: unknown; examples?: Record<string, { value: unknown }> };
  type Operation = {
    parameters?: { name: string; in: string; example?: unknown }[];
    requestBody?: { content: Record<string, Media> };
    responses: Record<string, { content?: Record<string, Media> }>;
    'x-codeSamples'?: { lang: string; source: string }[];
  };
  const operationOf = (route: RouteDefinition) =>
    (document.paths[route.path] as Record<string, Operation>)[route.method.toLowerCase()] as Operation;

  it('puts each route’s examples on its parameters, request body, success response and an HTTP sample', () => {
    for (const [name, route] of table) {
      const operation = operationOf(route);
      const example = routeExamples[name] as Example | undefined;
      if (!example) continue; // reported by the test above
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in === 'path') assert.equal(parameter.example, example.params[parameter.name], name);
      }
      if (route.body) assert.deepEqual(operation.requestBody?.content['application/json']?.example, example.body);
      const success = operation.responses[String(route.status)]?.content;
      if (route.response) assert.deepEqual(success?.['application/json']?.example, example.response, name);
      if (route.stream) assert.match(String(success?.['text/event-stream']?.example), /^retry: \d+\n\nid: /);
      const sample = operation['x-codeSamples']?.[0]?.source ?? '';
      assert.ok(sample.startsWith(`${route.method} /v1/`), name);
      assert.ok(!/\{\w+\}/.test(sample.split('\n')[0] ?? ''), `${name}: path parameters filled in`);
    }
  });

  it('lists every error a route may answer, its own and the shared ones, with an example of each', () => {
    for (const [, route] of table) {
      const operation = operationOf(route);
      for (const code of [...route.errors, 'internal_error', 'unavailable'] as const) {
        const response = operation.responses[String(ERROR_STATUS[code])];
        const examples = response?.content?.['application/json']?.examples;
        assert.deepEqual(examples?.[code]?.value, errorExamples[code], `${route.path} ${code}`);
      }
    }
  });
});
