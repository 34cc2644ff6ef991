import { type MockState, nextId } from './mock-state.js';

/** Like the server: an unconfirmed signature or letter lapses after a week. */
const TOKEN_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** The literal token that always answers 410 token_expired, for stories and tests. */
export const EXPIRED_TOKEN = 'expired';

/** Issues the token a confirmation email would link to; tests find it in `state.tokens` or on the record. */
export function issueConfirmToken(
  state: MockState,
  kind: 'signature' | 'message',
  subjectId: string,
  now = new Date(),
): string {
  const token = nextId(state, `confirm_${kind}`);
  state.tokens.set(token, {
    kind,
    subjectId,
    expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS).toISOString(),
    confirmedAt: null,
  });
  return token;
}
