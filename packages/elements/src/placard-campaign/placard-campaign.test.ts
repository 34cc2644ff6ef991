import { ContextProvider, createContext } from '@lit/context';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emitCount } from '@placard/mocks';
import { $, KEY, SLUG, textOf, waitForReady, waitForText } from '../../test/dom.js';
import { type MockApi, startMockApi, trackEventSources, waitForLive } from '../../test/mock-api.js';
import '../campaign-timeline/campaign-timeline.js';
import type { CampaignTimelineElement } from '../campaign-timeline/campaign-timeline.element.js';
import { campaignContext } from '../context/campaign-context.js';
import '../petition-counter/petition-counter.js';
import type { PetitionCounterElement } from '../petition-counter/petition-counter.element.js';
import { type CampaignStore, campaignStoreFor } from '../store/campaign-store.js';
import './placard-campaign.js';
import { PlacardCampaignElement } from './placard-campaign.element.js';

let api: MockApi;

beforeEach(async () => {
  api = await startMockApi();
});

function addSecondCampaign(): void {
  const seed = api.state.campaigns.get(SLUG);
  if (!seed) throw new Error('no seed campaign');
  const copy = structuredClone(seed);
  copy.campaign.slug = 'second-campaign';
  copy.campaign.title = 'Second campaign';
  copy.campaign.petition.count = 42;
  api.state.campaigns.set('second-campaign', copy);
}

describe('<placard-campaign>', () => {
  it('gives every widget inside it one store and one live connection', async () => {
    const provider = await fixture<PlacardCampaignElement>(html`
      <placard-campaign campaign=${SLUG} key=${KEY}>
        <petition-counter display-only></petition-counter>
        <section><campaign-timeline limit="3"></campaign-timeline></section>
        <petition-counter compact></petition-counter>
      </placard-campaign>
    `);
    const [first, second] = [...provider.querySelectorAll('petition-counter')] as PetitionCounterElement[];
    const timeline = provider.querySelector('campaign-timeline') as CampaignTimelineElement;
    await waitForReady(first as PetitionCounterElement);
    expect(first?.store).to.equal(provider.store);
    expect(second?.store).to.equal(provider.store);
    expect(timeline.store).to.equal(provider.store);
    expect(getComputedStyle(provider).display).to.equal('contents');
    await waitForLive(api);
    expect(api.state.listeners.size).to.equal(1);
    emitCount(api.state, 6100);
    await waitUntil(() => $(second as Element, '.number').textContent === '6,100', 'the second counter missed it');
    await waitUntil(() => $(first as Element, '.number').textContent === '6,100');
    await waitUntil(() => timeline.shadowRoot?.querySelectorAll('li').length === 3);
    expect(api.requests.filter((request) => request.path === `/v1/campaigns/${SLUG}`)).to.have.length(1);
  });

  it('lets a widget name its own campaign', async () => {
    addSecondCampaign();
    const provider = await fixture<PlacardCampaignElement>(html`
      <placard-campaign campaign=${SLUG}>
        <petition-counter display-only></petition-counter>
        <petition-counter display-only campaign="second-campaign"></petition-counter>
      </placard-campaign>
    `);
    const [shared, own] = [...provider.querySelectorAll('petition-counter')] as PetitionCounterElement[];
    await waitForReady(own as PetitionCounterElement);
    expect(own?.store).to.not.equal(provider.store);
    expect(own?.store?.address.api).to.equal(provider.store?.address.api);
    expect($(own as Element, '.number').textContent).to.equal('42');
    await waitForReady(shared as PetitionCounterElement);
    expect($(shared as Element, '.number').textContent).to.equal('6,000');
  });

  it('follows a change of campaign', async () => {
    addSecondCampaign();
    const provider = await fixture<PlacardCampaignElement>(html`
      <placard-campaign campaign=${SLUG}><petition-counter display-only></petition-counter></placard-campaign>
    `);
    const counter = provider.querySelector('petition-counter') as PetitionCounterElement;
    await waitForReady(counter);
    provider.campaign = 'second-campaign';
    await waitUntil(() => counter.store?.slug === 'second-campaign', 'the widget kept the old campaign');
    await waitForReady(counter);
    await waitForText(counter, '42');
  });

  it('provides to widgets that upgraded before it', async () => {
    const container = await fixture<HTMLDivElement>(html`
      <div><late-placard-campaign campaign=${SLUG}><petition-counter display-only></petition-counter></late-placard-campaign></div>
    `);
    const counter = container.querySelector('petition-counter') as PetitionCounterElement;
    await counter.updateComplete;
    expect(textOf(counter)).to.include('doesn’t say which campaign');
    customElements.define('late-placard-campaign', class extends PlacardCampaignElement {});
    await waitForReady(counter);
    expect(counter.store).to.equal((container.firstElementChild as PlacardCampaignElement).store);
  });

  it('accepts a store provided by another copy of the library (same registered context key)', async () => {
    expect(campaignContext).to.equal(Symbol.for('placard.campaign-store@1'));
    const otherCopyContext = createContext<CampaignStore>(Symbol.for('placard.campaign-store@1'));
    const host = document.createElement('div');
    const store = campaignStoreFor({ api: location.origin, key: KEY, campaign: SLUG });
    class OtherProvider extends HTMLElement {
      provider = new ContextProvider(this, { context: otherCopyContext, initialValue: store });
    }
    customElements.define('other-copy-provider', OtherProvider);
    const provider = document.createElement('other-copy-provider');
    provider.innerHTML = '<petition-counter display-only></petition-counter>';
    host.append(provider);
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.append(host);
    const counter = provider.querySelector('petition-counter') as PetitionCounterElement;
    await waitForReady(counter);
    expect(counter.store).to.equal(store);
  });

  it('closes the live connection when the last widget leaves', async () => {
    const tracked = trackEventSources();
    after(tracked.restore);
    const provider = await fixture<PlacardCampaignElement>(html`
      <placard-campaign campaign=${SLUG}><petition-counter display-only></petition-counter></placard-campaign>
    `);
    await waitForLive(api);
    expect(tracked.sources).to.have.length(1);
    provider.remove();
    await waitUntil(() => tracked.sources[0]?.readyState === EventSource.CLOSED, 'the live connection stayed open');
    expect(provider.store).to.not.equal(undefined);
  });
});
