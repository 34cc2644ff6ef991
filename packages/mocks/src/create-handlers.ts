import type { HttpHandler } from 'msw';
import { campaignHandlers } from './handlers/campaign-handlers.js';
import { confirmHandlers } from './handlers/confirm-handlers.js';
import { eventStreamHandlers } from './handlers/event-stream-handlers.js';
import { messageHandlers } from './handlers/message-handlers.js';
import { notFoundHandler } from './handlers/not-found-handler.js';
import { representativeHandlers } from './handlers/representative-handlers.js';
import { scenarioHandler } from './handlers/scenario-handler.js';
import { signatureHandlers } from './handlers/signature-handlers.js';
import type { MockContext } from './mock-context.js';
import { createMockState, type MockState } from './mock-state.js';
import { DEFAULT_SLOW_MS, type Scenario } from './scenarios.js';

export interface MockOptions {
  /** The API origin to answer for, e.g. `http://localhost:8787`; by default any origin's `/v1/…`. */
  baseUrl?: string;
  /** Share one state with `emitCount` and friends; by default a fresh `createMockState()`. */
  state?: MockState;
  /** Read on every request, so a function lets a Storybook toolbar switch it live. Default 'normal'. */
  scenario?: Scenario | (() => Scenario);
  /** How long 'slow' delays each answer, in ms (default 1500). */
  slowMs?: number;
}

/** `*` + path matches any origin; msw spells path parameters `:name` where the contract writes `{name}`. */
function urlPattern(baseUrl: string | undefined, path: string): string {
  const origin = baseUrl === undefined ? '*' : baseUrl.replace(/\/+$/, '');
  return origin + path.replace(/\{(\w+)\}/g, ':$1');
}

/**
 * msw handlers for the whole public v1 API in memory. Pass them to
 * `setupWorker` (browser, Storybook) or `setupServer` (Node) yourself.
 */
export function createHandlers(options: MockOptions = {}): HttpHandler[] {
  const { scenario = 'normal' } = options;
  const context: MockContext = {
    state: options.state ?? createMockState(),
    scenario: typeof scenario === 'function' ? scenario : () => scenario,
    slowMs: options.slowMs ?? DEFAULT_SLOW_MS,
    url: (path) => urlPattern(options.baseUrl, path),
  };
  return [
    scenarioHandler(context),
    ...campaignHandlers(context),
    ...signatureHandlers(context),
    ...representativeHandlers(context),
    ...messageHandlers(context),
    ...confirmHandlers(context),
    ...eventStreamHandlers(context),
    notFoundHandler(context),
  ];
}
