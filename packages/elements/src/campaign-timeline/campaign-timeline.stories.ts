import '@placard/elements/campaign-timeline.js';
import { SEED_SLUG } from '@placard/contract/fixtures';
import { addTimelineEntry } from '@placard/mocks';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fn } from 'storybook/test';
import { failing } from '#storybook/mock-api/error-answers.js';
import { breakingEntry, emptyTimeline, timelineWithLinks } from '#storybook/mock-api/seed-changes.js';
import { findText, liveStreamOpen, press, readyIn, widgetRoot } from '#storybook/play/widget-queries.js';
import { widgetTheme } from '#storybook/stage/widget-theme.js';

interface TimelineArgs {
  campaign: string;
  api: string;
  key: string;
  limit: number | undefined;
  order: '' | 'newest' | 'oldest';
  theme: '' | 'light' | 'dark';
  lang: string;
  /** Light-DOM fallback shown until the element upgrades. */
  fallback: boolean;
  onPlacardError: (event: Event) => void;
}

const NEWEST_TITLE = 'The calls on the UK Government to take action against Chen';
const OLDEST_TITLE = 'Inter-Parliamentary Alliance on China present signed letter';

function render(args: TimelineArgs, context: StoryContext<TimelineArgs>) {
  return html`<campaign-timeline
    campaign=${args.campaign}
    api=${args.api || context.placard.api}
    key=${ifDefined(args.key || undefined)}
    limit=${ifDefined(args.limit)}
    order=${ifDefined(args.order || undefined)}
    theme=${widgetTheme(args.theme, context)}
    lang=${ifDefined(args.lang || undefined)}
    @placard-error=${args.onPlacardError}
    >${
      args.fallback
        ? html`<p><a href="https://example.org/campaigns/ban-chen-quanguo">Read the campaign's updates</a></p>`
        : nothing
    }</campaign-timeline
  >`;
}

/** The timeline once it shows its newest (or first) entry. */
async function readyTimeline(canvas: HTMLElement, first = NEWEST_TITLE): Promise<ShadowRoot> {
  const root = await widgetRoot(canvas, 'campaign-timeline');
  await findText(root, first);
  return root;
}

const meta = {
  title: 'Widgets/Campaign timeline',
  component: 'campaign-timeline',
  render,
  args: {
    campaign: SEED_SLUG,
    api: '',
    key: '',
    limit: undefined,
    order: '',
    theme: '',
    lang: '',
    fallback: false,
    onPlacardError: fn(),
  },
  argTypes: {
    campaign: { control: 'text', description: 'The campaign slug.' },
    api: { control: 'text', description: "API base; empty uses this story's mocked API." },
    key: { control: 'text', description: 'Publishable key (reads need none).' },
    limit: { control: { type: 'number', min: 1, max: 100 }, description: 'Entries per page.' },
    order: { control: 'inline-radio', options: ['', 'newest', 'oldest'], description: 'Newest first by default.' },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'], description: 'Empty follows the toolbar.' },
    lang: { control: 'select', options: ['', 'en', 'cy'], description: 'Empty inherits the page language.' },
    fallback: { control: 'boolean', description: 'Put no-JS fallback content inside the tag.' },
  },
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

/** Every attribute as a control. */
export const Playground: Story = {
  tags: ['!autodocs'],
  // The panel shows the attributes (what a partner's HTML sets); the docs page lists the rest.
  parameters: { controls: { include: Object.keys(meta.argTypes) } },
};

export const Ready: Story = {
  name: 'Ready (newest first)',
  // In the toolbar's language: the story CI checks with axe in every language.
  play: async ({ canvasElement, globals }) => {
    const root = await readyIn(canvasElement, 'campaign-timeline', globals.locale, '.entry');
    if (globals.locale !== 'en') return;
    await readyTimeline(canvasElement);
    await findText(root, 'Milestone');
  },
};

export const Loading: Story = {
  globals: { scenario: 'slow' },
  parameters: { placard: { mock: { slowMs: 8000 } } },
};

export const FallbackContentWhileLoading: Story = {
  name: 'Fallback content while loading',
  args: { fallback: true },
  globals: { scenario: 'slow' },
  parameters: { placard: { mock: { slowMs: 8000 } } },
};

export const OldestFirst: Story = {
  name: 'Oldest first',
  args: { order: 'oldest' },
  play: async ({ canvasElement }) => {
    await readyTimeline(canvasElement, OLDEST_TITLE);
  },
};

/** Three at a time; "Show more" pages on with the cursor and moves focus to the first new entry. */
export const ShowMore: Story = {
  name: 'Show more (limit 3)',
  args: { limit: 3 },
  play: async ({ canvasElement }) => {
    const root = await readyTimeline(canvasElement);
    await press(root, 'Show more updates');
    await findText(root, 'Two new reports highlighted');
  },
};

export const WithLinks: Story = {
  name: 'Entries with links',
  parameters: { placard: { mock: { prepare: timelineWithLinks } } },
  play: async ({ canvasElement }) => {
    const root = await readyTimeline(canvasElement);
    await findText(root, 'Read more');
  },
};

/** Campaign staff publish an entry while the page is open: it appears at the top and is announced. */
export const LiveEntryAdded: Story = {
  name: 'Live update: entry added',
  play: async ({ canvasElement, placard }) => {
    const root = await readyTimeline(canvasElement);
    await liveStreamOpen(placard.state);
    addTimelineEntry(placard.state, breakingEntry);
    await findText(root, breakingEntry.title);
  },
};

export const Empty: Story = {
  parameters: { placard: { mock: { prepare: emptyTimeline } } },
  play: async ({ canvasElement }) => {
    const root = await widgetRoot(canvasElement, 'campaign-timeline');
    await findText(root, 'No updates yet.');
  },
};

/** The API fails; "Try again" reloads once it is back. */
export const ErrorAndRetry: Story = {
  name: 'Error on load: internal_error, then retry',
  globals: { scenario: 'server-error' },
  play: async ({ canvasElement, placard }) => {
    const root = await widgetRoot(canvasElement, 'campaign-timeline');
    await findText(root, 'We couldn’t load the campaign updates.');
    placard.scenario = 'normal';
    await press(root, 'Try again');
    await findText(root, NEWEST_TITLE);
  },
};

export const NotFound: Story = {
  name: 'Error on load: not_found',
  args: { campaign: 'no-such-campaign' },
  play: async ({ canvasElement }) => {
    const root = await widgetRoot(canvasElement, 'campaign-timeline');
    await findText(root, /couldn’t (find|load)/);
  },
};

export const ValidationFailed: Story = {
  name: 'Error on load: validation_failed',
  parameters: {
    placard: { mock: { overrides: failing('get', `/v1/campaigns/${SEED_SLUG}/timeline`, 'validation_failed') } },
  },
  play: async ({ canvasElement }) => {
    const root = await widgetRoot(canvasElement, 'campaign-timeline');
    await findText(root, 'We couldn’t load the campaign updates.');
  },
};

export const RateLimited: Story = {
  name: 'Error on load: rate_limited',
  globals: { scenario: 'rate-limited' },
  play: async ({ canvasElement }) => {
    const root = await widgetRoot(canvasElement, 'campaign-timeline');
    await findText(root, 'We couldn’t load the campaign updates.');
  },
};

export const Offline: Story = {
  name: 'Offline on load',
  globals: { scenario: 'offline' },
  play: async ({ canvasElement }) => {
    const root = await widgetRoot(canvasElement, 'campaign-timeline');
    await findText(root, 'You seem to be offline.');
  },
};

export const Welsh: Story = {
  name: 'Welsh (Cymraeg)',
  globals: { locale: 'cy' },
  play: async ({ canvasElement }) => {
    const root = await readyTimeline(canvasElement);
    await findText(root, 'Carreg filltir');
  },
};

export const Dark: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await readyTimeline(canvasElement);
  },
};

export const PartnerBrand: Story = {
  name: 'Partner brand (custom properties)',
  globals: { theme: 'brand' },
  play: async ({ canvasElement }) => {
    await readyTimeline(canvasElement);
  },
};

export const RightToLeft: Story = {
  name: 'Right to left',
  globals: { dir: 'rtl' },
  play: async ({ canvasElement }) => {
    await readyTimeline(canvasElement);
  },
};

export const HostileHostPage: Story = {
  name: 'Hostile host page',
  globals: { host: 'hostile' },
  play: async ({ canvasElement }) => {
    await readyTimeline(canvasElement);
  },
};
