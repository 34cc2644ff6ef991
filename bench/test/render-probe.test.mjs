import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../../scripts/chrome.mjs';
import { DESKTOP, inFreshProfile, PHONE } from '../lib/browser-profile.mjs';

// Stand-ins for the widgets: a counter (closed shadow root) whose number comes
// later, and an MP form whose postcode field sits in a nested element's shadow root.
const PAGE = `<!doctype html><meta name="viewport" content="width=device-width">
<p>Above.</p>
<petition-counter></petition-counter>
<mp-email-form></mp-email-form>
${'<p>The partner’s article goes on below the widgets.</p>'.repeat(8)}
<script>
customElements.define('petition-counter', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'closed' });
    root.innerHTML = '<span part="count number">…</span>';
    setTimeout(() => { root.querySelector('span').textContent = '1,234'; }, 50);
  }
});
customElements.define('postcode-step', class extends HTMLElement {
  connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = '<input name="postcode">'; }
});
customElements.define('mp-email-form', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    setTimeout(() => { root.innerHTML = '<form><postcode-step></postcode-step></form>'; }, 80);
  }
});
</script>`;
const url = `data:text/html,${encodeURIComponent(PAGE)}`;

let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: await findChrome(), args: chromeArgs, headless: true });
});
after(() => browser?.close());

const probeOf = (page) => page.evaluate(() => window.__placardBench);

test('first views are seen in closed and nested shadow roots, with the frame that painted them', async () => {
  await inFreshProfile(browser, async (page) => {
    await page.goto(url);
    await page.waitForFunction(
      () =>
        Object.keys(window.__placardBench.views).length === 2 && window.__placardBench.views['mp-email-form'].frameAt,
    );
    const { views } = await probeOf(page);
    assert.equal(views['petition-counter'].text, '1,234');
    assert.ok(views['petition-counter'].at >= 50);
    assert.ok(views['mp-email-form'].frameAt >= views['mp-email-form'].at);
    assert.equal(views['campaign-timeline'], undefined);
  });
});

for (const device of [DESKTOP, PHONE]) {
  test(`layout shifts are seen at ${device.name}, with what moved`, async () => {
    await inFreshProfile(
      browser,
      async (page) => {
        await page.goto(url);
        await page.waitForFunction(() => window.__placardBench.views['mp-email-form']?.frameAt);
        await page.waitForTimeout(100);
        await page.evaluate(() => {
          const block = document.createElement('div');
          block.style.height = '120px';
          document.querySelector('petition-counter').before(block);
        });
        // The stand-in MP form's field, arriving at 80 ms, moved the text too; the block moves it 120 px more.
        await page.waitForFunction(
          () => window.__placardBench.shifts.some((shift) => shift.sources.includes('P +120 px')),
          null,
          { timeout: 2000 },
        );
        assert.ok((await probeOf(page)).cls > 0);
      },
      { device },
    );
  });
}
