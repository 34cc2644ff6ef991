/**
 * The loader knows which campaigns the page shows the moment it runs, long
 * before the widgets' chunks have arrived and been evaluated. It asks for
 * their data then, in parallel with the chunk downloads, and leaves each
 * in-flight response on `Placard.prefetched` under its URL; the elements' API
 * client takes it from there instead of asking again (packages/elements
 * `store/prefetched-fetch.ts`, which owns the other half of this contract).
 *
 * Only requests a widget is certain to make, spelt exactly as the SDK spells
 * them: a guess that missed would be one more request, not one fewer.
 */
import type { PlacardGlobal } from './placard-global.js';

// The SDK's check, kept loose on purpose: a slug it would refuse is never prefetched.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** `<campaign-timeline>`'s first page when the page sets neither `limit` nor `order`. */
const TIMELINE_FIRST_PAGE = '/timeline?limit=10';

const attribute = (element: Element | null | undefined, name: string): string | undefined =>
  element?.getAttribute(name)?.trim() || undefined;

/** The GET requests the widget `element` will make first, as absolute URLs. */
export function firstRequests(element: Element, config: PlacardGlobal['config']): string[] {
  const wrapper = element.parentElement?.closest('placard-campaign');
  const campaign = attribute(element, 'campaign') ?? attribute(wrapper, 'campaign');
  if (!campaign || !SLUG.test(campaign)) return [];
  const api = (attribute(element, 'api') ?? attribute(wrapper, 'api') ?? config?.api ?? location.origin).replace(
    /\/+$/,
    '',
  );
  const base = `${api}/v1/campaigns/${campaign}`;
  const urls = [base];
  if (element.localName === 'campaign-timeline' && !element.hasAttribute('limit') && !element.hasAttribute('order')) {
    urls.push(base + TIMELINE_FIRST_PAGE);
  }
  return urls;
}

/** Starts each widget's first requests once per URL; the elements pick the responses up. */
export function prefetchFor(elements: Iterable<Element>, placard: PlacardGlobal): void {
  placard.prefetched ??= {};
  const prefetched = placard.prefetched;
  for (const element of elements) {
    for (const url of firstRequests(element, placard.config)) {
      if (url in prefetched) continue;
      // The same request the SDK sends for a read: a CORS-simple GET asking for JSON.
      const response = fetch(url, { headers: { accept: 'application/json' } });
      // Nobody may ever take it (the widget was removed): never an unhandled rejection.
      response.catch(() => {});
      prefetched[url] = response;
    }
  }
}
