import type { Representative } from '@placard/contract';

export interface LookupOptions {
  /**
   * The caller will email the MP, so "no email" must be a fact, not a guess:
   * when the MP's contact details cannot be fetched right now, fail with
   * `lookup_unavailable` instead of answering `email: null`.
   */
  requireContact?: boolean;
}

/** One source of constituencies and MPs. `postcode` is already canonical (`SW1A 1AA`). */
export interface RepresentativeProvider {
  readonly name: 'bundled' | 'uk-parliament';
  find(postcode: string, options: LookupOptions): Promise<Representative>;
}

/** The Members API page where anyone can find how to contact a member. */
export function memberContactUrl(memberId: number): string {
  return `https://members.parliament.uk/member/${memberId}/contact`;
}
