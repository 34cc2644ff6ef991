import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { KEY, SLUG, waitForReady } from '../../test/dom.js';
import { type MockApi, startMockApi, trackEventSources, waitForLive } from '../../test/mock-api.js';
import { readPageConfig } from '../config/page-config.js';
import '../petition-counter/petition-counter.js';
import type { PetitionCounterElement } from '../petition-counter/petition-counter.element.js';
import { resolveCampaignAddress } from './campaign-address.js';
import { campaignStoreFor } from './campaign-store.js';

type PlacardGlobal = { Placard?: { config?: Record<string, unknown> } };
const global = globalThis as PlacardGlobal;

let api: MockApi;

beforeEach(async () => {
  api = await startMockApi();
});

afterEach(() => {
  delete global.Placard;
});

describe('campaign stores', () => {
  it('is one store per API, key and campaign', () => {
    const address = { api: location.origin, key: KEY, campaign: SLUG };
    expect(campaignStoreFor(address)).to.equal(campaignStoreFor({ ...address }));
    expect(campaignStoreFor(address)).to.not.equal(campaignStoreFor({ ...address, key: 'pk_test_other' }));
    expect(campaignStoreFor(address)).to.not.equal(campaignStoreFor({ ...address, campaign: 'other' }));
  });

  it('shares one request and one live connection between widgets of one campaign, and closes it after them', async () => {
    const tracked = trackEventSources();
    after(tracked.restore);
    const container = await fixture<HTMLDivElement>(html`<div>
      <petition-counter campaign=${SLUG} display-only></petition-counter>
      <petition-counter campaign=${SLUG} compact></petition-counter>
    </div>`);
    const [a, b] = [...container.querySelectorAll('petition-counter')] as PetitionCounterElement[];
    await waitForLive(api);
    expect(a?.store).to.equal(b?.store);
    expect(api.state.listeners.size).to.equal(1);
    expect(api.requests.filter((request) => request.path === `/v1/campaigns/${SLUG}`)).to.have.length(1);
    expect(tracked.sources).to.have.length(1);
    container.remove();
    await waitUntil(() => tracked.sources[0]?.readyState === EventSource.CLOSED, 'the live connection stayed open');
  });

  it('reads the API and key from the page config, and lets attributes override them', async () => {
    global.Placard = { config: { api: `${location.origin}/`, key: 'pk_test_page', locale: 42 } };
    expect(readPageConfig()).to.deep.equal({ api: `${location.origin}/`, key: 'pk_test_page' });
    const container = await fixture<HTMLDivElement>(html`<div>
      <petition-counter campaign=${SLUG} display-only></petition-counter>
      <petition-counter campaign=${SLUG} display-only key="pk_test_own"></petition-counter>
    </div>`);
    const [fromPage, own] = [...container.querySelectorAll('petition-counter')] as PetitionCounterElement[];
    await waitForReady(fromPage as PetitionCounterElement);
    expect(fromPage?.store?.address).to.deep.equal({ api: location.origin, key: 'pk_test_page', campaign: SLUG });
    expect(own?.store?.address.key).to.equal('pk_test_own');
    expect(own?.store?.client.testMode).to.equal(true);
  });

  it('defaults the API to the page’s own origin and needs a campaign', () => {
    expect(resolveCampaignAddress({ campaign: ' c ' })).to.deep.equal({
      api: location.origin,
      key: undefined,
      campaign: 'c',
    });
    expect(resolveCampaignAddress({ campaign: '  ' })).to.equal(undefined);
    global.Placard = { config: 'nonsense' as unknown as Record<string, unknown> };
    expect(readPageConfig()).to.deep.equal({});
  });

  it('follows a change of the element’s campaign attribute', async () => {
    const el = await fixture<PetitionCounterElement>(
      html`<petition-counter campaign="no-such-campaign" display-only></petition-counter>`,
    );
    await waitUntil(() => el.store?.loadState === 'error');
    el.setAttribute('campaign', SLUG);
    await waitForReady(el);
    expect(el.store?.slug).to.equal(SLUG);
  });
});
