/**
 * Reads a `text/event-stream` response with fetch, frame by frame, each wait
 * bounded by a timeout so a missing event fails the test instead of hanging it.
 */
export interface StreamEvent {
  id: string | undefined;
  event: string;
  data: unknown;
}

export interface EventStreamReader {
  response: Response;
  /** The next event with data (retry-only frames are skipped). */
  next(timeoutMs?: number): Promise<StreamEvent>;
  /** Resolves to null when nothing arrives within `ms`. */
  nothingWithin(ms: number): Promise<StreamEvent | null>;
  close(): void;
}

function parseFrame(frame: string): StreamEvent | null {
  let id: string | undefined;
  let event = 'message';
  const data: string[] = [];
  for (const line of frame.split('\n')) {
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') id = value;
    else if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length === 0 ? null : { id, event, data: JSON.parse(data.join('\n')) };
}

export async function openEventStream(url: string, headers: Record<string, string> = {}): Promise<EventStreamReader> {
  const abort = new AbortController();
  const response = await fetch(url, { headers: { Accept: 'text/event-stream', ...headers }, signal: abort.signal });
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;

  async function next(timeoutMs = 1000): Promise<StreamEvent> {
    if (!reader) throw new Error(`no stream body (status ${response.status})`);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end !== -1) {
        const frame = parseFrame(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (frame) return frame;
        continue;
      }
      if (!pending) {
        pending = reader.read();
        pending.catch(() => undefined); // aborted by close(); nothing is waiting for it then
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), Math.max(0, deadline - Date.now()));
      });
      const result = await Promise.race([pending, timeout]);
      clearTimeout(timer);
      if (result === 'timeout') throw new Error(`no event within ${timeoutMs} ms`);
      pending = null;
      if (result.done) throw new Error('the stream ended');
      buffer += decoder.decode(result.value, { stream: true });
    }
  }

  async function nothingWithin(ms: number): Promise<StreamEvent | null> {
    try {
      return await next(ms);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('no event within')) return null;
      throw error;
    }
  }

  return { response, next, nothingWithin, close: () => abort.abort() };
}
