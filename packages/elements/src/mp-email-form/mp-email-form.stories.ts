import '@placard/elements/mp-email-form.js';
import type { ErrorCode } from '@placard/contract';
import { DEMO_PUBLISHABLE_KEY, SEED_SLUG, UNKNOWN_POSTCODE } from '@placard/contract/fixtures';
import { MOCK_MP_EMAIL_POSTCODE } from '@placard/mocks';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn } from 'storybook/test';
import {
  detailsStep,
  fillDetails,
  findMp,
  letterStep,
  postcodeStep,
  sendLetter,
} from '#storybook/flows/write-to-mp.js';
import { failing } from '#storybook/mock-api/error-answers.js';
import { holdCode } from '#storybook/mock-api/held-code.js';
import { closeCampaign } from '#storybook/mock-api/seed-changes.js';
import { fill, findButton, findText, press, readyIn, textGone, widgetRoot } from '#storybook/play/widget-queries.js';
import { widgetTheme } from '#storybook/stage/widget-theme.js';

interface FormArgs {
  campaign: string;
  api: string;
  key: string;
  theme: '' | 'light' | 'dark';
  lang: string;
  /** Light-DOM fallback shown until the element upgrades. */
  fallback: boolean;
  onPlacardMessageSent: (event: Event) => void;
  onPlacardError: (event: Event) => void;
}

/** A live key: letters really go to MPs, so the MP needs a published email. */
const LIVE_KEY = 'pk_live_storybook';
const REPRESENTATIVES = '/v1/representatives';
const MESSAGES = `/v1/campaigns/${SEED_SLUG}/messages`;

function render(args: FormArgs, context: StoryContext<FormArgs>) {
  return html`<mp-email-form
    campaign=${args.campaign}
    api=${args.api || context.placard.api}
    key=${ifDefined(args.key || undefined)}
    theme=${widgetTheme(args.theme, context)}
    lang=${ifDefined(args.lang || undefined)}
    @placard-message-sent=${args.onPlacardMessageSent}
    @placard-error=${args.onPlacardError}
    >${
      args.fallback
        ? html`<p><a href="https://example.org/write-to-your-mp">Write to your MP about Chen Quanguo</a></p>`
        : nothing
    }</mp-email-form
  >`;
}

const meta = {
  title: 'Widgets/Email your MP form',
  component: 'mp-email-form',
  render,
  args: {
    campaign: SEED_SLUG,
    api: '',
    key: DEMO_PUBLISHABLE_KEY,
    theme: '',
    lang: '',
    fallback: false,
    onPlacardMessageSent: fn(),
    onPlacardError: fn(),
  },
  argTypes: {
    campaign: { control: 'text', description: 'The campaign slug.' },
    api: { control: 'text', description: "API base; empty uses this story's mocked API." },
    key: {
      control: 'select',
      options: [DEMO_PUBLISHABLE_KEY, LIVE_KEY, ''],
      description: '`pk_test_…` sends the letter to the supporter (test mode); `pk_live_…` to the MP.',
    },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'], description: 'Empty follows the toolbar.' },
    lang: { control: 'select', options: ['', 'en', 'cy'], description: 'Empty inherits the page language.' },
    fallback: { control: 'boolean', description: 'Put no-JS fallback content inside the tag.' },
  },
  parameters: {
    docs: {
      description: {
        component: `Mock postcodes: **SW1A 1AA** (MP without an email), **${MOCK_MP_EMAIL_POSTCODE}** (mock MP with an email), **${UNKNOWN_POSTCODE}** (not found).`,
      },
    },
  },
} satisfies Meta<FormArgs>;

export default meta;
type Story = StoryObj<FormArgs>;

/** Every attribute as a control. */
export const Playground: Story = {
  tags: ['!autodocs'],
  // The panel shows the attributes (what a partner's HTML sets); the docs page lists the rest.
  parameters: { controls: { include: Object.keys(meta.argTypes) } },
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

export const PostcodeStep: Story = {
  name: 'Step 1: postcode',
  // In the toolbar's language: the story CI checks with axe in every language.
  play: async ({ canvasElement, globals }) => {
    await readyIn(canvasElement, 'mp-email-form', globals.locale, '#field-postcode');
    if (globals.locale === 'en') await postcodeStep(canvasElement);
  },
};

/**
 * The first view before the rest of the form's code arrives (here it never does): the postcode
 * step already takes typing, and "Find my MP" waits for the code, then runs.
 */
export const BeforeTheStepsArrive: Story = {
  name: 'First view: before the steps’ code arrives',
  parameters: { placard: { mock: { overrides: holdCode('letter-steps') } } },
  play: async ({ canvasElement }) => {
    const root = await postcodeStep(canvasElement);
    await fill(root, 'Your postcode', 'SW1A 1AA');
    await press(root, 'Find my MP');
    await findText(root, 'Finding your MP…');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(root.textContent).not.toContain('Your letter');
  },
};

export const PostcodeRequired: Story = {
  name: 'Step 1: postcode missing',
  play: async ({ canvasElement }) => {
    const root = await postcodeStep(canvasElement);
    await press(root, 'Find my MP');
    await findText(root, 'Enter your postcode.');
  },
};

export const PostcodeInvalid: Story = {
  name: 'Step 1: postcode not valid',
  play: async ({ canvasElement }) => {
    const root = await findMp(canvasElement, 'NOT A POSTCODE');
    await findText(root, 'Enter a UK postcode like SW1A 1AA.');
  },
};

export const PostcodeNotFound: Story = {
  name: 'Step 1: postcode not found',
  play: async ({ canvasElement }) => {
    const root = await findMp(canvasElement, UNKNOWN_POSTCODE);
    await findText(root, 'We couldn’t find an MP for that postcode.');
  },
};

export const FindingMp: Story = {
  name: 'Step 1: finding your MP…',
  parameters: { placard: { mock: { slowMs: 8000 } } },
  play: async ({ canvasElement, placard }) => {
    const root = await postcodeStep(canvasElement);
    await fill(root, 'Your postcode', 'SW1A 1AA');
    placard.scenario = 'slow';
    await press(root, 'Find my MP');
    await findText(root, 'Finding your MP…');
  },
};

export const MpFound: Story = {
  name: 'Step 2: your MP is found',
  play: async ({ canvasElement }) => {
    const root = await findMp(canvasElement);
    await findText(root, 'Your MP is Rachel Blake (Labour (Co-op)), Cities of London and Westminster');
    await findButton(root, 'Change postcode');
  },
};

/** "Change postcode" goes back with the postcode kept for editing. */
export const ChangePostcode: Story = {
  name: 'Step 2: change postcode',
  play: async ({ canvasElement }) => {
    const root = await findMp(canvasElement);
    await findText(root, 'Your MP is');
    await press(root, 'Change postcode');
    await findText(root, 'Find your MP');
  },
};

/** The letter, filled with the MP's name, fully editable, with the nudge and the test-mode notice. */
export const LetterTestMode: Story = {
  name: 'Step 2: letter (test mode)',
  play: async ({ canvasElement }) => {
    const root = await letterStep(canvasElement);
    await findText(root, 'Test mode: this letter will be sent to you, not to Rachel Blake.');
    await findText(root, 'MPs pay most attention to letters');
  },
};

export const LetterLiveKey: Story = {
  name: 'Step 2: letter (live key)',
  args: { key: LIVE_KEY },
  play: async ({ canvasElement }) => {
    const root = await letterStep(canvasElement, MOCK_MP_EMAIL_POSTCODE);
    await textGone(root, 'Test mode');
  },
};

export const LetterEmpty: Story = {
  name: 'Step 2: letter left empty',
  play: async ({ canvasElement }) => {
    const root = await letterStep(canvasElement);
    await fill(root, 'Subject', '');
    await fill(root, /^Letter/, '');
    await press(root, 'Continue');
    await findText(root, 'Write your letter.');
    await findText(root, 'Enter a subject.');
  },
};

export const Details: Story = {
  name: 'Step 3: your details',
  play: async ({ canvasElement }) => {
    await detailsStep(canvasElement);
  },
};

export const DetailsValidationErrors: Story = {
  name: 'Step 3: validation errors',
  play: async ({ canvasElement }) => {
    const root = await detailsStep(canvasElement);
    await press(root, 'Send my letter');
    await findText(root, 'There is a problem');
    await findText(root, 'Enter your address.');
    await findText(root, 'Please agree to the privacy notice to continue.');
  },
};

export const Sending: Story = {
  name: 'Step 3: sending…',
  parameters: { placard: { mock: { slowMs: 8000 } } },
  play: async ({ canvasElement, placard }) => {
    const root = await fillDetails(canvasElement);
    placard.scenario = 'slow';
    await press(root, 'Send my letter');
    await findText(root, 'Sending…');
  },
};

export const SentTestMode: Story = {
  name: 'Sent: check your email (test mode)',
  play: async ({ canvasElement }) => {
    const root = await sendLetter(canvasElement);
    await findText(root, 'Check your email to confirm');
    await findText(root, 'Test mode');
  },
};

export const SentLiveKey: Story = {
  name: 'Sent: check your email (live key)',
  args: { key: LIVE_KEY },
  play: async ({ canvasElement }) => {
    const root = await sendLetter(canvasElement, MOCK_MP_EMAIL_POSTCODE);
    await findText(root, 'Check your email to confirm');
    await findText(root, 'What happens next');
  },
};

/** A live key and an MP who publishes no email: their contact page and a mailto fallback. */
export const MpWithoutEmail: Story = {
  name: 'MP without an email (live key)',
  args: { key: LIVE_KEY },
  play: async ({ canvasElement }) => {
    const root = await sendLetter(canvasElement, 'SW1A 1AA');
    await findText(root, 'We can’t email Rachel Blake for you');
    await findText(root, 'Write to Rachel Blake through their contact page');
  },
};

export const ClosedCampaign: Story = {
  name: 'Closed campaign',
  parameters: { placard: { mock: { prepare: closeCampaign } } },
  play: async ({ canvasElement }) => {
    const root = await widgetRoot(canvasElement, 'mp-email-form');
    await findText(root, 'This campaign is closed.');
  },
};

export const OfflineWhileSending: Story = {
  name: 'Offline while sending',
  play: async ({ canvasElement, placard }) => {
    const root = await fillDetails(canvasElement);
    placard.scenario = 'offline';
    await press(root, 'Send my letter');
    await findText(root, 'You’re offline — we’ll send it when you’re back.');
  },
};

export const BackOnline: Story = {
  name: 'Offline, then back online',
  play: async ({ canvasElement, placard }) => {
    const root = await fillDetails(canvasElement);
    placard.scenario = 'offline';
    await press(root, 'Send my letter');
    await findText(root, 'You’re offline');
    placard.scenario = 'normal';
    window.dispatchEvent(new Event('online'));
    await findText(root, 'Check your email to confirm');
  },
};

export const OfflineOnLoad: Story = {
  name: 'Offline on load',
  globals: { scenario: 'offline' },
  play: async ({ canvasElement }) => {
    const root = await widgetRoot(canvasElement, 'mp-email-form');
    await findText(root, 'You seem to be offline.');
  },
};

/** A reload keeps the draft: the form is rebuilt and picks up what was typed. */
export const DraftAfterReload: Story = {
  name: 'Draft kept after a reload',
  play: async ({ canvasElement }) => {
    const root = await letterStep(canvasElement);
    await fill(root, 'Subject', 'Please act on Chen Quanguo');
    const form = canvasElement.querySelector('mp-email-form');
    const parent = form?.parentElement;
    if (!form || !parent) throw new Error('the form is not on the page');
    const again = form.cloneNode(false) as HTMLElement;
    form.remove();
    parent.append(again);
    const restored = await widgetRoot(canvasElement, 'mp-email-form');
    await findText(restored, 'Your letter');
  },
};

/** What the reader sees when the MP lookup answers `code` (every error of that route). */
function lookupFails(code: ErrorCode, shows: string | RegExp, fields?: Record<string, string>): Story {
  return {
    parameters: { placard: { mock: { overrides: failing('get', REPRESENTATIVES, code, fields) } } },
    play: async ({ canvasElement }) => {
      const root = await findMp(canvasElement);
      await findText(root, shows);
    },
  };
}

/** What the reader sees when sending answers `code` (every error the messages route may give). */
function sendingFails(code: ErrorCode, shows: string | RegExp, fields?: Record<string, string>): Story {
  return {
    parameters: { placard: { mock: { overrides: failing('post', MESSAGES, code, fields) } } },
    play: async ({ canvasElement }) => {
      const root = await sendLetter(canvasElement);
      await findText(root, shows);
      await textGone(root, 'Sending…');
    },
  };
}

const SERVER_ERROR = 'Something went wrong on our side.';
const NOT_ALLOWED = 'This widget isn’t set up to accept responses on this website.';
/** origin_not_allowed names the website, not the key: the partner must add their origin. */
const ORIGIN_NOT_ALLOWED = 'This website isn’t set up for this campaign yet';
const RETRY = 'Please try again in 2 minutes.';

export const LookupValidationFailed: Story = {
  ...lookupFails('validation_failed', 'Enter a UK postcode like SW1A 1AA.', {
    postcode: 'Enter a UK postcode like SW1A 1AA.',
  }),
  name: 'Error on MP lookup: validation_failed',
};
export const LookupPostcodeNotFound: Story = {
  ...lookupFails('postcode_not_found', 'We couldn’t find an MP for that postcode.'),
  name: 'Error on MP lookup: postcode_not_found',
};
export const LookupUnavailable: Story = {
  ...lookupFails('lookup_unavailable', 'We can’t look up MPs just now.'),
  name: 'Error on MP lookup: lookup_unavailable',
};
export const LookupRateLimited: Story = {
  ...lookupFails('rate_limited', RETRY),
  name: 'Error on MP lookup: rate_limited',
};
export const LookupInternalError: Story = {
  ...lookupFails('internal_error', SERVER_ERROR),
  name: 'Error on MP lookup: internal_error',
};

export const SendingValidationFailed: Story = {
  ...sendingFails('validation_failed', 'Use a shorter address.', {
    address: 'Use a shorter address.',
  }),
  name: 'Error on sending: validation_failed',
};
export const SendingInvalidJson: Story = {
  ...sendingFails('invalid_json', SERVER_ERROR),
  name: 'Error on sending: invalid_json',
};
export const SendingPayloadTooLarge: Story = {
  ...sendingFails('payload_too_large', SERVER_ERROR),
  name: 'Error on sending: payload_too_large',
};
export const SendingUnsupportedMediaType: Story = {
  ...sendingFails('unsupported_media_type', SERVER_ERROR),
  name: 'Error on sending: unsupported_media_type',
};
export const SendingUnauthorized: Story = {
  ...sendingFails('unauthorized', NOT_ALLOWED),
  name: 'Error on sending: unauthorized',
};
export const SendingOriginNotAllowed: Story = {
  ...sendingFails('origin_not_allowed', ORIGIN_NOT_ALLOWED),
  name: 'Error on sending: origin_not_allowed',
};
export const SendingRateLimited: Story = {
  ...sendingFails('rate_limited', RETRY),
  name: 'Error on sending: rate_limited',
};
export const SendingIdempotencyConflict: Story = {
  ...sendingFails('idempotency_conflict', SERVER_ERROR),
  name: 'Error on sending: idempotency_conflict',
};
export const SendingNotFound: Story = {
  ...sendingFails('not_found', 'We couldn’t find this campaign.'),
  name: 'Error on sending: not_found',
};
export const SendingCampaignClosed: Story = {
  ...sendingFails('campaign_closed', 'This campaign is closed.'),
  name: 'Error on sending: campaign_closed',
};
export const SendingPostcodeNotFound: Story = {
  // The API no longer places the postcode found at step 1: the widget goes back to the postcode step.
  ...sendingFails('postcode_not_found', 'We couldn’t find an MP for that postcode.'),
  name: 'Error on sending: postcode_not_found',
};
export const SendingMpEmailUnavailable: Story = {
  ...sendingFails('mp_email_unavailable', 'We can’t email Rachel Blake for you'),
  name: 'Error on sending: mp_email_unavailable',
};
export const SendingLookupUnavailable: Story = {
  ...sendingFails('lookup_unavailable', 'We can’t look up MPs just now.'),
  name: 'Error on sending: lookup_unavailable',
};
export const SendingInternalError: Story = {
  ...sendingFails('internal_error', SERVER_ERROR),
  name: 'Error on sending: internal_error',
};
export const SendingUnavailable: Story = {
  ...sendingFails('unavailable', SERVER_ERROR),
  name: 'Error on sending: unavailable',
};

export const Welsh: Story = {
  name: 'Welsh (Cymraeg)',
  globals: { locale: 'cy' },
  play: async ({ canvasElement }) => {
    const root = await widgetRoot(canvasElement, 'mp-email-form');
    await findText(root, 'Dewch o hyd i’ch AS');
  },
};

export const Dark: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await letterStep(canvasElement);
  },
};

export const PartnerBrand: Story = {
  name: 'Partner brand (custom properties)',
  globals: { theme: 'brand' },
  play: async ({ canvasElement }) => {
    await letterStep(canvasElement);
  },
};

export const RightToLeft: Story = {
  name: 'Right to left',
  globals: { dir: 'rtl' },
  play: async ({ canvasElement }) => {
    await findMp(canvasElement);
  },
};

export const HostileHostPage: Story = {
  name: 'Hostile host page',
  globals: { host: 'hostile' },
  play: async ({ canvasElement }) => {
    await detailsStep(canvasElement);
  },
};
