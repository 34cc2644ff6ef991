/**
 * The cases, from the partner's side: a page on another origin with a
 * strict CSP pastes the snippet, and the widgets work against the real server,
 * with mail going through a real (local) SMTP server.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openWatchedPage } from '../../../../../scripts/browser-tests/chromium.js';
import {
  recordChunkRequests,
  recordPlacardEvents,
  waitForUpgrade,
} from '../../../../../scripts/browser-tests/page-probes.js';
import { chunksFor, readManifest } from '../../../scripts/embed-manifest.js';
import { distDir } from '../harness/embed-stack.js';
import { CAMPAIGN, type Suite, shownCount, WIDGETS } from '../harness/suite.js';

const manifest = readManifest(distDir);

/** The README snippet's three tags, each with its light-DOM no-JS fallback. */
const ALL_WIDGETS = `
<main>
  <petition-counter campaign="${CAMPAIGN}"><p>Fallback: sign the petition on our website.</p></petition-counter>
  <campaign-timeline campaign="${CAMPAIGN}"><p>Fallback: read the campaign updates.</p></campaign-timeline>
  <mp-email-form campaign="${CAMPAIGN}"><p>Fallback: write to your MP.</p></mp-email-form>
</main>`;

/**
 * A host stylesheet that restyles every element the widgets use inside, as hard as CSS can,
 * and sets the text effects a theme might put on a wrapper (they inherit into shadow trees).
 */
const HOSTILE_CSS = `
div, p, button, input, ol, li {
  margin: 37px !important; padding: 23px !important; border: 5px dashed lime !important;
  background: magenta !important; color: yellow !important;
  font: italic 700 31px/3 "Comic Sans MS", cursive !important; text-transform: uppercase !important;
  letter-spacing: 4px !important; display: flex !important; width: 50% !important;
  box-sizing: content-box !important; list-style: square inside !important;
  transform: rotate(2deg) !important; opacity: 0.6 !important; visibility: visible !important;
}
button, input { position: fixed !important; top: 0 !important; left: 0 !important; }
main {
  font-style: italic; text-transform: uppercase; letter-spacing: 3px; word-spacing: 9px;
  text-indent: 40px; text-align: center; text-shadow: 2px 2px lime; white-space: nowrap;
}
`;

export function partnerPageCases(suite: Suite): void {
  test('all three elements upgrade from one script tag, with no console errors or CSP violations', async () => {
    const url = suite.stack.page('/all', { body: ALL_WIDGETS });
    assert.notEqual(new URL(url).origin, suite.stack.placard.origin, 'the partner page is on another origin');
    const { page, problems } = await openWatchedPage(suite.context);
    const response = await page.goto(url);
    const csp = response?.headers()['content-security-policy'] ?? '';
    assert.match(csp, /^default-src 'none'; script-src http:\/\/127\.0\.0\.1:\d+; connect-src/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);

    await waitForUpgrade(page, WIDGETS);
    await page.locator('petition-counter').getByText('6,000', { exact: true }).waitFor();
    await page.locator('campaign-timeline').getByRole('listitem').nth(8).waitFor();
    await page.locator('mp-email-form').getByRole('heading', { name: 'Find your MP' }).waitFor();
    for (const fallback of ['sign the petition on our website', 'read the campaign updates', 'write to your MP']) {
      assert.equal(await page.getByText(`Fallback: ${fallback}`).isVisible(), false, `fallback "${fallback}" hidden`);
    }
    // Let late errors (a stylesheet, the live stream) surface before judging.
    await page.waitForTimeout(500);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the counter shows the seeded count, and a signature in one tab updates a second tab live', async () => {
    const url = suite.stack.page('/petition', {
      body: `<petition-counter campaign="${CAMPAIGN}"></petition-counter>`,
    });
    const signer = await openWatchedPage(suite.context);
    const watcher = await openWatchedPage(suite.context);
    const signerEvents = await recordPlacardEvents(signer.page);
    await signer.page.goto(url);
    await watcher.page.goto(url);
    const watcherCount = watcher.page.locator('petition-counter [part="number"]');
    await signer.page.locator('petition-counter').getByText('6,000', { exact: true }).waitFor();
    await watcher.page.locator('petition-counter').getByText('6,000', { exact: true }).waitFor();
    // A marker that a reload would wipe out.
    await watcher.page.evaluate(() => Object.assign(globalThis, { notReloaded: true }));

    const form = signer.page.locator('petition-counter');
    await form.getByLabel('Your name').fill('Tenzin Dolma');
    await form.getByLabel('Email address').fill('tenzin.live@example.org');
    await form.getByLabel('I agree to the privacy notice').check();
    await form.getByRole('button', { name: 'Sign the petition' }).click();

    await form.getByRole('heading', { name: 'Thank you for signing!' }).waitFor();
    await watcher.page.locator('petition-counter').getByText('6,001', { exact: true }).waitFor();
    assert.equal(await watcherCount.textContent(), '6,001');
    assert.equal(await watcher.page.evaluate(() => (globalThis as { notReloaded?: boolean }).notReloaded), true);

    const signed = (await signerEvents()).filter((event) => event.type === 'placard-signed');
    assert.deepEqual(signed, [
      {
        type: 'placard-signed',
        target: 'petition-counter',
        detail: { campaign: CAMPAIGN, status: 'counted', count: 6001 },
      },
    ]);
    assert.deepEqual([...signer.problems, ...watcher.problems], []);
    await signer.page.close();
    await watcher.page.close();
  });

  test('an MP letter goes postcode → MP → letter → confirmation email → confirmed, and in test mode reaches the supporter', async () => {
    const url = suite.stack.page('/letter', { body: `<mp-email-form campaign="${CAMPAIGN}"></mp-email-form>` });
    const { page, problems } = await openWatchedPage(suite.context);
    const events = await recordPlacardEvents(page);
    await page.goto(url);
    const form = page.locator('mp-email-form');

    await form.getByLabel('Your postcode').fill('sw1a 1aa');
    await form.getByRole('button', { name: 'Find my MP' }).click();

    await form.getByRole('heading', { name: 'Your letter' }).waitFor();
    await form.getByText('Your MP is Rachel Blake (Labour (Co-op)), Cities of London and Westminster').waitFor();
    await form.getByText('Test mode: this letter will be sent to you, not to Rachel Blake.').waitFor();
    assert.equal(await form.getByRole('textbox', { name: 'Subject' }).inputValue(), 'Ban Chen Quanguo from the UK');
    const letter = form.getByRole('textbox', { name: 'Letter', exact: true });
    assert.match(
      await letter.inputValue(),
      /^Dear Rachel Blake,\n\nAs your constituent in Cities of London and Westminster/,
    );
    const personal = 'My family fled Tibet in 1959, and this matters deeply to us.';
    await letter.fill((await letter.inputValue()).replace('\n\nPlease raise', `\n\n${personal}\n\nPlease raise`));
    await form.getByRole('button', { name: 'Continue' }).click();

    await form.getByRole('heading', { name: 'Your details' }).waitFor();
    await form.getByLabel('Your name').fill('Pema Lhamo');
    await form.getByLabel('Email address').fill('pema.letter@example.org');
    await form.getByLabel('Your address').fill('1 Example Street, London');
    await form.getByLabel('I agree to the privacy notice').check();
    await form.getByRole('button', { name: 'Send my letter' }).click();
    await form.getByRole('heading', { name: 'Check your email to confirm' }).waitFor();

    const sent = (await events()).filter((event) => event.type === 'placard-message-sent');
    assert.deepEqual(sent, [
      {
        type: 'placard-message-sent',
        target: 'mp-email-form',
        detail: {
          campaign: CAMPAIGN,
          status: 'pending_confirmation',
          testMode: true,
          constituency: 'Cities of London and Westminster',
        },
      },
    ]);

    const toSupporter = (mail: { to: string[] }) => mail.to.includes('pema.letter@example.org');
    const confirmation = await suite.stack.inbox.waitFor(
      (mail) => toSupporter(mail) && /\/v1\/confirm\//.test(mail.text),
    );
    const link = /https?:\/\/\S+\/v1\/confirm\/[\w-]+/.exec(confirmation.text)?.[0];
    assert.ok(link, 'the confirmation email has a confirm link');
    // The supporter opens the link in their browser: a page that says what it confirms and
    // sends nothing until its button is pressed (mail scanners open links too).
    const confirmPage = await suite.context.newPage();
    const opened = await confirmPage.goto(link);
    assert.equal(opened?.status(), 200);
    await confirmPage
      .getByText('You are sending your letter to Rachel Blake, MP for Cities of London and Westminster')
      .waitFor();
    // The confirmation mail repeats the letter too: the delivered test letter is the "[TEST]" one.
    const isLetter = (mail: { to: string[]; subject: string; text: string }) =>
      toSupporter(mail) && mail.subject.startsWith('[TEST]') && mail.text.includes(personal);
    const deliveredYet = () => suite.stack.inbox.mails.some(isLetter);
    assert.equal(deliveredYet(), false, 'opening the link sends nothing');
    // The form posts under the page's own CSP (form-action 'self'): a real browser must allow it.
    const [confirmed] = await Promise.all([
      confirmPage.waitForResponse((response) => response.request().method() === 'POST'),
      confirmPage.getByRole('button', { name: 'Confirm my letter' }).click(),
    ]);
    assert.equal(confirmed.status(), 200);
    await confirmPage.getByText('Thank you: your letter is confirmed and on its way.').waitFor();
    await confirmPage.close();

    const delivered = await suite.stack.inbox.waitFor(isLetter);
    assert.deepEqual(delivered.to, ['pema.letter@example.org'], 'a test-mode letter goes to the supporter only');
    assert.match(delivered.text, /Rachel Blake/, 'the test letter names the MP it would have reached');
    assert.match(delivered.text, /Dear Rachel Blake,/);
    assert.equal(suite.stack.inbox.mails.filter(isLetter).length, 1, 'the letter is delivered once');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('host CSS that aggressively styles div, p, button, input, ol and li, or sets inherited text effects, does not change the widgets', async () => {
    const hostMarkup = '<div><p>Partner text, styled by the partner.</p></div>';
    const calmUrl = suite.stack.page('/calm', { body: `${ALL_WIDGETS}${hostMarkup}`, hostCss: '' });
    const hostileUrl = suite.stack.page('/hostile', { body: `${ALL_WIDGETS}${hostMarkup}`, hostCss: HOSTILE_CSS });
    const shots = new Map<string, Buffer[]>();
    const count = await shownCount(suite.stack);
    for (const url of [calmUrl, hostileUrl]) {
      const { page, problems } = await openWatchedPage(suite.context);
      await page.setViewportSize({ width: 1000, height: 800 });
      await page.goto(url);
      await waitForUpgrade(page, WIDGETS);
      await page.locator('petition-counter').getByText(count, { exact: true }).waitFor();
      await page.locator('campaign-timeline').getByRole('listitem').nth(8).waitFor();
      if (url === hostileUrl) {
        // The hostile sheet really is in force on the host's own elements.
        const hostColour = await page.getByText('Partner text').evaluate((p) => getComputedStyle(p).color);
        assert.equal(hostColour, 'rgb(255, 255, 0)');
      }
      for (const tag of WIDGETS) {
        const list = shots.get(tag) ?? [];
        list.push(await page.locator(tag).screenshot({ animations: 'disabled' }));
        shots.set(tag, list);
      }
      assert.deepEqual(problems, []);
      await page.close();
    }
    for (const tag of WIDGETS) {
      const [calm, hostile] = shots.get(tag) ?? [];
      assert.ok(calm && hostile && calm.length > 1000, `<${tag}> was captured`);
      assert.ok(calm.equals(hostile), `<${tag}> looks the same under the hostile host CSS`);
    }
  });

  test('a tag inserted after load is upgraded, and only the chunks for tags present are fetched', async () => {
    const url = suite.stack.page('/late', { body: `<petition-counter campaign="${CAMPAIGN}"></petition-counter>` });
    const { page, problems } = await openWatchedPage(suite.context);
    const chunks = recordChunkRequests(page);
    await page.goto(url);
    await waitForUpgrade(page, ['petition-counter']);
    // The signing form's code follows the first view by itself (idle time): wait for it.
    await page.locator('petition-counter').getByLabel('Your name').waitFor();
    const counterChunks = chunksFor(manifest, 'petition-counter', { intent: true });
    assert.deepEqual([...new Set(chunks)].sort(), counterChunks.sort());
    const [timelineEntry] = manifest.tags['campaign-timeline'] ?? [];
    const [formEntry] = manifest.tags['mp-email-form'] ?? [];
    assert.ok(!chunks.includes(timelineEntry ?? ''), 'no timeline chunk before the timeline is on the page');

    // A single-page app renders a route: the tag arrives deep inside a new subtree.
    await page.evaluate((campaign) => {
      const section = document.createElement('section');
      const wrapper = document.createElement('div');
      const timeline = document.createElement('campaign-timeline');
      timeline.setAttribute('campaign', campaign);
      wrapper.append(timeline);
      section.append(wrapper);
      document.body.append(section);
    }, CAMPAIGN);
    await waitForUpgrade(page, ['campaign-timeline']);
    await page.locator('campaign-timeline').getByRole('listitem').nth(8).waitFor();

    assert.ok(chunks.includes(timelineEntry ?? ''), 'the timeline chunk was fetched once the tag appeared');
    assert.ok(!chunks.includes(formEntry ?? ''), 'the MP form chunk was never fetched');
    const expected = new Set([...counterChunks, ...chunksFor(manifest, 'campaign-timeline')]);
    assert.deepEqual([...new Set(chunks)].sort(), [...expected].sort());
    assert.equal(chunks.length, expected.size, 'no chunk fetched twice');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('with JavaScript disabled the light-DOM fallback shows', async () => {
    const url = suite.stack.page('/no-js', { body: ALL_WIDGETS });
    const noScript = await suite.stack.browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    const chunks = recordChunkRequests(page);
    await page.goto(url);
    for (const fallback of ['sign the petition on our website', 'read the campaign updates', 'write to your MP']) {
      assert.equal(await page.getByText(`Fallback: ${fallback}`).isVisible(), true, `fallback "${fallback}" shown`);
    }
    assert.equal(await page.locator('petition-counter [part="number"]').count(), 0, 'no widget rendered');
    assert.deepEqual(chunks, []);
    await noScript.close();
  });
}
