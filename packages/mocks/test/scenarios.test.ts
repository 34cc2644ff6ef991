import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CampaignSchema, PetitionSchema, TimelinePageSchema } from '@placard/contract';
import { SEED_SLUG } from '@placard/contract/fixtures';
import { type Scenario, scenarios } from '../src/index.js';
import { API, CAMPAIGN, expectError, letter, mockApi, parsed, postJson, signature } from './harness.js';

const mock = mockApi();

/** One request of each kind the widgets make. */
const requests: Record<string, () => Promise<Response>> = {
  campaign: () => fetch(CAMPAIGN),
  timeline: () => fetch(`${CAMPAIGN}/timeline`),
  petition: () => fetch(`${CAMPAIGN}/petition`),
  sign: () => postJson(`${CAMPAIGN}/signatures`, signature),
  representatives: () => fetch(`${API}/v1/representatives?postcode=SW1A1AA`),
  message: () => postJson(`${CAMPAIGN}/messages`, letter),
  'confirmation read': () => fetch(`${API}/v1/confirm/anything`),
  confirm: () => fetch(`${API}/v1/confirm/anything`, { method: 'POST' }),
  events: () => fetch(`${CAMPAIGN}/events`, { headers: { Accept: 'text/event-stream' } }),
};

describe('scenarios', () => {
  it('lists every scenario once with a one-line description', () => {
    const names: Scenario[] = [
      'normal',
      'slow',
      'server-error',
      'rate-limited',
      'closed',
      'offline',
      'origin-not-allowed',
    ];
    assert.deepEqual(
      scenarios.map((scenario) => scenario.name),
      names,
    );
    for (const scenario of scenarios) assert.match(scenario.description, /^\S.*\.$/);
  });

  for (const [name, request] of Object.entries(requests)) {
    it(`'server-error' answers ${name} with 500 internal_error`, async () => {
      mock.useHandlers({ scenario: 'server-error' });
      await expectError(await request(), 'internal_error', 500);
    });

    it(`'rate-limited' answers ${name} with 429 rate_limited, Retry-After: 30 and retryAfter 30`, async () => {
      mock.useHandlers({ scenario: 'rate-limited' });
      const response = await request();
      assert.equal(response.headers.get('retry-after'), '30');
      const error = await expectError(response, 'rate_limited', 429);
      assert.equal(error.retryAfter, 30);
    });

    it(`'offline' makes ${name} fail as a network error`, async () => {
      mock.useHandlers({ scenario: 'offline' });
      await assert.rejects(request(), TypeError);
    });
  }

  it("'origin-not-allowed' refuses signing and letters with 403, stores nothing, and lets reads through", async () => {
    mock.useHandlers({ scenario: 'origin-not-allowed' });
    await expectError(await postJson(`${CAMPAIGN}/signatures`, signature), 'origin_not_allowed', 403);
    await expectError(await postJson(`${CAMPAIGN}/messages`, letter), 'origin_not_allowed', 403);
    assert.equal(mock.state.signatures.length, 0);
    assert.equal(mock.state.messages.length, 0);
    assert.equal((await parsed(await fetch(`${CAMPAIGN}/petition`), PetitionSchema)).count, 6000);
    assert.equal((await parsed(await fetch(CAMPAIGN), CampaignSchema)).status, 'open');
  });

  it("'offline' changes nothing in the state", async () => {
    mock.useHandlers({ scenario: 'offline' });
    await assert.rejects(postJson(`${CAMPAIGN}/signatures`, signature), TypeError);
    assert.equal(mock.state.signatures.length, 0);
  });

  it("'slow' delays each answer by slowMs, and then answers normally", async () => {
    mock.useHandlers({ scenario: 'slow', slowMs: 300 });
    const started = performance.now();
    const response = await fetch(`${CAMPAIGN}/petition`);
    const elapsed = performance.now() - started;
    assert.ok(elapsed >= 290, `answered after ${elapsed.toFixed(0)} ms`);
    assert.equal((await parsed(response, PetitionSchema)).count, 6000);
  });

  it("'closed' reports the campaign closed and refuses writes with 409, leaving the state open", async () => {
    mock.useHandlers({ scenario: 'closed' });
    const campaign = await parsed(await fetch(CAMPAIGN), CampaignSchema);
    assert.equal(campaign.status, 'closed');
    assert.equal(mock.state.campaigns.get(SEED_SLUG)?.campaign.status, 'open');
    assert.equal((await parsed(await fetch(`${CAMPAIGN}/petition`), PetitionSchema)).count, 6000);
    assert.equal((await parsed(await fetch(`${CAMPAIGN}/timeline`), TimelinePageSchema)).entries.length, 9);
    await expectError(await postJson(`${CAMPAIGN}/signatures`, signature), 'campaign_closed', 409);
    await expectError(await postJson(`${CAMPAIGN}/messages`, letter), 'campaign_closed', 409);
    assert.equal(mock.state.signatures.length, 0);
    assert.equal(mock.state.messages.length, 0);
  });

  it('reads a scenario function on every request, so it can be switched live', async () => {
    let current: Scenario = 'normal';
    mock.useHandlers({ scenario: () => current });
    assert.equal((await fetch(CAMPAIGN)).status, 200);
    current = 'server-error';
    assert.equal((await fetch(CAMPAIGN)).status, 500);
    current = 'closed';
    assert.equal((await parsed(await fetch(CAMPAIGN), CampaignSchema)).status, 'closed');
    current = 'normal';
    assert.equal((await parsed(await fetch(CAMPAIGN), CampaignSchema)).status, 'open');
  });
});
