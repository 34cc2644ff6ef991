import type { LiveEventName } from './events.js';

/**
 * How a campaign's live stream (`GET /v1/campaigns/{slug}/events`, `text/event-stream`)
 * is written, for the reference server and the mocks alike. Each message carries an
 * `id` (the resume point for `Last-Event-ID`), an event name from `LiveEventSchemas`
 * and its data as JSON on one line (JSON.stringify escapes newlines).
 */
export function sseMessage(id: number | string, event: LiveEventName, data: unknown): string {
  return `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** How long a client waits before reconnecting, sent first on every stream. */
export const SSE_RETRY_MS = 3000;

/** The stream's first message: how long to wait before reconnecting. */
export function sseRetry(ms: number = SSE_RETRY_MS): string {
  return `retry: ${ms}\n\n`;
}

/** A comment line: ignored by EventSource, keeps proxies from closing an idle stream. */
export const SSE_HEARTBEAT = ': heartbeat\n\n';
