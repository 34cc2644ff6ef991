import { ERROR_STATUS, type ErrorBody, type ErrorCode } from '@placard/contract';
import { HttpResponse, http } from 'msw';

/** Messages as the real API words them; shown only where a widget shows the server's text. */
const MESSAGES: Partial<Record<ErrorCode, string>> = {
  validation_failed: 'Some fields need attention.',
  unauthorized: 'This request needs a publishable key.',
  origin_not_allowed: 'This key may not be used from this website.',
  rate_limited: 'Too many requests. Please wait and try again.',
  campaign_closed: 'This campaign has closed.',
  postcode_not_found: 'No constituency contains that postcode.',
  mp_email_unavailable: 'This MP publishes no email address; use their contact page.',
  lookup_unavailable: 'The MP lookup is unavailable just now.',
  not_found: 'No campaign has that name.',
};

/** Seconds a rate-limited story asks the reader to wait (the widget rounds up to minutes). */
export const STORY_RETRY_AFTER = 120;

/** The contract's error envelope with the code's HTTP status, as the server would answer. */
export function errorAnswer(code: ErrorCode, fields?: Record<string, string>) {
  const error: ErrorBody = { code, message: MESSAGES[code] ?? `The request failed (${code}).` };
  if (fields) error.fields = fields;
  const headers: Record<string, string> = {};
  if (code === 'rate_limited') {
    error.retryAfter = STORY_RETRY_AFTER;
    headers['Retry-After'] = String(STORY_RETRY_AFTER);
  }
  return HttpResponse.json({ error }, { status: ERROR_STATUS[code], headers });
}

/** One route of this story's API answering `code` every time (placed before the mocks). */
export function failing(method: 'get' | 'post', path: string, code: ErrorCode, fields?: Record<string, string>) {
  return (api: string) => [http[method](`${api}${path}`, () => errorAnswer(code, fields))];
}
