import type { TimelineEntry } from '@placard/contract';
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { httpUrl } from '../base/http-url.js';
import type { Catalogue, CatalogueBasics } from '../i18n/catalogue.js';
import type { Format } from '../i18n/format.js';
import { kindIcon } from './timeline-icons.js';

/** What the timeline shows once its first page has loaded. */
export interface TimelineView {
  t: Pick<Catalogue, 'timeline'>;
  format: Format<CatalogueBasics>;
  /** The entries on screen, in the order shown. */
  entries: readonly TimelineEntry[];
  /** Entries that arrived live while the page was open. */
  arrived: ReadonlySet<string>;
  hasMore: boolean;
  more: 'idle' | 'loading' | 'error';
  /** Why the last "show more" failed. */
  moreError: string;
  onMore(): void;
  /**
   * How the entries become the list's items. The element keys them by id (lit's
   * `repeat`), so that an entry arriving live never moves focus to another entry's
   * link; a first view, never updated, maps them in order and so carries no directive.
   */
  items?: (entries: readonly TimelineEntry[], item: (entry: TimelineEntry) => TemplateResult) => unknown;
}

/**
 * The timeline's view: one template, drawn by the element and, before the element's
 * code has arrived, by the embed's first view (campaign-timeline.first-view.ts).
 */
export function timelineView(v: TimelineView): TemplateResult {
  const t = v.t;
  if (v.entries.length === 0) return html`<p class="empty" part="empty">${t.timeline.empty}</p>`;
  return html`<ol class="entries" part="list" aria-label=${t.timeline.label}>
      ${(v.items ?? inOrder)(v.entries, (entry) => timelineEntry(entry, v))}
    </ol>
    ${
      v.more === 'error'
        ? html`<div class="notice error" part="error" role="alert">
          <p>${v.moreError}</p>
        </div>`
        : nothing
    }
    ${
      v.hasMore
        ? html`<button
          type="button"
          class="secondary more"
          part="show-more"
          aria-disabled=${v.more === 'loading' ? 'true' : 'false'}
          @click=${v.onMore}
        >
          ${v.more === 'loading' ? t.timeline.loadingMore : v.more === 'error' ? t.timeline.showMoreAgain : t.timeline.showMore}
        </button>`
        : nothing
    }`;
}

const inOrder = (entries: readonly TimelineEntry[], item: (entry: TimelineEntry) => TemplateResult) =>
  entries.map(item);

function timelineEntry(entry: TimelineEntry, v: TimelineView): TemplateResult {
  const t = v.t;
  const isNew = v.arrived.has(entry.id);
  const url = httpUrl(entry.url);
  return html`<li class="entry kind-${entry.kind} ${isNew ? 'arrived' : ''}" part="entry entry-${entry.kind}" tabindex="-1" data-id=${entry.id}>
    <p class="meta">
      <span class="kind" part="kind">${kindIcon(entry.kind)}${t.timeline.kinds[entry.kind]}</span>
      <time part="date" datetime=${entry.date}>${v.format.date(entry.date)}</time>
      ${isNew ? html`<span class="new" part="new-badge">${t.timeline.newBadge}</span>` : nothing}
    </p>
    <h3 class="title" part="title">${entry.title}</h3>
    ${entry.body ? html`<p class="body">${entry.body}</p>` : nothing}
    ${
      url
        ? html`<a class="link" part="link" href=${url}
          >${t.timeline.readMore}<span class="visually-hidden">: ${entry.title}</span></a
        >`
        : nothing
    }
  </li>`;
}
