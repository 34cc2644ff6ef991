import { defineConfig } from 'tsup';

// One entry per define file plus the side-effect-free index; shared code lands
// in common chunks, so a page with one tag loads only what that tag needs.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'petition-counter': 'src/petition-counter/petition-counter.ts',
    'campaign-timeline': 'src/campaign-timeline/campaign-timeline.ts',
    'mp-email-form': 'src/mp-email-form/mp-email-form.ts',
    'placard-campaign': 'src/placard-campaign/placard-campaign.ts',
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
