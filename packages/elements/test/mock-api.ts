// The Placard API in the test page: @placard/mocks' handlers behind msw's
// service worker, one fresh in-memory state per test.

import { waitUntil } from '@open-wc/testing';
import { createHandlers, createMockState, type MockState, type Scenario } from '@placard/mocks';
import { type SetupWorker, setupWorker } from 'msw/browser';

/** A request the widgets made, as the API saw it. */
export interface LoggedRequest {
  method: string;
  path: string;
  idempotencyKey: string | null;
  authorization: string | null;
  body: unknown;
}

export interface MockApi {
  state: MockState;
  /** Read on every request: change it mid-test to go offline and back. */
  scenario: Scenario;
  requests: LoggedRequest[];
}

let worker: SetupWorker | undefined;
let started: Promise<unknown> | undefined;
let current: MockApi | undefined;

function log(request: Request): void {
  const url = new URL(request.url);
  if (!url.pathname.startsWith('/v1/') || url.pathname.endsWith('/events')) return;
  const entry: LoggedRequest = {
    method: request.method,
    path: `${url.pathname}${url.search}`,
    idempotencyKey: request.headers.get('idempotency-key'),
    authorization: request.headers.get('authorization'),
    body: undefined,
  };
  current?.requests.push(entry);
  if (request.method !== 'GET') {
    void request
      .clone()
      .json()
      .then(
        (body: unknown) => {
          entry.body = body;
        },
        () => undefined,
      );
  }
}

export async function startMockApi(scenario: Scenario = 'normal', slowMs = 400): Promise<MockApi> {
  const api: MockApi = { state: createMockState(), scenario, requests: [] };
  current = api;
  const handlers = createHandlers({ state: api.state, scenario: () => api.scenario, slowMs });
  if (worker) {
    worker.resetHandlers(...handlers);
  } else {
    worker = setupWorker(...handlers);
    worker.events.on('request:start', ({ request }) => log(request));
    started = worker.start({
      quiet: true,
      serviceWorker: { url: '/mockServiceWorker.js' },
      onUnhandledRequest: (request, print) => {
        if (new URL(request.url).pathname.startsWith('/v1/')) print.error();
      },
    });
  }
  await started;
  return api;
}

/** Adds handlers in front of the mocks for this test (an answer the mocks never give). */
export function overrideApi(...handlers: Parameters<SetupWorker['use']>): void {
  worker?.use(...handlers);
}

/** The writes sent so far. */
export const writes = (api: MockApi): LoggedRequest[] => api.requests.filter((request) => request.method === 'POST');

/** The JSON body of the `index`-th write, once it has been read. */
export async function writeBody<T>(api: MockApi, index = 0): Promise<T> {
  await waitUntil(() => writes(api)[index]?.body !== undefined, 'the write’s body never arrived');
  return writes(api)[index]?.body as T;
}

/** Pushes a raw live event to every open stream (for changes the mocks have no helper for). */
export function pushLiveEvent(state: MockState, name: 'timeline', data: unknown, slug = 'ban-chen-quanguo'): void {
  state.lastEventId += 1;
  const record = { id: state.lastEventId, slug, name, data } as Parameters<
    Parameters<MockState['listeners']['add']>[0]
  >[0];
  for (const listener of state.listeners) listener(record);
}

/**
 * Records every EventSource the widgets open (the mocks cannot see a stream
 * close under a service worker, so tests watch the client side).
 */
export function trackEventSources(): { sources: EventSource[]; restore(): void } {
  const Original = globalThis.EventSource;
  const sources: EventSource[] = [];
  globalThis.EventSource = class extends Original {
    constructor(url: string | URL, init?: EventSourceInit) {
      super(url, init);
      sources.push(this);
    }
  };
  const restore = () => {
    globalThis.EventSource = Original;
  };
  return { sources, restore };
}

/**
 * Waits until the mock API holds an open live stream (the widgets' store has subscribed),
 * so that events pushed next reach the page.
 */
export async function waitForLive(api: MockApi, timeout = 5000): Promise<void> {
  await waitUntil(() => api.state.listeners.size > 0, 'no live stream was opened', { timeout });
}
