// Where browser tests find Chromium: CHROME_PATH, then Debian's
// /usr/bin/chromium, then a locally installed Chrome. No test tool downloads
// a browser of its own.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export class ChromeNotFoundError extends Error {
  constructor(tried) {
    super(
      [
        'No Chromium or Chrome found for the browser tests.',
        `Looked at: ${tried.join(', ')}.`,
        'Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to the browser binary.',
      ].join('\n'),
    );
    this.name = 'ChromeNotFoundError';
  }
}

export function findChrome(env = process.env, exists = existsSync) {
  if (env.CHROME_PATH) {
    if (exists(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new ChromeNotFoundError([`CHROME_PATH=${env.CHROME_PATH} (missing)`]);
  }
  const found = CANDIDATES.find((path) => exists(path));
  if (!found) throw new ChromeNotFoundError(['CHROME_PATH (unset)', ...CANDIDATES]);
  return found;
}

/** Flags for headless Chromium here: root needs --no-sandbox; nothing may reach the network. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
