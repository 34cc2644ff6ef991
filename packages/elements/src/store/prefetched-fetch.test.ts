import { expect } from '@open-wc/testing';
import { SLUG } from '../../test/dom.js';
import { type MockApi, startMockApi } from '../../test/mock-api.js';
import { fetchWithPrefetched } from './prefetched-fetch.js';

type PlacardGlobal = { Placard?: { prefetched?: Record<string, Promise<Response>> } };
const global = globalThis as PlacardGlobal;
const url = `${location.origin}/v1/campaigns/${SLUG}`;

let api: MockApi;

beforeEach(async () => {
  api = await startMockApi();
});

afterEach(() => {
  delete global.Placard;
});

const campaignReads = () => api.requests.filter((request) => request.path === `/v1/campaigns/${SLUG}`).length;

describe('fetchWithPrefetched', () => {
  it('takes the loader’s response for the same GET once, then asks the network', async () => {
    const early = new Response(JSON.stringify({ from: 'loader' }), { headers: { 'content-type': 'application/json' } });
    global.Placard = { prefetched: { [url]: Promise.resolve(early) } };
    const first = await fetchWithPrefetched(url);
    expect(await first.json()).to.deep.equal({ from: 'loader' });
    expect(campaignReads()).to.equal(0);
    expect(global.Placard.prefetched).to.deep.equal({});

    const second = await fetchWithPrefetched(url);
    expect(((await second.json()) as { slug: string }).slug).to.equal(SLUG);
    expect(campaignReads()).to.equal(1);
  });

  it('never hands a prefetched response to a write, or to another URL', async () => {
    const never = new Promise<Response>(() => {});
    global.Placard = { prefetched: { [url]: never } };
    await fetchWithPrefetched(`${url}/petition`);
    expect(Object.keys(global.Placard.prefetched ?? {})).to.deep.equal([url]);
  });

  it('gives up on a prefetch that hangs when the request’s signal aborts (the SDK’s timeout)', async () => {
    global.Placard = { prefetched: { [url]: new Promise<Response>(() => {}) } };
    let error: unknown;
    try {
      await fetchWithPrefetched(new Request(url, { signal: AbortSignal.timeout(50) }));
    } catch (caught) {
      error = caught;
    }
    expect((error as DOMException | undefined)?.name).to.equal('TimeoutError');
  });
});
