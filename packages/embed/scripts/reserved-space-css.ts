/**
 * The loader's sheet for Placard tags not yet defined, written at build time
 * from the elements' own table of reserved block sizes (their source module
 * styles/reserved-space.ts), so the loader and the widgets can never disagree.
 * Selectors sit inside :where() and weigh nothing: any rule of the partner's wins.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ELEMENTS_DIR } from './elements-source.js';

interface Reservation {
  tag: string;
  attribute?: string;
  wide: number;
  narrow: number;
}

interface ReservedSpaceModule {
  RESERVED_SPACE: readonly Reservation[];
  NARROW_VIEWPORT: string;
  reservedBlockSize(em: number): string;
}

export async function reservedSpaceCss(): Promise<string> {
  const source = pathToFileURL(join(ELEMENTS_DIR, 'src/styles/reserved-space.ts')).href;
  const { RESERVED_SPACE, NARROW_VIEWPORT, reservedBlockSize } = (await import(source)) as ReservedSpaceModule;
  const tags = [...new Set(RESERVED_SPACE.map((entry) => entry.tag))];
  // Narrow-screen rules only where the figure differs.
  const rules = (size: 'wide' | 'narrow') =>
    RESERVED_SPACE.filter((entry) => size === 'wide' || entry.narrow !== entry.wide)
      .map(
        ({ tag, attribute, [size]: em }) =>
          `:where(${tag}${attribute ? `[${attribute}]` : ''}:not(:defined)){min-block-size:${reservedBlockSize(em)}}`,
      )
      .join('');
  return `:where(${tags.join(',')}):not(:defined){display:block}${rules('wide')}@media ${NARROW_VIEWPORT}{${rules('narrow')}}`;
}
