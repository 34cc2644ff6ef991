import type { CatalogueBasics } from './catalogue.js';

/**
 * A value put inside our words (a name, a title), kept in its own direction. In a
 * right-to-left language a Latin name and the brackets or full stop after it would
 * otherwise be reordered; left-to-right text is left exactly as it was. (Its own
 * module, not a `Format` method: the first views carry `Format` and never need it.)
 */
export function isolate(text: string, catalogue: Pick<CatalogueBasics, 'dir'>): string {
  return catalogue.dir === 'rtl' ? `\u2068${text}\u2069` : text;
}
