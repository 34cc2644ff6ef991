import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

// These read the built package (`npx tsup` first), which is what users install.
describe('the built package', () => {
  it('exports the client, the error classes, isPlacardError and verifyWebhook', async () => {
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
      'verifyWebhook',
    ]);
  });

  it('resolves for browsers to an entry with the same exports, and the schemas from /validate', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const browserFile = manifest.exports['.'].browser;
    assert.equal(browserFile, './dist/browser.js');
    // index.d.ts types both entries, so they must export the same names.
    const browser = await import(new URL(`../${browserFile}`, import.meta.url).href);
    assert.deepEqual(Object.keys(browser).sort(), Object.keys(await import('@placard/sdk')).sort());
    const { responseSchemas } = await import('@placard/sdk/validate');
    assert.ok(responseSchemas.petition['~standard']);
  });

  it('imports nothing at runtime but @placard/contract and its own chunks: no valibot, no Node built-ins', () => {
    const dist = new URL('../dist/', import.meta.url);
    const files = readdirSync(dist).filter((name) => name.endsWith('.js'));
    const imports = files.flatMap((name) => {
      const code = readFileSync(new URL(name, dist), 'utf8');
      assert.doesNotMatch(code, /\bimport\(/, name);
      return [...code.matchAll(/\bfrom\s*["']([^"']+)["']/g)].map((match) => match[1]);
    });
    assert.ok(imports.includes('@placard/contract'));
    assert.deepEqual(
      imports.filter(
        (specifier) => specifier !== '@placard/contract' && !/^\.\/chunk-[\w-]+\.js$/.test(specifier ?? ''),
      ),
      [],
    );
  });

  it('is ESM, side-effect free, and depends on the contract only', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    assert.equal(manifest.type, 'module');
    assert.equal(manifest.sideEffects, false);
    assert.deepEqual(Object.keys(manifest.dependencies), ['@placard/contract']);
  });
});
