import type { LiveHandlers, LiveSubscription } from '../types.js';
import { type LiveChannel, type LiveSource, openLiveChannel } from './live-channel.js';

// Module-wide, so every widget on a page that shows one campaign shares one
// connection, whichever client instance each of them made.
const channels = new Map<string, LiveChannel>();

/**
 * Adds a subscriber to the channel for `key` (API base and slug), opening it for the
 * first subscriber and closing it when the last one leaves. A channel keeps the
 * transport options of the client that opened it, and its choice to check events or not.
 */
export function subscribeLive(key: string, source: LiveSource, handlers: LiveHandlers): LiveSubscription {
  const channel = channels.get(key) ?? openLiveChannel(source);
  channels.set(key, channel);
  const subscriber = { handlers };
  channel.subscribers.add(subscriber);
  handlers.status?.(channel.status());
  return {
    close() {
      if (!channel.subscribers.delete(subscriber)) return;
      if (channel.subscribers.size === 0) {
        channel.close();
        channels.delete(key);
      }
      handlers.status?.('closed');
    },
  };
}
