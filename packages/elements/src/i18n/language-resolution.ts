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
 * 1. its own `lang` attribute (an element's attributes override the page-wide settings);
 * 2. the page-wide `Placard.config.locale`, the embed's `data-locale`, which
 *    overrides the page's language (docs/partners.md, "Languages");
 * 3. the closest ancestor with `lang`, crossing shadow roots, then `<html lang>`;
 * 4. English.
 * Which catalogue answers the tag (`zh-TW` → Traditional Chinese) is
 * i18n/catalogue-loader.ts's business.
 */
export function resolveLanguage(element: Element): string {
  const own = validTag(element.getAttribute('lang'));
  if (own) return own;
  const configured = validTag(readPageConfig().locale);
  if (configured) return configured;
  for (let node = parentAcrossShadow(element); node; node = parentAcrossShadow(node)) {
    const lang = validTag(node.getAttribute('lang'));
    if (lang) return lang;
  }
  return 'en';
}
