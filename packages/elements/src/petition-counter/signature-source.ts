import type { SignatureSource } from '@placard/contract';

/** Where a signature came from: the page it was made on and its `utm_*` tags, for the campaign's reporting. */
export function signatureSource(location: Location = globalThis.location): SignatureSource {
  const query = new URLSearchParams(location.search);
  const source: SignatureSource = { referrer: `${location.origin}${location.pathname}`.slice(0, 2048) };
  const utm = { utmSource: 'utm_source', utmMedium: 'utm_medium', utmCampaign: 'utm_campaign' } as const;
  for (const [field, param] of Object.entries(utm) as [keyof typeof utm, string][]) {
    const value = query.get(param);
    if (value) source[field] = value.slice(0, 200);
  }
  return source;
}
