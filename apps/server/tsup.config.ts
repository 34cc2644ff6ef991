import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { main: 'src/main.ts', server: 'src/server.ts', cli: 'src/cli/index.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  outDir: 'dist',
  clean: true,
  sourcemap: true,
  // Dependencies stay in node_modules; only our own code is bundled.
  skipNodeModulesBundle: true,
  dts: { entry: { server: 'src/server.ts' } },
});
