import type { TimelineEntry, TimelineEvent } from '@placard/contract';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { isOffline, loadErrorMessage } from '../base/error-message.js';
import { PlacardElement } from '../base/placard-element.js';
import { renderLoadError, renderLoading, renderMissingCampaign } from '../base/status-views.js';
import { widgetFrame } from '../base/widget-frame.js';
import type { FirstViewActions } from '../first-view/first-view-registry.js';
import { isolate } from '../i18n/bidi.js';
import { LiveAnnouncer } from '../live-region/live-announcer.js';
import { campaignTimelineSheets } from './campaign-timeline.styles.js';
import { insertionIndex, type TimelineOrder } from './timeline-order.js';
import { timelineView } from './timeline-view.js';

const byId = (entries: readonly TimelineEntry[], item: (entry: TimelineEntry) => TemplateResult) =>
  repeat(entries, (entry) => entry.id, item);

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;

/**
 * A campaign's dated updates, newest first, with "show more" paging and new
 * entries from the live stream added and announced as they arrive.
 *
 * @summary Live campaign timeline.
 *
 * @attr campaign - The campaign's slug. Optional inside `<placard-campaign>`.
 * @attr api - API origin; defaults to `Placard.config.api`, then the page's origin.
 * @attr key - Publishable key; defaults to `Placard.config.key`.
 * @attr lang - Language of the widget; defaults to the closest `[lang]`, `Placard.config.locale`, `<html lang>`.
 * @attr theme - `light` or `dark`; by default follows the reader's colour-scheme preference.
 * @attr limit - Entries per page (1–100, default 10).
 * @attr order - `newest` (default) or `oldest` first.
 *
 * @prop {number} limit
 * @prop {'newest' | 'oldest'} order
 *
 * @fires placard-error - `{ campaign, code, status? }` when the timeline cannot be loaded.
 *
 * @slot - No-JS fallback content, shown only until the widget loads.
 *
 * @csspart base - The widget’s outer box.
 * @csspart loading - The placeholder shown while loading.
 * @csspart list - The `<ol>` of entries.
 * @csspart entry - Each entry (also `entry-milestone`, `entry-news`, `entry-action`).
 * @csspart kind - The kind label with its icon.
 * @csspart date - The entry's `<time>`.
 * @csspart title - The entry's title.
 * @csspart link - The entry's "read more" link.
 * @csspart new-badge - The "New" label on entries that arrived live.
 * @csspart show-more - The "show more" button.
 * @csspart empty - The empty-state message.
 * @csspart error - Error notices.
 *
 * @cssprop --placard-color-text - Text colour.
 * @cssprop --placard-color-muted - Dates and secondary text.
 * @cssprop --placard-color-surface - Background.
 * @cssprop --placard-color-border - The line joining entries.
 * @cssprop --placard-color-accent - Milestone markers and buttons.
 * @cssprop --placard-color-focus - Focus ring.
 * @cssprop --placard-radius - Corner radius.
 * @cssprop --placard-space - Base spacing.
 * @cssprop --placard-min-height - Space reserved while loading.
 */
export class CampaignTimelineElement extends PlacardElement {
  static override styles = campaignTimelineSheets;
  protected static override showsCampaignErrors = false;

  @property({ type: Number }) limit = DEFAULT_LIMIT;
  @property() order: TimelineOrder = 'newest';

  @state() private phase: 'loading' | 'ready' | 'error' = 'loading';
  @state() private entries: TimelineEntry[] = [];
  @state() private visible = 0;
  @state() private nextCursor: string | null = null;
  @state() private more: 'idle' | 'loading' | 'error' = 'idle';
  @state() private error: unknown;
  @state() private arrived = new Set<string>();

  private readonly announcer = new LiveAnnouncer(this, () => 0);
  private loadKey: string | undefined;

  private get pageSize(): number {
    const limit = Math.trunc(Number(this.limit));
    return Number.isFinite(limit) && limit > 0 ? Math.min(limit, MAX_LIMIT) : DEFAULT_LIMIT;
  }

  private get effectiveOrder(): TimelineOrder {
    return this.order === 'oldest' ? 'oldest' : 'newest';
  }

  private get hasMore(): boolean {
    return this.effectiveOrder === 'oldest' ? this.visible < this.entries.length : this.nextCursor !== null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const address = this.campaignHandle.address;
    const key = address ? JSON.stringify([address, this.pageSize, this.effectiveOrder]) : undefined;
    if (key !== this.loadKey) {
      this.loadKey = key;
      if (key) void this.load(key);
    }
  }

  /** Loads the first page again (after an error). */
  retry(): void {
    if (this.loadKey) void this.load(this.loadKey);
  }

  private async load(key: string): Promise<void> {
    const store = this.store;
    if (!store) return;
    this.phase = 'loading';
    this.more = 'idle';
    this.arrived = new Set();
    try {
      let entries: TimelineEntry[];
      let nextCursor: string | null = null;
      if (this.effectiveOrder === 'oldest') {
        // Pages come newest first; oldest first needs them all, then shows them a page at a time.
        entries = [];
        for await (const page of store.client.timeline.pages(store.slug, { limit: MAX_LIMIT }))
          entries.push(...page.entries);
        entries.reverse();
      } else {
        const page = await store.client.timeline.list(store.slug, { limit: this.pageSize });
        entries = page.entries;
        nextCursor = page.nextCursor;
      }
      if (key !== this.loadKey) return;
      this.entries = entries;
      this.nextCursor = nextCursor;
      this.visible = this.effectiveOrder === 'oldest' ? Math.min(this.pageSize, entries.length) : entries.length;
      this.phase = 'ready';
    } catch (error) {
      if (key !== this.loadKey) return;
      this.error = error;
      this.phase = 'error';
      this.reportError(error);
    }
  }

  private readonly showMore = async (): Promise<void> => {
    const store = this.store;
    if (!store || this.more === 'loading') return;
    const firstNew = this.visible;
    if (this.effectiveOrder === 'oldest') {
      this.visible = Math.min(this.visible + this.pageSize, this.entries.length);
    } else {
      this.more = 'loading';
      try {
        const page = await store.client.timeline.list(store.slug, {
          limit: this.pageSize,
          cursor: this.nextCursor ?? undefined,
        });
        const known = new Set(this.entries.map((entry) => entry.id));
        this.entries = [...this.entries, ...page.entries.filter((entry) => !known.has(entry.id))];
        this.nextCursor = page.nextCursor;
        this.visible = this.entries.length;
        this.more = 'idle';
      } catch (error) {
        this.error = error;
        this.more = 'error';
        this.reportError(error);
        return;
      }
    }
    const first = this.entries[firstNew];
    if (first) await this.focusAfterRender(`li[data-id="${CSS.escape(first.id)}"]`);
  };

  protected override liveTimeline(event: TimelineEvent): void {
    if (this.phase !== 'ready') return;
    const t = this.locale.t;
    if (event.change === 'deleted') {
      const index = this.entries.findIndex((entry) => entry.id === event.id);
      if (index === -1) return;
      this.entries = this.entries.filter((entry) => entry.id !== event.id);
      if (index < this.visible) this.visible -= 1;
      this.announcer.announce(t.timeline.deleted);
      return;
    }
    const { entry } = event;
    const index = this.entries.findIndex((existing) => existing.id === entry.id);
    const previous = this.entries[index];
    // A replay after reconnecting repeats what is already shown.
    if (previous && JSON.stringify(previous) === JSON.stringify(entry)) return;
    const rest = index === -1 ? this.entries : this.entries.filter((existing) => existing.id !== entry.id);
    let visible = index !== -1 && index < this.visible ? this.visible - 1 : this.visible;
    const at = insertionIndex(rest, entry, this.effectiveOrder);
    this.entries = [...rest.slice(0, at), entry, ...rest.slice(at)];
    if (at <= visible) visible += 1;
    this.visible = visible;
    if (!previous) this.arrived = new Set(this.arrived).add(entry.id);
    const title = isolate(entry.title, t);
    this.announcer.announce(previous ? t.timeline.updated(title) : t.timeline.added(title));
  }

  protected override get canDrawFirstView(): boolean {
    return this.phase !== 'loading' || !this.campaignHandle.address;
  }

  protected override tookOver(done: FirstViewActions): void {
    if (done.early === 'show-more') void this.showMore();
  }

  protected override renderWidget(): TemplateResult {
    return widgetFrame(this.locale.speech, this.renderBody(), this.announcer.render());
  }

  private renderBody(): TemplateResult {
    const t = this.locale.t;
    if (!this.campaignHandle.address) return renderMissingCampaign(t);
    if (this.phase === 'loading') return renderLoading(this.hasFallback, t, 5);
    if (this.phase === 'error') {
      const message = isOffline(this.error) ? t.common.offline : t.timeline.loadFailed;
      return renderLoadError(message, () => this.retry(), t);
    }
    return timelineView({
      t,
      format: this.locale.format,
      entries: this.entries.slice(0, this.visible),
      arrived: this.arrived,
      hasMore: this.hasMore,
      more: this.more,
      moreError: this.more === 'error' ? loadErrorMessage(this.error, t) : '',
      onMore: this.showMore,
      items: byId,
    });
  }
}
