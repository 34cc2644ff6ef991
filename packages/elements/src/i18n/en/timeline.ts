import type { Catalogue } from '../catalogue.js';

export const timeline: Catalogue['timeline'] = {
  label: 'Campaign timeline',
  kinds: { milestone: 'Milestone', news: 'News', action: 'Action' },
  readMore: 'Read more',
  showMore: 'Show more updates',
  showMoreAgain: 'Try again',
  loadingMore: 'Loading more updates…',
  empty: 'No updates yet.',
  loadFailed: 'We couldn’t load the campaign updates.',
  newBadge: 'New',
  added: (title) => `New update: ${title}`,
  updated: (title) => `Update changed: ${title}`,
  deleted: 'An update was removed.',
};
