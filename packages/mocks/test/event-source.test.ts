/**
 * The stream through msw's own `sse` handler, read by a real EventSource (the
 * `eventsource` package; Node 20 has no global one). This file installs the
 * global before creating handlers, as a browser or Node ≥ 22 would have it;
 * node:test runs each file in its own process, so other files are unaffected.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { type CountEvent, CountEventSchema, TimelineEventSchema } from '@placard/contract';
import { EventSource as EventSourcePolyfill } from 'eventsource';
import * as v from 'valibot';

Object.assign(globalThis, { EventSource: EventSourcePolyfill });

const { addTimelineEntry, createHandlers } = await import('../src/index.js');
const { CAMPAIGN, mockApi, postJson, signature } = await import('./harness.js');

const mock = mockApi();
const EVENTS = `${CAMPAIGN}/events`;

/** The next event of a type, or a failure after `timeoutMs`. */
function nextEvent(source: EventSource, type: string, timeoutMs = 1000): Promise<MessageEvent<string>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      source.removeEventListener(type, listener);
      reject(new Error(`no ${type} event within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (event: Event) => {
      clearTimeout(timer);
      source.removeEventListener(type, listener);
      resolve(event as MessageEvent<string>);
    };
    source.addEventListener(type, listener);
  });
}

const sources: EventSource[] = [];
function connect(url = EVENTS): EventSource {
  const source = new EventSource(url);
  sources.push(source);
  return source;
}
after(() => {
  for (const source of sources) source.close();
});

describe('GET /v1/campaigns/:slug/events with EventSource (msw sse handler)', () => {
  it('includes the sse handler where EventSource exists', () => {
    const withEventSource = createHandlers().length;
    const saved = globalThis.EventSource;
    Reflect.deleteProperty(globalThis, 'EventSource');
    try {
      assert.equal(createHandlers().length, withEventSource - 1);
    } finally {
      Object.assign(globalThis, { EventSource: saved });
    }
  });

  it('is served by msw’s sse handler (its frames have no space after the colon)', async () => {
    const abort = new AbortController();
    const response = await fetch(EVENTS, { headers: { Accept: 'text/event-stream' }, signal: abort.signal });
    const reader = response.body?.getReader();
    assert.ok(reader);
    let text = '';
    while (!text.includes('event:count')) {
      const chunk = await Promise.race([
        reader.read(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no count frame')), 1000)),
      ]);
      if (chunk.done) break;
      text += new TextDecoder().decode(chunk.value);
    }
    abort.abort();
    assert.match(text, /^retry:3000\n\n/);
    assert.match(text, /id:0\nevent:count\ndata:\{"count":6000,"goal":10000\}/);
  });

  it('delivers the initial count, then a count pushed by a signature', async () => {
    const source = connect();
    const initial = await nextEvent(source, 'count');
    assert.deepEqual(v.parse(CountEventSchema, JSON.parse(initial.data)), { count: 6000, goal: 10000 });
    assert.equal(initial.lastEventId, '0');

    const pushed = nextEvent(source, 'count');
    await postJson(`${CAMPAIGN}/signatures`, signature);
    const event = await pushed;
    const count: CountEvent = v.parse(CountEventSchema, JSON.parse(event.data));
    assert.deepEqual(count, { count: 6001, goal: 10000 });
    assert.ok(Number(event.lastEventId) > 0);
  });

  it('delivers a timeline event', async () => {
    const source = connect();
    await nextEvent(source, 'count');
    const pushed = nextEvent(source, 'timeline');
    const entry = { id: 'tl-new', date: '2021-02-01', kind: 'news', title: 'New', body: '', url: null } as const;
    addTimelineEntry(mock.state, entry);
    assert.deepEqual(v.parse(TimelineEventSchema, JSON.parse((await pushed).data)), { change: 'added', entry });
  });

  it('stops the subscription when the EventSource closes', async () => {
    const source = connect();
    await nextEvent(source, 'count');
    assert.equal(mock.state.listeners.size, 1);
    source.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(mock.state.listeners.size, 0);
  });
});
