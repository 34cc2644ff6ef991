import { isPlacardError, type PlacardErrorCode, type PlacardOriginNotAllowedError } from '@placard/sdk';
import type { Catalogue } from '../i18n/catalogue.js';
import type { Format } from '../i18n/format.js';

/** The error's code as the SDK names it; anything else counts as an internal error. */
export function errorCode(error: unknown): PlacardErrorCode {
  return isPlacardError(error) ? error.code : 'internal_error';
}

export const isOffline = (error: unknown): boolean => errorCode(error) === 'network_error';

/** Whole minutes to wait, at least one. */
export function retryMinutes(error: unknown): number {
  const seconds = isPlacardError(error) ? (error.retryAfter ?? 60) : 60;
  return Math.max(1, Math.ceil(seconds / 60));
}

/** Words for an error while loading something to show. */
export function loadErrorMessage(error: unknown, t: Catalogue): string {
  switch (errorCode(error)) {
    case 'not_found':
      return t.common.notFound;
    case 'network_error':
      return t.common.offline;
    default:
      return t.common.loadFailed;
  }
}

/** Words for an error after the supporter pressed a button to send something. */
export function writeErrorMessage(error: unknown, t: Catalogue, format: Format): string {
  switch (errorCode(error)) {
    case 'rate_limited':
      return t.common.rateLimited(retryMinutes(error), format);
    case 'campaign_closed':
      return t.common.closed;
    case 'origin_not_allowed':
      return t.common.originNotAllowed;
    case 'email_not_accepted':
      return t.fields.emailNotAccepted;
    case 'unauthorized':
    case 'forbidden':
      return t.common.notAllowed;
    case 'not_found':
      return t.common.notFound;
    case 'network_error':
      return t.common.offline;
    default:
      return t.common.serverError;
  }
}

let originWarned = false;

/**
 * Tells the webmaster, once per page, how to fix an `origin_not_allowed`
 * refusal: supporters only see that the site is not set up, and the fix is
 * the campaign staff's, on the key, not anything in this page's markup.
 */
export function warnOriginNotAllowed(error: unknown): void {
  if (originWarned || errorCode(error) !== 'origin_not_allowed') return;
  originWarned = true;
  const origin = (error as PlacardOriginNotAllowedError).origin ?? globalThis.location?.origin ?? 'this page’s origin';
  console.warn(
    `Placard: the publishable key does not allow ${origin}, so signatures and letters sent from this page are refused. ` +
      `Ask the campaign’s staff to add ${origin} to the key’s allowed origins (or to create a key for it: placard keys create --origin ${origin}).`,
  );
}
