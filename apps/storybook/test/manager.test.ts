/**
 * Storybook's own UI around the stories (the manager, storybook-static/index.html):
 * no onboarding. Storybook 10 puts a "Get started" checklist at the top of the sidebar
 * and a guide page in the menu unless the `sidebarOnboardingChecklist` and
 * `menuOnboardingChecklist` features are off (`.storybook/main.ts`). It draws them in
 * `storybook dev` only, so the built site is checked twice: its feature flags, as the
 * dev server hands them to the manager too, and what a designer sees in Chromium.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../../../scripts/chrome.mjs';
import { type StaticSite, serveStatic } from './static-server.js';

const staticDir = resolve(dirname(fileURLToPath(import.meta.url)), '../storybook-static');

/** The `window['FEATURES'] = {…};` object the built manager page sets. */
function builtFeatures(): Record<string, unknown> {
  const index = resolve(staticDir, 'index.html');
  if (!existsSync(index)) throw new Error('storybook-static/index.html is missing: run `npm run build` first.');
  const found = /window\['FEATURES'\]\s*=\s*(\{[\s\S]*?\});/.exec(readFileSync(index, 'utf8'));
  assert.ok(found?.[1], 'the built manager page sets no FEATURES');
  return JSON.parse(found[1]) as Record<string, unknown>;
}

describe('the manager shows no onboarding', () => {
  let site: StaticSite;
  let browser: Browser;

  before(async () => {
    site = await serveStatic(staticDir);
    browser = await chromium.launch({ executablePath: await findChrome(), args: chromeArgs, headless: true });
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('has the onboarding checklist and its guide page turned off', () => {
    const features = builtFeatures();
    assert.equal(features.sidebarOnboardingChecklist, false, 'the sidebar onboarding checklist is on');
    assert.equal(features.menuOnboardingChecklist, false, 'the onboarding guide in the menu is on');
  });

  it('opens on the sidebar and the introduction, with no "Get started" checklist', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(site.url);
      await page.locator('#storybook-explorer-tree').getByText('Petition counter').waitFor({ timeout: 30_000 });
      const sidebar = (await page.locator('#storybook-explorer-menu, nav').first().textContent()) ?? '';
      assert.doesNotMatch(sidebar, /Get started|onboarding/i);
      assert.equal(await page.getByText('Get started', { exact: true }).count(), 0, 'a "Get started" checklist shows');
      assert.equal(await page.getByRole('dialog').count(), 0, 'a dialog shows over the manager');
    } finally {
      await page.close();
    }
  });
});
