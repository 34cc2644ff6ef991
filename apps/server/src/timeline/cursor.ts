import { ApiError, isCalendarDate } from '@placard/contract';

/** A position in a timeline: the last entry of a page, by its order key. */
export interface TimelinePosition {
  date: string;
  seq: number;
}

export function encodeCursor(position: TimelinePosition): string {
  return Buffer.from(`${position.date}|${position.seq}`).toString('base64url');
}

/** Reads a cursor this server issued; anything else is 422 on the `cursor` field. */
export function decodeCursor(cursor: string): TimelinePosition {
  const match = /^(\d{4}-\d{2}-\d{2})\|(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  // A forged cursor may carry a date the database cannot read (2026-02-31): refused here, not there.
  if (!match || !isCalendarDate(match[1]!)) {
    throw new ApiError('validation_failed', 'Check cursor: it is not a cursor from this API.', {
      cursor: 'Pass back the nextCursor of a previous page.',
    });
  }
  return { date: match[1]!, seq: Number(match[2]) };
}
