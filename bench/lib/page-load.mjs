// One load of a partner page, measured: when each widget's first view was in
// the DOM and painted, what the loader and the counter's request took, every
// JavaScript file fetched from Placard and when it arrived, layout shifts,
// CSP violations, and the requests and bytes on the wire.
import { SEED_SLUG } from './paths.mjs';

export const RENDER_TIMEOUT_MS = 20_000;

/** The page's own record of its problems (browser-profile.mjs), for an error message. */
const problems = (page) => page.placardProblems?.join('; ') || 'none seen';

/** Waits until every widget on the page that the probe watches has shown its first view, and that view is painted. */
async function waitForFirstViews(page) {
  try {
    await page.waitForFunction(
      () => {
        const probe = window.__placardBench;
        const present = probe.watching.filter((tag) => document.querySelector(tag));
        return present.length > 0 && present.every((tag) => probe.views[tag]?.frameAt != null);
      },
      null,
      { timeout: RENDER_TIMEOUT_MS },
    );
  } catch (error) {
    const missing = await page
      .evaluate(() => {
        const probe = window.__placardBench;
        return probe.watching.filter((tag) => document.querySelector(tag) && !probe.views[tag]?.frameAt).join(', ');
      })
      .catch(() => 'unknown');
    throw new Error(
      `no first view within ${RENDER_TIMEOUT_MS / 1000} s from ${missing || 'any widget'} (${error.message}); page problems: ${problems(page)}`,
    );
  }
}

/** Every JavaScript file the page has fetched from `apiOrigin` so far, with when it arrived (ms from navigation start). */
export function placardScripts(page, apiOrigin) {
  return page.evaluate(
    (apiOrigin) =>
      performance
        .getEntriesByType('resource')
        .filter((r) => r.name.startsWith(`${apiOrigin}/`) && /\.m?js$/.test(new URL(r.name).pathname))
        .map((r) => ({ url: r.name, responseEnd: r.responseEnd })),
    apiOrigin,
  );
}

/**
 * Loads `url` in `page`, waits for every widget's first view, then `settleMs`
 * more for late shifts (the live stream, other widgets), and reads the probe.
 * Times are milliseconds from navigation start unless named "from…".
 */
export async function loadPage(page, network, { url, apiOrigin, settleMs }) {
  network.clear();
  await page.goto(url, { waitUntil: 'load', timeout: RENDER_TIMEOUT_MS });
  await waitForFirstViews(page);
  await page.waitForTimeout(settleMs);
  const probe = await page.evaluate(
    ({ apiOrigin, embedUrl, campaignUrl }) => {
      const entry = performance.getEntriesByName(embedUrl)[0];
      const chunks = performance
        .getEntriesByType('resource')
        .filter((r) => r.name.startsWith(`${apiOrigin}/embed/chunks/`));
      const campaign = performance.getEntriesByName(campaignUrl)[0];
      const { views, cls, shifts, violations } = window.__placardBench;
      return {
        views,
        cls,
        shifts,
        violations,
        loaderFetchStart: entry?.startTime,
        loaderEnd: entry?.responseEnd,
        chunkEnds: chunks.map((r) => r.responseEnd),
        campaignStart: campaign?.startTime ?? null,
        campaignEnd: campaign?.responseEnd ?? null,
      };
    },
    { apiOrigin, embedUrl: `${apiOrigin}/embed.js`, campaignUrl: `${apiOrigin}/v1/campaigns/${SEED_SLUG}` },
  );
  if (probe.loaderEnd === undefined) throw new Error('no Resource Timing entry for embed.js: did the page load it?');
  const scripts = await placardScripts(page, apiOrigin);
  const requests = network.snapshot(apiOrigin);
  const fetched = requests.filter((r) => r.cache === null);
  const views = Object.values(probe.views);
  return {
    views: probe.views,
    // The last widget's first view: in the DOM, and painted.
    lastViewAt: Math.max(...views.map((v) => v.at)),
    lastFrameAt: Math.max(...views.map((v) => v.frameAt)),
    scripts,
    ...counterTimes(probe),
    cls: probe.cls,
    shifts: probe.shifts.map((s) => ({
      ...s,
      // When it happened, counted from the loader running (negative: before it ran).
      fromLoader: Math.round(s.at - probe.loaderEnd),
    })),
    violations: probe.violations,
    requests: requests.length,
    networkRequests: fetched.length,
    bytes: requests.reduce((sum, r) => sum + r.bytes, 0),
    urls: requests.map((r) => `${new URL(r.url).pathname}${r.cache ? ` (${r.cache} cache)` : ''}`),
  };
}

/** Where the time between the loader running and the counter's number goes; all null without a counter. */
function counterTimes(probe) {
  const counter = probe.views['petition-counter'];
  if (!counter) return { fromLoader: null, text: null };
  // Only chunks that arrived before the number was in the DOM: later ones (loaded on intent) played no part.
  const before = probe.chunkEnds.filter((end) => end <= counter.at);
  const chunksEnd = before.length ? Math.max(...before) : null;
  return {
    fromLoader: counter.frameAt - probe.loaderEnd,
    domFromLoader: counter.at - probe.loaderEnd,
    fromNavigation: counter.frameAt,
    toChunks: chunksEnd === null ? null : chunksEnd - probe.loaderEnd,
    chunksToRequest: chunksEnd === null ? null : probe.campaignStart - chunksEnd,
    toRequest: probe.campaignStart - probe.loaderEnd,
    request: probe.campaignEnd - probe.campaignStart,
    responseToDom: counter.at - probe.campaignEnd,
    fromLoaderFetch: counter.frameAt - probe.loaderFetchStart,
    text: counter.text,
  };
}
