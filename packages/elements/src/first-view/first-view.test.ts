import { expect, fixture, waitUntil } from '@open-wc/testing';
import { KEY, SLUG } from '../../test/dom.js';
import { startMockApi } from '../../test/mock-api.js';
import { showFirstView as showCounter } from '../petition-counter/petition-counter.first-view.js';

// The embed's first view (drawn before the element is defined) and the element taking
// it over. This file defines <petition-counter> only once its first views are drawn.
const API = () => `${location.origin}/v1/campaigns/${SLUG}`;

async function campaignJson(): Promise<Record<string, unknown>> {
  return (await fetch(API())).json();
}

/** The campaign's answer as the loader hands it over: in flight, in a list. */
const answer = () => [fetch(API())];

async function undefinedCounter(attributes = ''): Promise<HTMLElement> {
  const container = await fixture<HTMLDivElement>(
    `<div><petition-counter campaign="${SLUG}" key="${KEY}" ${attributes}></petition-counter></div>`,
  );
  return container.querySelector('petition-counter') as HTMLElement;
}

describe('a first view drawn before the element is defined', () => {
  before(async () => {
    await startMockApi();
  });

  it('shows the count and a working call to action, which the element takes over in place', async () => {
    const campaign = await campaignJson();
    const host = await undefinedCounter();
    expect(await showCounter(host, answer())).to.equal(true);
    const root = host.shadowRoot as ShadowRoot;
    const number = root.querySelector('[part="number"]');
    const sheets = [...root.adoptedStyleSheets];
    expect(number?.textContent).to.equal(
      new Intl.NumberFormat('en-GB').format((campaign.petition as { count: number }).count),
    );
    expect(host.matches(':defined')).to.equal(false);
    // Pressed before the element's code arrives: carried out by the element.
    root.querySelector<HTMLButtonElement>('button.open-form')?.click();

    await import('../petition-counter/petition-counter.js');
    await waitUntil(() => root.querySelector('[role="status"]'), 'the element rendered');
    expect(root.querySelector('[part="number"]')).to.equal(number);
    expect(root.adoptedStyleSheets).to.deep.equal(sheets);
    await waitUntil(() => root.querySelector('#field-name'), 'the early press opened the form');
  });

  it('draws nothing where the element would show something else first, leaving the host untouched', async () => {
    // Undefined custom elements, as a page holds widgets before their code has run.
    const host = (lang: string) => {
      const element = document.createElement('x-widget-host');
      element.setAttribute('lang', lang);
      document.body.append(element);
      return element;
    };
    const welsh = host('cy');
    expect(await showCounter(welsh, answer())).to.equal(false, 'strings not carried');
    expect(welsh.shadowRoot).to.equal(null);
    const odd = host('en');
    expect(await showCounter(odd, [Promise.resolve(Response.json({ status: 'open' }))])).to.equal(false, 'no petition');
    expect(odd.shadowRoot).to.equal(null);
    const drawn = host('en-US');
    expect(await showCounter(drawn, answer())).to.equal(true);
    expect(await showCounter(drawn, answer())).to.equal(false, 'drawn already');
    expect(drawn.shadowRoot?.querySelectorAll('[part="number"]').length).to.equal(1);
    for (const element of [welsh, odd, drawn]) element.remove();
  });
});
