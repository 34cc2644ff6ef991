export type Scenario =
  | 'normal'
  | 'slow'
  | 'server-error'
  | 'rate-limited'
  | 'closed'
  | 'offline'
  | 'origin-not-allowed';

export interface ScenarioDescription {
  name: Scenario;
  description: string;
}

/** Every scenario with one line about it, in the order a Storybook toolbar lists them. */
export const scenarios: readonly ScenarioDescription[] = [
  { name: 'normal', description: 'The API answers at once, as it would in good health.' },
  { name: 'slow', description: 'Every answer is delayed (1.5 s unless slowMs says otherwise).' },
  { name: 'server-error', description: 'Every request fails with 500 internal_error.' },
  { name: 'rate-limited', description: 'Every request is refused with 429 rate_limited and Retry-After: 30.' },
  {
    name: 'closed',
    description: 'The campaign reports status closed; signing and letters answer 409 campaign_closed.',
  },
  { name: 'offline', description: 'Every request fails as a network error, as if the device were offline.' },
  {
    name: 'origin-not-allowed',
    description: 'Reads work; signing and letters answer 403 origin_not_allowed, as on a site the key does not allow.',
  },
];

export const RETRY_AFTER_SECONDS = 30;
export const DEFAULT_SLOW_MS = 1500;
