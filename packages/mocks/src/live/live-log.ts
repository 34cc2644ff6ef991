import type { LiveEventMap, LiveEventName } from '@placard/contract';
import type { LiveEventRecord, LiveListener, MockState } from '../mock-state.js';

/** Enough to cover a short reconnect; older resumes get the current state instead. */
const LOG_SIZE = 100;

/**
 * Sends a live event to every open stream of the campaign. `milestone` and
 * `timeline` events are kept in a short log so a reconnecting client can
 * catch up; `count` is not, because the current count is sent on connect.
 */
export function publishLiveEvent<Name extends LiveEventName>(
  state: MockState,
  slug: string,
  name: Name,
  data: LiveEventMap[Name],
): LiveEventRecord {
  state.lastEventId += 1;
  const record = { id: state.lastEventId, slug, name, data } as LiveEventRecord;
  if (name !== 'count') {
    state.eventLog.push(record);
    while (state.eventLog.length > LOG_SIZE) {
      const dropped = state.eventLog.shift();
      if (dropped) state.droppedThroughId = dropped.id;
    }
  }
  for (const listener of [...state.listeners]) listener(record);
  return record;
}

/** Listens for the campaign's events; returns the function that stops listening. */
export function subscribeLive(state: MockState, slug: string, listener: LiveListener): () => void {
  const filtered: LiveListener = (record) => {
    if (record.slug === slug) listener(record);
  };
  state.listeners.add(filtered);
  return () => state.listeners.delete(filtered);
}

/**
 * The logged events of a campaign after `lastEventId`, or null when the log no
 * longer reaches back that far.
 */
export function eventsSince(state: MockState, slug: string, lastEventId: number): LiveEventRecord[] | null {
  if (lastEventId < state.droppedThroughId) return null;
  return state.eventLog.filter((record) => record.slug === slug && record.id > lastEventId);
}
