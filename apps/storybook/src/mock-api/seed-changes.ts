import type { TimelineEntry } from '@placard/contract';
import { SEED_SLUG } from '@placard/contract/fixtures';
import type { MockState } from '@placard/mocks';

/** Small, named changes to the seed campaign that stories start from. */

function seed(state: MockState) {
  const entry = state.campaigns.get(SEED_SLUG);
  if (!entry) throw new Error('the mock state lost the seed campaign');
  return entry;
}

/** The count before the story starts (no live event: the widget loads it). */
export const startCountAt = (count: number) => (state: MockState) => {
  seed(state).campaign.petition.count = count;
};

/** Signing counts only after the email link is opened. */
export const doubleOptIn = (state: MockState) => {
  seed(state).campaign.signatureMode = 'double_opt_in';
};

export const closeCampaign = (state: MockState) => {
  seed(state).campaign.status = 'closed';
};

/** Someone with this email has signed already, so signing again answers `already_signed`. */
export const alreadySignedBy = (email: string) => (state: MockState) => {
  state.signatures.push({
    id: 'sig_story',
    slug: SEED_SLUG,
    email: email.toLowerCase(),
    status: 'counted',
    confirmToken: null,
    createdAt: '2021-01-29T12:00:00Z',
  });
};

export const emptyTimeline = (state: MockState) => {
  seed(state).timeline = [];
};

/** Gives the seed entries links, as a campaign linking to its press coverage would. */
export const timelineWithLinks = (state: MockState) => {
  for (const entry of seed(state).timeline) {
    if (entry.kind === 'news') entry.url = `https://example.org/news/${entry.id}`;
  }
};

/** An entry staff might publish while a reader has the page open. */
export const breakingEntry: TimelineEntry = {
  id: 'tl-story-live-entry',
  date: '2021-02-03',
  kind: 'news',
  title: 'Foreign Secretary asked about Chen Quanguo in Parliament',
  body: 'A written question on sanctions against Chen Quanguo was tabled today after letters from supporters.',
  url: 'https://example.org/news/written-question',
};

/** Runs several changes in order. */
export const all =
  (...changes: ((state: MockState) => void)[]) =>
  (state: MockState) => {
    for (const change of changes) change(state);
  };
