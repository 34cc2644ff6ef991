/**
 * The seed campaign, written once: Free Tibet's "Ban Chen Quanguo" page. The
 * msw handlers serve it and the server seeds its database with it on first
 * start. Every value here is checked against the contract's schemas in tests.
 */
import type { Campaign } from './campaign.js';
import type { Petition } from './petition.js';
import type { Representative } from './representatives.js';
import type { TimelineEntry } from './timeline.js';

export const SEED_SLUG = 'ban-chen-quanguo';

/** The publishable test key the demo uses; allowed for localhost origins. */
export const DEMO_PUBLISHABLE_KEY = 'pk_test_demo';
export const DEMO_ALLOWED_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*'];

export const seedTimeline: TimelineEntry[] = [
  {
    id: 'tl-2021-01-29-ramp-up',
    date: '2021-01-29',
    kind: 'action',
    title:
      'The calls on the UK Government to take action against Chen, from Free Tibet and senior MPs, are getting harder and harder to ignore, but so far they have failed to take any action.',
    body: 'It is time to ramp up the pressure. Tell your local MP that we demand the government bans Chen, a man responsible for torture and genocide, NOW. Simply fill in our form and we will handle the rest.',
    url: null,
  },
  {
    id: 'tl-2021-01-28-6000',
    date: '2021-01-28',
    kind: 'milestone',
    title:
      "Free Tibet's petition to ban Chen from the UK reaches 6,000 signatures - thank you to everyone that has signed so far!",
    body: '',
    url: null,
  },
  {
    id: 'tl-2021-01-19-trade-bill',
    date: '2021-01-19',
    kind: 'news',
    title:
      'UK Government narrowly defeats Trade Bill amendment to reconsider any trade deal with a country, found by the high court, to be committing genocide',
    body: '',
    url: null,
  },
  {
    id: 'tl-2021-01-19-us-genocide',
    date: '2021-01-19',
    kind: 'news',
    title: "United States classifies China's policies toward Uyghurs as 'genocide'",
    body: '',
    url: null,
  },
  {
    id: 'tl-2021-01-15-reports',
    date: '2021-01-15',
    kind: 'news',
    title: 'Two new reports highlighted the dangerous and dramatic plunge in human rights standards under CCP rule',
    body: '',
    url: null,
  },
  {
    id: 'tl-2020-12-11-sanctions-list',
    date: '2020-12-11',
    kind: 'news',
    title: '11 new individuals added to Human Rights sanctions list but Chen Quanguo, or any CCP official, missing',
    body: '',
    url: null,
  },
  {
    id: 'tl-2020-11-27-3000',
    date: '2020-11-27',
    kind: 'milestone',
    title: "Free Tibet's petition reaches 3,000 signatures",
    body: '',
    url: null,
  },
  {
    id: 'tl-2020-11-25-launch',
    date: '2020-11-25',
    kind: 'milestone',
    title: "Free Tibet's campaign to place Chen Quanguo on the global human rights sanctions regime list launched",
    body: '',
    url: null,
  },
  {
    id: 'tl-2020-11-17-ipac-letter',
    date: '2020-11-17',
    kind: 'news',
    title:
      'Inter-Parliamentary Alliance on China present signed letter to Foreign Office urging sanctions to be placed on Chinese officials',
    body: '',
    url: null,
  },
];

export const seedPetition: Petition = {
  count: 6000,
  goal: 10000,
  milestones: [
    { count: 3000, reachedAt: '2020-11-27T00:00:00Z' },
    { count: 6000, reachedAt: '2021-01-28T00:00:00Z' },
  ],
  updatedAt: '2021-01-29T00:00:00Z',
};

export const seedCampaign: Campaign = {
  slug: SEED_SLUG,
  title: 'Ban Chen Quanguo',
  summary:
    'Since we kicked off the campaign in November, it has gone from strength to strength. Our sustained pressure has led to cross-party backing for action against Chen Quanguo and other Chinese Communist Party officials, and yet there has been very little apart from empty words from our leaders. We need to keep up the pressure: email your local MP today and demand that action cannot wait.',
  status: 'open',
  signatureMode: 'immediate',
  petition: seedPetition,
  letter: {
    subject: 'Ban Chen Quanguo from the UK',
    body: [
      'Dear {{mpName}},',
      '',
      'As your constituent in {{constituency}}, I am writing to ask you to press the Government to place Chen Quanguo on the UK’s global human rights sanctions list and ban him from the UK.',
      '',
      'Chen Quanguo oversaw the surveillance and repression of Tibetans as Party Secretary of the Tibet Autonomous Region, and then the mass detention of Uyghurs and Kazakhs in the Uyghur Region. Senior MPs from every side have called for action, yet he was left off the sanctions list in December.',
      '',
      'Please raise this with the Foreign Secretary and tell me what you will do. Action cannot wait.',
      '',
      'Yours sincerely,',
      '{{name}}',
    ].join('\n'),
  },
  privacyNotice:
    'We use your name and email to count your signature and to send the petition. We will only email you about this campaign if you tick the box, and we never share your details.',
  privacyUrl: null,
  privacyNoticeVersion: '1',
  retentionDaysAfterClose: 90,
  shareUrl: null,
  updatedAt: '2021-01-29T00:00:00Z',
};

const contactUrl = (id: number) => `https://members.parliament.uk/member/${id}/contact`;

/**
 * A few postcodes with their 2024 constituency and MP (from the bundled MP
 * list). MP email addresses come only from the live Members API, so none are
 * given here.
 */
export const sampleRepresentatives: Representative[] = [
  {
    postcode: 'SW1A 1AA',
    constituency: { code: 'E14001172', name: 'Cities of London and Westminster' },
    mp: { id: 5257, name: 'Rachel Blake', party: 'Labour (Co-op)', email: null, contactUrl: contactUrl(5257) },
  },
  {
    postcode: 'SW1A 0AA',
    constituency: { code: 'E14001172', name: 'Cities of London and Westminster' },
    mp: { id: 5257, name: 'Rachel Blake', party: 'Labour (Co-op)', email: null, contactUrl: contactUrl(5257) },
  },
  {
    postcode: 'M1 1AE',
    constituency: { code: 'E14001352', name: 'Manchester Central' },
    mp: { id: 4263, name: 'Lucy Powell', party: 'Labour (Co-op)', email: null, contactUrl: contactUrl(4263) },
  },
  {
    postcode: 'B1 1BB',
    constituency: { code: 'E14001096', name: 'Birmingham Ladywood' },
    mp: { id: 3914, name: 'Shabana Mahmood', party: 'Labour', email: null, contactUrl: contactUrl(3914) },
  },
  {
    postcode: 'WC1E 6BT',
    constituency: { code: 'E14001290', name: 'Holborn and St Pancras' },
    mp: { id: 4514, name: 'Sir Keir Starmer', party: 'Labour', email: null, contactUrl: contactUrl(4514) },
  },
  {
    postcode: 'CF99 1SN',
    constituency: { code: 'W07000091', name: 'Cardiff South and Penarth' },
    mp: { id: 4264, name: 'Stephen Doughty', party: 'Labour (Co-op)', email: null, contactUrl: contactUrl(4264) },
  },
  {
    postcode: 'EH99 1SP',
    constituency: { code: 'S14000078', name: 'Edinburgh East and Musselburgh' },
    mp: { id: 5245, name: 'Chris Murray', party: 'Labour', email: null, contactUrl: contactUrl(5245) },
  },
];

/** A well-formed postcode that no constituency contains: for "not found" paths. */
export const UNKNOWN_POSTCODE = 'ZZ1 1ZZ';
