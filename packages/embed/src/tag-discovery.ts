/**
 * Finds Placard tags that are not defined yet — in the page now and in
 * anything inserted later (a single-page app rendering a route) — and calls
 * `onFound` once per tag name. Stops watching once every tag is handled, so a
 * page that has loaded its widgets pays nothing for later DOM changes.
 */
export interface TagDiscovery {
  /** Forget a tag so a later insertion triggers `onFound` again (after a failed load). */
  retry(tag: string): void;
}

export function discoverTags(tags: readonly string[], onFound: (tag: string) => void): TagDiscovery {
  const handled = new Set<string>();
  const selector = tags.map((tag) => `${tag}:not(:defined)`).join(',');
  let observer: MutationObserver | undefined;

  const scan = (root: Element | Document): void => {
    const found = new Set<string>();
    if (root instanceof Element && root.matches(selector)) found.add(root.localName);
    for (const element of root.querySelectorAll(selector)) found.add(element.localName);
    for (const tag of found) {
      if (handled.has(tag)) continue;
      handled.add(tag);
      onFound(tag);
    }
    if (tags.every((tag) => handled.has(tag) || customElements.get(tag))) observer?.disconnect();
  };

  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  scan(document);

  return {
    retry(tag) {
      handled.delete(tag);
      observer?.observe(document, { childList: true, subtree: true });
    },
  };
}
