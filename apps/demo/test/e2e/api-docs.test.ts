/**
 * The API reference at /v1/docs in Chromium, served by the real server under
 * its own strict CSP: nothing on it is blocked or fails, it passes axe, and a
 * reader can get from the contents list to a route's example and its errors.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { routes } from '@placard/contract';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../../../../scripts/browser-tests/axe.js';
import { launchChromium, openWatchedPage } from '../../../../scripts/browser-tests/chromium.js';
import { type PlacardServer, startPlacardServer } from '../../../../scripts/browser-tests/placard-server.js';

// The reference needs no embed build: an empty folder stands in for the CDN files.
const emptyDir = mkdtempSync(join(tmpdir(), 'placard-docs-e2e-'));

let server: PlacardServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[] = [];

before(async () => {
  [server, browser] = await Promise.all([startPlacardServer({ embedDir: emptyDir }), launchChromium()]);
  context = await browser.newContext({ reducedMotion: 'reduce' });
  const watched = await openWatchedPage(context);
  page = watched.page;
  problems = watched.problems;
});

after(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  rmSync(emptyDir, { recursive: true, force: true });
});

describe('the API reference', { concurrency: false }, () => {
  test('loads under its CSP with no console or CSP errors, and passes axe', async () => {
    const response = await page.goto(`${server.origin}/v1/docs`);
    assert.equal(response?.status(), 200);
    assert.match(response?.headers()['content-security-policy'] ?? '', /default-src 'none'/);
    await page.getByRole('heading', { name: 'Placard Campaign API', level: 1 }).waitFor();
    assert.equal(await page.locator('script').count(), 0);
    assert.deepEqual(await axeViolations(page), [], 'axe on /v1/docs');
    assert.deepEqual(problems, []);
  });

  test('every route has a heading, an entry in the contents and an example request', async () => {
    for (const [name, route] of Object.entries(routes)) {
      const section = page.locator(`#op-${name}`);
      assert.equal(
        (await section.getByRole('heading', { level: 3 }).textContent())?.replace(/\s+/g, ' ').trim(),
        `${route.method} ${route.path}`,
        name,
      );
      assert.equal(await page.getByRole('navigation').locator(`a[href="#op-${name}"]`).count(), 1, name);
      const example = await section.getByLabel(/^Example request:/).textContent();
      assert.ok(example?.startsWith(`${route.method} /v1/`), name);
    }
  });

  test('from the contents to a route, its example response and its errors, by keyboard', async () => {
    const link = page.getByRole('navigation').getByRole('link', { name: 'POST /v1/campaigns/{slug}/signatures' });
    await link.focus();
    await page.keyboard.press('Enter');
    assert.equal(new URL(page.url()).hash, '#op-signPetition');
    const section = page.locator('#op-signPetition');
    // The examples scroll, so they take focus for the keyboard.
    const answer = section.getByLabel(/^Example response:/);
    await answer.focus();
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'PRE');
    assert.match((await answer.textContent()) ?? '', /^HTTP\/1\.1 201 Created/);
    const errors = section.getByRole('table', { name: /Error codes/ });
    await errors.getByRole('rowheader', { name: 'campaign_closed' }).waitFor();
    await errors.getByRole('link', { name: 'origin_not_allowed' }).click();
    assert.equal(new URL(page.url()).hash, '#error-origin_not_allowed');
    assert.deepEqual(problems, []);
  });
});
