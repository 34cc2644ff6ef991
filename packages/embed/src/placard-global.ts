/**
 * The one global Placard puts on a page: `globalThis.Placard`. The elements
 * read `config` from it; the loader sets it and marks itself in `loader`, so a
 * second copy of the script knows to stand down. The global's one definition is the
 * elements' (`PlacardGlobal`), who read it.
 */
import type { PlacardGlobal, PlacardPageConfig } from '@placard/elements';

export type { PlacardGlobal, PlacardLoaderInfo } from '@placard/elements';

type WithPlacard = typeof globalThis & { Placard?: PlacardGlobal };

/** The existing namespace, or a new one installed on `globalThis`. Never replaces one that exists. */
export function placardGlobal(): PlacardGlobal {
  const scope = globalThis as WithPlacard;
  scope.Placard ??= {};
  return scope.Placard;
}

/**
 * Adds our settings to `Placard.config` without overwriting any key already
 * set: by the partner before the script ran, or by another copy of Placard.
 */
export function mergeConfig(target: PlacardGlobal, config: PlacardPageConfig, version: string): void {
  target.version ??= version;
  target.config ??= {};
  const current = target.config;
  for (const name of ['api', 'key', 'locale'] as const) {
    const value = config[name];
    if (current[name] === undefined && value !== undefined) current[name] = value;
  }
}
