import { ApiError, type CampaignStatus } from '@placard/contract';
import type { MockCampaign, MockState } from './mock-state.js';
import type { Scenario } from './scenarios.js';

/** What every handler shares: the state and the scenario of the moment. */
export interface MockContext {
  state: MockState;
  /** Read on every request, so a Storybook toolbar can switch it live. */
  scenario(): Scenario;
  slowMs: number;
  /** A contract path (`/v1/campaigns/{slug}`) as an msw pattern on the configured origin. */
  url(path: string): string;
}

/** The campaign named in the URL, or 404 not_found. */
export function requireCampaign(context: MockContext, slug: string | readonly string[] | undefined): MockCampaign {
  const entry = typeof slug === 'string' ? context.state.campaigns.get(slug) : undefined;
  if (!entry) throw new ApiError('not_found', 'No campaign has that name.');
  return entry;
}

/** The status the API reports: the 'closed' scenario closes every campaign without touching the state. */
export function campaignStatus(context: MockContext, entry: MockCampaign): CampaignStatus {
  return context.scenario() === 'closed' ? 'closed' : entry.campaign.status;
}

/** Writes to a closed campaign answer 409 campaign_closed. */
export function requireOpenCampaign(context: MockContext, entry: MockCampaign): void {
  if (campaignStatus(context, entry) === 'closed') {
    throw new ApiError('campaign_closed', 'This campaign has closed and no longer takes signatures or letters.');
  }
}
