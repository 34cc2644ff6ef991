import { type CSSResult, unsafeCSS } from '@lit/reactive-element/css-tag.js';
import { RESERVED_SPACE, reservationRules, reservedBlockSize } from './reserved-space.js';

/**
 * A widget's loading view holds its reservation (less the root's padding on
 * each side, so the host comes out at the reserved size). Only the loading
 * view, and a first view still waiting for code that will fill the space
 * (`view`, e.g. a call to action standing in for a form): kept afterwards, a
 * figure for the usual layout would leave a gap under a shorter state, such
 * as a closed petition.
 */
export function loadingReservation(tag: string, view = '.loading'): CSSResult {
  const rules = reservationRules(
    RESERVED_SPACE.filter((entry) => entry.tag === tag),
    ({ attribute }, em) =>
      `:host${attribute ? `([${attribute}])` : ''} :is(${view}){min-block-size:calc(${reservedBlockSize(em)} - 2 * var(--_space))}`,
  );
  // flow-root: the placeholder's first margin stays inside the view instead of
  // collapsing through it, so the view is exactly the reserved size.
  return unsafeCSS(`:is(${view}){display:flow-root}${rules}`);
}
