import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromeArgs, findChrome } from '../chrome.mjs';

/** One headless Chromium for a whole test file (the machine is small). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await findChrome(), args: chromeArgs, headless: true, timeout: 30_000 });
}

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught exceptions and CSP violations, as text. */
  problems: string[];
  /** Console warnings (the loader reports trouble as one warning). */
  warnings: string[];
}

/**
 * Opens a page that records everything a partner would count as breakage.
 * CSP violations are also listened for in the page itself, because Chromium
 * does not always surface them as console messages.
 */
export async function openWatchedPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    if (message.type() === 'warning') warnings.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return { page, problems, warnings };
}
