import { negotiateLanguage } from '@placard/contract';
import type { Catalogue } from './catalogue.js';
import en from './en.js';

type CatalogueLoader = () => Promise<Catalogue | { default: Catalogue }>;

/** Accented, 40% longer English (the Android/Chromium convention's tag): shows clipped or hard-coded text. */
export const PSEUDO_LOCALE = 'en-XA';

// English ships with every element; every other language is a chunk of its own,
// fetched only on pages that ask for it and cached like the other chunks.
const loaders = new Map<string, CatalogueLoader>([
  ['cy', () => import('./cy.js')],
  ['fr', () => import('./fr.js')],
  ['de', () => import('./de.js')],
  ['es', () => import('./es.js')],
  ['it', () => import('./it.js')],
  ['nl', () => import('./nl.js')],
  ['pt', () => import('./pt.js')],
  ['pl', () => import('./pl.js')],
  ['ja', () => import('./ja.js')],
  ['zh-hans', () => import('./zh-hans.js')],
  ['zh-hant', () => import('./zh-hant.js')],
  ['bo', () => import('./bo.js')],
  ['ug', () => import('./ug.js')],
  // The pseudo-locale (accented, 40% longer English) for finding clipped or hard-coded text.
  [PSEUDO_LOCALE.toLowerCase(), () => import('./pseudo.js')],
]);
const loaded = new Map<string, Catalogue>([['en', en]]);
const loading = new Map<string, Promise<Catalogue>>();

/** Adds (or replaces) a language at run time, e.g. one an app ships itself. */
export function registerCatalogue(language: string, loader: CatalogueLoader): void {
  const key = language.toLowerCase();
  loaders.set(key, loader);
  loaded.delete(key);
  loading.delete(key);
}

/**
 * The catalogues to try for a tag, best first: the exact tag (a registered one
 * or the pseudo-locale), the language we have for it (`zh-TW` → `zh-hant`,
 * `pt-BR` → `pt`), its bare language, then English.
 */
export function fallbackChain(tag: string): string[] {
  return [...new Set([...asked(tag), 'en'])];
}

function asked(tag: string): string[] {
  const exact = tag.trim().toLowerCase();
  const negotiated = negotiateLanguage(tag)?.toLowerCase() ?? '';
  return [exact, negotiated, exact.split('-')[0] ?? ''].filter((candidate) => candidate !== '');
}

/** Whether a catalogue is in the language a tag asks for, rather than the English fallback. */
export function speaks(catalogue: Catalogue, tag: string): boolean {
  const own = catalogue.locale.toLowerCase();
  const candidates = asked(tag);
  return candidates.includes(own) || candidates.includes(own.split('-')[0] ?? own);
}

/** The best catalogue already in memory for a tag, or undefined when a better one must be loaded first. */
export function cachedCatalogue(tag: string): Catalogue | undefined {
  for (const candidate of fallbackChain(tag)) {
    const catalogue = loaded.get(candidate);
    if (catalogue) return catalogue;
    if (loaders.has(candidate)) return undefined;
  }
  return en;
}

/** The best catalogue for a tag, loading it on first use; English if loading fails. */
export async function loadCatalogue(tag: string): Promise<Catalogue> {
  for (const candidate of fallbackChain(tag)) {
    const ready = loaded.get(candidate);
    if (ready) return ready;
    const loader = loaders.get(candidate);
    if (!loader) continue;
    let promise = loading.get(candidate);
    if (!promise) {
      promise = loader().then((module) => ('default' in module ? module.default : module));
      loading.set(candidate, promise);
    }
    try {
      const catalogue = await promise;
      loaded.set(candidate, catalogue);
      return catalogue;
    } catch {
      loading.delete(candidate);
      console.warn(`Placard: the "${candidate}" translations could not be loaded; showing English.`);
    }
  }
  return en;
}
