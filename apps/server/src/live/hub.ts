import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { type LiveEventName, SSE_HEARTBEAT, sseMessage, sseRetry } from '@placard/contract';
import { reachMilestones } from '../counts/milestones.js';
import { readCount } from '../counts/shards.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { ANY_INSTANCE, COUNT_CHANNEL, LIVE_CHANNEL } from './channels.js';

interface LiveEventRow {
  id: number;
  /** Written only with the contract's event names (live/publish.ts). */
  name: LiveEventName;
  data: unknown;
}

/**
 * One open SSE stream. Kept small (10,000 per process is a target): the Node
 * response itself, no web stream, no timers, no buffers of its own beyond the
 * socket's write queue.
 */
interface Subscriber {
  out: ServerResponse;
  /** The id of the latest durable event this stream has carried; `count` events repeat it. */
  lastId: number;
  /** Durable events that arrived while the stream was replaying; null once live. */
  pending: LiveEventRow[] | null;
}

interface CampaignChannel {
  subscribers: Set<Subscriber>;
  timer: NodeJS.Timeout | null;
  lastFlush: number;
  /** A signature or moderation in this process changed the count since the last flush. */
  localChange: boolean;
  /** The count changed since the last flush began. */
  dirty: boolean;
  /** A flush is running: the next waits for it, so count events never arrive out of order. */
  flushing: boolean;
}

export interface LiveHub {
  start(): Promise<void>;
  /**
   * Streams to one subscriber on a response whose head is written: replays
   * events after `lastEventId`, then the current count, then live events.
   * The response is ended by the hub (shutdown, a reader that stopped) or by the client going away.
   */
  open(campaignId: string, lastEventId: number | null, out: ServerResponse): void;
  /** Call after committing a change to the campaign's count in this process. */
  countChanged(campaignId: string): void;
  readonly subscriberCount: number;
  /** Ends every stream and stops listening. */
  close(): Promise<void>;
}

// A subscriber this far behind (bytes not yet taken by the socket) is not reading; dropping it frees its queue.
const MAX_QUEUED_BYTES = 256 * 1024;
// Frames are Buffers built once and written to every subscriber as they are.
const RETRY = Buffer.from(sseRetry());
const HEARTBEAT = Buffer.from(SSE_HEARTBEAT);

/**
 * Live events for the subscribers in this process. Count changes (local, or
 * NOTIFY `placard_count` from other instances) are coalesced: one read and
 * one `count` event per campaign per `coalesceMs`. Durable events arrive by
 * NOTIFY `placard_live` (from this instance too), are read once and broadcast.
 */
export function createLiveHub(o: { db: Database; logger: Logger; coalesceMs: number; heartbeatMs: number }): LiveHub {
  const { db, logger } = o;
  const instanceId = randomUUID();
  const channels = new Map<string, CampaignChannel>();
  let subscriberCount = 0;
  let heartbeat: NodeJS.Timeout | null = null;
  const unlisteners: Array<() => Promise<void>> = [];
  // Durable events are read and sent in the order their notifications arrived.
  let durableQueue: Promise<void> = Promise.resolve();
  let closed = false;
  const flushing = new Set<Promise<void>>();

  function channelFor(campaignId: string): CampaignChannel {
    let channel = channels.get(campaignId);
    if (!channel) {
      channel = {
        subscribers: new Set(),
        timer: null,
        lastFlush: 0,
        localChange: false,
        dirty: false,
        flushing: false,
      };
      channels.set(campaignId, channel);
    }
    return channel;
  }

  function forget(campaignId: string, channel: CampaignChannel) {
    if (channel.subscribers.size === 0 && !channel.timer && !channel.flushing && channels.get(campaignId) === channel) {
      channels.delete(campaignId);
    }
  }

  function write(campaignId: string, subscriber: Subscriber, chunk: Buffer | string) {
    const { out } = subscriber;
    // Ended or torn down but its 'close' not yet seen: writing now would raise an error event.
    if (out.writableEnded || out.destroyed) {
      drop(campaignId, subscriber, false);
      return;
    }
    if (out.writableLength > MAX_QUEUED_BYTES) {
      logger.warn({ campaignId }, 'dropping a live subscriber that stopped reading');
      drop(campaignId, subscriber, false);
      // Ending would wait for a reader that is not reading to take the queue first.
      out.destroy();
      return;
    }
    out.write(chunk);
  }

  function drop(campaignId: string, subscriber: Subscriber, closeStream: boolean) {
    const channel = channels.get(campaignId);
    if (!channel?.subscribers.delete(subscriber)) return;
    subscriberCount--;
    if (closeStream && !subscriber.out.writableEnded) subscriber.out.end();
    forget(campaignId, channel);
  }

  function schedule(campaignId: string, channel: CampaignChannel) {
    if (channel.timer || channel.flushing || closed) return;
    const wait = Math.max(0, channel.lastFlush + o.coalesceMs - Date.now());
    channel.timer = setTimeout(() => runFlush(campaignId, channel), wait);
  }

  function runFlush(campaignId: string, channel: CampaignChannel) {
    const running = flush(campaignId, channel)
      .catch((error: unknown) => logger.error({ err: error, campaignId }, 'live count flush failed'))
      .finally(() => flushing.delete(running));
    flushing.add(running);
  }

  async function flush(campaignId: string, channel: CampaignChannel) {
    channel.timer = null;
    channel.flushing = true;
    channel.dirty = false;
    channel.lastFlush = Date.now();
    const local = channel.localChange;
    channel.localChange = false;
    try {
      if (!local && channel.subscribers.size === 0) return;
      const snapshot = await readCount(db, campaignId);
      if (!snapshot) return;
      if (local) {
        // Tell the other instances once per flush, not once per signature.
        await db.notify(COUNT_CHANNEL, `${instanceId}:${campaignId}`);
        // Two signatures committed together each saw only its own increment,
        // so a milestone between them is caught here, after both committed.
        await db.transaction((tx) => reachMilestones(tx, campaignId, snapshot.count));
      }
      const data = { count: snapshot.count, goal: snapshot.goal };
      // Encoded once per distinct event id (nearly always one), not once per subscriber.
      const encoded = new Map<number, Buffer>();
      for (const subscriber of channel.subscribers) {
        if (subscriber.pending) continue; // still replaying; it sends the count itself
        let chunk = encoded.get(subscriber.lastId);
        if (!chunk) {
          chunk = Buffer.from(sseMessage(subscriber.lastId, 'count', data));
          encoded.set(subscriber.lastId, chunk);
        }
        write(campaignId, subscriber, chunk);
      }
    } finally {
      channel.flushing = false;
      if (channel.dirty) schedule(campaignId, channel);
      forget(campaignId, channel);
    }
  }

  function countChanged(campaignId: string, local = true) {
    const channel = channelFor(campaignId);
    if (local) channel.localChange = true;
    channel.dirty = true;
    schedule(campaignId, channel);
  }

  function deliver(campaignId: string, event: LiveEventRow) {
    const channel = channels.get(campaignId);
    if (!channel) return;
    const chunk = Buffer.from(sseMessage(event.id, event.name, event.data));
    for (const subscriber of channel.subscribers) {
      if (subscriber.pending) {
        subscriber.pending.push(event);
        continue;
      }
      subscriber.lastId = Math.max(subscriber.lastId, event.id);
      write(campaignId, subscriber, chunk);
    }
  }

  function onDurableNotification(payload: string) {
    const [idText, campaignId] = payload.split(':');
    const id = Number(idText);
    if (!campaignId || !Number.isSafeInteger(id) || !channels.get(campaignId)?.subscribers.size) return;
    durableQueue = durableQueue
      .then(async () => {
        const { rows } = await db.query<LiveEventRow>('SELECT id, name, data FROM live_events WHERE id = $1', [id]);
        if (rows[0]) deliver(campaignId, rows[0]);
      })
      .catch((error: unknown) => logger.error({ err: error, campaignId }, 'live event delivery failed'));
  }

  function onCountNotification(payload: string) {
    const separator = payload.indexOf(':');
    const sender = payload.slice(0, separator);
    const campaignId = payload.slice(separator + 1);
    if (separator < 0 || sender === instanceId || !campaignId) return;
    // `*` comes from a change made without a hub (CLI, admin moderation): treat
    // it as remote here, since the change already committed.
    if (sender === ANY_INSTANCE || channels.get(campaignId)?.subscribers.size) countChanged(campaignId, false);
  }

  async function start(campaignId: string, subscriber: Subscriber, lastEventId: number | null) {
    write(campaignId, subscriber, RETRY);
    const { rows: latest } = await db.query<{ id: number }>(
      'SELECT coalesce(max(id), 0) AS id FROM live_events WHERE campaign_id = $1',
      [campaignId],
    );
    const sent = new Set<number>();
    if (lastEventId === null) {
      subscriber.lastId = latest[0]?.id ?? 0;
    } else {
      // An id from the future (another database, a typo) must not hide events still to come.
      subscriber.lastId = Math.min(lastEventId, latest[0]?.id ?? 0);
      const { rows } = await db.query<LiveEventRow>(
        'SELECT id, name, data FROM live_events WHERE campaign_id = $1 AND id > $2 ORDER BY id LIMIT 1000',
        [campaignId, lastEventId],
      );
      for (const event of rows) {
        write(campaignId, subscriber, sseMessage(event.id, event.name, event.data));
        subscriber.lastId = Math.max(subscriber.lastId, event.id);
        sent.add(event.id);
      }
    }
    const snapshot = await readCount(db, campaignId);
    const pending = subscriber.pending ?? [];
    subscriber.pending = null;
    for (const event of pending) {
      if (sent.has(event.id)) continue;
      write(campaignId, subscriber, sseMessage(event.id, event.name, event.data));
      subscriber.lastId = Math.max(subscriber.lastId, event.id);
    }
    if (snapshot) {
      write(
        campaignId,
        subscriber,
        sseMessage(subscriber.lastId, 'count', { count: snapshot.count, goal: snapshot.goal }),
      );
    }
  }

  return {
    get subscriberCount() {
      return subscriberCount;
    },

    async start() {
      unlisteners.push(await db.listen(LIVE_CHANNEL, onDurableNotification));
      unlisteners.push(await db.listen(COUNT_CHANNEL, onCountNotification));
      heartbeat = setInterval(() => {
        for (const [campaignId, channel] of channels) {
          for (const subscriber of channel.subscribers) write(campaignId, subscriber, HEARTBEAT);
        }
      }, o.heartbeatMs);
      heartbeat.unref();
    },

    open(campaignId, lastEventId, out) {
      if (closed) {
        out.end();
        return;
      }
      const subscriber: Subscriber = { out, lastId: 0, pending: [] };
      channelFor(campaignId).subscribers.add(subscriber);
      subscriberCount++;
      // The one closure a subscriber needs: the client going away (or the end we wrote) frees it.
      // (`on`, not `once`: a response closes once, and `once` would add a wrapper per stream.)
      out.on('close', () => drop(campaignId, subscriber, false));
      start(campaignId, subscriber, lastEventId).catch((error: unknown) => {
        logger.error({ err: error, campaignId }, 'live stream failed to start');
        drop(campaignId, subscriber, true);
      });
    },

    countChanged: (campaignId) => countChanged(campaignId, true),

    async close() {
      closed = true;
      if (heartbeat) clearInterval(heartbeat);
      for (const [campaignId, channel] of [...channels]) {
        for (const subscriber of [...channel.subscribers]) drop(campaignId, subscriber, true);
        if (channel.timer) clearTimeout(channel.timer);
        channel.timer = null;
        // Still tell other instances about counts changed here (and catch milestones).
        if (channel.localChange) runFlush(campaignId, channel);
      }
      await Promise.all(flushing);
      channels.clear();
      for (const unlisten of unlisteners.splice(0)) await unlisten().catch(() => {});
      await durableQueue;
    },
  };
}
