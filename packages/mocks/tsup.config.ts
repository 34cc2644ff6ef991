import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Runs in Storybook, browser tests and Node alike: no Node built-ins.
  platform: 'neutral',
  external: ['msw', '@placard/contract', 'valibot'],
  treeshake: true,
});
