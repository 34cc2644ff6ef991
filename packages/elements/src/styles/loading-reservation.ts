import { type CSSResult, unsafeCSS } from 'lit';
import { NARROW_VIEWPORT, RESERVED_SPACE, reservedBlockSize } from './reserved-space.js';

/**
 * A widget's loading view holds its reservation (less the root's padding on
 * each side, so the host comes out at the reserved size). Only the loading
 * view: kept afterwards, a figure for the usual layout would leave a gap under
 * a shorter state, such as a closed petition.
 */
export function loadingReservation(tag: string): CSSResult {
  // Narrow-screen rules only where the figure differs.
  const rules = (size: 'wide' | 'narrow') =>
    RESERVED_SPACE.filter((entry) => entry.tag === tag && (size === 'wide' || entry.narrow !== entry.wide))
      .map(
        ({ attribute, [size]: em }) =>
          `:host${attribute ? `([${attribute}])` : ''} .loading{min-block-size:calc(${reservedBlockSize(em)} - 2 * var(--_space))}`,
      )
      .join('');
  // flow-root: the placeholder's first margin stays inside the view instead of
  // collapsing through it, so the view is exactly the reserved size.
  const narrow = rules('narrow');
  return unsafeCSS(`.loading{display:flow-root}${rules('wide')}${narrow && `@media ${NARROW_VIEWPORT}{${narrow}}`}`);
}
