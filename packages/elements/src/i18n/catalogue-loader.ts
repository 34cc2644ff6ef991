import type { Catalogue } from './catalogue.js';
import en from './en.js';

type CatalogueLoader = () => Promise<Catalogue | { default: Catalogue }>;

// English ships with every element; other languages are separate chunks,
// fetched only on pages that ask for them.
const loaders = new Map<string, CatalogueLoader>([['cy', () => import('./cy.js')]]);
const loaded = new Map<string, Catalogue>([['en', en]]);
const loading = new Map<string, Promise<Catalogue>>();

/** Adds (or replaces) a language at run time, e.g. one an app ships itself. */
export function registerCatalogue(language: string, loader: CatalogueLoader): void {
  const key = language.toLowerCase();
  loaders.set(key, loader);
  loaded.delete(key);
  loading.delete(key);
}

/** `cy-GB` → `cy-gb`, `cy`, `en`: the exact tag, then its language, then English. */
export function fallbackChain(tag: string): string[] {
  const exact = tag.trim().toLowerCase();
  const chain = [exact, exact.split('-')[0] ?? '', 'en'].filter((candidate) => candidate !== '');
  return [...new Set(chain)];
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
