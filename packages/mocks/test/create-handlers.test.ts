import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CampaignSchema } from '@placard/contract';
import { SEED_SLUG, seedCampaign, seedTimeline } from '@placard/contract/fixtures';
import { getResponse } from 'msw';
import * as v from 'valibot';
import { createHandlers, createMockState, emitCount } from '../src/index.js';

describe('createMockState', () => {
  it('gives a fresh copy of the seed each call, never the fixtures themselves', () => {
    const first = createMockState();
    const second = createMockState();
    const entry = first.campaigns.get(SEED_SLUG);
    assert.ok(entry);
    assert.deepEqual(entry.campaign, seedCampaign);
    assert.deepEqual(entry.timeline, seedTimeline);
    emitCount(first, 7000);
    entry.timeline.pop();
    assert.equal(second.campaigns.get(SEED_SLUG)?.campaign.petition.count, 6000);
    assert.equal(seedCampaign.petition.count, 6000);
    assert.equal(seedTimeline.length, 9);
  });

  it('rejects a count that is not a whole number ≥ 0, and an unknown campaign', () => {
    const state = createMockState();
    assert.throws(() => emitCount(state, -1), RangeError);
    assert.throws(() => emitCount(state, 1.5), RangeError);
    assert.throws(() => emitCount(state, 1, 'no-such-campaign'), /no campaign/);
  });
});

describe('createHandlers options', () => {
  it('by default answers /v1 on any origin', async () => {
    const handlers = createHandlers();
    for (const origin of ['http://localhost:8787', 'https://api.example.org']) {
      const response = await getResponse(handlers, new Request(`${origin}/v1/campaigns/${SEED_SLUG}`));
      assert.equal(response?.status, 200, origin);
    }
  });

  it('with baseUrl answers only that origin (a trailing slash is fine)', async () => {
    const handlers = createHandlers({ baseUrl: 'http://localhost:8787/' });
    const ours = await getResponse(handlers, new Request(`http://localhost:8787/v1/campaigns/${SEED_SLUG}`));
    assert.equal(ours?.status, 200);
    const other = await getResponse(handlers, new Request(`https://elsewhere.example/v1/campaigns/${SEED_SLUG}`));
    assert.equal(other, undefined);
  });

  it('serves the state it is given, and a fresh one otherwise', async () => {
    const state = createMockState();
    emitCount(state, 8123);
    const url = `http://api.test/v1/campaigns/${SEED_SLUG}`;
    const shared = await getResponse(createHandlers({ state }), new Request(url));
    assert.equal(v.parse(CampaignSchema, await shared?.json()).petition.count, 8123);
    const fresh = await getResponse(createHandlers(), new Request(url));
    assert.equal(v.parse(CampaignSchema, await fresh?.json()).petition.count, 6000);
  });
});
