/**
 * The campaign console in Chromium against the real server, as campaign staff
 * use it: sign in with the key printed at first start (by keyboard), publish a
 * timeline entry and watch it arrive on the partner page, add a partner and
 * read its snippet, export the signatures, erase a supporter, sign out. Every
 * console page passes axe and breaks no rule of its strict CSP.
 */
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../../../../scripts/browser-tests/axe.js';
import { launchChromium, openWatchedPage } from '../../../../scripts/browser-tests/chromium.js';
import { waitForUpgrade } from '../../../../scripts/browser-tests/page-probes.js';
import { type PlacardServer, startPlacardServer } from '../../../../scripts/browser-tests/placard-server.js';

const demoDist = join(import.meta.dirname, '../../dist');
const embedDist = () => join(dirname(fileURLToPath(import.meta.resolve('@placard/embed/package.json'))), 'dist');
const SLUG = 'ban-chen-quanguo';

let server: PlacardServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[] = [];

async function expectAccessible(label: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], `axe on ${label}`);
}

before(async () => {
  [server, browser] = await Promise.all([
    startPlacardServer({ embedDir: embedDist(), demoDir: demoDist }),
    launchChromium(),
  ]);
  context = await browser.newContext({ reducedMotion: 'reduce' });
  const watched = await openWatchedPage(context);
  page = watched.page;
  problems = watched.problems;
});

after(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('the campaign console', { concurrency: false }, () => {
  test('signs in with the first staff key, by keyboard, after a wrong one is explained', async () => {
    assert.match(server.adminKey, /^sk_/);
    await page.goto(`${server.origin}/admin`);
    assert.equal(new URL(page.url()).pathname, '/admin/sign-in');
    await expectAccessible('sign-in');

    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'field-key');
    await page.keyboard.type('sk_wrong');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    // The summary takes focus without any script (autofocus), and links to the field.
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'error-summary');
    await page.getByRole('link', { name: 'That key is not a staff key, or it has been revoked.' }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'field-key');
    await expectAccessible('sign-in with an error');

    await page.keyboard.type(server.adminKey);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Campaigns', level: 1 }).waitFor();
    const cookie = (await context.cookies()).find((c) => c.name === 'placard_staff');
    assert.ok(cookie?.httpOnly, 'the session cookie is HttpOnly');
    assert.equal(cookie?.sameSite, 'Strict');
    assert.ok(!(await page.content()).includes(server.adminKey), 'the key is in no page');
    await expectAccessible('campaigns');
  });

  test('publishes a timeline entry that arrives live on the partner page', async () => {
    const partner = await context.newPage();
    await partner.goto(`${server.origin}/`);
    await waitForUpgrade(partner, ['campaign-timeline']);
    const timeline = partner.locator('campaign-timeline');
    await timeline.getByRole('listitem').first().waitFor();

    await page.getByRole('link', { name: 'Ban Chen Quanguo', exact: false }).first().click();
    await page.getByRole('heading', { name: 'Live preview' }).waitFor();
    await waitForUpgrade(page, ['petition-counter', 'campaign-timeline']);
    await expectAccessible('campaign');

    await page.getByText('Publish an entry').click();
    const form = page.locator('form[action$="/timeline"]');
    await form.getByLabel('Title').fill('Staff published this from the console');
    await form.getByLabel('Text').fill('Written in the console; it should reach every embedded timeline.');
    await form.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Timeline entry published').waitFor();

    await timeline.getByRole('heading', { name: 'Staff published this from the console' }).waitFor({ timeout: 10_000 });
    // The console lists it at once, from the database.
    await page.getByRole('group').filter({ hasText: 'Staff published this from the console' }).first().waitFor();
    await partner.close();
  });

  test('adds a partner with a live key and shows the snippet to hand over', async () => {
    await page.getByRole('link', { name: 'Partners', exact: true }).click();
    await expectAccessible('partners');
    await page.getByLabel('Partner’s name').fill('Tibet Society Leeds');
    await page
      .getByLabel('Web addresses it may be used on')
      .fill('https://tibet-leeds.example\nhttps://*.tibet-leeds.example');
    await page.getByLabel('Live').check();
    await page.getByRole('button', { name: 'Create key' }).click();
    await page.getByText('Created a live key for Tibet Society Leeds').waitFor();
    const row = page.getByRole('row', { name: /Tibet Society Leeds/ });
    await row.getByText('Snippet').click();
    const snippet = (await row.locator('pre').textContent()) ?? '';
    assert.match(
      snippet,
      /<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" data-key="pk_live_[\w-]+" async><\/script>/,
    );
    assert.match(snippet, /<petition-counter campaign=/);
  });

  test('exports the signatures and erases one supporter on request', async () => {
    const email = `erase-me-${Date.now()}@example.org`;
    const signed = await page.request.post(`${server.origin}/v1/campaigns/${SLUG}/signatures`, {
      headers: { authorization: 'Bearer pk_test_demo', origin: server.origin },
      data: { name: 'Erase Me', email, postcode: 'SW1A 1AA', consent: { privacy: true }, website: '' },
    });
    assert.equal(signed.status(), 201);

    await page.goto(`${server.origin}/admin/campaigns/${SLUG}/supporters`);
    await page.getByRole('heading', { name: 'By constituency' }).waitFor();
    await expectAccessible('supporters');
    const csv = await page.request.get(`${server.origin}/admin/campaigns/${SLUG}/signatures.csv`);
    assert.equal(csv.status(), 200);
    assert.match(csv.headers()['content-type'] ?? '', /^text\/csv/);
    assert.ok((await csv.text()).includes(email), 'the export has the new signature');

    await page.getByLabel('Their email address').fill(email);
    await page.getByRole('button', { name: 'Erase' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await page.getByLabel('Their email address').fill(email);
    await page.getByLabel(/I have checked this request/).check();
    await page.getByRole('button', { name: 'Erase' }).click();
    await page.getByText(/Erased 1 signatures/).waitFor();
    const after = await page.request.get(`${server.origin}/admin/campaigns/${SLUG}/signatures.csv`);
    assert.ok(!(await after.text()).includes(email), 'the address is gone from the export');
  });

  test('shows letters and mail, the staff list and the go-live checklist; signs out', async () => {
    for (const [link, heading] of [
      ['Letters and mail', 'Letters and mail'],
      ['Staff', 'Staff'],
      ['Go-live checklist', 'Go-live checklist'],
    ] as const) {
      await page.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await expectAccessible(heading);
    }
    assert.match((await page.locator('main').textContent()) ?? '', /Missing/);
    await page.getByRole('button', { name: /Sign out/ }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.goto(`${server.origin}/admin/campaigns`);
    assert.equal(new URL(page.url()).pathname, '/admin/sign-in');
    assert.deepEqual(
      problems.filter((problem) => /CSP|Content Security Policy|uncaught/i.test(problem)),
      [],
    );
  });
});
