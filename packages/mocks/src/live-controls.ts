/**
 * Drive the live stream from a test or a story: each change updates the mock
 * state (so later reads agree) and is pushed to every open event stream.
 */
import { type TimelineEntry, TimelineEntrySchema } from '@placard/contract';
import { SEED_SLUG } from '@placard/contract/fixtures';
import * as v from 'valibot';
import { publishLiveEvent } from './live/live-log.js';
import { setPetitionCount } from './live/petition-count.js';
import type { MockCampaign, MockState } from './mock-state.js';

function campaignOrThrow(state: MockState, slug: string): MockCampaign {
  const entry = state.campaigns.get(slug);
  if (!entry) throw new Error(`The mock state has no campaign "${slug}".`);
  return entry;
}

/** Sets the petition count; pushes `count`, and `milestone` for each milestone or the goal crossed. */
export function emitCount(state: MockState, count: number, slug: string = SEED_SLUG): void {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`A count is a whole number ≥ 0, not ${count}.`);
  setPetitionCount(state, campaignOrThrow(state, slug), count);
}

/** Adds an entry to the timeline (newest first) and pushes a `timeline` event `{ change: 'added' }`. */
export function addTimelineEntry(state: MockState, entry: TimelineEntry, slug: string = SEED_SLUG): void {
  const campaign = campaignOrThrow(state, slug);
  // A story with a malformed entry should fail loudly here, not inside a widget.
  const valid = v.parse(TimelineEntrySchema, entry);
  if (campaign.timeline.some((existing) => existing.id === valid.id)) {
    throw new Error(`The timeline already has an entry "${valid.id}".`);
  }
  // Before the first entry of the same date or older: newest first, latest added first within a day.
  const at = campaign.timeline.findIndex((existing) => existing.date <= valid.date);
  campaign.timeline.splice(at === -1 ? campaign.timeline.length : at, 0, valid);
  publishLiveEvent(state, slug, 'timeline', { change: 'added', entry: structuredClone(valid) });
}

/** `n` more signatures, one at a time: a `count` event each (and `milestone` events as they are crossed). */
export function simulateSignatures(state: MockState, n: number, slug: string = SEED_SLUG): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Simulate a whole number of signatures ≥ 0, not ${n}.`);
  const campaign = campaignOrThrow(state, slug);
  for (let i = 0; i < n; i += 1) setPetitionCount(state, campaign, campaign.campaign.petition.count + 1);
}
