import type { LiveEventMap, LiveEventName, Petition, TimelinePage } from '@placard/contract';
import { type ContractSchema, runSchema } from '../contract-schema.js';
import type { LiveHandlers, LiveStatus, RequestOptions, ResponseSchemas } from '../types.js';

/** What a channel needs from the client that opened it. */
export interface LiveSource {
  /** `{baseUrl}/v1/campaigns/{slug}/events` */
  eventsUrl: string;
  EventSource: typeof EventSource | null;
  pollIntervalMs: number;
  reconnectMs: number;
  /** Checks each event's data, dropping what breaks the contract; without them events are trusted. */
  eventSchemas: ResponseSchemas['liveEvents'] | undefined;
  petition(options: RequestOptions): Promise<Petition>;
  timeline(options: RequestOptions): Promise<TimelinePage>;
}

export interface LiveChannel {
  /** One wrapper per subscription, so the same handlers may subscribe twice. */
  readonly subscribers: Set<{ handlers: LiveHandlers }>;
  status(): LiveStatus;
  close(): void;
}

// Typed by the contract's event names, so the compiler reports an event the contract
// adds and this list lacks, without importing the events' schemas.
const EVENTS: Record<LiveEventName, true> = { count: true, milestone: true, timeline: true };
/** Every event the contract defines for the stream. */
const EVENT_NAMES = Object.keys(EVENTS) as LiveEventName[];
/** Consecutive failed connection attempts before giving up on SSE for polling. */
const MAX_FAILURES = 5;
const MAX_RECONNECT_MS = 30_000;
const CLOSED = 2; // EventSource.CLOSED, as a literal: the global may not exist.

type Handler = (this: LiveHandlers, event: unknown) => void;

/**
 * One live connection to a campaign, shared by every subscriber: Server-Sent Events
 * while they work, polling the petition and the first timeline page when they do not.
 */
export function openLiveChannel(source: LiveSource): LiveChannel {
  const subscribers = new Set<{ handlers: LiveHandlers }>();
  const stopRequests = new AbortController();
  const doc = typeof document === 'undefined' ? undefined : document;
  let status: LiveStatus = 'connecting';
  let closed = false;
  let stream: EventSource | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastEventId = '';
  let failures = 0;
  let pollPaused = false;
  // What subscribers already know, so polling reports only what changed.
  let knownCount: number | undefined;
  const knownMilestones = new Set<number>();
  let knownEntries: Set<string> | undefined;

  const setStatus = (next: LiveStatus) => {
    if (next === status) return;
    status = next;
    for (const { handlers } of subscribers) handlers.status?.(next);
  };

  const emit = <N extends LiveEventName>(name: N, event: LiveEventMap[N]) => {
    if (name === 'count') knownCount = (event as LiveEventMap['count']).count;
    if (name === 'milestone') knownMilestones.add((event as LiveEventMap['milestone']).count);
    for (const { handlers } of subscribers) {
      try {
        (handlers[name] as Handler | undefined)?.call(handlers, event);
      } catch (error) {
        // One subscriber's bug must not starve the others: report it, keep going.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };

  const reconnectDelay = () =>
    Math.min(MAX_RECONNECT_MS, source.reconnectMs * 2 ** (failures - 1)) * (0.5 + Math.random() / 2);

  const connect = () => {
    const EventSourceClass = source.EventSource;
    if (!EventSourceClass || failures >= MAX_FAILURES) return startPolling();
    setStatus(failures ? 'reconnecting' : 'connecting');
    // A new EventSource cannot set Last-Event-ID, so a fresh one resumes through the query.
    const es = new EventSourceClass(
      lastEventId ? `${source.eventsUrl}?lastEventId=${encodeURIComponent(lastEventId)}` : source.eventsUrl,
    );
    stream = es;
    let opened = false;
    es.onopen = () => {
      opened = true;
      failures = 0;
      setStatus('open');
    };
    for (const name of EVENT_NAMES) {
      es.addEventListener(name, (message) => {
        if (message.lastEventId) lastEventId = message.lastEventId;
        let data: unknown;
        try {
          data = JSON.parse(message.data);
        } catch {
          return;
        }
        const schema: ContractSchema<LiveEventMap[LiveEventName]> | undefined = source.eventSchemas?.[name];
        const result = schema ? runSchema(schema, data) : { value: data as LiveEventMap[LiveEventName] };
        if (!result.issues) emit(name, result.value);
      });
    }
    es.onerror = () => {
      // Every error not preceded by an open is a failed attempt.
      if (!opened) failures++;
      opened = false;
      if (failures >= MAX_FAILURES) {
        es.close();
        return startPolling();
      }
      setStatus('reconnecting');
      // After a drop the EventSource retries by itself (readyState CONNECTING) with
      // Last-Event-ID; once it gives up (CLOSED), a new one is opened after a backoff.
      if (es.readyState !== CLOSED) return;
      failures ||= 1;
      timer = setTimeout(connect, reconnectDelay());
    };
  };

  const onVisibilityChange = () => {
    if (pollPaused && !doc?.hidden) {
      pollPaused = false;
      void poll();
    }
  };

  const startPolling = () => {
    setStatus('polling');
    doc?.addEventListener('visibilitychange', onVisibilityChange);
    void poll();
  };

  const poll = async () => {
    if (closed) return;
    // Nobody sees a hidden page: save the requests until it is shown again.
    if (doc?.hidden) {
      pollPaused = true;
      return;
    }
    try {
      const options = { signal: stopRequests.signal };
      const [petition, page] = await Promise.all([source.petition(options), source.timeline(options)]);
      if (!closed) reportChanges(petition, page);
    } catch {
      // The next poll tries again.
    }
    if (!closed) timer = setTimeout(poll, source.pollIntervalMs);
  };

  const reportChanges = (petition: Petition, page: TimelinePage) => {
    // The first poll only learns the state: milestones and entries from before are not news.
    const isFirstPoll = !knownEntries;
    knownEntries ??= new Set();
    const entries = knownEntries;
    if (knownCount !== undefined && knownCount !== petition.count) {
      emit('count', { count: petition.count, goal: petition.goal });
    }
    knownCount = petition.count;
    for (const { count, reachedAt } of petition.milestones) {
      if (!reachedAt || knownMilestones.has(count)) continue;
      knownMilestones.add(count);
      if (!isFirstPoll) emit('milestone', { count, reachedAt });
    }
    // Oldest first, so a list that prepends each new entry ends up newest first.
    for (const entry of [...page.entries].reverse()) {
      if (entries.has(entry.id)) continue;
      entries.add(entry.id);
      if (!isFirstPoll) emit('timeline', { change: 'added', entry });
    }
  };

  connect();

  return {
    subscribers,
    status: () => status,
    close() {
      closed = true;
      stream?.close();
      clearTimeout(timer);
      stopRequests.abort();
      doc?.removeEventListener('visibilitychange', onVisibilityChange);
    },
  };
}
