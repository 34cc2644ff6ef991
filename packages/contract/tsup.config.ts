import { defineConfig } from 'tsup';

export default defineConfig({
  // One output file per source module, so bundlers drop the modules a consumer
  // does not import (the SDK never ships the admin schemas or the route table).
  entry: ['src/**/*.ts'],
  bundle: false,
  format: ['esm'],
  dts: { entry: ['src/index.ts', 'src/fixtures.ts', 'src/openapi.ts'] },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
});
