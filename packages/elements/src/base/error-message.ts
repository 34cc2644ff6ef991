import { isPlacardError, type PlacardErrorCode } from '@placard/sdk';
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
    case 'unauthorized':
    case 'origin_not_allowed':
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
