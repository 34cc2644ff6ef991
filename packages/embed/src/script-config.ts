import type { PlacardPageConfig } from '@placard/elements';

/**
 * The page-wide config a partner writes on the script tag: `data-api` (default:
 * the origin the script was served from), `data-key` and `data-locale`.
 */
export function readScriptConfig(script: HTMLScriptElement | null): PlacardPageConfig {
  const config: PlacardPageConfig = {};
  const api = script?.dataset.api || (script?.src ? new URL(script.src).origin : undefined);
  if (api) config.api = api.replace(/\/+$/, '');
  if (script?.dataset.key) config.key = script.dataset.key;
  if (script?.dataset.locale) config.locale = script.dataset.locale;
  return config;
}
