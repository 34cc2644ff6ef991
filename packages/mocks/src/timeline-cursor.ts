import { ApiError, type TimelineEntry } from '@placard/contract';

/*
 * Cursors are opaque to clients: base64url of the last entry id a page held.
 * An id (not an offset) keeps paging stable while new entries are added on top.
 */

function toBase64Url(text: string): string {
  const binary = Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join('');
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

export function encodeTimelineCursor(lastEntryId: string): string {
  return toBase64Url(JSON.stringify({ after: lastEntryId }));
}

/** The index to start the next page at, or 422 when the cursor was not one this API gave out. */
export function timelineCursorStart(timeline: readonly TimelineEntry[], cursor: string): number {
  let after: unknown;
  try {
    after = (JSON.parse(fromBase64Url(cursor)) as { after?: unknown }).after;
  } catch {
    after = undefined;
  }
  const index = typeof after === 'string' ? timeline.findIndex((entry) => entry.id === after) : -1;
  if (index === -1) {
    throw new ApiError('validation_failed', 'Some fields need attention.', {
      cursor: 'Use the nextCursor of a previous page.',
    });
  }
  return index + 1;
}
