import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { createPreviewAnnotations } from 'msw-storybook-addon/preview';

import { controlsForAttributesOnly } from '../src/docs/attribute-controls.js';
import { type CustomElementsManifest, publicManifest } from '../src/docs/public-manifest.js';
import { startMockWorker } from '../src/mock-api/mock-worker.js';
import { withMockApi } from '../src/mock-api/story-mock-api.js';
import { withStage } from '../src/stage/stage-decorator.js';
import { globalTypes, initialGlobals } from '../src/toolbar/globals.js';

// Docs pages and controls: attributes, properties, events, slots, parts and
// custom properties of each tag, from the elements' JSDoc: the public API only
// (`@internal` members are left out of the manifest, static, private and
// protected ones here: src/docs/public-manifest.ts). The manifest is
// generated before dev and build (scripts/prepare-static.mjs), so it is
// looked up at bundle time rather than imported as a checked-in file.
const [manifest] = Object.values(
  import.meta.glob<CustomElementsManifest>('../../../packages/elements/custom-elements.json', {
    eager: true,
    import: 'default',
  }),
);
if (!manifest) throw new Error('packages/elements/custom-elements.json is missing: run scripts/prepare-static.mjs.');
setCustomElementsManifest(publicManifest(manifest));

const mockServiceWorker = createPreviewAnnotations(startMockWorker);

const preview: Preview = {
  globalTypes,
  initialGlobals,
  decorators: [withStage],
  argTypesEnhancers: [controlsForAttributesOnly],
  beforeEach: [mockServiceWorker.beforeEach!, withMockApi],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    // An axe violation fails the story, in the a11y panel and in CI's story test.
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
