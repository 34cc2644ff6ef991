import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TimelineEntry } from '@placard/contract';
import { addTimelineEntry } from '@placard/mocks';
import { emulateMedia } from '@web/test-runner-commands';
import { $, $$, focused, SLUG, textOf, waitForReady, waitForText } from '../../test/dom.js';
import { type MockApi, pushLiveEvent, startMockApi, waitForLive } from '../../test/mock-api.js';
import './campaign-timeline.js';
import type { CampaignTimelineElement } from './campaign-timeline.element.js';

let api: MockApi;

beforeEach(async () => {
  api = await startMockApi();
});

afterEach(async () => {
  await emulateMedia({ colorScheme: 'light' });
});

async function timeline(attributes = ''): Promise<CampaignTimelineElement> {
  const container = await fixture<HTMLDivElement>(
    `<div><campaign-timeline campaign="${SLUG}" ${attributes.includes('lang=') ? '' : 'lang="en-GB"'} ${attributes}></campaign-timeline></div>`,
  );
  const el = container.querySelector('campaign-timeline') as CampaignTimelineElement;
  await waitUntil(() => el.shadowRoot?.querySelector('ol, .empty, .notice'), 'the timeline never loaded', {
    timeout: 5000,
  });
  return el;
}

const titles = (el: Element) => $$(el, 'li .title').map((title) => title.textContent?.trim());

const newEntry: TimelineEntry = {
  id: 'tl-2021-02-10-debate',
  date: '2021-02-10',
  kind: 'news',
  title: 'MPs debate sanctions in Westminster Hall',
  body: 'A cross-party debate on sanctions.',
  url: 'https://example.org/debate',
};

describe('<campaign-timeline>', () => {
  it('shows a placeholder and its fallback content while loading, then the entries', async () => {
    api.scenario = 'slow';
    const el = await fixture<CampaignTimelineElement>(
      html`<campaign-timeline campaign=${SLUG}><p>Read the campaign news on our site.</p></campaign-timeline>`,
    );
    const fallback = el.querySelector('p') as HTMLParagraphElement;
    expect(fallback.checkVisibility()).to.equal(true);
    expect($(el, '.loading').getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => el.shadowRoot?.querySelector('ol'), 'no entries', { timeout: 5000 });
    expect(fallback.checkVisibility()).to.equal(false);
  });

  it('lists dated entries newest first, with kinds in words and an icon', async () => {
    const el = await timeline();
    const items = $$(el, 'ol > li');
    expect(items).to.have.length(9);
    const first = items[0] as HTMLElement;
    expect(first.querySelector('time')?.getAttribute('datetime')).to.equal('2021-01-29');
    expect(first.querySelector('time')?.textContent).to.equal('29 January 2021');
    expect(first.querySelector('.kind')?.textContent?.trim()).to.equal('Action');
    expect(first.querySelector('.kind svg')?.getAttribute('aria-hidden')).to.equal('true');
    expect(items[1]?.querySelector('.kind')?.textContent?.trim()).to.equal('Milestone');
    expect(items[2]?.querySelector('.kind')?.textContent?.trim()).to.equal('News');
    expect(first.querySelector('.body')?.textContent).to.include('It is time to ramp up the pressure.');
    expect($(el, 'ol').getAttribute('aria-label')).to.equal('Campaign timeline');
    expect(el.shadowRoot?.querySelector('[part=show-more]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('links an entry that has a URL, naming it for screen readers', async () => {
    const entry = api.state.campaigns.get(SLUG)?.timeline[2];
    if (entry) entry.url = 'https://example.org/trade-bill';
    const el = await timeline();
    const link = $<HTMLAnchorElement>(el, 'a.link');
    expect(link.href).to.equal('https://example.org/trade-bill');
    expect(link.textContent?.replace(/\s+/g, ' ')).to.equal(`Read more: ${entry?.title}`);
  });

  it('shows more entries a page at a time and moves focus to the first new one', async () => {
    const el = await timeline('limit="4"');
    expect($$(el, 'ol > li')).to.have.length(4);
    $<HTMLButtonElement>(el, '[part=show-more]').click();
    await waitUntil(() => $$(el, 'ol > li').length === 8, 'the second page never arrived');
    await waitUntil(() => focused(el) === $$(el, 'ol > li')[4], 'focus did not move to the first new entry');
    expect(api.requests.filter((request) => request.path.includes('/timeline')).map((r) => r.path)).to.satisfy(
      (paths: string[]) => paths[1]?.includes('cursor='),
    );
    $<HTMLButtonElement>(el, '[part=show-more]').click();
    await waitUntil(() => $$(el, 'ol > li').length === 9);
    expect(el.shadowRoot?.querySelector('[part=show-more]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lists oldest first with order="oldest"', async () => {
    const el = await timeline('order="oldest" limit="5"');
    expect($$(el, 'ol > li time').map((time) => time.getAttribute('datetime'))).to.deep.equal([
      '2020-11-17',
      '2020-11-25',
      '2020-11-27',
      '2020-12-11',
      '2021-01-15',
    ]);
    $<HTMLButtonElement>(el, '[part=show-more]').click();
    await el.updateComplete;
    expect($$(el, 'ol > li')).to.have.length(9);
    await waitUntil(() => focused(el) === $$(el, 'ol > li')[5]);
    expect(el.shadowRoot?.querySelector('[part=show-more]')).to.equal(null);
  });

  it('adds a live entry at the top, marks it new and announces it', async () => {
    const el = await timeline();
    await waitForLive(api);
    addTimelineEntry(api.state, newEntry);
    await waitUntil(() => titles(el)[0] === newEntry.title, 'the live entry was not added at the top');
    expect($(el, 'ol > li [part=new-badge]').textContent).to.equal('New');
    expect($(el, '[role=status]').textContent).to.equal(`New update: ${newEntry.title}`);
    expect($$(el, 'ol > li')).to.have.length(10);
    await Promise.all(el.shadowRoot?.getAnimations().map((animation) => animation.finished) ?? []);
    await expect(el).to.be.accessible();
  });

  it('adds a live entry at the end when listing oldest first', async () => {
    const el = await timeline('order="oldest"');
    await waitForLive(api);
    addTimelineEntry(api.state, newEntry);
    await waitUntil(() => titles(el).at(-1) === newEntry.title, 'the live entry was not added at the end');
  });

  it('applies live edits and removals', async () => {
    const el = await timeline();
    await waitForLive(api);
    const [first, second] = api.state.campaigns.get(SLUG)?.timeline ?? [];
    if (!first || !second) throw new Error('seed timeline missing');
    pushLiveEvent(api.state, 'timeline', { change: 'updated', entry: { ...second, title: 'Petition passes 6,000' } });
    await waitUntil(() => titles(el)[1] === 'Petition passes 6,000', 'the edit was not shown');
    expect($(el, '[role=status]').textContent).to.equal('Update changed: Petition passes 6,000');
    expect($$(el, 'ol > li')[1]?.querySelector('[part=new-badge]')).to.equal(null);
    pushLiveEvent(api.state, 'timeline', { change: 'deleted', id: first.id });
    await waitUntil(() => $$(el, 'ol > li').length === 8, 'the removal was not shown');
    expect($(el, '[role=status]').textContent).to.equal('An update was removed.');
    // The same entry arriving again (a replay after a reconnect) changes nothing.
    pushLiveEvent(api.state, 'timeline', { change: 'added', entry: { ...second, title: 'Petition passes 6,000' } });
    pushLiveEvent(api.state, 'timeline', { change: 'deleted', id: 'no-such-entry' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect($$(el, 'ol > li')).to.have.length(8);
  });

  it('says when there are no updates yet', async () => {
    const entry = api.state.campaigns.get(SLUG);
    if (entry) entry.timeline = [];
    const el = await timeline();
    expect($(el, '[part=empty]').textContent).to.equal('No updates yet.');
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry, and reports it', async () => {
    api.scenario = 'server-error';
    const error = oneEvent(document, 'placard-error');
    const el = await timeline();
    expect((await error).detail).to.deep.include({ campaign: SLUG, code: 'internal_error' });
    expect(textOf(el)).to.include('We couldn’t load the campaign updates.');
    await expect(el).to.be.accessible();
    api.scenario = 'normal';
    $<HTMLButtonElement>(el, '.notice button').click();
    await waitUntil(() => $$(el, 'ol > li').length === 9, 'the retry did not load the entries', { timeout: 5000 });
  });

  it('says it is offline, not that loading failed, when the first load has no connection', async () => {
    api.scenario = 'offline';
    const el = await timeline();
    await waitForText(el, 'You seem to be offline.', 8000);
    expect(textOf(el)).not.to.include('We couldn’t load the campaign updates.');
    api.scenario = 'normal';
    $<HTMLButtonElement>(el, '.notice button').click();
    await waitUntil(() => $$(el, 'ol > li').length === 9, 'the retry did not load the entries', { timeout: 5000 });
  });

  it('keeps what it shows when a further page fails, and retries', async () => {
    const el = await timeline('limit="3"');
    api.scenario = 'offline';
    $<HTMLButtonElement>(el, '[part=show-more]').click();
    await waitForText(el, 'You seem to be offline.', 8000);
    expect($$(el, 'ol > li')).to.have.length(3);
    expect($(el, '[part=show-more]').textContent?.trim()).to.equal('Try again');
    api.scenario = 'normal';
    $<HTMLButtonElement>(el, '[part=show-more]').click();
    await waitUntil(() => $$(el, 'ol > li').length === 6, 'the retry did not load the page');
  });

  it('reloads when its limit or order changes', async () => {
    const el = await timeline('limit="2"');
    expect($$(el, 'ol > li')).to.have.length(2);
    el.limit = 5;
    await waitUntil(() => $$(el, 'ol > li').length === 5);
    el.order = 'oldest';
    await waitUntil(() => $$(el, 'ol > li time')[0]?.getAttribute('datetime') === '2020-11-17');
  });

  it('speaks Welsh', async () => {
    const el = await timeline('lang="cy"');
    await waitForText(el, 'Carreg filltir');
    expect($(el, 'ol > li time').textContent).to.equal('29 Ionawr 2021');
    expect($(el, 'ol > li .kind').textContent?.trim()).to.equal('Gweithredu');
    expect($(el, 'ol').getAttribute('aria-label')).to.equal('Llinell amser yr ymgyrch');
  });

  it('is accessible in the dark theme', async () => {
    const el = await timeline('theme="dark"');
    expect(getComputedStyle(el).color).to.equal('rgb(236, 230, 239)');
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    const preferred = await timeline();
    expect(getComputedStyle(preferred).color).to.equal('rgb(236, 230, 239)');
  });
});

describe('<campaign-timeline> without a store', () => {
  it('says when no campaign is named', async () => {
    const el = await fixture<CampaignTimelineElement>(html`<campaign-timeline></campaign-timeline>`);
    await el.updateComplete;
    expect(textOf(el)).to.include('This widget doesn’t say which campaign to show.');
    expect(el.store).to.equal(undefined);
    await waitForReady;
  });
});
