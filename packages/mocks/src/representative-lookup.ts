import { ApiError, type Representative } from '@placard/contract';
import type { MockState } from './mock-state.js';

/** The constituency and MP for a canonical postcode (`SW1A 1AA`), or 404 postcode_not_found. */
export function lookupRepresentative(state: MockState, postcode: string): Representative {
  const found = state.representatives.find((representative) => representative.postcode === postcode);
  if (!found) {
    throw new ApiError(
      'postcode_not_found',
      'We could not find a constituency for that postcode. Check it and try again.',
    );
  }
  return { ...structuredClone(found), postcode };
}
