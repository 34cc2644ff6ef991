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
});
