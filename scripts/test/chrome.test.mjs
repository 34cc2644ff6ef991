import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ChromeNotFoundError, chromeArgs, findChrome } from '../chrome.mjs';

describe('findChrome', () => {
  it('prefers CHROME_PATH when it exists', () => {
    assert.equal(
      findChrome({ CHROME_PATH: '/opt/chrome' }, (path) => path === '/opt/chrome'),
      '/opt/chrome',
    );
  });

  it('falls back to Debian chromium', () => {
    assert.equal(
      findChrome({}, (path) => path === '/usr/bin/chromium'),
      '/usr/bin/chromium',
    );
  });

  it('fails at once with a message that says how to get a browser', () => {
    assert.throws(
      () => findChrome({}, () => false),
      (error) =>
        error instanceof ChromeNotFoundError &&
        /apt-get install -y chromium/.test(error.message) &&
        /CHROME_PATH/.test(error.message),
    );
  });

  it('reports a CHROME_PATH that points nowhere instead of silently using another browser', () => {
    assert.throws(() => findChrome({ CHROME_PATH: '/nope' }, (path) => path === '/usr/bin/chromium'), /\/nope/);
  });

  it('keeps Chromium off the network', () => {
    assert.ok(chromeArgs.includes('--disable-background-networking'));
    assert.ok(chromeArgs.some((arg) => arg.startsWith('--host-resolver-rules=')));
  });
});
