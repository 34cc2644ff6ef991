// A page in a new, empty browser profile (cold caches), with the render probe
// installed, its network watched and its problems noted, closed again after use.
import { watchNetwork } from './network-log.mjs';
import { renderProbe } from './render-probe.mjs';

export const DESKTOP = { name: 'desktop 1280 px', viewport: { width: 1280, height: 800 } };
// A phone's width and touch, not Chrome's mobile emulation: with `isMobile: true`
// headless Chromium reports no layout-shift entries at all (a 300 px block put
// above the text after load gave none; test/render-probe.test.mjs checks PHONE sees shifts).
// The scale factor stays 1: layout is in CSS px, and the shared machine is spared the raster work.
export const PHONE = { name: 'phone 390 px', viewport: { width: 390, height: 844 }, hasTouch: true };

/** Remembers failed requests and errors on the page, to say why a render never came. */
function watchProblems(page) {
  page.placardProblems = [];
  const note = (text) => {
    if (page.placardProblems.length < 10) page.placardProblems.push(text);
  };
  page.on('response', (res) => {
    if (res.status() >= 400) note(`HTTP ${res.status()} ${res.url()}`);
  });
  page.on('requestfailed', (req) => note(`failed ${req.url()} (${req.failure()?.errorText})`));
  page.on('pageerror', (error) => note(`page error: ${error.message}`));
}

/**
 * Runs `use(page, network)` with a page in a new profile of `browser`, on
 * `device` (DESKTOP or PHONE) with `latencyMs` added to every request.
 */
export async function inFreshProfile(browser, use, { device = DESKTOP, latencyMs = 0 } = {}) {
  const { name, ...options } = device;
  const context = await browser.newContext(options);
  try {
    await context.addInitScript(renderProbe);
    const page = await context.newPage();
    watchProblems(page);
    const network = await watchNetwork(context, page, { latencyMs });
    await use(page, network);
    await network.detach();
  } finally {
    await context.close();
  }
}
