/**
 * Renders every story of the built Storybook (storybook-static, from
 * `npm run build`) in Chromium, one story per test: the story must
 * render and finish its play function, the a11y addon's axe-core run in the
 * page must find no violation, the page must log no console error, load one
 * copy of Lit. How long each story takes to be ready (Storybook's `storyFinished`:
 * render, play and axe done) is measured and printed at the end against the
 * {@link READY_WITHIN_MS} target — the median, the slowest ten and every story over
 * it — but never fails the run: on a shared machine timings measure the machine too.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from '@placard/contract';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../../../scripts/chrome.mjs';
import { type StaticSite, serveStatic } from './static-server.js';
import { recordStoryEvents, type StoryEvent } from './story-events.js';

const staticDir = resolve(dirname(fileURLToPath(import.meta.url)), '../storybook-static');
const STORY_TIMEOUT_MS = 30_000;
/** The target (issue 17): a designer opening a story sees it ready within this time. */
const READY_WITHIN_MS = 3_000;

/**
 * Stories that show something that takes time by design, and how much more they get.
 * Storybook waits for the page's animations to end before axe runs (as it does for a
 * designer), so a story whose point is an animation is ready only once it has played.
 */
const TAKES_LONGER_MS: Record<string, number> = {
  // The milestone burst plays twice for 1.2 s (petition-counter.styles.ts), after the count arrives.
  'widgets-petition-counter--milestone-celebration': 2_400,
};

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}

function storiesFromIndex(): IndexEntry[] {
  const index = resolve(staticDir, 'index.json');
  if (!existsSync(index)) throw new Error('storybook-static/index.json is missing: run `npm run build` first.');
  const { entries } = JSON.parse(readFileSync(index, 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(entries).filter((entry) => entry.type === 'story');
}

interface A11yViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

interface Report {
  type: string;
  status: string;
  result?: { violations?: A11yViolation[]; error?: unknown };
}

/**
 * Chromium logs every failed request as a console error. Error-state stories
 * make the mocked API (under /mock-api/) fail on purpose, and the static
 * server has no favicon; any other failed load (a missing chunk) counts.
 */
function expectedNetworkLog(text: string, url: string): boolean {
  return text.startsWith('Failed to load resource: ') && (url.includes('/mock-api/') || url.endsWith('/favicon.ico'));
}

function describeViolations(violations: A11yViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)
    .join('\n');
}

/** Lit's dev-mode warning when a page loads two copies (the static build is Lit's production mode: see {@link litCopies}). */
const MULTIPLE_LITS = 'Multiple versions of Lit loaded';

/**
 * How many copies of each Lit package the page loaded: every copy, in production mode
 * too, adds its version to these globals (the dev-mode warning is based on them).
 */
function litCopies(): Record<string, number> {
  const globals = window as unknown as Record<string, unknown[] | undefined>;
  return Object.fromEntries(
    ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions'].map((name) => [
      name,
      globals[name]?.length ?? 0,
    ]),
  );
}

const stories = storiesFromIndex();

/** Time from navigation to `storyFinished`, per story (and language) checked. */
const readyTimes = new Map<string, number>();

function printReadyTimes(): void {
  const times = [...readyTimes].sort(([, a], [, b]) => b - a);
  if (times.length === 0) return;
  const sorted = times.map(([, ms]) => ms).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const over = times.filter(([label, ms]) => ms > READY_WITHIN_MS + (TAKES_LONGER_MS[label.split(' ')[0] ?? ''] ?? 0));
  const lines = [
    `Story ready times (navigation to storyFinished), ${times.length} renders: median ${seconds(median)}, slowest ${seconds(sorted.at(-1)!)}; target ${seconds(READY_WITHIN_MS)}, ${over.length} over it`,
    ...times.slice(0, 10).map(([label, ms]) => `  ${seconds(ms).padStart(8)}  ${label}`),
  ];
  console.log(lines.join('\n'));
}

/** The story of each widget whose play works in any language: checked with axe in all of them. */
const IN_EVERY_LANGUAGE = [
  'widgets-petition-counter--ready',
  'widgets-campaign-timeline--ready',
  'widgets-email-your-mp-form--postcode-step',
];

/** Renders one story (with toolbar globals such as `locale:fr`) and checks it played, passed axe and logged no error. */
async function checkStory(context: BrowserContext, base: string, id: string, globals?: string): Promise<void> {
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const litWarnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().includes(MULTIPLE_LITS)) litWarnings.push(message.text());
    if (message.type() !== 'error' || expectedNetworkLog(message.text(), message.location().url)) return;
    consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  try {
    const query = globals ? `&globals=${encodeURIComponent(globals)}` : '';
    await page.goto(`${base}iframe.html?id=${encodeURIComponent(id)}&viewMode=story${query}`);
    await page.waitForFunction(
      () =>
        (window as unknown as { __placardStoryEvents: StoryEvent[] }).__placardStoryEvents.some(
          (event) => event.name === 'storyFinished' || event.name === 'storyMissing',
        ),
      undefined,
      { timeout: STORY_TIMEOUT_MS },
    );
    const events = await page.evaluate(
      () => (window as unknown as { __placardStoryEvents: StoryEvent[] }).__placardStoryEvents,
    );
    const failures = events.filter((event) => event.name !== 'storyFinished');
    assert.deepEqual(failures, [], `the story failed to render or play:\n${JSON.stringify(failures, null, 2)}`);

    const finishedEvent = events.find((event) => event.name === 'storyFinished');
    const readyMs = Math.round(finishedEvent?.at ?? Number.NaN);
    readyTimes.set(globals ? `${id} (${globals})` : id, readyMs);
    const finished = finishedEvent?.payload as {
      status: string;
      reporters: Report[];
    };
    const a11y = finished.reporters.find((report) => report.type === 'a11y');
    assert.ok(a11y, 'the a11y addon ran no axe check on this story');
    assert.equal(a11y.result?.error, undefined, `axe could not run: ${JSON.stringify(a11y.result?.error)}`);
    const violations = a11y.result?.violations ?? [];
    assert.equal(violations.length, 0, `axe violations:\n${describeViolations(violations)}`);
    assert.equal(finished.status, 'success', 'Storybook reported the story as failed');
    assert.deepEqual(consoleErrors, [], 'the page logged console errors');
    assert.deepEqual(litWarnings, [], 'the page loaded more than one copy of Lit');
    assert.deepEqual(
      await page.evaluate(litCopies),
      { litHtmlVersions: 1, litElementVersions: 1, reactiveElementVersions: 1 },
      'the page loaded more than one copy of Lit',
    );
  } finally {
    await page.close();
  }
}

describe(`${stories.length} stories in Chromium`, { concurrency: 2 }, () => {
  let site: StaticSite;
  let browser: Browser;
  let context: BrowserContext;

  before(async () => {
    site = await serveStatic(staticDir);
    browser = await chromium.launch({ executablePath: await findChrome(), args: chromeArgs, headless: true });
    // The default user agent: Storybook then waits for the widgets' entry animations (inside their
    // shadow roots) to end before axe runs, as it does for a designer, rather than pausing them.
    context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    await context.addInitScript({ content: recordStoryEvents });
  });

  after(async () => {
    printReadyTimes();
    await context?.close();
    await browser?.close();
    await site?.close();
  });

  for (const story of stories) {
    it(`${story.title} › ${story.name}`, { timeout: STORY_TIMEOUT_MS + 10_000 }, () =>
      checkStory(context, site.url, story.id),
    );
  }

  // One state of each widget in every other language (and the pseudo-locale), from the toolbar.
  for (const id of IN_EVERY_LANGUAGE) {
    for (const locale of [...LANGUAGES.filter((language) => language !== 'en'), 'en-XA']) {
      it(`${id} in ${locale}`, { timeout: STORY_TIMEOUT_MS + 10_000 }, () =>
        checkStory(context, site.url, id, `locale:${locale}`),
      );
    }
  }
});
