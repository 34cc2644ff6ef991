import type { Representative } from '@placard/contract';
import { sampleRepresentatives } from '@placard/contract/fixtures';

/**
 * Mock-only postcode whose MP publishes an email address, so widgets can
 * exercise the live-key path (`pk_live_…` needs an MP email). The address is
 * made up on example.org; the real API never returns it.
 */
export const MOCK_MP_EMAIL_POSTCODE = 'SW1A 2AA';

/** A fictional email for the real MP of Cities of London and Westminster; mock data only. */
export const mockRepresentativeWithEmail: Representative = {
  postcode: MOCK_MP_EMAIL_POSTCODE,
  constituency: { code: 'E14001172', name: 'Cities of London and Westminster' },
  mp: {
    id: 5257,
    name: 'Rachel Blake',
    party: 'Labour (Co-op)',
    email: 'rachel.blake.mp@example.org',
    contactUrl: 'https://members.parliament.uk/member/5257/contact',
  },
};

/** The postcodes the mock API knows: the contract's sample plus the mock-only one above. */
export function mockRepresentatives(): Representative[] {
  return structuredClone([...sampleRepresentatives, mockRepresentativeWithEmail]);
}
