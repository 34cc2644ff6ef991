// `@placard/elements/global`: types only. Importing it (`import type {} from
// '@placard/elements/global'`) declares `window.Placard`; the framework entry points
// (`@placard/elements/react`, `/vue`) import it too.
import type { PlacardGlobal } from './config/placard-global.js';

export type { PlacardPageConfig } from './config/page-config.js';
export type { PlacardGlobal, PlacardLoaderInfo } from './config/placard-global.js';

declare global {
  interface Window {
    /** Placard's one global: page-wide settings (`config`) and what the embed loader adds. */
    Placard?: PlacardGlobal;
  }
}
