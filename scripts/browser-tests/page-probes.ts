import type { Page } from 'playwright-core';

export interface RecordedEvent {
  type: string;
  /** The tag the event came from, as the document sees it. */
  target: string;
  detail: unknown;
}

type ProbeWindow = typeof globalThis & { __placardEvents?: RecordedEvent[] };

/**
 * Records every Placard event that reaches the document, as a host page's
 * analytics would see it. Installed through the browser (not a page script),
 * so it needs no CSP allowance.
 */
export async function recordPlacardEvents(page: Page): Promise<() => Promise<RecordedEvent[]>> {
  await page.addInitScript(() => {
    const events: RecordedEvent[] = [];
    (globalThis as ProbeWindow).__placardEvents = events;
    for (const type of ['placard-signed', 'placard-message-sent', 'placard-error']) {
      document.addEventListener(type, (event) => {
        // Retargeted at the document: the widget's own tag, never its insides.
        const target = event.target;
        events.push({
          type,
          target: target instanceof Element ? target.localName : '#document',
          detail: JSON.parse(JSON.stringify((event as CustomEvent).detail ?? null)),
        });
      });
    }
  });
  return () => page.evaluate(() => (globalThis as ProbeWindow).__placardEvents ?? []);
}

/** Paths of the embed chunks the page requested, in order (relative to the loader, e.g. `embed/chunks/x.js`). */
export function recordChunkRequests(page: Page): string[] {
  const chunks: string[] = [];
  page.on('request', (request) => {
    const match = /\/(embed\/chunks\/[^/?#]+\.js)(?:[?#]|$)/.exec(request.url());
    if (match?.[1]) chunks.push(match[1]);
  });
  return chunks;
}

/** Resolves once each tag is defined and has rendered into its shadow root. */
export async function waitForUpgrade(page: Page, tags: readonly string[]): Promise<void> {
  await page.waitForFunction(
    (names) =>
      names.every((name) => {
        const element = document.querySelector(name);
        return customElements.get(name) !== undefined && (element?.shadowRoot?.childElementCount ?? 0) > 0;
      }),
    tags,
    { timeout: 10_000 },
  );
}
