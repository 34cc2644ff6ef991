import { createHandlers, createMockState, type MockState, type Scenario } from '@placard/mocks';
import type { HttpHandler } from 'msw';

/** What a story asks of the mocked API, in `parameters.placard.mock`. */
export interface MockSessionOptions {
  /** Change the fresh seed state before the widget loads (close a campaign, empty the timeline…). */
  prepare?(state: MockState): void;
  /** Handlers that answer before the mocks, e.g. one error code on one route; `api` is this story's API base. */
  overrides?(api: string): HttpHandler[];
  /** Delay of the 'slow' scenario, in ms. */
  slowMs?: number;
  /** Push live changes while the story is open (a designer watching the counter tick). */
  live?: { everyMs: number; tick(state: MockState): void };
}

/**
 * One story's mocked API: its own state and its own API base. Widgets share a
 * store per (API, key, campaign) on the page and Storybook does not reload the
 * page between stories, so a base of its own per render keeps one story's
 * campaign, count and live stream out of the next.
 */
export interface MockSession {
  /** Pass as the widgets' `api` attribute. */
  readonly api: string;
  readonly state: MockState;
  /** Read on every request: a play function may switch it (offline, then back). */
  scenario: Scenario;
  readonly handlers: HttpHandler[];
  close(): void;
}

let sessionCount = 0;

export function openMockSession(scenario: Scenario, options: MockSessionOptions = {}): MockSession {
  sessionCount += 1;
  const api = new URL(`mock-api/${sessionCount}`, globalThis.location.href).href;
  const state = createMockState();
  options.prepare?.(state);
  const timer = options.live ? setInterval(() => options.live?.tick(state), options.live.everyMs) : undefined;
  const session: MockSession = {
    api,
    state,
    scenario,
    handlers: [],
    close: () => clearInterval(timer),
  };
  session.handlers.push(
    ...(options.overrides?.(api) ?? []),
    ...createHandlers({
      baseUrl: api,
      state,
      scenario: () => session.scenario,
      ...(options.slowMs === undefined ? {} : { slowMs: options.slowMs }),
    }),
  );
  return session;
}
