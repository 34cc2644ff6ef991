import type { TimelineEntry } from '@placard/contract';
import { drawFirstView, jsonOf, type ShowFirstView } from '../first-view/draw-first-view.js';
import { timeline } from '../i18n/en/timeline.js';
import { campaignTimelineSheets } from './campaign-timeline.styles.js';
import { timelineView } from './timeline-view.js';

/**
 * `<campaign-timeline>`'s first view, drawn by the embed loader before the element's
 * code arrives: the first page it prefetched (the default page size and order only).
 */
export const showFirstView: ShowFirstView = async (host, [, pageResponse]) => {
  const page = (await jsonOf(pageResponse)) as { entries?: TimelineEntry[]; nextCursor?: string | null } | undefined;
  if (!page || !Array.isArray(page.entries)) return false;
  const entries = page.entries;
  return drawFirstView(host, campaignTimelineSheets, (format, actions) =>
    timelineView({
      t: { timeline },
      format,
      entries,
      arrived: new Set(),
      hasMore: typeof page.nextCursor === 'string',
      more: 'idle',
      moreError: '',
      onMore: () => {
        actions.early = 'show-more';
      },
    }),
  );
};

export { withdrawFirstView } from '../first-view/draw-first-view.js';
