import type { Campaign, CountEvent, MilestoneEvent, Petition, TimelineEvent } from '@placard/contract';
import { createClient, type LiveSubscription, type PlacardClient } from '@placard/sdk';
import type { CampaignAddress } from './campaign-address.js';
import { fetchWithPrefetched } from './prefetched-fetch.js';

export type LoadState = 'loading' | 'ready' | 'error';

/** What a widget hears from its store. Every method is optional. */
export interface CampaignStoreListener {
  /** Anything shown may have changed: campaign, petition, load state. */
  changed?(): void;
  count?(event: CountEvent, previous: number | undefined): void;
  milestone?(event: MilestoneEvent): void;
  timeline?(event: TimelineEvent): void;
}

/**
 * One campaign on one API with one key: the SDK client, the campaign (with its
 * petition, kept current by live events) and ONE live subscription however many
 * widgets show the campaign. Widgets get a store from `campaignStoreFor` or
 * from a `<placard-campaign>` through context.
 */
export class CampaignStore {
  readonly address: CampaignAddress;
  readonly client: PlacardClient;
  loadState: LoadState = 'loading';
  campaign: Campaign | undefined;
  /** Why the campaign could not be loaded. */
  error: unknown;

  #listeners = new Set<CampaignStoreListener>();
  #loading: Promise<void> | undefined;
  #live: LiveSubscription | undefined;

  constructor(address: CampaignAddress, client?: PlacardClient) {
    this.address = address;
    this.client =
      client ?? createClient({ baseUrl: address.api, publishableKey: address.key, fetch: fetchWithPrefetched });
  }

  get slug(): string {
    return this.address.campaign;
  }

  get petition(): Petition | undefined {
    return this.campaign?.petition;
  }

  /** Loads the campaign once; every caller shares the same request. */
  load(): Promise<void> {
    this.#loading ??= this.#fetch();
    return this.#loading;
  }

  /** Tries again after an error. */
  reload(): Promise<void> {
    this.#loading = undefined;
    this.loadState = 'loading';
    this.#notify();
    return this.load();
  }

  /**
   * Starts listening; the first listener opens the live stream (once the
   * campaign has loaded) and the last one to leave closes it.
   */
  subscribe(listener: CampaignStoreListener): () => void {
    this.#listeners.add(listener);
    void this.load();
    this.#openLive();
    return () => {
      this.#listeners.delete(listener);
      // Deferred: an element moved in the DOM disconnects and reconnects at once.
      queueMicrotask(() => {
        if (this.#listeners.size > 0) return;
        this.#live?.close();
        this.#live = undefined;
        forgetStore(this);
      });
    };
  }

  /** Takes the count a write returned, so every widget shows it at once. */
  applyCount(count: number, goal?: number): void {
    this.#setCount({ count, goal: goal ?? this.petition?.goal ?? count });
  }

  /** The server said the campaign is closed (a write answered `campaign_closed`). */
  markClosed(): void {
    if (!this.campaign || this.campaign.status === 'closed') return;
    this.campaign = { ...this.campaign, status: 'closed' };
    this.#notify();
  }

  async #fetch(): Promise<void> {
    try {
      this.campaign = await this.client.campaigns.get(this.slug);
      this.error = undefined;
      this.loadState = 'ready';
      this.#openLive();
    } catch (error) {
      this.error = error;
      this.loadState = 'error';
    }
    this.#notify();
  }

  #openLive(): void {
    if (this.#live || this.loadState !== 'ready' || this.#listeners.size === 0) return;
    this.#live = this.client.live(this.slug, {
      count: (event) => this.#setCount(event),
      milestone: (event) => this.#reachMilestone(event),
      timeline: (event) => {
        for (const listener of this.#listeners) listener.timeline?.(event);
      },
    });
  }

  #setCount(event: CountEvent): void {
    const campaign = this.campaign;
    if (!campaign) return;
    const previous = campaign.petition.count;
    this.campaign = { ...campaign, petition: { ...campaign.petition, count: event.count, goal: event.goal } };
    for (const listener of this.#listeners) listener.count?.(event, previous);
    this.#notify();
  }

  #reachMilestone(event: MilestoneEvent): void {
    const campaign = this.campaign;
    if (!campaign) return;
    const milestones = campaign.petition.milestones.filter((milestone) => milestone.count !== event.count);
    milestones.push({ count: event.count, reachedAt: event.reachedAt });
    milestones.sort((a, b) => a.count - b.count);
    this.campaign = { ...campaign, petition: { ...campaign.petition, milestones } };
    for (const listener of this.#listeners) listener.milestone?.(event);
    this.#notify();
  }

  #notify(): void {
    for (const listener of this.#listeners) listener.changed?.();
  }
}

// One store per address on the page.
const stores = new Map<string, CampaignStore>();
const idOf = (address: CampaignAddress) => JSON.stringify([address.api, address.key ?? '', address.campaign]);

/** The page's store for this address, created on first use. */
export function campaignStoreFor(address: CampaignAddress): CampaignStore {
  const id = idOf(address);
  let store = stores.get(id);
  if (!store) {
    store = new CampaignStore(address);
    stores.set(id, store);
  }
  return store;
}

function forgetStore(store: CampaignStore): void {
  const id = idOf(store.address);
  if (stores.get(id) === store) stores.delete(id);
}
