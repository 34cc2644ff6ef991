// First render on a host page: Chromium loads a partner page (its own origin,
// a strict Content-Security-Policy) with the demo builder's snippet pasted
// as-is, embedding the widgets from the real server (PGlite in a temporary
// folder). Measured from embed.js having arrived (the loader starts running)
// to the counter's number in the DOM and on the next frame, cold (fresh browser
// profile) and warm (same profile, loaded again), with requests, bytes, the
// JavaScript fetched until each widget's first view, and layout shift for each
// widget and all three at two widths and two network latencies. The API round
// trip is timed separately from the same page so the "round trip + 50 ms"
// target is this machine's own.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../scripts/chrome.mjs';
import { DESKTOP, inFreshProfile } from './lib/browser-profile.mjs';
import { CLS_CELLS, clsMatrixFigures, shiftNote } from './lib/cls-matrix.mjs';
import { startHostPage } from './lib/host-page.mjs';
import { jsFetched } from './lib/js-fetched.mjs';
import { loadPage, placardScripts } from './lib/page-load.mjs';
import { embedManifest, requireBuilt, SEED_SLUG, serverModule } from './lib/paths.mjs';
import { median } from './lib/stats.mjs';
import { findTheMp, signThePetition } from './lib/supporter-forms.mjs';

export const title = 'First render on a host page';
export const description =
  "Chromium (headless); a partner page with a strict CSP and the builder's snippet as pasted. " +
  '"Loader runs" is the moment embed.js finished downloading (Resource Timing responseEnd); ' +
  '"shown" is the first animation frame after the number is in the shadow DOM. ' +
  '"JS fetched until …" adds the gzip -9 sizes of the Placard scripts whose responseEnd came before that first view was in the DOM (cold, desktop, loopback). ' +
  "Medians of the runs; CLS is the worst run, counted until 1.5 s after the last widget's first view.";

// Late shifts (the live stream's first events, a widget finishing after another) come within this of the first views.
const SETTLE_MS = 1500;
const RTT_SAMPLES = 7;

/** The desktop, loopback cell of a page: where the timing and JavaScript figures are measured. */
const desktopLoopback = (page) =>
  CLS_CELLS.find((cell) => cell.page === page && cell.device === DESKTOP && cell.network.latencyMs === 0);
const TIMING_CELL = desktopLoopback('counter');

/** Fetch → parsed JSON, from the partner page's origin (CORS), cache bypassed; median of several. */
async function roundTrip(page, url) {
  const samples = await page.evaluate(
    async ({ url, n }) => {
      const times = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        const res = await fetch(url, { cache: 'no-store' });
        await res.json();
        times.push(performance.now() - t0);
      }
      return times;
    },
    { url, n: RTT_SAMPLES },
  );
  // The first may open a connection; the widget's own request reuses the one embed.js came on.
  return median(samples.slice(1));
}

/** The JavaScript fetched until each load's `until(load)` moment: the median run's figure, its files in the note. */
function jsFigure(name, loads, until, target) {
  const fetched = loads.map((load) => jsFetched(load.scripts, until(load)));
  const value = median(fetched.map((f) => f.gzip));
  const { files } = fetched.find((f) => f.gzip === value);
  return {
    name,
    value,
    unit: 'B',
    ...(target === undefined ? {} : { target: { op: '<=', value: target } }),
    note: `${files.length} files${target === undefined ? ', no target' : ''}: ${files.join(', ')}`,
  };
}

export async function run({ short, log, noteDatabase }) {
  requireBuilt(serverModule, 'The server (apps/server)');
  requireBuilt(embedManifest, 'The embed bundles (packages/embed)');
  // The whole CLS matrix (32 loads), the reserved page and the forms, once a pass;
  // the counter's desktop loopback cell, behind the timing rows, in every run.
  const passes = short ? 1 : 3;
  const runs = short ? 1 : 7;
  const { startServer, loadConfig } = await import(pathToFileURL(serverModule).href);
  const dataDir = await mkdtemp(join(tmpdir(), 'placard-bench-render-'));
  const cells = [];
  const reserved = [];
  const interactive = [];
  const rttPetition = [];
  const rttCampaign = [];
  // Everything started is stopped again, whichever step fails.
  const cleanup = [() => rm(dataDir, { recursive: true, force: true })];
  try {
    const server = await startServer(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', PLACARD_DATA_DIR: dataDir, RATE_LIMITS: 'off', LOG_LEVEL: 'warn' }),
      { onAdminKey: () => {} },
    );
    cleanup.unshift(() => server.close());
    const host = await startHostPage(server.url);
    cleanup.unshift(() => host.close());
    const browser = await chromium.launch({ executablePath: await findChrome(), args: chromeArgs, headless: true });
    cleanup.unshift(() => browser.close());
    noteDatabase('Chromium (first render)', browser.version());
    const measure = (page, network, name, settleMs = SETTLE_MS) =>
      loadPage(page, network, { url: `${host.url}/${name}`, apiOrigin: server.url, settleMs });
    for (let i = 0; i < runs; i++) {
      const pass = i < passes;
      for (const cell of pass ? CLS_CELLS : [TIMING_CELL]) {
        // Cold then warm: a fresh profile, then the same page again in it.
        await inFreshProfile(
          browser,
          async (page, network) => {
            const cold = await measure(page, network, cell.page);
            const warm = await measure(page, network, cell.page);
            cells.push({ cell, cold, warm });
            if (cell !== TIMING_CELL) return;
            rttPetition.push(await roundTrip(page, `${server.url}/v1/campaigns/${SEED_SLUG}/petition`));
            rttCampaign.push(await roundTrip(page, `${server.url}/v1/campaigns/${SEED_SLUG}`));
          },
          { device: cell.device, latencyMs: cell.network.latencyMs },
        );
      }
      if (pass) {
        // The counter on a page that reserves its space in its own CSS (docs/partners.md), cold.
        await inFreshProfile(browser, async (page, network) =>
          reserved.push(await measure(page, network, 'counter-reserved')),
        );
        // All three, cold, both forms used once the first views are shown.
        await inFreshProfile(browser, async (page, network) => {
          await measure(page, network, 'all', 0);
          await signThePetition(page);
          await findTheMp(page);
          interactive.push({ scripts: await placardScripts(page, server.url) });
        });
      }
      const last = cells.findLast((run) => run.cell === TIMING_CELL);
      const worst = Math.max(...cells.flatMap((run) => [run.cold.cls, run.warm.cls]));
      log(
        `run ${i + 1}/${runs}: cold ${last.cold.fromLoader.toFixed(1)} ms, warm ${last.warm.fromLoader.toFixed(1)} ms, ` +
          `shown "${last.cold.text}", RTT ${rttPetition.at(-1).toFixed(1)} ms; worst CLS so far ${worst.toFixed(3)}`,
      );
    }
  } finally {
    for (const step of cleanup) await step();
  }

  const coldOf = (page) => cells.filter((run) => run.cell === desktopLoopback(page)).map((run) => run.cold);
  const cold = coldOf('counter');
  const warm = cells.filter((run) => run.cell === TIMING_CELL).map((run) => run.warm);
  const all = coldOf('all');
  const violations = cells.flatMap((run) => [...run.cold.violations, ...run.warm.violations]);
  const rtt = median(rttPetition);
  const budget = rtt + 50;
  const m = (list, key) => median(list.map((r) => r[key]));
  const worst = (list, key) => Math.max(...list.map((r) => r[key]));
  const target = { op: '<=', value: Math.round(budget * 10) / 10 };
  const targetNote = `target = API round trip ${rtt.toFixed(1)} ms + 50 ms`;
  return [
    {
      name: 'API round trip, GET /petition from the page',
      value: rtt,
      unit: 'ms',
      note: 'fetch to parsed JSON, cache bypassed',
    },
    {
      name: 'API round trip, GET /campaigns/:slug (what the widget fetches)',
      value: median(rttCampaign),
      unit: 'ms',
    },
    { name: 'cold: loader runs → number shown', value: m(cold, 'fromLoader'), unit: 'ms', target, note: targetNote },
    { name: 'cold: loader runs → number in the DOM', value: m(cold, 'domFromLoader'), unit: 'ms' },
    { name: 'cold: embed.js requested → number shown', value: m(cold, 'fromLoaderFetch'), unit: 'ms' },
    { name: 'cold: navigation → number shown', value: m(cold, 'fromNavigation'), unit: 'ms' },
    { name: 'cold, part: loader runs → last chunk downloaded', value: m(cold, 'toChunks'), unit: 'ms' },
    { name: 'cold, part: loader runs → campaign request sent', value: m(cold, 'toRequest'), unit: 'ms' },
    {
      name: 'cold, part: chunks downloaded → campaign request sent',
      value: m(cold, 'chunksToRequest'),
      unit: 'ms',
      note: 'negative when the loader asks for the campaign while the chunks are still downloading',
    },
    { name: 'cold, part: campaign request (widget)', value: m(cold, 'request'), unit: 'ms' },
    { name: 'cold, part: response → number in the DOM', value: m(cold, 'responseToDom'), unit: 'ms' },
    { name: 'warm: loader runs → number shown', value: m(warm, 'fromLoader'), unit: 'ms', target, note: targetNote },
    { name: 'warm: loader runs → number in the DOM', value: m(warm, 'domFromLoader'), unit: 'ms' },
    { name: 'warm, part: loader runs → campaign request sent', value: m(warm, 'toRequest'), unit: 'ms' },
    {
      name: 'warm, part: campaign request (widget)',
      value: m(warm, 'request'),
      unit: 'ms',
      note: 'from the HTTP cache when fresh',
    },
    { name: 'warm: navigation → number shown', value: m(warm, 'fromNavigation'), unit: 'ms' },
    {
      name: 'cold: requests to Placard (counter)',
      value: m(cold, 'requests'),
      unit: 'requests',
      note: cold[0]?.urls.join(', '),
    },
    {
      name: 'cold: bytes from Placard (counter)',
      value: m(cold, 'bytes'),
      unit: 'B',
      note: 'on the wire, headers included, the open live stream excepted; the server sends brotli (gzip while brotli is first being made)',
    },
    {
      name: 'warm: requests to Placard (counter)',
      value: m(warm, 'requests'),
      unit: 'requests',
      note: `${m(warm, 'networkRequests')} over the network; ${warm[0]?.urls.join(', ')}`,
    },
    { name: 'warm: bytes from Placard (counter)', value: m(warm, 'bytes'), unit: 'B' },
    {
      name: 'CLS, counter page reserving its space in CSS, cold',
      value: worst(reserved, 'cls'),
      unit: '',
      target: { op: '<=', value: 0 },
      note:
        shiftNote(reserved) ?? 'the page has petition-counter:not(:defined) { display: block; min-height: 52.75em }',
    },
    { name: 'all three, cold: loader runs → counter shown', value: m(all, 'fromLoader'), unit: 'ms' },
    {
      name: 'all three, cold: requests to Placard',
      value: m(all, 'requests'),
      unit: 'requests',
      note: all[0]?.urls.join(', '),
    },
    { name: 'all three, cold: bytes from Placard', value: m(all, 'bytes'), unit: 'B' },
    jsFigure(
      "JS fetched until the counter's live number is shown (loader included)",
      coldOf('counter'),
      (load) => load.views['petition-counter'].at,
      12_000,
    ),
    jsFigure(
      "JS fetched until the timeline's first entry is shown",
      coldOf('timeline'),
      (load) => load.views['campaign-timeline'].at,
      12_000,
    ),
    jsFigure(
      "JS fetched until the MP form's postcode field is shown",
      coldOf('mp-form'),
      (load) => load.views['mp-email-form'].at,
    ),
    jsFigure(
      "JS fetched until all three widgets' first views are shown",
      coldOf('all'),
      (load) => load.lastViewAt,
      16_000,
    ),
    jsFigure(
      'all three fully interactive, after using both forms',
      interactive,
      () => Number.POSITIVE_INFINITY,
      30_000,
    ),
    ...clsMatrixFigures(cells),
    {
      name: 'CSP violations (every page load of the CLS matrix)',
      value: violations.length,
      unit: 'reports',
      note: violations.length ? [...new Set(violations)].join('; ') : 'none',
    },
  ];
}
