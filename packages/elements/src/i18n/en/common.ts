import type { Catalogue } from '../catalogue.js';

export const common: Catalogue['common'] = {
  loading: 'Loading…',
  retry: 'Try again',
  loadFailed: 'We couldn’t load this campaign just now.',
  notFound: 'We couldn’t find this campaign.',
  offline: 'You seem to be offline. Check your connection and try again.',
  missingCampaign: 'This widget doesn’t say which campaign to show.',
  errorSummaryTitle: 'There is a problem',
  rateLimited: (minutes, f) =>
    `There have been too many attempts just now. Please try again in ${f.plural(minutes, {
      one: `${f.number(minutes)} minute`,
      other: `${f.number(minutes)} minutes`,
    })}.`,
  serverError: 'Something went wrong on our side. What you typed is still here, so please try again.',
  notAllowed: 'This widget isn’t set up to accept responses on this website.',
  originNotAllowed:
    'This website isn’t set up for this campaign yet, so we can’t send your response from here. Please let the website’s owner know.',
  closed: 'This campaign is closed. Thank you to everyone who took part.',
  offlineQueued: 'You’re offline — we’ll send it when you’re back.',
  sendNow: 'Try sending now',
  requiredMark: '(required)',
  optional: '(optional)',
  opensInNewTab: '(opens in a new tab)',
  honeypotLabel: 'Leave this field empty',
};
