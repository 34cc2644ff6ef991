import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

// These read the built package (`npx tsup` first), which is what users install.
describe('the built package', () => {
  it('exports the client, the error classes and isPlacardError', async () => {
    const sdk = await import('@placard/sdk');
    assert.deepEqual(Object.keys(sdk).sort(), [
      'PlacardContractError',
      'PlacardError',
      'PlacardHttpError',
      'PlacardNetworkError',
      'PlacardOriginNotAllowedError',
      'PlacardTimeoutError',
      'PlacardValidationError',
      'createClient',
      'isPlacardError',
    ]);
  });

  it('imports nothing at runtime but @placard/contract: no valibot, no Node built-ins', () => {
    const code = readFileSync(new URL('../dist/index.js', import.meta.url), 'utf8');
    const imports = [...code.matchAll(/\bfrom\s*["']([^"']+)["']/g)].map((match) => match[1]);
    assert.ok(imports.length > 0);
    assert.deepEqual([...new Set(imports)], ['@placard/contract']);
    assert.doesNotMatch(code, /\bimport\(/);
  });

  it('is ESM, side-effect free, and depends on the contract only', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    assert.equal(manifest.type, 'module');
    assert.equal(manifest.sideEffects, false);
    assert.deepEqual(Object.keys(manifest.dependencies), ['@placard/contract']);
  });
});
