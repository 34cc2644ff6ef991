import { type LiveEventName, routes } from '@placard/contract';
import { HttpResponse, http, sse } from 'msw';
import { handle } from '../http/api-error.js';
import { formatFrame, type LiveFrame, lastEventIdOf, openLiveStream } from '../live/live-stream.js';
import { type MockContext, requireCampaign } from '../mock-context.js';

const STREAM_HEADERS = { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' };

/**
 * GET events, in up to three handlers tried in turn:
 * 1. an unknown campaign answers 404 not_found (as JSON, before any stream);
 * 2. msw's `sse` handler serves EventSource requests where `EventSource`
 *    exists (browsers, Node ≥ 22) — msw refuses to build it elsewhere;
 * 3. a plain streamed response serves everything else (fetch readers, Node 20),
 *    with the same frames.
 */
export function eventStreamHandlers(context: MockContext) {
  const { state } = context;
  const path = context.url(routes.streamEvents.path);

  const unknownCampaign = http.get(path, ({ params }) =>
    handle(async () => {
      requireCampaign(context, params.slug);
      return undefined;
    }),
  );

  const eventSource =
    typeof EventSource === 'undefined'
      ? []
      : [
          sse<Record<LiveEventName, unknown>>(path, ({ client, params, request }) => {
            const entry = requireCampaign(context, params.slug);
            const stop = openLiveStream(state, entry, lastEventIdOf(request), (frame) => client.send(frame));
            request.signal.addEventListener('abort', stop, { once: true });
          }),
        ];

  const stream = http.get(path, ({ params, request }) => {
    const entry = requireCampaign(context, params.slug);
    const encoder = new TextEncoder();
    let stop = () => {};
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const send = (frame: LiveFrame) => {
          try {
            controller.enqueue(encoder.encode(formatFrame(frame)));
          } catch {
            stop(); // the reader has gone
          }
        };
        stop = openLiveStream(state, entry, lastEventIdOf(request), send);
        request.signal.addEventListener(
          'abort',
          () => {
            stop();
            try {
              controller.close();
            } catch {
              // already closed by the reader
            }
          },
          { once: true },
        );
      },
      cancel() {
        stop();
      },
    });
    return new HttpResponse(body, { headers: STREAM_HEADERS });
  });

  return [unknownCampaign, ...eventSource, stream];
}
