/**
 * How the loader behaves in the ways partners actually paste it: as a module,
 * from any CDN path, twice, beside a bundled copy, as the single-file bundle,
 * and when its chunks cannot be fetched.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RESERVED_SPACE } from '@placard/elements/reserved-space.js';
import type { Page } from 'playwright-core';
import { openWatchedPage } from '../../../../../scripts/browser-tests/chromium.js';
import {
  recordChunkRequests,
  recordPlacardEvents,
  waitForUpgrade,
} from '../../../../../scripts/browser-tests/page-probes.js';
import { chunksFor, readManifest } from '../../../scripts/embed-manifest.js';
import { BROKEN_CDN_PATH, CDN_PATH, distDir } from '../harness/embed-stack.js';
import { CAMPAIGN, type Suite, shownCount, WIDGETS } from '../harness/suite.js';

const manifest = readManifest(distDir);
const ALL_WIDGETS = WIDGETS.map((tag) => `<${tag} campaign="${CAMPAIGN}"><p>Fallback for ${tag}</p></${tag}>`).join(
  '\n',
);

function readConfig(page: Page): Promise<unknown> {
  return page.evaluate(() => (globalThis as { Placard?: { config?: unknown } }).Placard?.config);
}

export function loaderCases(suite: Suite): void {
  test('works as type="module": config from its own script tag, every widget upgraded', async () => {
    const url = suite.stack.page('/module', {
      script: `<script type="module" src="${suite.stack.placard.origin}/embed.js" data-key="pk_test_demo"></script>`,
      body: ALL_WIDGETS,
    });
    const { page, problems } = await openWatchedPage(suite.context);
    await page.goto(url);
    await waitForUpgrade(page, WIDGETS);
    await page
      .locator('petition-counter')
      .getByText(await shownCount(suite.stack), { exact: true })
      .waitFor();
    assert.deepEqual(await readConfig(page), { api: suite.stack.placard.origin, key: 'pk_test_demo' });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('works as a classic defer script', async () => {
    const url = suite.stack.page('/defer', {
      script: `<script defer src="${suite.stack.placard.origin}/embed.js" data-key="pk_test_demo"></script>`,
      body: ALL_WIDGETS,
    });
    const { page, problems } = await openWatchedPage(suite.context);
    await page.goto(url);
    await waitForUpgrade(page, WIDGETS);
    await page.locator('mp-email-form').getByRole('heading', { name: 'Find your MP' }).waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('loads its chunks from wherever it is served (any CDN path) and calls the API named by data-api', async () => {
    const loader = `${suite.stack.cdn.origin}${CDN_PATH}embed.js`;
    const url = suite.stack.page('/cdn', {
      script: `<script src="${loader}" data-api="${suite.stack.placard.origin}" data-key="pk_test_demo" async></script>`,
      scriptOrigin: suite.stack.cdn.origin,
      body: `<petition-counter campaign="${CAMPAIGN}"></petition-counter>`,
    });
    const { page, problems } = await openWatchedPage(suite.context);
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/v1/')) apiCalls.push(new URL(request.url()).origin);
    });
    await page.goto(url);
    await page
      .locator('petition-counter')
      .getByText(await shownCount(suite.stack), { exact: true })
      .waitFor();
    await page.locator('petition-counter').getByLabel('Your name').waitFor();

    const fromCdn = suite.stack.cdn.requests.filter((path) => path.startsWith(`${CDN_PATH}embed/chunks/`));
    assert.deepEqual(
      [...new Set(fromCdn)].sort(),
      chunksFor(manifest, 'petition-counter', { intent: true })
        .map((file) => `${CDN_PATH}${file}`)
        .sort(),
    );
    assert.ok(apiCalls.length > 0 && apiCalls.every((origin) => origin === suite.stack.placard.origin));
    assert.deepEqual(await readConfig(page), { api: suite.stack.placard.origin, key: 'pk_test_demo' });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('loaded twice, the second copy stands down: one set of chunks, no errors', async () => {
    const url = suite.stack.page('/twice', {
      script: [
        `<script src="${suite.stack.placard.origin}/embed.js" data-key="pk_test_demo" async></script>`,
        `<script src="${suite.stack.placard.origin}/embed.js?copy=2" data-key="pk_test_demo" async></script>`,
      ].join('\n'),
      body: ALL_WIDGETS,
    });
    const { page, problems, warnings } = await openWatchedPage(suite.context);
    const chunks = recordChunkRequests(page);
    await page.goto(url);
    await waitForUpgrade(page, WIDGETS);
    await page.locator('campaign-timeline').getByRole('listitem').nth(8).waitFor();
    assert.equal(chunks.length, new Set(chunks).size, 'no chunk requested twice');
    assert.deepEqual(problems, []);
    assert.deepEqual(warnings, []);
    await page.close();
  });

  test('beside an already bundled copy of the elements it loads nothing and defines nothing twice', async () => {
    const url = suite.stack.page('/bundled', {
      // Classic, not async: the bundled copy has defined every tag before the loader runs.
      script: [
        `<script src="${suite.stack.placard.origin}/${manifest.iife}" data-key="pk_test_demo"></script>`,
        `<script src="${suite.stack.placard.origin}/embed.js" data-key="pk_test_demo"></script>`,
      ].join('\n'),
      body: ALL_WIDGETS,
    });
    const { page, problems, warnings } = await openWatchedPage(suite.context);
    const chunks = recordChunkRequests(page);
    await page.goto(url);
    await waitForUpgrade(page, WIDGETS);
    await page
      .locator('petition-counter')
      .getByText(await shownCount(suite.stack), { exact: true })
      .waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(chunks, [], 'the loader fetched no chunks');
    assert.deepEqual(problems, []);
    assert.deepEqual(warnings, []);
    await page.close();
  });

  test('the single-file bundle alone runs every widget under the strict CSP', async () => {
    const url = suite.stack.page('/single-file', {
      script: `<script src="${suite.stack.placard.origin}/${manifest.iife}" data-key="pk_test_demo" async></script>`,
      body: ALL_WIDGETS,
    });
    const { page, problems } = await openWatchedPage(suite.context);
    const chunks = recordChunkRequests(page);
    await page.goto(url);
    await waitForUpgrade(page, WIDGETS);
    await page.locator('mp-email-form').getByRole('heading', { name: 'Find your MP' }).waitFor();
    assert.deepEqual(await readConfig(page), { api: suite.stack.placard.origin, key: 'pk_test_demo' });
    assert.deepEqual(chunks, []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('keeps config the partner set first, and data-locale overrides the page language', async () => {
    const url = suite.stack.page('/welsh', {
      hostScript: "window.Placard = { config: { key: 'pk_test_partner_choice' } };",
      script: `<script src="${suite.stack.placard.origin}/embed.js" data-key="pk_test_demo" data-locale="cy" async></script>`,
      // <html lang="en">: data-locale still wins, as DESIGN.md says.
      body: `<mp-email-form campaign="${CAMPAIGN}" key="pk_test_demo"></mp-email-form>`,
    });
    const { page, problems } = await openWatchedPage(suite.context);
    await page.goto(url);
    await page.locator('mp-email-form').getByRole('heading', { name: 'Dewch o hyd i’ch AS' }).waitFor();
    assert.deepEqual(await readConfig(page), {
      key: 'pk_test_partner_choice',
      api: suite.stack.placard.origin,
      locale: 'cy',
    });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('data-locale="ug" lays every widget out in Uyghur, right to left; <html lang="fr"> alone gives French', async () => {
    const frames = (page: Page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('petition-counter, campaign-timeline, mp-email-form')].map((element) => {
          const frame = element.shadowRoot?.querySelector('[part~="base"]');
          return `${frame?.getAttribute('lang')} ${frame?.getAttribute('dir')}`;
        }),
      );
    const inLanguage = async (url: string, expected: string) => {
      const { page, problems } = await openWatchedPage(suite.context);
      await page.goto(url);
      await waitForUpgrade(page, WIDGETS);
      await page.waitForFunction(
        (want) =>
          [...document.querySelectorAll('petition-counter, campaign-timeline, mp-email-form')].every(
            (element) =>
              element.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') === want.split(' ')[0],
          ),
        expected,
      );
      assert.deepEqual(await frames(page), [expected, expected, expected]);
      assert.deepEqual(problems, []);
      await page.close();
    };
    await inLanguage(
      suite.stack.page('/uyghur', {
        script: `<script src="${suite.stack.placard.origin}/embed.js" data-key="pk_test_demo" data-locale="ug" async></script>`,
        body: ALL_WIDGETS,
      }),
      'ug rtl',
    );
    await inLanguage(
      suite.stack.page('/french-page', { hostScript: "document.documentElement.lang = 'fr';", body: ALL_WIDGETS }),
      'fr ltr',
    );
  });

  test('a snippet pinned to a version, with integrity, runs every widget; a wrong hash is refused and the fallback stays', async () => {
    const origin = suite.stack.placard.origin;
    const integrity = (await (await fetch(`${origin}/embed/integrity.json`)).json()) as {
      latest: string;
      versions: Record<string, Record<string, string>>;
    };
    const version = integrity.latest;
    const hashes = integrity.versions[version] ?? {};
    const loader = readFileSync(join(distDir, 'embed.js'));
    assert.equal(hashes['embed.js'], `sha384-${createHash('sha384').update(loader).digest('base64')}`);
    const pinned = (hash: string) =>
      `<link rel="stylesheet" href="${origin}/embed/${version}/embed.css" integrity="${hashes['embed.css']}" crossorigin="anonymous">
<script src="${origin}/embed/${version}/embed.js" integrity="${hash}" crossorigin="anonymous" data-key="pk_test_demo" async></script>`;

    const good = await openWatchedPage(suite.context);
    await good.page.goto(suite.stack.page('/pinned', { script: pinned(hashes['embed.js'] ?? ''), body: ALL_WIDGETS }));
    await waitForUpgrade(good.page, WIDGETS);
    await good.page.locator('mp-email-form').getByRole('heading', { name: 'Find your MP' }).waitFor();
    assert.deepEqual(good.problems, []);
    await good.page.close();

    const bad = await openWatchedPage(suite.context);
    await bad.page.goto(
      suite.stack.page('/pinned-tampered', { script: pinned(`sha384-${'A'.repeat(64)}`), body: ALL_WIDGETS }),
    );
    await bad.page.waitForTimeout(1000);
    assert.equal(await bad.page.evaluate(() => customElements.get('petition-counter')), undefined);
    await bad.page.getByText('Fallback for petition-counter').waitFor();
    assert.ok(
      bad.problems.some((problem) => /integrity/i.test(problem)),
      bad.problems.join('\n'),
    );
    await bad.page.close();
  });

  test("reserves each widget's block size before it is defined, under the strict CSP, and the partner can override it", async () => {
    // Chunks that never arrive keep the tags undefined, so only the loader's reservation sizes them.
    const url = suite.stack.page('/reserved', {
      script: `<script src="${suite.stack.cdn.origin}${BROKEN_CDN_PATH}embed.js" data-api="${suite.stack.placard.origin}" data-key="pk_test_demo" async></script>`,
      scriptOrigin: suite.stack.cdn.origin,
      body: `${ALL_WIDGETS}
        <petition-counter campaign="${CAMPAIGN}" display-only id="display-only"><a href="/sign">Sign</a></petition-counter>
        <petition-counter campaign="${CAMPAIGN}" compact id="compact"></petition-counter>
        <petition-counter campaign="${CAMPAIGN}" id="partner"></petition-counter>`,
    });
    const { page, problems } = await openWatchedPage(suite.context);
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto(url);
    await page.waitForFunction(() => (globalThis as { Placard?: { loader?: unknown } }).Placard?.loader !== undefined);
    const sizes = await page.evaluate(() => {
      // Through CSSOM: the strict CSP would block a style attribute in the markup.
      document.body.style.fontSize = '16px';
      document.getElementById('partner')?.style.setProperty('--placard-min-height', '5rem');
      return [...document.querySelectorAll('petition-counter, campaign-timeline, mp-email-form')].map((element) => {
        const style = getComputedStyle(element);
        return {
          tag: element.id || element.localName,
          defined: element.matches(':defined'),
          display: style.display,
          height: Math.round(element.getBoundingClientRect().height),
        };
      });
    });
    // The elements' table of reserved sizes at a 16px font, wide viewport.
    const reserved = (tag: string, attribute?: string) =>
      (RESERVED_SPACE.find((entry) => entry.tag === tag && entry.attribute === attribute)?.wide ?? 0) * 16;
    assert.deepEqual(sizes, [
      { tag: 'petition-counter', defined: false, display: 'block', height: reserved('petition-counter') },
      { tag: 'campaign-timeline', defined: false, display: 'block', height: reserved('campaign-timeline') },
      { tag: 'mp-email-form', defined: false, display: 'block', height: reserved('mp-email-form') },
      { tag: 'display-only', defined: false, display: 'block', height: reserved('petition-counter', 'display-only') },
      { tag: 'compact', defined: false, display: 'block', height: reserved('petition-counter', 'compact') },
      { tag: 'partner', defined: false, display: 'block', height: 5 * 16 },
    ]);
    assert.deepEqual(
      problems.filter((problem) => /Content.Security.Policy|style-src/i.test(problem)),
      [],
      'no CSP violation',
    );
    await page.close();
  });

  test('when its chunks cannot be fetched it warns once, fires placard-error, and leaves the fallback', async () => {
    const url = suite.stack.page('/broken', {
      script: `<script src="${suite.stack.cdn.origin}${BROKEN_CDN_PATH}embed.js" data-api="${suite.stack.placard.origin}" data-key="pk_test_demo" async></script>`,
      scriptOrigin: suite.stack.cdn.origin,
      body: ALL_WIDGETS,
    });
    const { page, problems, warnings } = await openWatchedPage(suite.context);
    const events = await recordPlacardEvents(page);
    await page.goto(url);
    await page.waitForFunction(() => (globalThis as { __placardEvents?: unknown[] }).__placardEvents?.length === 3);

    const placardWarnings = warnings.filter((text) => text.startsWith('[placard]'));
    assert.equal(placardWarnings.length, 1, 'one warning for the page, not one per tag');
    assert.deepEqual(
      (await events()).map((event) => [event.target, event.detail]).sort(),
      WIDGETS.map((tag) => [tag, { campaign: CAMPAIGN, code: 'load_failed' }]).sort(),
    );
    // The only errors are the browser's own 404 reports; nothing was thrown into the page.
    assert.deepEqual(
      problems.filter((text) => !/Failed to load resource: the server responded with a status of 404/.test(text)),
      [],
    );
    for (const tag of WIDGETS) assert.equal(await page.getByText(`Fallback for ${tag}`).isVisible(), true);
    await page.close();
  });
}
