/**
 * The loader's sheet for Placard tags not yet defined, written at build time
 * from the elements' own table of reserved block sizes
 * (`@placard/elements/reserved-space.js`), so the loader and the widgets can never disagree.
 * Selectors sit inside :where() and weigh nothing: any rule of the partner's wins.
 */
import { RESERVED_SPACE, reservationRules, reservedBlockSize } from '@placard/elements/reserved-space.js';

export function reservedSpaceCss(): string {
  const tags = [...new Set(RESERVED_SPACE.map((entry) => entry.tag))];
  const rules = reservationRules(
    RESERVED_SPACE,
    ({ tag, attribute }, em) =>
      `:where(${tag}${attribute ? `[${attribute}]` : ''}:not(:defined)){min-block-size:${reservedBlockSize(em)}}`,
  );
  return `:where(${tags.join(',')}):not(:defined){display:block}${rules}`;
}
