import { ApiError } from '@placard/contract';
import { sampleRepresentatives } from '@placard/contract/fixtures';
import { loadBundledMpList, type MpList } from './mp-list.js';
import { memberContactUrl, type RepresentativeProvider } from './provider.js';

/**
 * The offline provider: the few sample postcodes of the contract fixtures,
 * each mapped to its 2024 constituency, with the MP taken from the bundled
 * list. The list has no email addresses, so `email` is always null.
 */
export function createBundledProvider(mps: MpList = loadBundledMpList()): RepresentativeProvider {
  // Only postcode → constituency comes from the fixtures; the MP comes from the list.
  const constituencyByPostcode = new Map(
    sampleRepresentatives.map((sample) => [sample.postcode, sample.constituency.code]),
  );
  const known = [...constituencyByPostcode.keys()].join(', ');

  return {
    name: 'bundled',
    async find(postcode) {
      const code = constituencyByPostcode.get(postcode);
      const mp = code === undefined ? undefined : mps.byConstituencyCode(code);
      if (!mp) {
        throw new ApiError(
          'postcode_not_found',
          `The offline demo knows only a few postcodes (${known}); ${postcode} is not one of them.`,
        );
      }
      return {
        postcode,
        constituency: { code: mp.constituencyCode, name: mp.constituencyName },
        mp: { id: mp.memberId, name: mp.name, party: mp.party, email: null, contactUrl: memberContactUrl(mp.memberId) },
      };
    },
  };
}
