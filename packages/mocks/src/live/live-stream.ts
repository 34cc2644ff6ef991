import { type LiveEventName, SSE_RETRY_MS, sseMessage, sseRetry } from '@placard/contract';
import type { MockCampaign, MockState } from '../mock-state.js';
import { eventsSince, subscribeLive } from './live-log.js';

/** One Server-Sent Events message, before it is written as text. */
export type LiveFrame = { id: string; event: LiveEventName; data: unknown } | { retry: number };

/** `Last-Event-ID` from the header, or `?lastEventId=` (EventSource cannot set headers on a first connect). */
export function lastEventIdOf(request: Request): number | null {
  const raw = request.headers.get('last-event-id') ?? new URL(request.url).searchParams.get('lastEventId');
  if (raw === null || !/^\d+$/.test(raw.trim())) return null;
  return Number(raw.trim());
}

/**
 * Starts a campaign's stream: events missed since `lastEventId` (when the log
 * still holds them), the current count, then every new event as it happens.
 * Returns the function that stops the stream's subscription.
 */
export function openLiveStream(
  state: MockState,
  entry: MockCampaign,
  lastEventId: number | null,
  send: (frame: LiveFrame) => void,
): () => void {
  const { slug, petition } = entry.campaign;
  send({ retry: SSE_RETRY_MS });
  const missed = lastEventId === null ? [] : (eventsSince(state, slug, lastEventId) ?? []);
  for (const record of missed) send({ id: String(record.id), event: record.name, data: record.data });
  // The count carries the newest event id, so a resume from here replays only what comes after it.
  send({ id: String(state.lastEventId), event: 'count', data: { count: petition.count, goal: petition.goal } });
  return subscribeLive(state, slug, (record) => send({ id: String(record.id), event: record.name, data: record.data }));
}

/** The `text/event-stream` text of one frame. */
export function formatFrame(frame: LiveFrame): string {
  if ('retry' in frame) return sseRetry(frame.retry);
  return sseMessage(frame.id, frame.event, frame.data);
}
