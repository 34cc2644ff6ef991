/**
 * Draws each widget's first view (the count, the timeline's entries, the postcode
 * step) before the elements' code arrives: a small module per widget from
 * `@placard/elements` that renders the widget's own view template from the
 * prefetched data, which the element takes over when it is defined. The loader
 * fetches the elements only after this, so that they do not compete with what
 * the supporter sees first.
 */
import type { ShowFirstView } from '@placard/elements';

/** What each widget's first-view module exports for the loader. */
interface FirstViewModule {
  showFirstView?: ShowFirstView;
  withdrawFirstView?: (host: Element) => void;
}

/** The first-view modules imported so far, by tag: to withdraw their views if the elements fail. */
const loaded = new Map<string, FirstViewModule>();

import type { PlacardGlobal } from './placard-global.js';
import { firstRequests } from './prefetch.js';

/** The longest the elements' code waits for the first views to be drawn. */
export const FIRST_VIEW_WAIT_MS = 1500;

/**
 * Whether a first view is worth fetching for this element: only English strings ship
 * with it (other languages are drawn by the element, with their catalogue). A guess
 * from the same attributes the element reads; the first view itself decides exactly.
 */
function speaksEnglish(element: Element, config: PlacardGlobal['config']): boolean {
  // The elements' order (i18n/language-resolution.ts): own lang, data-locale, then the page's.
  const lang =
    element.getAttribute('lang') || config?.locale || element.closest('[lang]')?.getAttribute('lang') || 'en';
  return /^en(-|$)/i.test(lang.trim());
}

/** Draws the first view of each of `elements` it can; settles when all are drawn or given up. */
export async function drawFirstViews(
  tag: string,
  elements: Iterable<Element>,
  files: readonly string[],
  base: string,
  placard: PlacardGlobal,
): Promise<void> {
  const hosts = [...elements].filter(
    (element): element is HTMLElement => element instanceof HTMLElement && speaksEnglish(element, placard.config),
  );
  if (hosts.length === 0 || files.length === 0) return;
  // Entry first, its shared chunks alongside rather than after it.
  const [entry] = (await Promise.all(files.map((file) => import(new URL(file, base).href)))) as FirstViewModule[];
  if (entry) loaded.set(tag, entry);
  const show = entry?.showFirstView;
  if (!show) return;
  await Promise.all(
    // One widget's failure is not another's: the element draws it instead.
    hosts.map((host) =>
      show(
        host,
        firstRequests(host, placard.config).map((url) => placard.prefetched?.[url]),
      ).catch(() => false),
    ),
  );
}

/** The page's fallback instead of the first views of `tag`, whose element could not be loaded. */
export function withdrawFirstViews(tag: string): void {
  const withdraw = loaded.get(tag)?.withdrawFirstView;
  if (withdraw) for (const element of document.querySelectorAll(tag)) withdraw(element);
}

/** `promise`, or a settled promise after `ms`, whichever comes first; never rejects. */
export function settledWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, ms);
    promise.then(
      () => resolve(),
      () => resolve(),
    );
  });
}
