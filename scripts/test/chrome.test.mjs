import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { ChromeNotFoundError, chromeArgs, findChrome, unpackPackagedChromium } from '../chrome.mjs';

const neverUnpack = () => Promise.reject(new Error('must not be reached'));

describe('findChrome', () => {
  it('prefers CHROME_PATH when it exists', async () => {
    const found = await findChrome({
      env: { CHROME_PATH: '/opt/chrome' },
      exists: (path) => path === '/opt/chrome' || path === '/usr/bin/chromium',
      unpackPackaged: neverUnpack,
    });
    assert.equal(found, '/opt/chrome');
  });

  it('uses a system Chromium before unpacking the packaged one', async () => {
    const found = await findChrome({
      env: {},
      exists: (path) => path === '/usr/bin/chromium',
      unpackPackaged: neverUnpack,
    });
    assert.equal(found, '/usr/bin/chromium');
  });

  it('falls back to the Chromium from npm when the machine has none', async () => {
    const found = await findChrome({ env: {}, exists: () => false, unpackPackaged: async () => '/cache/chromium' });
    assert.equal(found, '/cache/chromium');
  });

  it('fails with everything it tried and how to get a browser', async () => {
    await assert.rejects(
      findChrome({ env: {}, exists: () => false, unpackPackaged: () => Promise.reject(new Error('not installed')) }),
      (error) =>
        error instanceof ChromeNotFoundError &&
        error.message.includes('CHROME_PATH (unset)') &&
        error.message.includes('/usr/bin/chromium') &&
        error.message.includes('@sparticuz/chromium (not installed)') &&
        error.message.includes('npm install'),
    );
  });

  it('reports a CHROME_PATH that points nowhere instead of silently using another browser', async () => {
    await assert.rejects(
      findChrome({
        env: { CHROME_PATH: '/nope' },
        exists: (path) => path === '/usr/bin/chromium',
        unpackPackaged: neverUnpack,
      }),
      /CHROME_PATH=\/nope \(no such file\)/,
    );
  });

  it('keeps Chromium off the network', () => {
    assert.ok(chromeArgs.includes('--disable-background-networking'));
    assert.ok(chromeArgs.some((arg) => arg.startsWith('--host-resolver-rules=')));
  });
});

describe('the Chromium from npm', { skip: process.platform !== 'linux' && 'packaged for Linux only' }, () => {
  it('unpacks once and renders a page headless', async () => {
    const first = await unpackPackagedChromium();
    assert.equal(await unpackPackagedChromium(), first, 'the second call reuses the unpacked copy');
    const browser = await chromium.launch({ executablePath: first, args: chromeArgs, headless: true, timeout: 30_000 });
    try {
      const page = await browser.newPage();
      await page.setContent('<p>Ban Chen Quanguo</p>');
      assert.equal(await page.textContent('p'), 'Ban Chen Quanguo');
      assert.match(browser.version(), /^\d+\./);
    } finally {
      await browser.close();
    }
  });
});
