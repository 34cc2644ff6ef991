/**
 * First module of the single-file bundle (build.ts writes its entry): sets the page-wide config from the
 * bundle's own `<script>` before the element modules after it define (and
 * upgrade) their tags.
 */
import { findOwnScript } from './own-script.js';
import { mergeConfig, placardGlobal } from './placard-global.js';
import { readScriptConfig } from './script-config.js';

try {
  mergeConfig(placardGlobal(), readScriptConfig(findOwnScript('placard.iife.js')), __PLACARD_VERSION__);
} catch (error) {
  console.warn('[placard] could not read the script configuration', error);
}
