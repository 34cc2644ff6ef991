/**
 * Page-wide settings, set by the embed loader from its script tag
 * (`data-api`, `data-key`, `data-locale`) on the one global Placard namespace.
 */
export interface PlacardPageConfig {
  api?: string;
  key?: string;
  locale?: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Reads `globalThis.Placard.config`, ignoring anything that is not a non-empty string. */
export function readPageConfig(): PlacardPageConfig {
  const raw = (globalThis as { Placard?: { config?: Record<string, unknown> } }).Placard?.config;
  if (typeof raw !== 'object' || raw === null) return {};
  const config: PlacardPageConfig = {};
  const api = text(raw.api);
  const key = text(raw.key);
  const locale = text(raw.locale);
  if (api) config.api = api;
  if (key) config.key = key;
  if (locale) config.locale = locale;
  return config;
}
