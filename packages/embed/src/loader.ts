/**
 * `embed.js`: the one script a partner pastes. Sets the page-wide config from
 * its own `<script>` attributes, then, for each Placard tag that appears on the
 * page — now or later — and nothing else: starts the widgets' first API requests
 * (prefetch.ts), draws their first views from them with a small module each
 * (first-views.ts), then imports the elements, which take over. Chunks are
 * resolved against the loader's own URL, so the build works from any CDN path.
 */
import { drawFirstViews, FIRST_VIEW_WAIT_MS, settledWithin, withdrawFirstViews } from './first-views.js';
import { warmIntl } from './intl-warmup.js';
import { reportLoadFailure } from './load-failure.js';
import { findOwnScript } from './own-script.js';
import { mergeConfig, placardGlobal } from './placard-global.js';
import { prefetchFor } from './prefetch.js';
import { reserveSpace } from './reserved-space.js';
import { readScriptConfig } from './script-config.js';
import { discoverTags, type TagDiscovery } from './tag-discovery.js';

function startLoader(): void {
  const placard = placardGlobal();
  // A second copy of the loader on the page: the first one already does the work.
  if (placard.loader) return;
  // First, before anything can fail: the tags already in the page take their final size.
  try {
    reserveSpace();
  } catch {}

  const script = findOwnScript('embed.js');
  mergeConfig(placard, readScriptConfig(script), __PLACARD_VERSION__);
  if (!script) {
    reportLoadFailure('could not find the embed.js <script> element, so cannot load the widgets', null, []);
    return;
  }
  const base = new URL('.', script.src).href;
  placard.loader = { version: __PLACARD_VERSION__, base };

  let warmed = false;
  let discovery: TagDiscovery | undefined;
  // The first views being drawn; the elements' code is fetched once they are.
  let drawing: Promise<unknown> = Promise.resolve();
  const failed = (tag: string, error: unknown): void => {
    discovery?.retry(tag);
    withdrawFirstViews(tag);
    reportLoadFailure(`could not load <${tag}> from ${base}`, error, document.querySelectorAll(tag));
  };
  // Runs inside a MutationObserver callback too, where a throw would reach the page.
  discovery = discoverTags(Object.keys(__PLACARD_CHUNKS__), (tag) => {
    try {
      // Defined already: an npm-bundled copy of the elements got there first.
      if (customElements.get(tag)) return;
      const elements = document.querySelectorAll(tag);
      // The campaign data travels alongside the code instead of after it.
      prefetchFor(elements, placard);
      const firstView = __PLACARD_FIRST_VIEWS__[tag];
      if (firstView) drawing = Promise.all([drawing, drawFirstViews(tag, elements, firstView, base, placard)]);
      // After every tag this scan found has started its first views (a microtask later),
      // once they are drawn (or a moment has passed): the elements' code, which would
      // otherwise share the connection with what the supporter sees first.
      queueMicrotask(() => {
        void settledWithin(drawing, FIRST_VIEW_WAIT_MS).then(() => {
          const files = __PLACARD_CHUNKS__[tag] ?? [];
          // The entry and its shared chunks together rather than in a waterfall.
          return Promise.all(files.map((file) => import(new URL(file, base).href))).catch((error: unknown) =>
            failed(tag, error),
          );
        });
      });
      if (!warmed) {
        warmed = true;
        // A task later, so the chunk requests are on their way first.
        setTimeout(() => warmIntl(placard.config?.locale || document.documentElement.lang || 'en'));
      }
    } catch (error) {
      failed(tag, error);
    }
  });
}

try {
  startLoader();
} catch (error) {
  // Never break the host page, whatever it did to the DOM or globals.
  try {
    reportLoadFailure('the loader failed to start', error, []);
  } catch {}
}
