import type { TimelineKind } from '@placard/contract';
import { svg, type TemplateResult } from 'lit/html.js';

// Drawn for this project: a flag (milestone), a folded page (news), a megaphone (action).
const paths: Record<TimelineKind, TemplateResult> = {
  milestone: svg`<path d="M5 21V4m0 0h11l-2 4 2 4H5" />`,
  news: svg`<path d="M4 5h12v14H6a2 2 0 0 1-2-2V5zm12 4h4v8a2 2 0 0 1-4 0M7 9h6M7 13h6" />`,
  action: svg`<path d="M3 10v4h3l7 4V6L6 10H3zm14-1a4 4 0 0 1 0 6M19.5 6.5a8 8 0 0 1 0 11" />`,
};

/** A decorative icon for a timeline kind; the kind's name is always written beside it. */
export function kindIcon(kind: TimelineKind): TemplateResult {
  return svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${paths[kind]}</svg>`;
}
