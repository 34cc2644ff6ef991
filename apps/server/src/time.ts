/**
 * ISO 8601 in UTC, without milliseconds when there are none, so a stored
 * `2021-01-28T00:00:00Z` comes back exactly as the contract's fixtures write it.
 */
export function isoTimestamp(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}

/** Where time comes from for sweeps that judge expiry and retention; tests pass one that moves. */
export type Clock = () => Date;
