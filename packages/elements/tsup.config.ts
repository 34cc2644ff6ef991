import { defineConfig } from 'tsup';
import { ELEMENT_TAGS } from './src/tags.js';

// One entry per define file (from the package's tag list), the side-effect-free index and
// the tag list itself; shared code lands in common chunks, so a page with one tag loads
// only what that tag needs.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    tags: 'src/tags.ts',
    // The space each widget reserves while loading, for the embed's sheet and the docs' tests.
    'reserved-space': 'src/styles/reserved-space.ts',
    // Types only (`window.Placard`); the framework entry points beside it are written by
    // scripts/framework-types.ts from custom-elements.json after this build.
    global: 'src/global.ts',
    ...Object.fromEntries(ELEMENT_TAGS.map((tag) => [tag, `src/${tag}/${tag}.ts`])),
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  platform: 'browser',
  target: 'es2021',
  tsconfig: 'tsconfig.build.json',
});
