/**
 * End to end in the Debian Chromium against the real server: one stack (SMTP,
 * server, partner site, stand-in CDN, browser) shared by every case, since the
 * machine is small. The partner-page cases run first: they start from the seed.
 */
import { after, before, describe } from 'node:test';
import { firstViewCases } from './cases/first-view.cases.js';
import { loaderCases } from './cases/loader.cases.js';
import { partnerPageCases } from './cases/partner-page.cases.js';
import { startEmbedStack } from './harness/embed-stack.js';
import type { Suite } from './harness/suite.js';

const suite = {} as Suite;

before(async () => {
  suite.stack = await startEmbedStack();
  suite.context = await suite.stack.browser.newContext({ reducedMotion: 'reduce' });
});

after(async () => {
  await suite.context?.close();
  await suite.stack?.close();
});

describe('the embed on a partner page with a strict CSP', () => partnerPageCases(suite));
describe('the loader script', () => loaderCases(suite));
describe('the first view, and the code that loads on intent', () => firstViewCases(suite));
