/** One Server-Sent Events message. `data` is JSON on one line (JSON.stringify escapes newlines). */
export function sseMessage(id: number, event: string, data: unknown): string {
  return `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A comment line: ignored by EventSource, keeps proxies from closing an idle stream. */
export const SSE_HEARTBEAT = ': heartbeat\n\n';

/** Tells EventSource how long to wait before reconnecting. */
export const SSE_RETRY = 'retry: 3000\n\n';
