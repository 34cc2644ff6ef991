import { ensureContextRoot } from './context/context-root.js';

/** A custom element class that may carry the Placard version that defined it. */
export type VersionedElement = CustomElementConstructor & { readonly placardVersion?: string };

const warned = new Set<string>();

function warnOnce(tagName: string, message: string): void {
  if (warned.has(tagName)) return;
  warned.add(tagName);
  console.warn(`Placard: ${message}`);
}

/**
 * Registers a tag, never throwing: pages may load two copies of the widgets (two
 * script tags, an npm build plus the embed). The first definition wins; a
 * different version is reported once so the partner can remove the duplicate.
 */
export function defineElement(tagName: string, element: VersionedElement): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  ensureContextRoot();
  const existing = registry.get(tagName) as VersionedElement | undefined;
  if (existing) {
    if (existing === element || existing.placardVersion === element.placardVersion) return;
    const other = existing.placardVersion ? `version ${existing.placardVersion}` : 'another script';
    warnOnce(tagName, `<${tagName}> is already defined by ${other}; version ${element.placardVersion} is not used.`);
    return;
  }
  try {
    registry.define(tagName, element);
  } catch (error) {
    warnOnce(tagName, `<${tagName}> could not be defined (${(error as Error).message}).`);
  }
}
