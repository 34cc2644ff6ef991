/**
 * What an integrator installs: the built package must load in a browser
 * (Storybook, web-test-runner) as well as in Node, so it imports no Node
 * built-in and leaves msw/browser or msw/node to the consumer.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const dist = new URL('../dist/index.js', import.meta.url);
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  sideEffects: unknown;
};

describe('the built package', () => {
  it('imports only msw, valibot and the contract', () => {
    const code = readFileSync(dist, 'utf8');
    const specifiers = [...code.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g)].map(
      (match) => match[1],
    );
    assert.ok(specifiers.length > 0);
    assert.deepEqual([...new Set(specifiers)].sort(), [
      '@placard/contract',
      '@placard/contract/fixtures',
      'msw',
      'valibot',
    ]);
    assert.doesNotMatch(code, /\brequire\(|import\(\s*['"]node:|\bprocess\.|\bBuffer\b/);
  });

  it('is free of side effects, so bundlers may drop what a story does not use', () => {
    assert.equal(packageJson.sideEffects, false);
  });

  it('exports the public API', async () => {
    const mocks = (await import(dist.href)) as Record<string, unknown>;
    for (const name of [
      'createHandlers',
      'createMockState',
      'emitCount',
      'addTimelineEntry',
      'simulateSignatures',
      'scenarios',
      'MOCK_MP_EMAIL_POSTCODE',
      'EXPIRED_TOKEN',
    ]) {
      assert.ok(name in mocks, `${name} is exported`);
    }
  });
});
