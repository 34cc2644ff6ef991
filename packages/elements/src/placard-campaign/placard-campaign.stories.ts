import '@placard/elements/placard-campaign.js';
import '@placard/elements/petition-counter.js';
import '@placard/elements/campaign-timeline.js';
import '@placard/elements/mp-email-form.js';
import { DEMO_PUBLISHABLE_KEY, SEED_SLUG } from '@placard/contract/fixtures';
import { emitCount } from '@placard/mocks';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { findText, liveStreamOpen, widgetRoot } from '#storybook/play/widget-queries.js';
import { widgetTheme } from '#storybook/stage/widget-theme.js';

interface ProviderArgs {
  campaign: string;
  api: string;
  key: string;
}

/** The three widgets inside one provider: one store, one live connection for the campaign. */
function render(args: ProviderArgs, context: StoryContext<ProviderArgs>) {
  const theme = widgetTheme(undefined, context);
  return html`<placard-campaign campaign=${args.campaign} api=${args.api || context.placard.api} key=${args.key}>
    <petition-counter theme=${theme}></petition-counter>
    <campaign-timeline theme=${theme} limit="3"></campaign-timeline>
    <mp-email-form theme=${theme}></mp-email-form>
  </placard-campaign>`;
}

const meta = {
  title: 'Widgets/Campaign provider',
  component: 'placard-campaign',
  render,
  args: { campaign: SEED_SLUG, api: '', key: DEMO_PUBLISHABLE_KEY },
  argTypes: {
    campaign: { control: 'text', description: 'The campaign every widget inside shows.' },
    api: { control: 'text', description: "API base; empty uses this story's mocked API." },
    key: { control: 'text', description: 'Publishable key for the widgets inside.' },
  },
} satisfies Meta<ProviderArgs>;

export default meta;
type Story = StoryObj<ProviderArgs>;

/** Every attribute as a control. */
export const Playground: Story = {
  tags: ['!autodocs'],
  // The panel shows the attributes (what a partner's HTML sets); the docs page lists the rest.
  parameters: { controls: { include: Object.keys(meta.argTypes) } },
};

/** A signature arriving live reaches the counter through the one shared store. */
export const AllThreeWidgets: Story = {
  name: 'All three widgets, one campaign',
  play: async ({ canvasElement, placard }) => {
    const counter = await widgetRoot(canvasElement, 'petition-counter');
    await findText(counter, '6,000');
    await findText(await widgetRoot(canvasElement, 'campaign-timeline'), 'The calls on the UK Government');
    await findText(await widgetRoot(canvasElement, 'mp-email-form'), 'Find your MP');
    await liveStreamOpen(placard.state);
    emitCount(placard.state, 6001);
    await findText(counter, '6,001');
  },
};
