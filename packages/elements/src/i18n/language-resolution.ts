import { readPageConfig } from '../config/page-config.js';

/** A usable BCP 47 tag, or undefined for garbage (`Intl` throws on those). */
function validTag(value: string | null | undefined): string | undefined {
  const tag = value?.trim();
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The next element up, stepping out of shadow roots to their hosts. */
function parentAcrossShadow(node: Node): Element | null {
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/**
 * The language a widget should speak, first match wins:
 * 1. its own `lang` attribute;
 * 2. the closest ancestor with `lang` below `<html>`, crossing shadow roots;
 * 3. the page-wide `Placard.config.locale` (the embed's `data-locale`, which
 *    the embed contract says overrides the page language: docs/partners.md, "Languages");
 * 4. `<html lang>`;
 * 5. English.
 */
export function resolveLanguage(element: Element): string {
  const root = element.ownerDocument.documentElement;
  for (let node: Element | null = element; node && node !== root; node = parentAcrossShadow(node)) {
    const lang = validTag(node.getAttribute('lang'));
    if (lang) return lang;
  }
  return validTag(readPageConfig().locale) ?? validTag(root.getAttribute('lang')) ?? 'en';
}
