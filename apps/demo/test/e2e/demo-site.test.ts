/**
 * The demo partner site as the reference server serves it at `/`, in the
 * Debian Chromium, under a strict CSP: the campaign page's widgets come alive
 * from the README snippet, and the snippet builder's preview, theming,
 * language, escaping and copy button work.
 */
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, openWatchedPage } from '../../../../scripts/browser-tests/chromium.js';
import { waitForUpgrade } from '../../../../scripts/browser-tests/page-probes.js';
import { type PlacardServer, startPlacardServer } from '../../../../scripts/browser-tests/placard-server.js';

const demoDist = join(import.meta.dirname, '../../dist');
/** The CDN files, from the installed @placard/embed. */
const embedDist = () => join(dirname(fileURLToPath(import.meta.resolve('@placard/embed/package.json'))), 'dist');
/** The demo's own pages need nothing from anywhere else. */
const DEMO_CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:";

let server: PlacardServer;
let browser: Browser;
let context: BrowserContext;

before(async () => {
  [server, browser] = await Promise.all([
    startPlacardServer({ embedDir: embedDist(), demoDir: demoDist }),
    launchChromium(),
  ]);
  context = await browser.newContext({ reducedMotion: 'reduce' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
});

after(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** Opens a demo page with the strict CSP added to its response, recording any breakage. */
async function openDemoPage(path: string): Promise<{ page: Page; problems: string[] }> {
  const watched = await openWatchedPage(context);
  await watched.page.route(`${server.origin}/**`, async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': DEMO_CSP } });
  });
  await watched.page.goto(`${server.origin}${path}`);
  return watched;
}

describe('the demo partner site', () => {
  test('the campaign page brings all three widgets to life from the README snippet', async () => {
    const { page, problems } = await openDemoPage('/');
    await page.getByRole('heading', { level: 1, name: 'Ban Chen Quanguo: Campaign Updates' }).waitFor();
    await waitForUpgrade(page, ['petition-counter', 'campaign-timeline', 'mp-email-form']);
    await page.locator('petition-counter').getByText('6,000', { exact: true }).waitFor();
    await page.locator('campaign-timeline').getByRole('listitem').nth(8).waitFor();
    await page.locator('mp-email-form').getByRole('heading', { name: 'Find your MP' }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Further reading' }).isVisible(), true);
    assert.equal(await page.locator('.cards > li').count(), 3);
    // The no-JS timeline fallback is hidden once the widget renders.
    assert.equal(await page.locator('.fallback-timeline').isVisible(), false);
    await page.waitForTimeout(300);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the snippet builder previews, themes, translates, escapes and copies the snippet', async () => {
    const { page, problems } = await openDemoPage('/builder.html');
    const snippet = page.locator('#snippet');
    const preview = page.locator('#preview');
    await waitForUpgrade(page, ['petition-counter', 'campaign-timeline', 'mp-email-form']);
    assert.equal(
      await snippet.inputValue(),
      [
        `<link rel="stylesheet" href="${server.origin}/embed.css">`,
        `<script src="${server.origin}/embed.js" data-key="pk_test_demo" async></script>`,
        '',
        '<petition-counter campaign="ban-chen-quanguo"></petition-counter>',
        '<campaign-timeline campaign="ban-chen-quanguo"></campaign-timeline>',
        '<mp-email-form campaign="ban-chen-quanguo"></mp-email-form>',
        '',
      ].join('\n'),
    );

    await page.getByLabel('Language').selectOption('cy');
    await preview.locator('mp-email-form').getByRole('heading', { name: 'Dewch o hyd i’ch AS' }).waitFor();
    assert.match(await snippet.inputValue(), /<mp-email-form campaign="ban-chen-quanguo" lang="cy">/);

    await page.getByLabel('Campaign timeline').uncheck();
    await preview.locator('campaign-timeline').waitFor({ state: 'detached' });
    assert.doesNotMatch(await snippet.inputValue(), /campaign-timeline/);

    await page.locator('input[name="--placard-color-accent"]').fill('#123456');
    assert.match(
      await snippet.inputValue(),
      /<style>\n {2}petition-counter, mp-email-form \{\n {4}--placard-color-accent: #123456;/,
    );
    const submit = preview.locator('petition-counter [part="submit"]');
    await page.waitForFunction(
      (button) => button !== null && getComputedStyle(button).backgroundColor === 'rgb(18, 52, 86)',
      await submit.elementHandle(),
    );

    await page.getByLabel('Campaign', { exact: true }).fill('bad"campaign<');
    await page.getByText('Use lower-case letters, digits and hyphens.').waitFor();
    assert.equal(await page.getByLabel('Campaign', { exact: true }).getAttribute('aria-invalid'), 'true');
    assert.match(await snippet.inputValue(), /campaign="bad&quot;campaign&lt;"/);

    await page.getByRole('button', { name: 'Copy snippet' }).click();
    await page.getByRole('status').getByText('Snippet copied.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await snippet.inputValue());
    assert.deepEqual(problems, []);
    await page.close();
  });
});
