import '@placard/elements/petition-counter.js';
import type { ErrorCode } from '@placard/contract';
import { DEMO_PUBLISHABLE_KEY, SEED_SLUG } from '@placard/contract/fixtures';
import { emitCount, simulateSignatures } from '@placard/mocks';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn } from 'storybook/test';
import { fillSignature, readyCounter, readySigningForm, signPetition } from '#storybook/flows/sign-petition.js';
import { supporter } from '#storybook/flows/supporter.js';
import { failing } from '#storybook/mock-api/error-answers.js';
import { holdCode } from '#storybook/mock-api/held-code.js';
import { alreadySignedBy, closeCampaign, doubleOptIn, startCountAt } from '#storybook/mock-api/seed-changes.js';
import {
  fill,
  findButton,
  findText,
  liveStreamOpen,
  press,
  readyIn,
  textGone,
  widgetRoot,
} from '#storybook/play/widget-queries.js';
import { widgetTheme } from '#storybook/stage/widget-theme.js';

interface CounterArgs {
  campaign: string;
  api: string;
  key: string;
  goal: number | undefined;
  'display-only': boolean;
  compact: boolean;
  'show-area-count': boolean;
  theme: '' | 'light' | 'dark';
  lang: string;
  /** Light-DOM fallback shown until the element upgrades (no-JS partners see only this). */
  fallback: boolean;
  onPlacardSigned: (event: Event) => void;
  onPlacardError: (event: Event) => void;
}

const SIGNATURES = `/v1/campaigns/${SEED_SLUG}/signatures`;

function render(args: CounterArgs, context: StoryContext<CounterArgs>) {
  return html`<petition-counter
    campaign=${args.campaign}
    api=${args.api || context.placard.api}
    key=${ifDefined(args.key || undefined)}
    goal=${ifDefined(args.goal)}
    ?display-only=${args['display-only']}
    ?compact=${args.compact}
    ?show-area-count=${args['show-area-count']}
    theme=${widgetTheme(args.theme, context)}
    lang=${ifDefined(args.lang || undefined)}
    @placard-signed=${args.onPlacardSigned}
    @placard-error=${args.onPlacardError}
    >${
      args.fallback
        ? html`<p><a href="https://example.org/petitions/ban-chen-quanguo">Sign the petition to ban Chen Quanguo</a></p>`
        : nothing
    }</petition-counter
  >`;
}

const meta = {
  title: 'Widgets/Petition counter',
  component: 'petition-counter',
  render,
  args: {
    campaign: SEED_SLUG,
    api: '',
    key: DEMO_PUBLISHABLE_KEY,
    goal: undefined,
    'display-only': false,
    compact: false,
    'show-area-count': false,
    theme: '',
    lang: '',
    fallback: false,
    onPlacardSigned: fn(),
    onPlacardError: fn(),
  },
  argTypes: {
    campaign: { control: 'text', description: 'The campaign slug.' },
    api: { control: 'text', description: "API base; empty uses this story's mocked API." },
    key: { control: 'text', description: 'Publishable key: `pk_test_…` (test mode) or `pk_live_…`.' },
    goal: { control: 'number', description: "Overrides the campaign's goal." },
    'display-only': { control: 'boolean', description: 'The counter without the signing form.' },
    compact: { control: 'boolean', description: 'A smaller counter for sidebars.' },
    'show-area-count': {
      control: 'boolean',
      description: 'After a signature with a UK postcode, the count in the supporter’s constituency.',
    },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'], description: 'Empty follows the toolbar.' },
    lang: { control: 'select', options: ['', 'en', 'cy'], description: 'Empty inherits the page language.' },
    fallback: { control: 'boolean', description: 'Put no-JS fallback content inside the tag.' },
  },
} satisfies Meta<CounterArgs>;

export default meta;
type Story = StoryObj<CounterArgs>;

/** Every attribute as a control. */
export const Playground: Story = {
  tags: ['!autodocs'],
  // The panel shows the attributes (what a partner's HTML sets); the docs page lists the rest.
  parameters: { controls: { include: Object.keys(meta.argTypes) } },
};

/** In the toolbar's language: the story CI checks with axe in every language. */
export const Ready: Story = {
  play: async ({ canvasElement, globals }) => {
    const root = await readyIn(canvasElement, 'petition-counter', globals.locale, '[part~="number"]');
    if (globals.locale === 'en') await findText(root, '6,000');
  },
};

/** The API answers after 8 s: space is reserved so the host page does not jump. */
export const Loading: Story = {
  globals: { scenario: 'slow' },
  parameters: { placard: { mock: { slowMs: 8000 } } },
};

/** Fallback links inside the tag show while it loads, then hide. */
export const FallbackContentWhileLoading: Story = {
  name: 'Fallback content while loading',
  args: { fallback: true },
  globals: { scenario: 'slow' },
  parameters: { placard: { mock: { slowMs: 8000 } } },
};

export const DisplayOnly: Story = {
  name: 'Display only',
  args: { 'display-only': true },
  play: async ({ canvasElement }) => {
    await readyCounter(canvasElement);
  },
};

/** A smaller counter for sidebars; the form opens from a button. */
/**
 * What a visitor sees before touching the widget: the count first, with a button where the form
 * will be until its code arrives (here it never does). Pressed early, it opens the form once it has.
 */
export const BeforeTheFormArrives: Story = {
  name: 'First view: before the form’s code arrives',
  parameters: { placard: { mock: { overrides: holdCode('signing-form') } } },
  play: async ({ canvasElement }) => {
    const root = await readyCounter(canvasElement);
    await findButton(root, /^Sign the petition$/);
    // Past the idle time after which the form's code is asked for: it is still on its way.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(root.querySelector('form')).toBeNull();
  },
};

export const Compact: Story = {
  args: { compact: true },
  play: async ({ canvasElement }) => {
    await readyCounter(canvasElement);
  },
};

/** A signature arrives on the live stream; the counter moves and (throttled) announces it. Keeps ticking. */
export const LiveUpdate: Story = {
  name: 'Live update',
  parameters: { placard: { mock: { live: { everyMs: 3000, tick: (state) => simulateSignatures(state, 2) } } } },
  play: async ({ canvasElement, placard }) => {
    const root = await readyCounter(canvasElement);
    await liveStreamOpen(placard.state);
    emitCount(placard.state, 6123);
    await findText(root, '6,123');
  },
};

/** The goal is crossed live: the celebration and its announcement. */
export const MilestoneCelebration: Story = {
  name: 'Milestone celebration',
  parameters: { placard: { mock: { prepare: startCountAt(9990) } } },
  play: async ({ canvasElement, placard }) => {
    const root = await readyCounter(canvasElement);
    await liveStreamOpen(placard.state);
    emitCount(placard.state, 10_000);
    await findText(root, 'We’ve reached 10,000 signatures');
  },
};

export const GoalReached: Story = {
  name: 'Goal reached',
  parameters: { placard: { mock: { prepare: startCountAt(10_250) } } },
  play: async ({ canvasElement }) => {
    const root = await readyCounter(canvasElement);
    await findText(root, '10,250');
  },
};

export const FormFilledIn: Story = {
  name: 'Form: filled in',
  play: async ({ canvasElement }) => {
    await fillSignature(canvasElement);
  },
};

/** Sent empty: the error summary at the top takes focus, each error is tied to its field. */
export const FormValidationErrors: Story = {
  name: 'Form: validation errors',
  play: async ({ canvasElement }) => {
    const root = await readySigningForm(canvasElement);
    await press(root, /^Sign the petition$/);
    await findText(root, 'There is a problem');
    await findText(root, 'Enter your name.');
    await findText(root, 'Please agree to the privacy notice to continue.');
  },
};

export const FormInvalidEmailAndPostcode: Story = {
  name: 'Form: invalid email and postcode',
  play: async ({ canvasElement }) => {
    const root = await fillSignature(canvasElement, 'tenzin.example.org');
    await fill(root, 'Postcode', 'NOT A POSTCODE');
    await press(root, /^Sign the petition$/);
    await findText(root, 'Enter an email address like name@example.org.');
    await findText(root, 'Enter a UK postcode like SW1A 1AA.');
  },
};

export const FormSigning: Story = {
  name: 'Form: signing…',
  parameters: { placard: { mock: { slowMs: 8000 } } },
  play: async ({ canvasElement, placard }) => {
    const root = await fillSignature(canvasElement);
    placard.scenario = 'slow';
    await press(root, /^Sign the petition$/);
    await findText(root, 'Signing…');
  },
};

/** Counted at once: thanks, the new count and the share links. */
export const ThankYou: Story = {
  name: 'Thank you (counted)',
  play: async ({ canvasElement }) => {
    const root = await signPetition(canvasElement);
    await findText(root, 'Thank you for signing!');
    await findText(root, 'Ask others to join in');
  },
};

/** With `show-area-count`: the thank-you also says how many have signed in the supporter's constituency. */
export const ThankYouWithAreaCount: Story = {
  name: 'Thank you, with the count in the constituency',
  args: { 'show-area-count': true },
  play: async ({ canvasElement }) => {
    const root = await signPetition(canvasElement);
    await findText(root, 'Thank you for signing!');
    await findText(root, '413 people in Cities of London and Westminster have signed.');
  },
};

export const AlreadySigned: Story = {
  name: 'Already signed',
  parameters: { placard: { mock: { prepare: alreadySignedBy(supporter.email) } } },
  play: async ({ canvasElement }) => {
    const root = await signPetition(canvasElement);
    await findText(root, 'You’ve already signed');
  },
};

/** Double opt-in campaign: the signature counts once the email link is opened. */
export const CheckYourEmail: Story = {
  name: 'Check your email (double opt-in)',
  parameters: { placard: { mock: { prepare: doubleOptIn } } },
  play: async ({ canvasElement }) => {
    const root = await signPetition(canvasElement);
    await findText(root, 'Check your email');
  },
};

export const ClosedCampaign: Story = {
  name: 'Closed campaign',
  parameters: { placard: { mock: { prepare: closeCampaign } } },
  play: async ({ canvasElement }) => {
    const root = await readyCounter(canvasElement);
    await findText(root, 'This petition is closed.');
  },
};

/** The connection drops as the supporter signs: the form is kept and queued. */
export const OfflineWhileSigning: Story = {
  name: 'Offline while signing',
  play: async ({ canvasElement, placard }) => {
    const root = await fillSignature(canvasElement);
    placard.scenario = 'offline';
    await press(root, /^Sign the petition$/);
    await findText(root, 'You’re offline — we’ll send it when you’re back.');
  },
};

/** …and the connection returns: the queued signature is sent with the same idempotency key. */
export const BackOnline: Story = {
  name: 'Offline, then back online',
  play: async ({ canvasElement, placard }) => {
    const root = await fillSignature(canvasElement);
    placard.scenario = 'offline';
    await press(root, /^Sign the petition$/);
    await findText(root, 'You’re offline');
    placard.scenario = 'normal';
    window.dispatchEvent(new Event('online'));
    await findText(root, 'Thank you for signing!');
  },
};

/** The API cannot be reached at all when the page loads. */
export const OfflineOnLoad: Story = {
  name: 'Offline on load',
  globals: { scenario: 'offline' },
  play: async ({ canvasElement }) => {
    const root = await widgetRoot(canvasElement, 'petition-counter');
    await findText(root, 'You seem to be offline.');
  },
};

export const LoadFailsServerError: Story = {
  name: 'Error on load: internal_error',
  globals: { scenario: 'server-error' },
  play: async ({ canvasElement }) => {
    const root = await widgetRoot(canvasElement, 'petition-counter');
    await findText(root, 'We couldn’t load this campaign just now.');
  },
};

export const LoadFailsNotFound: Story = {
  name: 'Error on load: not_found',
  args: { campaign: 'no-such-campaign' },
  play: async ({ canvasElement }) => {
    const root = await widgetRoot(canvasElement, 'petition-counter');
    await findText(root, 'We couldn’t find this campaign.');
  },
};

export const LoadRateLimited: Story = {
  name: 'Error on load: rate_limited',
  globals: { scenario: 'rate-limited' },
  play: async ({ canvasElement }) => {
    const root = await widgetRoot(canvasElement, 'petition-counter');
    await findText(root, 'We couldn’t load this campaign just now.');
  },
};

/** What the reader sees when signing answers `code` (every error the signatures route may give). */
function signingFails(code: ErrorCode, shows: string | RegExp, fields?: Record<string, string>): Story {
  return {
    parameters: { placard: { mock: { overrides: failing('post', SIGNATURES, code, fields) } } },
    play: async ({ canvasElement }) => {
      const root = await signPetition(canvasElement);
      await findText(root, shows);
      await textGone(root, 'Signing…');
    },
  };
}

const SERVER_ERROR = 'Something went wrong on our side.';
const NOT_ALLOWED = 'This widget isn’t set up to accept responses on this website.';
/** origin_not_allowed names the website, not the key: the partner must add their origin. */
const ORIGIN_NOT_ALLOWED = 'This website isn’t set up for this campaign yet';

export const SigningValidationFailed: Story = {
  ...signingFails('validation_failed', 'This email address cannot be used.', {
    email: 'This email address cannot be used.',
  }),
  name: 'Error on signing: validation_failed',
};
export const SigningInvalidJson: Story = {
  ...signingFails('invalid_json', SERVER_ERROR),
  name: 'Error on signing: invalid_json',
};
export const SigningPayloadTooLarge: Story = {
  ...signingFails('payload_too_large', SERVER_ERROR),
  name: 'Error on signing: payload_too_large',
};
export const SigningUnsupportedMediaType: Story = {
  ...signingFails('unsupported_media_type', SERVER_ERROR),
  name: 'Error on signing: unsupported_media_type',
};
export const SigningUnauthorized: Story = {
  ...signingFails('unauthorized', NOT_ALLOWED),
  name: 'Error on signing: unauthorized',
};
export const SigningOriginNotAllowed: Story = {
  ...signingFails('origin_not_allowed', ORIGIN_NOT_ALLOWED),
  name: 'Error on signing: origin_not_allowed',
};
export const SigningRateLimited: Story = {
  ...signingFails('rate_limited', 'Please try again in 2 minutes.'),
  name: 'Error on signing: rate_limited',
};
export const SigningIdempotencyConflict: Story = {
  ...signingFails('idempotency_conflict', SERVER_ERROR),
  name: 'Error on signing: idempotency_conflict',
};
export const SigningNotFound: Story = {
  ...signingFails('not_found', 'We couldn’t find this campaign.'),
  name: 'Error on signing: not_found',
};
export const SigningCampaignClosed: Story = {
  ...signingFails('campaign_closed', 'This petition is closed.'),
  name: 'Error on signing: campaign_closed',
};
export const SigningInternalError: Story = {
  ...signingFails('internal_error', SERVER_ERROR),
  name: 'Error on signing: internal_error',
};
export const SigningUnavailable: Story = {
  ...signingFails('unavailable', SERVER_ERROR),
  name: 'Error on signing: unavailable',
};

/** The live key path: no key at all, so signing is refused by the API. */
export const NoPublishableKey: Story = {
  name: 'No publishable key',
  args: { key: '' },
  play: async ({ canvasElement }) => {
    const root = await signPetition(canvasElement);
    await findText(root, NOT_ALLOWED);
  },
};

export const Welsh: Story = {
  name: 'Welsh (Cymraeg)',
  globals: { locale: 'cy' },
  play: async ({ canvasElement }) => {
    const root = await widgetRoot(canvasElement, 'petition-counter');
    await findText(root, 'Llofnodwch y ddeiseb');
  },
};

export const Dark: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await readyCounter(canvasElement);
  },
};

export const PartnerBrand: Story = {
  name: 'Partner brand (custom properties)',
  globals: { theme: 'brand' },
  play: async ({ canvasElement }) => {
    await readyCounter(canvasElement);
  },
};

export const RightToLeft: Story = {
  name: 'Right to left',
  globals: { dir: 'rtl' },
  play: async ({ canvasElement }) => {
    await readyCounter(canvasElement);
  },
};

/** With reduced motion asked for, a live change jumps straight to the new count: no number in between is shown. */
export const ReducedMotion: Story = {
  name: 'Reduced motion (live update jumps)',
  globals: { motion: 'reduce' },
  play: async ({ canvasElement, placard }) => {
    const root = await readyCounter(canvasElement);
    await liveStreamOpen(placard.state);
    const shown = new Set<string>();
    const watch = setInterval(() => shown.add(root.querySelector('[part~="number"]')?.textContent?.trim() ?? ''), 10);
    emitCount(placard.state, 6050);
    await findText(root, '6,050');
    clearInterval(watch);
    await expect([...shown].filter((value) => value !== '6,000' && value !== '6,050')).toEqual([]);
  },
};

export const HostileHostPage: Story = {
  name: 'Hostile host page',
  globals: { host: 'hostile' },
  play: async ({ canvasElement }) => {
    await readyCounter(canvasElement);
  },
};
