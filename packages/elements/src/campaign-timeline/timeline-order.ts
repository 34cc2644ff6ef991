import type { TimelineEntry } from '@placard/contract';

export type TimelineOrder = 'newest' | 'oldest';

/**
 * Where a new entry goes: newest first puts it before the first entry of the
 * same date or older (so a live addition tops its day); oldest first puts it
 * after every entry of the same date or older.
 */
export function insertionIndex(entries: readonly TimelineEntry[], entry: TimelineEntry, order: TimelineOrder): number {
  const at =
    order === 'newest'
      ? entries.findIndex((existing) => existing.date <= entry.date)
      : entries.findIndex((existing) => existing.date > entry.date);
  return at === -1 ? entries.length : at;
}
