import {
  type ConstituencyCount,
  type ConstituencyCounts,
  type CountryCount,
  type CountryCounts,
  normalisePostcode,
} from '@placard/contract';
import type { MockCampaign, MockState } from './mock-state.js';

/** Counts by area of signatures the mock holds no rows for (the seed's 6,000 were gathered before). */
export interface MockAreaCounts {
  constituencies: ConstituencyCount[];
  countries: CountryCount[];
}

/**
 * Plausible counts by area for the seed campaign: its sample postcodes'
 * constituencies, and the countries a Tibet campaign hears from. Made up for
 * widgets and stories; they add up to less than the count, as the server's do
 * (not every signer gives a postcode or a country).
 */
export function seedAreaCounts(): MockAreaCounts {
  return {
    constituencies: [
      { code: 'E14001172', name: 'Cities of London and Westminster', count: 412 },
      { code: 'E14001290', name: 'Holborn and St Pancras', count: 388 },
      { code: 'E14001352', name: 'Manchester Central', count: 164 },
      { code: 'E14001096', name: 'Birmingham Ladywood', count: 97 },
      { code: 'S14000078', name: 'Edinburgh East and Musselburgh', count: 71 },
      { code: 'W07000091', name: 'Cardiff South and Penarth', count: 58 },
    ],
    countries: [
      { code: 'GB', count: 4630 },
      { code: 'IN', count: 310 },
      { code: 'US', count: 205 },
      { code: 'NP', count: 120 },
      { code: 'FR', count: 96 },
      { code: 'DE', count: 88 },
      { code: 'CA', count: 64 },
      { code: 'AU', count: 52 },
    ],
  };
}

function add<T extends { code: string; count: number }>(into: Map<string, T>, entry: T): void {
  const known = into.get(entry.code);
  into.set(entry.code, known ? { ...known, count: known.count + entry.count } : { ...entry });
}

/** The campaign's counted signatures in the mock: the baseline, plus each counted signature as the server counts it. */
function countedSignatures(state: MockState, entry: MockCampaign) {
  return state.signatures.filter(
    (signature) => signature.slug === entry.campaign.slug && signature.status === 'counted',
  );
}

/** By constituency, most first then by name: a counted signature whose UK postcode the mock knows adds one. */
export function mockConstituencyCounts(state: MockState, entry: MockCampaign): ConstituencyCounts {
  const byCode = new Map<string, ConstituencyCount>();
  for (const area of entry.areas?.constituencies ?? []) add(byCode, area);
  for (const signature of countedSignatures(state, entry)) {
    if (!signature.postcode || (signature.country && signature.country !== 'GB')) continue;
    const found = state.representatives.find((known) => known.postcode === signature.postcode);
    if (found) add(byCode, { ...found.constituency, count: 1 });
  }
  const constituencies = [...byCode.values()]
    .filter((area) => area.count > 0)
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { constituencies, updatedAt: entry.campaign.petition.updatedAt };
}

/** By country, most first then by code: a UK postcode without a country counts as GB. */
export function mockCountryCounts(state: MockState, entry: MockCampaign): CountryCounts {
  const byCode = new Map<string, CountryCount>();
  for (const area of entry.areas?.countries ?? []) add(byCode, area);
  for (const signature of countedSignatures(state, entry)) {
    const code = signature.country ?? (signature.postcode && normalisePostcode(signature.postcode) ? 'GB' : undefined);
    if (code) add(byCode, { code, count: 1 });
  }
  const countries = [...byCode.values()]
    .filter((area) => area.count > 0)
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { countries, updatedAt: entry.campaign.petition.updatedAt };
}
