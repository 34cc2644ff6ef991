import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build, type Platform } from 'esbuild';

// These bundle the built package (`npx tsup` first) as an app's bundler would.
const packageDir = fileURLToPath(new URL('..', import.meta.url));

// What a browser client runs from the contract: its input checks and the error envelope's reader.
const INPUT_CHECKS = `export {
  SlugSchema, SignatureRequestSchema, MessageRequestSchema, TimelineQuerySchema, RepresentativeQuerySchema,
  fieldErrors, ErrorEnvelopeSchema,
} from '@placard/contract';`;
const CLIENT = "export { createClient } from '@placard/sdk';";
const CLIENT_WITH_SCHEMAS = `${CLIENT}\nexport { responseSchemas } from '@placard/sdk/validate';`;

/**
 * The contract's modules that put code in a bundle of `contents`. Compared as modules, not
 * as marker strings, because bundlers keep or drop a contract module whole: its schemas
 * are built by calls they cannot prove free of side effects.
 */
async function contractModules(contents: string, platform: Platform = 'browser'): Promise<string[]> {
  const { metafile } = await build({
    stdin: { contents, resolveDir: packageDir, loader: 'js' },
    absWorkingDir: packageDir,
    bundle: true,
    format: 'esm',
    platform,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values(metafile.outputs);
  assert.ok(output);
  return Object.entries(output.inputs)
    .filter(([path, { bytesInOutput }]) => /\bcontract\/dist\//.test(path) && bytesInOutput > 0)
    .map(([path]) => path)
    .sort();
}

describe('createClient bundled', () => {
  it('for browsers carries no contract module but those of its input checks', async () => {
    const inputChecks = await contractModules(INPUT_CHECKS);
    assert.ok(inputChecks.length > 0);
    assert.deepEqual(await contractModules(CLIENT), inputChecks);
  });

  it('carries the response schemas for browsers given @placard/sdk/validate, and for Node', async () => {
    const inputChecks = new Set(await contractModules(INPUT_CHECKS));
    const beyondInputChecks = (modules: string[]) => modules.filter((path) => !inputChecks.has(path));
    // The campaign's schema and the live events' are only ever read from answers.
    const responseOnly = [/\/campaign\.js$/, /\/events\.js$/];
    for (const modules of [await contractModules(CLIENT_WITH_SCHEMAS), await contractModules(CLIENT, 'node')]) {
      const extra = beyondInputChecks(modules);
      for (const pattern of responseOnly)
        assert.ok(
          extra.some((path) => pattern.test(path)),
          `${pattern} in ${extra}`,
        );
    }
  });
});
