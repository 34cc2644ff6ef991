import type { ErrorCode } from '@placard/contract';

export type PlacardErrorCode = ErrorCode | 'network_error' | 'timeout' | 'invalid_response';

// A registered symbol is the same in every realm (iframe, vm context, second copy of
// the SDK), so the brand survives where `instanceof` does not.
const BRAND = Symbol.for('placard.error');

export interface PlacardErrorDetails {
  status?: number;
  fields?: Record<string, string>;
  retryAfter?: number;
  request?: Request;
  response?: Response;
  cause?: unknown;
}

/** The base of every error the SDK rejects with (except a caller's own abort reason). */
export class PlacardError extends Error {
  override name = 'PlacardError';
  declare readonly code: PlacardErrorCode;
  /** HTTP status, when the server answered. */
  declare readonly status?: number;
  /** Per-field messages keyed by the field's path (`email`, `consent.privacy`). */
  declare readonly fields?: Record<string, string>;
  /** Seconds to wait before trying again, from `Retry-After` or the error body. */
  declare readonly retryAfter?: number;
  declare readonly request?: Request;
  declare readonly response?: Response;

  constructor(code: PlacardErrorCode, message: string, details: PlacardErrorDetails = {}) {
    const { cause, ...rest } = details;
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
    // Only the details that are known, so `'status' in error` means the server answered.
    for (const [key, value] of Object.entries(rest)) if (value !== undefined) Object.assign(this, { [key]: value });
  }

  get [BRAND](): true {
    return true;
  }
}

/** The server answered with an error envelope, or with a status that is not 2xx. */
export class PlacardHttpError extends PlacardError {
  override name = 'PlacardHttpError';
}

/**
 * `origin_not_allowed` (403): the page's origin is not among the publishable
 * key's allowed origins. Only the campaign's staff can fix it, by adding the
 * origin to the key, so it is never retried; `origin` is the page's origin
 * when the SDK runs in a browser, to name in a message for the webmaster.
 */
export class PlacardOriginNotAllowedError extends PlacardHttpError {
  override name = 'PlacardOriginNotAllowedError';
  declare readonly code: 'origin_not_allowed';
  declare readonly origin?: string;
}

/** `fetch` rejected: offline, DNS, a refused connection or a CORS refusal. */
export class PlacardNetworkError extends PlacardError {
  override name = 'PlacardNetworkError';
}

/** No answer within `timeoutMs`. */
export class PlacardTimeoutError extends PlacardError {
  override name = 'PlacardTimeoutError';
}

/** A 2xx answer whose body does not match the contract; `cause` holds the schema issues. */
export class PlacardContractError extends PlacardError {
  override name = 'PlacardContractError';
}

/** Input rejected before any request was sent; `fields` names each problem. */
export class PlacardValidationError extends PlacardError {
  override name = 'PlacardValidationError';
}

/** True for any Placard error, including one from another realm or another copy of the SDK. */
export function isPlacardError(value: unknown): value is PlacardError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
