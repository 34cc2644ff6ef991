import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CampaignSchema, PetitionSchema, TimelinePageSchema } from '@placard/contract';
import { SEED_SLUG, seedCampaign, seedTimeline } from '@placard/contract/fixtures';
import { API, CAMPAIGN, expectError, mockApi, parsed } from './harness.js';

const mock = mockApi();

describe('GET /v1/campaigns/:slug', () => {
  it('answers the seed campaign, shaped like the contract', async () => {
    const response = await fetch(CAMPAIGN);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /application\/json/);
    const campaign = await parsed(response, CampaignSchema);
    assert.deepEqual(campaign, seedCampaign);
  });

  it('answers 404 not_found for an unknown campaign', async () => {
    await expectError(await fetch(`${API}/v1/campaigns/no-such-campaign`), 'not_found', 404);
  });

  it('reports what the state holds, so a test can change the campaign', async () => {
    const entry = mock.state.campaigns.get(SEED_SLUG);
    assert.ok(entry);
    entry.campaign.title = 'Changed in the state';
    const campaign = await parsed(await fetch(CAMPAIGN), CampaignSchema);
    assert.equal(campaign.title, 'Changed in the state');
  });
});

describe('GET /v1/campaigns/:slug/petition', () => {
  it('answers count, goal and reached milestones', async () => {
    const petition = await parsed(await fetch(`${CAMPAIGN}/petition`), PetitionSchema);
    assert.equal(petition.count, 6000);
    assert.equal(petition.goal, 10000);
    assert.deepEqual(
      petition.milestones.map((milestone) => [milestone.count, milestone.reachedAt]),
      [
        [3000, '2020-11-27T00:00:00Z'],
        [6000, '2021-01-28T00:00:00Z'],
      ],
    );
  });

  it('answers 404 not_found for an unknown campaign', async () => {
    await expectError(await fetch(`${API}/v1/campaigns/nope/petition`), 'not_found', 404);
  });
});

describe('GET /v1/campaigns/:slug/timeline', () => {
  it('lists the nine seed entries newest first, in one default page', async () => {
    const page = await parsed(await fetch(`${CAMPAIGN}/timeline`), TimelinePageSchema);
    assert.deepEqual(
      page.entries.map((entry) => entry.id),
      seedTimeline.map((entry) => entry.id),
    );
    assert.equal(page.nextCursor, null);
  });

  it('pages with an opaque cursor until nextCursor is null, with no entry twice or missed', async () => {
    const seen: string[] = [];
    const sizes: number[] = [];
    let url = `${CAMPAIGN}/timeline?limit=4`;
    for (let guard = 0; guard < 10; guard += 1) {
      const page = await parsed(await fetch(url), TimelinePageSchema);
      seen.push(...page.entries.map((entry) => entry.id));
      sizes.push(page.entries.length);
      if (page.nextCursor === null) break;
      assert.doesNotMatch(page.nextCursor, /tl-/, 'the cursor does not expose ids in clear');
      url = `${CAMPAIGN}/timeline?limit=4&cursor=${encodeURIComponent(page.nextCursor)}`;
    }
    assert.deepEqual(sizes, [4, 4, 1]);
    assert.deepEqual(
      seen,
      seedTimeline.map((entry) => entry.id),
    );
  });

  it('accepts the maximum limit of 100', async () => {
    const page = await parsed(await fetch(`${CAMPAIGN}/timeline?limit=100`), TimelinePageSchema);
    assert.equal(page.entries.length, 9);
  });

  for (const [query, field] of [
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=two', 'limit'],
    ['limit=2.5', 'limit'],
    ['cursor=not-a-cursor', 'cursor'],
  ] as const) {
    it(`answers 422 validation_failed naming ${field} for ?${query}`, async () => {
      const error = await expectError(await fetch(`${CAMPAIGN}/timeline?${query}`), 'validation_failed', 422);
      assert.ok(error.fields?.[field], `fields.${field} in ${JSON.stringify(error.fields)}`);
    });
  }

  it('answers 404 not_found for an unknown campaign', async () => {
    await expectError(await fetch(`${API}/v1/campaigns/nope/timeline`), 'not_found', 404);
  });
});

describe('anything else under /v1', () => {
  it('answers the 404 envelope for an unknown path', async () => {
    await expectError(await fetch(`${API}/v1/nothing-here`), 'not_found', 404);
  });
});
