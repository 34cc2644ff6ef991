/**
 * The block size each widget keeps while it loads: its ready view's height in
 * the default layout, so that loading → ready does not move the host page.
 * Measured in Chromium at a 16px font with the seed campaign (two milestones
 * reached, ten updates):
 *   petition-counter     843px in a 560–640px column (821 at 720–800, 866 at
 *                        400–480); 913–961px in a 320–360px phone column
 *   …[display-only]      225px from a 360px column up, 273px below
 *   …[compact]           186px at every width from 280px
 *   campaign-timeline    1009px in a 640px column (1121 at 560, 922 at 800):
 *                        a typical first page; a campaign's own may differ
 *   mp-email-form        the postcode step: 267px from 480px up, 290px below
 * In em so they follow the page's font size. Too much leaves a gap under a
 * ready widget; too little moves the page. Each further milestone adds a line
 * to the counter. Partners whose layout differs set `--placard-min-height`.
 *
 * This table is the one place these figures live: the widgets' loading views
 * (loading-reservation.ts) and the embed loader's sheet for tags not yet defined are both
 * written from it, and tests hold the embed's tests and docs/partners.md to it (exported
 * as `@placard/elements/reserved-space.js`).
 */
export const RESERVED_SPACE: readonly Reservation[] = [
  { tag: 'petition-counter', wide: 52.75, narrow: 57.125 },
  { tag: 'petition-counter', attribute: 'display-only', wide: 14.125, narrow: 17.125 },
  { tag: 'petition-counter', attribute: 'compact', wide: 11.625, narrow: 11.625 },
  { tag: 'campaign-timeline', wide: 63, narrow: 63 },
  { tag: 'mp-email-form', wide: 16.75, narrow: 18.125 },
];

export interface Reservation {
  tag: string;
  /** A boolean attribute that changes the layout, e.g. `compact`. */
  attribute?: string;
  /** Block size in em, in a column wider than {@link NARROW_VIEWPORT}. */
  wide: number;
  /** Block size in em on a narrow screen. */
  narrow: number;
}

/** Where the narrow figures apply. */
export const NARROW_VIEWPORT = '(max-width: 30em)';

/** `min-block-size` for a reservation, the partner's `--placard-min-height` first. */
export function reservedBlockSize(em: number): string {
  return `var(--placard-min-height, ${em}em)`;
}

/**
 * CSS for a set of reservations: `rule` writes one reservation at one size;
 * the wide figures come first, then, in a narrow-screen query, only the
 * figures that differ.
 */
export function reservationRules(
  entries: readonly Reservation[],
  rule: (entry: Reservation, em: number) => string,
): string {
  const wide = entries.map((entry) => rule(entry, entry.wide)).join('');
  const narrow = entries
    .filter((entry) => entry.narrow !== entry.wide)
    .map((entry) => rule(entry, entry.narrow))
    .join('');
  return narrow ? `${wide}@media ${NARROW_VIEWPORT}{${narrow}}` : wide;
}
