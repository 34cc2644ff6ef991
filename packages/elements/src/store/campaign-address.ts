import { readPageConfig } from '../config/page-config.js';

/** Which campaign, on which API, with which publishable key: one store per address. */
export interface CampaignAddress {
  api: string;
  key: string | undefined;
  campaign: string;
}

/** What an element knows from its own attributes. */
export interface AddressAttributes {
  api?: string | null | undefined;
  key?: string | null | undefined;
  campaign?: string | null | undefined;
}

const given = (value: string | null | undefined): string | undefined => (value?.trim() ? value.trim() : undefined);

/**
 * The element's own attributes win, then the enclosing `<placard-campaign>`,
 * then the page-wide config; the API defaults to the page's own origin.
 * Undefined when no campaign is named anywhere.
 */
export function resolveCampaignAddress(
  own: AddressAttributes,
  provided?: CampaignAddress | undefined,
): CampaignAddress | undefined {
  const campaign = given(own.campaign) ?? provided?.campaign;
  if (!campaign) return undefined;
  const config = readPageConfig();
  const api = (given(own.api) ?? provided?.api ?? config.api ?? globalThis.location.origin).replace(/\/+$/, '');
  const key = given(own.key) ?? provided?.key ?? config.key;
  return { api, key, campaign };
}

export const sameAddress = (a: CampaignAddress | undefined, b: CampaignAddress | undefined): boolean =>
  a?.api === b?.api && a?.key === b?.key && a?.campaign === b?.campaign;
