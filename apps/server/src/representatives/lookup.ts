import { ApiError, fieldErrors, PostcodeSchema, type Representative } from '@placard/contract';
import * as v from 'valibot';
import { createBundledProvider } from './bundled-provider.js';
import type { LookupOptions, RepresentativeProvider } from './provider.js';
import { createUkParliamentProvider } from './uk-parliament-provider.js';

export type { LookupOptions } from './provider.js';

/** Finds a UK postcode's 2024 constituency and current MP. */
export interface RepresentativeLookup {
  readonly provider: RepresentativeProvider['name'];
  /**
   * Throws ApiError `validation_failed` (not a UK postcode), `postcode_not_found`
   * or `lookup_unavailable`.
   */
  lookup(postcode: string, options?: LookupOptions): Promise<Representative>;
}

/** The part of the server config the lookup reads. */
export interface RepresentativeLookupConfig {
  mpProvider: 'bundled' | 'uk-parliament';
  postcodesApiUrl: string;
  membersApiUrl: string;
}

/** Validates and normalises the postcode once, then asks the provider. */
export function lookupWith(provider: RepresentativeProvider): RepresentativeLookup {
  return {
    provider: provider.name,
    lookup(postcode, options = {}) {
      const parsed = v.safeParse(PostcodeSchema, postcode);
      if (!parsed.success) {
        const fields = fieldErrors(parsed.issues);
        const message = Object.values(fields)[0] ?? 'Enter a UK postcode like SW1A 1AA.';
        return Promise.reject(new ApiError('validation_failed', message, { postcode: message }));
      }
      return provider.find(parsed.output, options);
    },
  };
}

export function createRepresentativeLookup(
  config: RepresentativeLookupConfig,
  options: { timeoutMs?: number } = {},
): RepresentativeLookup {
  return lookupWith(
    config.mpProvider === 'uk-parliament'
      ? createUkParliamentProvider({
          postcodesApiUrl: config.postcodesApiUrl,
          membersApiUrl: config.membersApiUrl,
          ...options,
        })
      : createBundledProvider(),
  );
}
