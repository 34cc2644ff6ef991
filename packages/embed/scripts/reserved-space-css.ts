/**
 * The loader's sheet for Placard tags not yet defined, written at build time
 * from the elements' own table of reserved block sizes (their source module
 * styles/reserved-space.ts), so the loader and the widgets can never disagree.
 * Selectors sit inside :where() and weigh nothing: any rule of the partner's wins.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ELEMENTS_DIR } from './elements-source.js';

// Only the type comes from the relative path; the module itself is loaded from wherever
// @placard/elements resolves, like the rest of the build's element sources.
type ReservedSpaceModule = typeof import('../../elements/src/styles/reserved-space.js');

export async function reservedSpaceCss(): Promise<string> {
  const source = pathToFileURL(join(ELEMENTS_DIR, 'src/styles/reserved-space.ts')).href;
  const { RESERVED_SPACE, reservationRules, reservedBlockSize } = (await import(source)) as ReservedSpaceModule;
  const tags = [...new Set(RESERVED_SPACE.map((entry) => entry.tag))];
  const rules = reservationRules(
    RESERVED_SPACE,
    ({ tag, attribute }, em) =>
      `:where(${tag}${attribute ? `[${attribute}]` : ''}:not(:defined)){min-block-size:${reservedBlockSize(em)}}`,
  );
  return `:where(${tags.join(',')}):not(:defined){display:block}${rules}`;
}
