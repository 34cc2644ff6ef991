// The embed snippet exactly as the demo's builder emits it: the builder's own
// buildSnippet() (apps/demo/src/builder/snippet.ts), compiled on the fly with
// esbuild and imported from a data: URL, so whatever the builder starts to
// emit (a stylesheet <link>, other attributes) is what the bench pastes.
import { join } from 'node:path';
import { build } from 'esbuild';
import { DEMO_KEY, repoRoot, SEED_SLUG } from './paths.mjs';

export const snippetSource = join(repoRoot, 'apps', 'demo', 'src', 'builder', 'snippet.ts');

/** The builder's snippet module: `{ buildSnippet, WIDGET_TAGS, … }`. */
export async function loadBuilder() {
  const result = await build({
    entryPoints: [snippetSource],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'error',
  });
  const code = Buffer.from(result.outputFiles[0].contents).toString('base64');
  return import(`data:text/javascript;base64,${code}`);
}

/**
 * Returns `(widgets) => snippet` for a partner of the seed campaign with the
 * demo key, English and the default theme: what a partner copies when they
 * change nothing but the widgets.
 */
export async function snippetMaker(apiUrl) {
  const { buildSnippet } = await loadBuilder();
  return (widgets) =>
    buildSnippet({
      scriptUrl: `${apiUrl}/embed.js`,
      key: DEMO_KEY,
      campaign: SEED_SLUG,
      widgets,
      language: 'en',
      theme: {},
    });
}
