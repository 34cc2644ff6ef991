import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import {
  CountEventSchema,
  MilestoneEventSchema,
  PetitionSchema,
  type TimelineEntry,
  TimelineEventSchema,
  TimelinePageSchema,
} from '@placard/contract';
import { SEED_SLUG } from '@placard/contract/fixtures';
import * as v from 'valibot';
import { addTimelineEntry, emitCount, simulateSignatures } from '../src/index.js';
import { type EventStreamReader, openEventStream } from './event-stream-reader.js';
import { API, CAMPAIGN, expectError, mockApi, parsed, postJson, signature } from './harness.js';

const mock = mockApi();
const EVENTS = `${CAMPAIGN}/events`;

const newEntry: TimelineEntry = {
  id: 'tl-2021-02-04-letters',
  date: '2021-02-04',
  kind: 'news',
  title: 'Over 1,000 letters sent to MPs',
  body: '',
  url: 'https://example.org/news/letters',
};

const open: EventStreamReader[] = [];
async function stream(headers: Record<string, string> = {}, url = EVENTS): Promise<EventStreamReader> {
  const reader = await openEventStream(url, headers);
  open.push(reader);
  return reader;
}
afterEach(() => {
  for (const reader of open.splice(0)) reader.close();
});

describe('GET /v1/campaigns/:slug/events (fetch reader, no EventSource)', () => {
  it('answers text/event-stream and sends the current count at once, with an id', async () => {
    const events = await stream();
    assert.equal(events.response.status, 200);
    assert.match(events.response.headers.get('content-type') ?? '', /^text\/event-stream/);
    const first = await events.next();
    assert.equal(first.event, 'count');
    assert.match(first.id ?? '', /^\d+$/);
    assert.deepEqual(v.parse(CountEventSchema, first.data), { count: 6000, goal: 10000 });
  });

  it('pushes a count event when a signature is counted', async () => {
    const events = await stream();
    const initial = await events.next();
    await postJson(`${CAMPAIGN}/signatures`, signature);
    const pushed = await events.next();
    assert.equal(pushed.event, 'count');
    assert.deepEqual(v.parse(CountEventSchema, pushed.data), { count: 6001, goal: 10000 });
    assert.ok(Number(pushed.id) > Number(initial.id), 'ids increase');
  });

  it('emitCount pushes count, then milestone for the goal crossed, and the petition agrees', async () => {
    const events = await stream();
    await events.next();
    emitCount(mock.state, 10_250);
    const count = await events.next();
    assert.equal(count.event, 'count');
    assert.deepEqual(count.data, { count: 10_250, goal: 10000 });
    const milestone = await events.next();
    assert.equal(milestone.event, 'milestone');
    const reached = v.parse(MilestoneEventSchema, milestone.data);
    assert.equal(reached.count, 10000);
    assert.ok(Number(milestone.id) > Number(count.id));
    const petition = await parsed(await fetch(`${CAMPAIGN}/petition`), PetitionSchema);
    assert.equal(petition.count, 10_250);
    assert.deepEqual(petition.milestones.at(-1), { count: 10000, reachedAt: reached.reachedAt });
  });

  it('sends a milestone once: going down and up again does not repeat it', async () => {
    const events = await stream();
    await events.next();
    emitCount(mock.state, 10_000);
    await events.next(); // count
    assert.equal((await events.next()).event, 'milestone');
    emitCount(mock.state, 9_000);
    emitCount(mock.state, 10_001);
    assert.deepEqual((await events.next()).data, { count: 9000, goal: 10000 });
    assert.deepEqual((await events.next()).data, { count: 10_001, goal: 10000 });
    assert.equal(await events.nothingWithin(100), null);
  });

  it('simulateSignatures pushes one count event per signature', async () => {
    const events = await stream();
    await events.next();
    simulateSignatures(mock.state, 3);
    const counts = [await events.next(), await events.next(), await events.next()].map(
      (event) => v.parse(CountEventSchema, event.data).count,
    );
    assert.deepEqual(counts, [6001, 6002, 6003]);
  });

  it('addTimelineEntry pushes timeline {change: added} and the timeline lists it first', async () => {
    const events = await stream();
    await events.next();
    addTimelineEntry(mock.state, newEntry);
    const pushed = await events.next();
    assert.equal(pushed.event, 'timeline');
    assert.deepEqual(v.parse(TimelineEventSchema, pushed.data), { change: 'added', entry: newEntry });
    const page = await parsed(await fetch(`${CAMPAIGN}/timeline?limit=2`), TimelinePageSchema);
    assert.deepEqual(page.entries[0], newEntry);
  });

  it('addTimelineEntry keeps the timeline newest first and refuses an invalid or duplicate entry', async () => {
    addTimelineEntry(mock.state, { ...newEntry, id: 'older', date: '2020-12-01' });
    const page = await parsed(await fetch(`${CAMPAIGN}/timeline?limit=100`), TimelinePageSchema);
    const dates = page.entries.map((entry) => entry.date);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.ok(page.entries.some((entry) => entry.id === 'older'));
    assert.throws(() => addTimelineEntry(mock.state, { ...newEntry, url: 'javascript:alert(1)' }));
    assert.throws(() => addTimelineEntry(mock.state, { ...newEntry, id: 'older' }), /already has/);
  });

  it('sends only the events of its own campaign', async () => {
    const events = await stream();
    await events.next();
    const other = structuredClone(mock.state.campaigns.get(SEED_SLUG));
    assert.ok(other);
    other.campaign.slug = 'other-campaign';
    mock.state.campaigns.set('other-campaign', other);
    emitCount(mock.state, 42, 'other-campaign');
    assert.equal(await events.nothingWithin(100), null);
  });

  it('replays the events missed after Last-Event-ID, then the current count', async () => {
    const first = await stream();
    const { id } = await first.next();
    assert.ok(id);
    first.close();
    addTimelineEntry(mock.state, newEntry);
    simulateSignatures(mock.state, 2);

    const resumed = await stream({ 'Last-Event-ID': id });
    const replayed = await resumed.next();
    assert.equal(replayed.event, 'timeline');
    assert.deepEqual(replayed.data, { change: 'added', entry: newEntry });
    const count = await resumed.next();
    assert.deepEqual(count, { id: String(mock.state.lastEventId), event: 'count', data: { count: 6002, goal: 10000 } });
  });

  it('accepts ?lastEventId= too, since EventSource cannot set headers on a first connect', async () => {
    const { id } = await (await stream()).next();
    addTimelineEntry(mock.state, newEntry);
    const resumed = await stream({}, `${EVENTS}?lastEventId=${id}`);
    assert.equal((await resumed.next()).event, 'timeline');
    assert.equal((await resumed.next()).event, 'count');
  });

  it('stops sending to a stream once its reader has gone', async () => {
    const events = await stream();
    await events.next();
    assert.equal(mock.state.listeners.size, 1);
    events.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(mock.state.listeners.size, 0);
    emitCount(mock.state, 7000); // must not throw into a closed stream
  });

  it('answers 404 not_found as JSON for an unknown campaign', async () => {
    const response = await fetch(`${API}/v1/campaigns/nope/events`, { headers: { Accept: 'text/event-stream' } });
    await expectError(response, 'not_found', 404);
  });
});
