import { defineConfig } from 'tsup';

export default defineConfig({
  // `browser` is index without the response schemas (package.json's `browser` condition);
  // `validate` hands them to a browser client that asks for them (`@placard/sdk/validate`).
  entry: { index: 'src/index.ts', browser: 'src/browser.ts', validate: 'src/response-schemas.ts' },
  format: ['esm'],
  // browser.js exports what index.js does, with the same types: index.d.ts describes both.
  dts: { entry: { index: 'src/index.ts', validate: 'src/response-schemas.ts' } },
  sourcemap: true,
  clean: true,
  platform: 'neutral',
  target: 'es2022',
});
