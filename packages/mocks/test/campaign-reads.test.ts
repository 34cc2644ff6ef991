import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CampaignSchema,
  ConstituencyCountsSchema,
  CountryCountsSchema,
  PetitionSchema,
  TimelinePageSchema,
} from '@placard/contract';
import { SEED_SLUG, seedCampaign, seedPetition, seedTimeline } from '@placard/contract/fixtures';
import { seedAreaCounts } from '../src/index.js';
import { API, CAMPAIGN, expectError, mockApi, parsed, postJson } from './harness.js';

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

describe('GET /v1/campaigns/:slug/petition/constituencies and …/countries', () => {
  const sign = (postcode: string | undefined, country: string | undefined, email: string) =>
    postJson(`${CAMPAIGN}/signatures`, { name: 'A', email, postcode, country, consent: { privacy: true } });

  it('answers the seed campaign’s plausible counts, most first, shaped like the contract', async () => {
    const byConstituency = await parsed(await fetch(`${CAMPAIGN}/petition/constituencies`), ConstituencyCountsSchema);
    const byCountry = await parsed(await fetch(`${CAMPAIGN}/petition/countries`), CountryCountsSchema);
    assert.deepEqual(byConstituency.constituencies, seedAreaCounts().constituencies);
    assert.deepEqual(byCountry.countries, seedAreaCounts().countries);
    assert.equal(byConstituency.updatedAt, seedPetition.updatedAt);
  });

  it('adds counted signatures by their postcode’s constituency and their country (a UK postcode alone is GB)', async () => {
    assert.equal((await sign('m1 1ae', undefined, 'a@example.org')).status, 201);
    assert.equal((await sign('M1 1AE', 'GB', 'b@example.org')).status, 201);
    assert.equal((await sign('ZZ1 1ZZ', undefined, 'c@example.org')).status, 201);
    assert.equal((await sign(undefined, 'NZ', 'd@example.org')).status, 201);
    const { constituencies } = await parsed(
      await fetch(`${CAMPAIGN}/petition/constituencies`),
      ConstituencyCountsSchema,
    );
    assert.deepEqual(constituencies.find((area) => area.code === 'E14001352')?.count, 166);
    const { countries } = await parsed(await fetch(`${CAMPAIGN}/petition/countries`), CountryCountsSchema);
    assert.deepEqual(countries[0], { code: 'GB', count: 4633 });
    assert.deepEqual(countries.at(-1), { code: 'NZ', count: 1 });
  });

  it('counts no signature waiting for its confirmation, and none for a campaign without counts', async () => {
    const entry = mock.state.campaigns.get(SEED_SLUG);
    assert.ok(entry);
    entry.campaign.signatureMode = 'double_opt_in';
    delete entry.areas;
    assert.equal((await sign('SW1A 1AA', undefined, 'e@example.org')).status, 201);
    const { constituencies } = await parsed(
      await fetch(`${CAMPAIGN}/petition/constituencies`),
      ConstituencyCountsSchema,
    );
    const { countries } = await parsed(await fetch(`${CAMPAIGN}/petition/countries`), CountryCountsSchema);
    assert.deepEqual([constituencies, countries], [[], []]);
  });

  it('answers 404 not_found for an unknown campaign', async () => {
    await expectError(await fetch(`${API}/v1/campaigns/nope/petition/constituencies`), 'not_found', 404);
    await expectError(await fetch(`${API}/v1/campaigns/nope/petition/countries`), 'not_found', 404);
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
