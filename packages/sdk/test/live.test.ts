import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { afterEach, describe, it } from 'node:test';
import { SEED_SLUG, seedPetition, seedTimeline } from '@placard/contract/fixtures';
import { EventSource } from 'eventsource';
import {
  type ClientOptions,
  createClient,
  type LiveHandlers,
  type LiveStatus,
  type Petition,
  type TimelineEntry,
} from '../src/index.js';
import { type ApiServer, type SeenRequest, sendJson, startApiServer, waitFor } from './support/api-server.js';

const EVENTS_PATH = `/v1/campaigns/${SEED_SLUG}/events`;
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Records everything a subscriber is told, in order. */
function recorder() {
  const events: [string, unknown][] = [];
  const statuses: LiveStatus[] = [];
  const handlers: LiveHandlers = {
    count: (event) => events.push(['count', event]),
    milestone: (event) => events.push(['milestone', event]),
    timeline: (event) => events.push(['timeline', event]),
    status: (status) => statuses.push(status),
  };
  return { events, statuses, handlers };
}

/**
 * An API server with a live event stream. `onStream` decides how each connection to
 * the events endpoint is answered (by default: open it); other paths answer with the
 * current petition and first timeline page.
 */
async function startLiveServer(onStream?: (request: SeenRequest, res: ServerResponse, attempt: number) => void) {
  const open = new Set<ServerResponse>();
  const state = { petition: structuredClone(seedPetition) as Petition, entries: seedTimeline.slice(0, 3) };
  let attempts = 0;
  const openStream = (res: ServerResponse) => {
    // retry: 20 keeps the EventSource's own reconnect short.
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' }).write('retry: 20\n\n');
    open.add(res);
    res.on('close', () => open.delete(res));
  };
  const server: ApiServer = await startApiServer((request, res) => {
    const path = request.url.split('?')[0];
    if (path === EVENTS_PATH) {
      attempts++;
      return onStream ? onStream(request, res, attempts) : openStream(res);
    }
    if (path === `/v1/campaigns/${SEED_SLUG}/petition`) return sendJson(res, 200, state.petition);
    if (path === `/v1/campaigns/${SEED_SLUG}/timeline`)
      return sendJson(res, 200, { entries: state.entries, nextCursor: null });
    res.writeHead(404).end();
  });
  return {
    server,
    state,
    open,
    openStream,
    attempts: () => attempts,
    send(id: number, event: string, data: unknown) {
      for (const res of open) res.write(`id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    requestsTo: (path: string) => server.requests.filter((request) => request.url.split('?')[0] === path),
  };
}

const newEntry: TimelineEntry = {
  id: 'tl-2021-02-10-new',
  date: '2021-02-10',
  kind: 'news',
  title: 'A new update',
  body: '',
  url: null,
};

describe('live', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function setup(options: Partial<ClientOptions> = {}, onStream?: Parameters<typeof startLiveServer>[0]) {
    const live = await startLiveServer(onStream);
    cleanups.push(() => live.server.close());
    const client = createClient({
      baseUrl: live.server.url,
      EventSource: EventSource as unknown as typeof globalThis.EventSource,
      liveReconnectMs: 10,
      pollIntervalMs: 20,
      retry: 0,
      ...options,
    });
    const subscribe = (handlers: LiveHandlers, on = client) => {
      const subscription = on.live(SEED_SLUG, handlers);
      cleanups.push(() => subscription.close());
      return subscription;
    };
    return { ...live, client, subscribe };
  }

  it('dispatches valid events to two subscribers over one connection and drops invalid ones', async () => {
    const live = await setup();
    const a = recorder();
    const b = recorder();
    live.subscribe(a.handlers);
    // A second client for the same API shares the connection too.
    live.subscribe(b.handlers, createClient({ baseUrl: live.server.url, EventSource: null }));
    await waitFor(() => a.statuses.includes('open') && b.statuses.includes('open'), 3000, 'open');

    const reachedAt = '2021-02-01T00:00:00Z';
    live.send(1, 'count', { count: 6001, goal: 10000 });
    live.send(2, 'count', { count: -5, goal: 10000 });
    live.send(3, 'milestone', { count: 6000, reachedAt });
    live.send(4, 'timeline', 'not json {');
    live.send(5, 'timeline', { change: 'added', entry: newEntry });
    live.send(6, 'timeline', { change: 'deleted', id: 'tl-2020-11-17-ipac-letter' });
    live.send(7, 'timeline', { change: 'exploded' });
    await waitFor(() => b.events.length >= 4, 3000, 'four events');
    await delay(30);

    const expected = [
      ['count', { count: 6001, goal: 10000 }],
      ['milestone', { count: 6000, reachedAt }],
      ['timeline', { change: 'added', entry: newEntry }],
      ['timeline', { change: 'deleted', id: 'tl-2020-11-17-ipac-letter' }],
    ];
    assert.deepEqual(a.events, expected);
    assert.deepEqual(b.events, expected);
    assert.equal(live.attempts(), 1, 'one connection for both subscribers');
    assert.deepEqual(a.statuses, ['connecting', 'open']);
    // The second subscriber joined while connecting and is told the state at once.
    assert.deepEqual(b.statuses, ['connecting', 'open']);
  });

  it('with validateResponses: false passes events on unchecked', async () => {
    const live = await setup({ validateResponses: false });
    const a = recorder();
    live.subscribe(a.handlers);
    await waitFor(() => a.statuses.includes('open'), 3000, 'open');
    live.send(1, 'count', { count: -5, goal: 10000 });
    live.send(2, 'timeline', { change: 'exploded' });
    await waitFor(() => a.events.length >= 2, 3000, 'two events');
    assert.deepEqual(a.events, [
      ['count', { count: -5, goal: 10000 }],
      ['timeline', { change: 'exploded' }],
    ]);
  });

  it('close() keeps the connection while a subscriber remains and closes it with the last', async () => {
    const live = await setup();
    const a = recorder();
    const b = recorder();
    const first = live.subscribe(a.handlers);
    const second = live.subscribe(b.handlers);
    await waitFor(() => live.open.size === 1 && a.statuses.includes('open'), 3000, 'open');

    first.close();
    assert.equal(a.statuses.at(-1), 'closed');
    await delay(50);
    assert.equal(live.open.size, 1, 'still open for the second subscriber');
    live.send(1, 'count', { count: 6001, goal: 10000 });
    await waitFor(() => b.events.length === 1, 3000, 'event to the remaining subscriber');
    assert.equal(a.events.length, 0);

    second.close();
    second.close(); // closing twice is harmless
    await waitFor(() => live.open.size === 0, 3000, 'the server to see the stream close');
    assert.deepEqual(b.statuses, ['connecting', 'open', 'closed']);

    // A new subscriber after that opens a new connection.
    const c = recorder();
    live.subscribe(c.handlers);
    await waitFor(() => live.open.size === 1, 3000, 'a new connection');
    assert.equal(live.attempts(), 2);
  });

  it('after the server drops the stream it resumes from the last event id', async () => {
    // 1st connection: events 6 and 7, then dropped. 2nd (the EventSource's own retry,
    // with Last-Event-ID): 503, which closes it. 3rd (a new EventSource opened by the
    // SDK, with ?lastEventId): open, resumed.
    const live = await setup({}, (request, res, attempt) => {
      if (attempt === 2) return void res.writeHead(503).end();
      live.openStream(res);
      if (attempt === 1) {
        live.send(6, 'count', { count: 6001, goal: 10000 });
        live.send(7, 'count', { count: 6002, goal: 10000 });
        setTimeout(() => res.end(), 20);
      }
      void request;
    });
    const a = recorder();
    live.subscribe(a.handlers);
    await waitFor(() => live.attempts() === 3 && live.open.size === 1, 3000, 'the third connection');
    live.send(8, 'count', { count: 6003, goal: 10000 });
    await waitFor(() => a.events.length === 3, 3000, 'the resumed event');

    const streams = live.requestsTo(EVENTS_PATH);
    assert.equal(streams[0]?.url, EVENTS_PATH);
    assert.equal(streams[1]?.headers['last-event-id'], '7');
    assert.equal(streams[2]?.url, `${EVENTS_PATH}?lastEventId=7`);
    assert.deepEqual(
      a.events.map(([, event]) => (event as { count: number }).count),
      [6001, 6002, 6003],
    );
    assert.deepEqual(a.statuses, ['connecting', 'open', 'reconnecting', 'open']);
  });

  it('falls back to polling after 5 failed connection attempts', async () => {
    const live = await setup({}, (_request, res) => void res.writeHead(503).end());
    const a = recorder();
    live.subscribe(a.handlers);
    await waitFor(() => a.statuses.includes('polling'), 5000, 'polling');
    await waitFor(() => live.requestsTo(`/v1/campaigns/${SEED_SLUG}/petition`).length >= 2, 3000, 'two polls');
    assert.equal(live.attempts(), 5);
    assert.deepEqual(a.statuses, ['connecting', 'reconnecting', 'polling']);
  });

  it('with EventSource: null polls the petition and timeline, emitting only changes', async () => {
    const live = await setup({ EventSource: null });
    const a = recorder();
    const subscription = live.subscribe(a.handlers);
    assert.deepEqual(a.statuses, ['polling']);
    const polls = () => live.requestsTo(`/v1/campaigns/${SEED_SLUG}/petition`).length;
    await waitFor(() => polls() >= 2, 3000, 'two polls');
    assert.deepEqual(a.events, [], 'the first poll only learns the state');
    assert.equal(live.attempts(), 0, 'no stream requested');
    assert.equal(live.requestsTo(`/v1/campaigns/${SEED_SLUG}/timeline`).length, polls());

    live.state.petition = {
      ...live.state.petition,
      count: 7000,
      milestones: [...live.state.petition.milestones, { count: 7000, reachedAt: '2021-02-11T00:00:00Z' }],
    };
    live.state.entries = [newEntry, ...live.state.entries];
    await waitFor(() => a.events.length >= 3, 3000, 'three events');
    const settled = polls();
    await waitFor(() => polls() >= settled + 3, 3000, 'three more polls');

    assert.deepEqual(a.events, [
      ['count', { count: 7000, goal: 10000 }],
      ['milestone', { count: 7000, reachedAt: '2021-02-11T00:00:00Z' }],
      ['timeline', { change: 'added', entry: newEntry }],
    ]);

    subscription.close();
    const afterClose = polls();
    await delay(80);
    assert.equal(polls(), afterClose, 'no polling after close');
    assert.deepEqual(a.statuses, ['polling', 'closed']);
  });

  it('pauses polling while the document is hidden', async () => {
    const fakeDocument = Object.assign(new EventTarget(), { hidden: true });
    const globals = globalThis as { document?: unknown };
    globals.document = fakeDocument;
    cleanups.push(() => delete globals.document);

    const live = await setup({ EventSource: null });
    live.subscribe(recorder().handlers);
    const polls = () => live.requestsTo(`/v1/campaigns/${SEED_SLUG}/petition`).length;
    await delay(100);
    assert.equal(polls(), 0, 'no polls while hidden');

    fakeDocument.hidden = false;
    fakeDocument.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => polls() >= 2, 3000, 'polls once shown');
  });
});
