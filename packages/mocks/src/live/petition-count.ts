import type { Milestone } from '@placard/contract';
import type { MockCampaign, MockState } from '../mock-state.js';
import { publishLiveEvent } from './live-log.js';

/**
 * Sets a petition's count and tells open streams: a `count` event, then a
 * `milestone` event for each milestone first reached by this change. Reaching
 * the goal counts as a milestone too; it is added to the list when missing,
 * so the petition shows when it was reached.
 */
export function setPetitionCount(state: MockState, entry: MockCampaign, count: number, now = new Date()): void {
  const petition = entry.campaign.petition;
  const previous = petition.count;
  const reachedAt = now.toISOString();
  petition.count = count;
  petition.updatedAt = reachedAt;

  if (count > previous && previous < petition.goal && count >= petition.goal) {
    if (!petition.milestones.some((milestone) => milestone.count === petition.goal)) {
      petition.milestones.push({ count: petition.goal, reachedAt: null });
      petition.milestones.sort((a, b) => a.count - b.count);
    }
  }
  const reached: Milestone[] = petition.milestones.filter(
    (milestone) => milestone.reachedAt === null && milestone.count <= count,
  );
  for (const milestone of reached) milestone.reachedAt = reachedAt;

  const { slug } = entry.campaign;
  publishLiveEvent(state, slug, 'count', { count, goal: petition.goal });
  for (const milestone of reached) {
    publishLiveEvent(state, slug, 'milestone', { count: milestone.count, reachedAt });
  }
}
