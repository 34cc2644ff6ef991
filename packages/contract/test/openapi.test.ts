import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validate } from '@readme/openapi-parser';
import { routes } from '../src/index.js';
import { buildOpenApiDocument } from '../src/openapi.js';

describe('OpenAPI document', () => {
  const document = buildOpenApiDocument();

  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await validate(structuredClone(document) as never);
    assert.equal(result.valid, true, JSON.stringify((result as { errors?: unknown }).errors, null, 2));
    assert.equal(document.openapi, '3.1.0');
  });

  it('describes every route in the contract', () => {
    for (const [operationId, route] of Object.entries(routes)) {
      const operation = (document.paths[route.path] as Record<string, { operationId: string }>)?.[
        route.method.toLowerCase()
      ];
      assert.equal(operation?.operationId, operationId, `${route.method} ${route.path}`);
    }
  });

  it('describes the counts by area as public GETs answering their named schemas', () => {
    type Operation = {
      security?: unknown;
      responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
    };
    for (const [path, name] of [
      ['/v1/campaigns/{slug}/petition/constituencies', 'ConstituencyCounts'],
      ['/v1/campaigns/{slug}/petition/countries', 'CountryCounts'],
    ] as const) {
      const operation = (document.paths[path] as Record<string, Operation>)?.get;
      assert.deepEqual(operation?.responses['200']?.content?.['application/json']?.schema, {
        $ref: `#/components/schemas/${name}`,
      });
      assert.ok(operation?.responses['404'], path);
    }
    const schemas = document.components.schemas as Record<string, { required?: string[] }>;
    assert.deepEqual(schemas.ConstituencyCount?.required?.sort(), ['code', 'count', 'name']);
    assert.deepEqual(schemas.CountryCount?.required?.sort(), ['code', 'count']);
  });

  it('generates request schemas from the valibot source, including constraints', () => {
    const schemas = document.components.schemas as Record<
      string,
      { properties?: Record<string, unknown>; required?: string[] }
    >;
    const signature = schemas.SignatureRequest;
    assert.ok(signature?.required?.includes('email'));
    assert.deepEqual(signature?.properties?.email, {
      type: 'string',
      maxLength: 254,
      format: 'email',
      minLength: 1,
    } as never);
  });

  it('describes confirmation as a GET that reads and a POST that confirms, each also answering HTML', () => {
    type Operation = {
      operationId: string;
      requestBody?: unknown;
      responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
    };
    const path = document.paths['/v1/confirm/{token}'] as Record<string, Operation>;
    assert.deepEqual(Object.keys(path).sort(), ['get', 'post']);
    assert.equal(path.get?.operationId, 'getConfirmation');
    assert.deepEqual(path.get?.responses['200']?.content?.['application/json']?.schema, {
      $ref: '#/components/schemas/PendingConfirmation',
    });
    assert.equal(path.post?.operationId, 'confirm');
    assert.equal(path.post?.requestBody, undefined);
    assert.deepEqual(path.post?.responses['200']?.content?.['application/json']?.schema, {
      $ref: '#/components/schemas/Confirmation',
    });
    for (const operation of [path.get, path.post]) {
      assert.ok(operation?.responses['200']?.content?.['text/html']);
      assert.ok(operation?.responses['404']?.content?.['text/html']);
    }
    assert.ok(path.post?.responses['410']);
    const pending = (document.components.schemas as Record<string, { required?: string[] }>).PendingConfirmation;
    assert.deepEqual(pending?.required?.sort(), ['campaign', 'expiresAt', 'kind', 'letter', 'state']);
  });
});
