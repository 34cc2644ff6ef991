/**
 * Issue 13's first view, as a supporter meets it on a partner page: the count shows
 * before the signing form's code is fetched, that code arrives on intent, a press on
 * "Sign" that comes before it still works, by mouse or by keyboard alone, and the
 * loader's early requests are picked up by the widgets instead of being sent twice.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { openWatchedPage } from '../../../../../scripts/browser-tests/chromium.js';
import { waitForUpgrade } from '../../../../../scripts/browser-tests/page-probes.js';
import { CAMPAIGN, type Suite, shownCount, WIDGETS } from '../harness/suite.js';

/** The elements' own entry chunks, which the loader fetches once the first views are drawn. */
const ELEMENT_CHUNK = /\/embed\/chunks\/(petition-counter|campaign-timeline|mp-email-form)-[A-Z0-9]+\.js$/;
const FIRST_VIEW_CHUNK = /\/embed\/chunks\/first-view-[a-z-]+-[A-Z0-9]+\.js$/;
const SIGNING_FORM_CHUNK = /\/embed\/chunks\/signing-form-[A-Z0-9]+\.js$/;
const LETTER_STEPS_CHUNK = /\/embed\/chunks\/letter-steps-[A-Z0-9]+\.js$/;
const MP_FORM = `<mp-email-form campaign="${CAMPAIGN}"></mp-email-form>`;
const COUNTER = `<petition-counter campaign="${CAMPAIGN}"></petition-counter>`;

interface HeldChunk {
  /** Resolves when the page asks for the chunk. */
  asked: Promise<void>;
  /** Lets the held request go on to the server. */
  release(): void;
}

/** Holds the signing form's chunk on its way to the page, as a slow network would. */
function holdSigningForm(page: Page): Promise<HeldChunk> {
  return holdChunk(page, SIGNING_FORM_CHUNK);
}

/** Holds the chunks matching `pattern` on their way to the page. */
async function holdChunk(page: Page, pattern: RegExp): Promise<HeldChunk> {
  let release = (): void => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let asked = (): void => {};
  const wasAsked = new Promise<void>((resolve) => {
    asked = resolve;
  });
  await page.route(pattern, async (route) => {
    asked();
    await released;
    await route.continue();
  });
  return { asked: wasAsked, release };
}

/** The id of the control focused inside `tag`'s shadow root. */
function focusedIn(page: Page, tag: string): Promise<string | undefined> {
  return page.evaluate((name) => document.querySelector(name)?.shadowRoot?.activeElement?.id, tag);
}

/** The accessible label of what has focus inside the counter (its <label>, else its text). */
function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.querySelector('petition-counter')?.shadowRoot?.activeElement as
      | HTMLInputElement
      | HTMLButtonElement
      | null
      | undefined;
    const label = active && 'labels' in active ? active.labels?.[0]?.textContent : undefined;
    return (label ?? active?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab until focus is on the control whose label starts with `label`. */
async function tabTo(page: Page, label: string): Promise<void> {
  for (let presses = 0; presses < 25; presses++) {
    await page.keyboard.press('Tab');
    if ((await focusedLabel(page)).startsWith(label)) return;
  }
  assert.fail(`Tab never reached “${label}”`);
}

/** Whether every `tags` element on the page is still undefined (its code not yet run). */
function undefinedYet(page: Page, tags: readonly string[]): Promise<boolean> {
  return page.evaluate((names) => names.every((name) => document.querySelector(`${name}:not(:defined)`)), [...tags]);
}

/** Tags a node of `tag`'s shadow root, so a later check can tell the same node from a new one. */
function markNode(page: Page, tag: string, selector: string): Promise<void> {
  return page.evaluate(
    ([name, css]) => {
      const node = document.querySelector(name)?.shadowRoot?.querySelector(css);
      if (!node) throw new Error(`no ${css} in <${name}>`);
      (node as { placardMark?: boolean }).placardMark = true;
    },
    [tag, selector] as const,
  );
}

function stillMarked(page: Page, tag: string, selector: string): Promise<boolean> {
  return page.evaluate(
    ([name, css]) =>
      (document.querySelector(name)?.shadowRoot?.querySelector(css) as { placardMark?: boolean } | null)
        ?.placardMark === true,
    [tag, selector] as const,
  );
}

export function firstViewCases(suite: Suite): void {
  test('all three first views are drawn from the early data before the elements’ code, which takes over the same DOM', async () => {
    const body = WIDGETS.map((tag) => `<${tag} campaign="${CAMPAIGN}"></${tag}>`).join('\n');
    const url = suite.stack.page('/drawn-first', { body });
    const { page, problems } = await openWatchedPage(suite.context);
    const elements = await holdChunk(page, ELEMENT_CHUNK);
    const form = await holdSigningForm(page);
    await page.goto(url);
    const counter = page.locator('petition-counter');
    await counter.getByText(await shownCount(suite.stack), { exact: true }).waitFor();
    await page.locator('campaign-timeline').getByRole('listitem').first().waitFor();
    await page.locator('mp-email-form').getByLabel('Your postcode').waitFor();
    await elements.asked;
    assert.equal(await undefinedYet(page, WIDGETS), true, 'drawn before any element was defined');

    const entries = () =>
      page.evaluate(
        () => document.querySelector('campaign-timeline')?.shadowRoot?.querySelectorAll('[part~="entry"]').length,
      );
    const drawnEntries = await entries();
    assert.ok(drawnEntries, 'the timeline shows its entries');
    await markNode(page, 'petition-counter', '[part="number"]');
    await counter.getByRole('button', { name: 'Sign the petition' }).focus();
    elements.release();
    await waitForUpgrade(page, WIDGETS);
    await page.waitForFunction(() =>
      document.querySelector('petition-counter')?.shadowRoot?.querySelector('[role="status"]'),
    );
    assert.equal(
      await stillMarked(page, 'petition-counter', '[part="number"]'),
      true,
      'the counter’s number is the same node',
    );
    assert.equal(await entries(), drawnEntries, 'the timeline’s first page, drawn once');
    assert.equal(await focusedLabel(page), 'Sign the petition', 'focus stayed where the supporter put it');
    form.release();
    await counter.getByLabel('Your name').waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('an entry clicked on the timeline’s first view keeps focus when the element redraws the list', async () => {
    const url = suite.stack.page('/first-view-entry', {
      body: `<campaign-timeline campaign="${CAMPAIGN}"></campaign-timeline>`,
    });
    const { page, problems } = await openWatchedPage(suite.context);
    const elements = await holdChunk(page, ELEMENT_CHUNK);
    await page.goto(url);
    const second = page.locator('campaign-timeline').getByRole('listitem').nth(1);
    await second.waitFor();
    await elements.asked;
    // An entry takes focus when clicked (tabindex -1), as after "Show more".
    await second.click();
    const focusedEntry = () =>
      page.evaluate(
        () =>
          document.querySelector('campaign-timeline')?.shadowRoot?.activeElement?.getAttribute('data-id') ?? undefined,
      );
    const entry = await focusedEntry();
    assert.ok(entry, 'the clicked entry has focus');
    await markNode(page, 'campaign-timeline', `[data-id="${entry}"]`);

    elements.release();
    await waitForUpgrade(page, ['campaign-timeline']);
    await page.waitForFunction(() =>
      document.querySelector('campaign-timeline')?.shadowRoot?.querySelector('[role="status"]'),
    );
    assert.equal(await stillMarked(page, 'campaign-timeline', `[data-id="${entry}"]`), false, 'the list was redrawn');
    assert.equal(await focusedEntry(), entry, 'focus is on the same entry');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('“Sign the petition” pressed on the first view, before the element’s code, opens the form when it arrives', async () => {
    const url = suite.stack.page('/first-view-click', { body: COUNTER });
    const { page, problems } = await openWatchedPage(suite.context);
    const elements = await holdChunk(page, ELEMENT_CHUNK);
    await page.goto(url);
    const counter = page.locator('petition-counter');
    await counter.getByRole('button', { name: 'Sign the petition' }).click();
    await elements.asked;
    assert.equal(await undefinedYet(page, ['petition-counter']), true);
    elements.release();
    await page.waitForFunction(
      () => document.querySelector('petition-counter')?.shadowRoot?.activeElement?.id === 'field-name',
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a postcode typed and “Find my MP” pressed on the first view, before the element’s code, carry over and run', async () => {
    const url = suite.stack.page('/first-view-find', { body: MP_FORM });
    const { page, problems } = await openWatchedPage(suite.context);
    const elements = await holdChunk(page, ELEMENT_CHUNK);
    await page.goto(url);
    const form = page.locator('mp-email-form');
    await form.getByLabel('Your postcode').fill('SW1A 1AA');
    await form.getByRole('button', { name: 'Find my MP' }).click();
    await elements.asked;
    assert.equal(await undefinedYet(page, ['mp-email-form']), true);
    elements.release();
    await form.getByRole('heading', { name: 'Your letter' }).waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('when the element’s code cannot be fetched after its first view was drawn, the page’s fallback comes back', async () => {
    const url = suite.stack.page('/first-view-then-broken', {
      body: `<petition-counter campaign="${CAMPAIGN}"><p>Fallback for the counter</p></petition-counter>`,
    });
    const { page } = await openWatchedPage(suite.context);
    let drawn = false;
    page.on('requestfinished', (request) => {
      if (FIRST_VIEW_CHUNK.test(request.url())) drawn = true;
    });
    // The element's chunks are asked for once the first view is drawn: they fail.
    await page.route(ELEMENT_CHUNK, (route) => route.abort());
    await page.goto(url);
    await page.getByText('Fallback for the counter').waitFor();
    assert.equal(drawn, true, 'the first view’s code was fetched');
    assert.equal(await page.evaluate(() => document.querySelector('petition-counter')?.matches(':defined')), false);
    assert.equal(
      await page.locator('petition-counter').getByRole('button', { name: 'Sign the petition' }).count(),
      0,
      'no control left waiting for code that never comes',
    );
    await page.close();
  });

  test('a page in another language fetches no first view: the elements draw it in that language', async () => {
    const url = suite.stack.page('/first-view-welsh', { body: `<div lang="cy">${COUNTER}</div>` });
    const { page, problems } = await openWatchedPage(suite.context);
    const firstViews: string[] = [];
    page.on('request', (request) => {
      if (FIRST_VIEW_CHUNK.test(request.url())) firstViews.push(request.url());
    });
    await page.goto(url);
    // The milestones' heading: the call to action gives way to the form once its code is in.
    await page.locator('petition-counter').getByRole('heading', { name: 'Cerrig milltir a gyrhaeddwyd' }).waitFor();
    assert.deepEqual(firstViews, []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the count shows before the signing form is fetched, which follows once the first view is up', async () => {
    const url = suite.stack.page('/first-view', { body: COUNTER });
    const { page, problems } = await openWatchedPage(suite.context);
    const order: string[] = [];
    page.on('request', (request) => {
      if (SIGNING_FORM_CHUNK.test(request.url())) order.push('form code asked for');
    });
    page.on('requestfinished', (request) => {
      if (request.url().endsWith(`/v1/campaigns/${CAMPAIGN}`)) order.push('campaign arrived');
    });
    await page.goto(url);
    const counter = page.locator('petition-counter');
    await counter.locator('[part="number"]').waitFor();
    // Nobody touches the page: the idle load still brings the form, after the first view.
    await counter.getByLabel('Your name').waitFor();
    assert.deepEqual(order, ['campaign arrived', 'form code asked for']);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a display-only counter never fetches the signing form, even when pointed at', async () => {
    const url = suite.stack.page('/display-only', {
      body: `<petition-counter campaign="${CAMPAIGN}" display-only></petition-counter>`,
    });
    const { page, problems } = await openWatchedPage(suite.context);
    const formCode: string[] = [];
    page.on('request', (request) => {
      if (SIGNING_FORM_CHUNK.test(request.url())) formCode.push(request.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    const counter = page.locator('petition-counter');
    await counter.locator('[part="number"]').waitFor();
    await counter.hover();
    await counter.click();
    // Past the idle time that loads it for a counter with a form.
    await page.waitForTimeout(1000);
    assert.deepEqual(formCode, []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a click on “Sign the petition” before the form’s code arrives opens the form, focus in its first field', async () => {
    const url = suite.stack.page('/early-click', { body: COUNTER });
    const { page, problems } = await openWatchedPage(suite.context);
    const chunk = await holdSigningForm(page);
    await page.goto(url);
    const counter = page.locator('petition-counter');
    await counter.locator('[part="number"]').waitFor();
    await counter.getByRole('button', { name: 'Sign the petition' }).click();
    await chunk.asked;
    assert.equal(await counter.locator('form').count(), 0, 'the form cannot show before its code');
    assert.equal(await counter.getByRole('button', { name: 'Sign the petition' }).isEnabled(), true);

    chunk.release();
    await counter.getByLabel('Your name').waitFor();
    await page.waitForFunction(() => document.querySelector('petition-counter')?.shadowRoot?.activeElement?.id);
    assert.equal(await focusedIn(page, 'petition-counter'), 'field-name');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('signing works by keyboard alone, from the first Tab on the page, while the form’s code is still on its way', async () => {
    const url = suite.stack.page('/keyboard', { body: COUNTER });
    const { page, problems } = await openWatchedPage(suite.context);
    const chunk = await holdSigningForm(page);
    await page.goto(url);
    const counter = page.locator('petition-counter');
    await counter.locator('[part="number"]').waitFor();

    await page.keyboard.press('Tab');
    assert.equal(await focusedLabel(page), 'Sign the petition');
    await page.keyboard.press('Enter');
    chunk.release();
    await page.waitForFunction(
      () => document.querySelector('petition-counter')?.shadowRoot?.activeElement?.id === 'field-name',
    );
    await page.keyboard.type('Dawa Keyboard');
    await tabTo(page, 'Email address');
    await page.keyboard.type('dawa.keyboard@example.org');
    await tabTo(page, 'I agree to the privacy notice');
    await page.keyboard.press('Space');
    await tabTo(page, 'Sign the petition');
    await page.keyboard.press('Enter');

    await counter.getByRole('heading', { name: 'Thank you for signing!' }).waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the MP form’s postcode step works before the rest of its code: typing carries over, focus stays', async () => {
    const url = suite.stack.page('/mp-typing', { body: MP_FORM });
    const { page, problems } = await openWatchedPage(suite.context);
    const chunk = await holdChunk(page, LETTER_STEPS_CHUNK);
    await page.goto(url);
    const form = page.locator('mp-email-form');
    const postcode = form.getByLabel('Your postcode');
    await postcode.click();
    await page.keyboard.type('sw1a');
    await chunk.asked;
    chunk.release();
    // The steps' code takes the field over while the supporter is still in it.
    await page.waitForResponse(LETTER_STEPS_CHUNK);
    await page.waitForTimeout(200);
    await page.keyboard.type(' 1aa');
    assert.equal(await postcode.inputValue(), 'sw1a 1aa');
    assert.equal(await focusedIn(page, 'mp-email-form'), 'field-postcode');
    await page.keyboard.press('Enter');
    await form.getByRole('heading', { name: 'Your letter' }).waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('“Find my MP” pressed before the rest of the MP form’s code arrives runs when it does', async () => {
    const url = suite.stack.page('/mp-early-find', { body: MP_FORM });
    const { page, problems } = await openWatchedPage(suite.context);
    const chunk = await holdChunk(page, LETTER_STEPS_CHUNK);
    await page.goto(url);
    const form = page.locator('mp-email-form');
    await form.getByLabel('Your postcode').fill('SW1A 1AA');
    await form.getByRole('button', { name: 'Find my MP' }).click();
    await chunk.asked;
    await form.getByRole('button', { name: 'Finding your MP…' }).waitFor();
    chunk.release();
    await form.getByRole('heading', { name: 'Your letter' }).waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('on a page with all three widgets the loader asks for the data while the code is still on its way, and nothing is asked twice', async () => {
    const body = WIDGETS.map((tag) => `<${tag} campaign="${CAMPAIGN}"></${tag}>`).join('\n');
    const url = suite.stack.page('/all-prefetched', { body });
    const { page, problems } = await openWatchedPage(suite.context);
    const api = suite.stack.placard.origin;
    const reads: string[] = [];
    let dataAsked = (): void => {};
    const dataWasAsked = new Promise<void>((resolve) => {
      dataAsked = resolve;
    });
    page.on('request', (request) => {
      const requestUrl = request.url();
      if (!requestUrl.startsWith(`${api}/v1/`) || request.method() !== 'GET') return;
      reads.push(requestUrl.slice(api.length));
      if (requestUrl.endsWith(`/v1/campaigns/${CAMPAIGN}`)) dataAsked();
    });
    // Every widget chunk waits until the campaign's data has been asked for (or 5 s):
    // only a loader that asks alongside the code gets through at once.
    let beforeCode = true;
    await page.route(/\/embed\/chunks\//, async (route) => {
      const timedOut = await Promise.race([
        dataWasAsked.then(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 5000)),
      ]);
      if (timedOut) beforeCode = false;
      await route.continue();
    });
    await page.goto(url);
    await page.locator('petition-counter [part="number"]').waitFor();
    await page.locator('campaign-timeline').getByRole('listitem').first().waitFor();
    await page.locator('mp-email-form').getByRole('heading', { name: 'Find your MP' }).waitFor();
    // Late readers (the live stream's first poll, a retry) would show up by now.
    await page.waitForTimeout(1000);

    assert.equal(beforeCode, true, 'the campaign was asked for before its widgets’ code arrived');
    const asked = reads.filter((read) => !read.endsWith('/events'));
    assert.deepEqual(
      asked.filter((read, index) => asked.indexOf(read) !== index),
      [],
      `asked twice, of: ${asked.join(', ')}`,
    );
    assert.ok(asked.includes(`/v1/campaigns/${CAMPAIGN}`));
    const left = await page.evaluate(
      () => Object.keys((globalThis as { Placard?: { prefetched?: object } }).Placard?.prefetched ?? {}).length,
    );
    assert.equal(left, 0, 'every early response was taken by a widget');
    assert.deepEqual(problems, []);
    await page.close();
  });
}
