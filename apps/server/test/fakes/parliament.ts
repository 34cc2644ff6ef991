/**
 * A local stand-in for postcodes.io and the UK Parliament Members API, so the
 * `uk-parliament` provider is tested over real HTTP without the network. The
 * bodies follow the shapes those APIs answer with (trimmed to the fields that
 * matter plus a few neighbours); the people are real MPs but every email
 * address is made up under `.test`, a domain that never resolves.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface FakeConstituency {
  code: string;
  name: string;
  /** The constituency id the Members API uses (unrelated to the ONS code). */
  parliamentId: number;
  member: { id: number; nameDisplayAs: string; nameListAs: string; party: string; partyId: number };
  /** Contact entries as `/api/Members/{id}/Contact` lists them. */
  contact: Array<Record<string, unknown>>;
}

const commonsOffice = (email: string | null) => ({
  type: 'Parliamentary office',
  typeDescription: 'Parliamentary office',
  typeId: 1,
  isPreferred: false,
  isWebAddress: false,
  notes: null,
  line1: 'House of Commons',
  line2: 'London',
  line3: null,
  line4: null,
  line5: null,
  postcode: 'SW1A 0AA',
  phone: '020 7219 3000',
  fax: null,
  email,
});

export const fakeConstituencies: Record<string, FakeConstituency> = {
  westminster: {
    code: 'E14001172',
    name: 'Cities of London and Westminster',
    parliamentId: 4636,
    member: {
      id: 5257,
      nameDisplayAs: 'Rachel Blake',
      nameListAs: 'Blake, Rachel',
      party: 'Labour (Co-op)',
      partyId: 47,
    },
    contact: [
      { ...commonsOffice('rachel.blake.mp@fake-parliament.test') },
      {
        type: 'Constituency office',
        typeDescription: 'Constituency office',
        typeId: 4,
        isPreferred: true,
        isWebAddress: false,
        notes: null,
        line1: 'A constituency office',
        postcode: null,
        phone: null,
        email: 'office-5257@fake-parliament.test',
      },
      {
        type: 'Website',
        typeDescription: 'Website',
        typeId: 6,
        isPreferred: false,
        isWebAddress: true,
        line1: 'https://www.example.org/rachel-blake',
        email: null,
      },
    ],
  },
  manchester: {
    code: 'E14001352',
    name: 'Manchester Central',
    parliamentId: 4816,
    member: {
      id: 4263,
      nameDisplayAs: 'Lucy Powell',
      nameListAs: 'Powell, Lucy',
      party: 'Labour (Co-op)',
      partyId: 47,
    },
    contact: [
      // Only a constituency office lists an email: the provider takes it.
      { ...commonsOffice(null) },
      {
        type: 'Constituency office',
        typeDescription: 'Constituency office',
        typeId: 4,
        isPreferred: true,
        isWebAddress: false,
        line1: 'A constituency office',
        email: 'lucy.powell.office@fake-parliament.test',
      },
    ],
  },
  holborn: {
    code: 'E14001290',
    name: 'Holborn and St Pancras',
    parliamentId: 4754,
    member: { id: 4514, nameDisplayAs: 'Sir Keir Starmer', nameListAs: 'Starmer, Keir', party: 'Labour', partyId: 15 },
    // An MP who publishes no email address at all.
    contact: [
      { ...commonsOffice(null) },
      { type: 'Website', typeDescription: 'Website', typeId: 6, isWebAddress: true, line1: 'https://www.example.org/' },
    ],
  },
};

/** Postcodes the fake postcodes.io knows, by canonical form. */
export const fakePostcodes: Record<string, keyof typeof fakeConstituencies> = {
  'SW1A 1AA': 'westminster',
  'SW1A 2AA': 'westminster',
  'M1 1AE': 'manchester',
  'WC1E 6BT': 'holborn',
};

const OUTWARD_INWARD = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/;

function postcodeResult(postcode: string, constituency: FakeConstituency) {
  const [outcode, incode] = postcode.split(' ');
  return {
    postcode,
    quality: 1,
    eastings: 529090,
    northings: 179645,
    country: 'England',
    nhs_ha: 'London',
    longitude: -0.141588,
    latitude: 51.501009,
    european_electoral_region: 'London',
    region: 'London',
    incode,
    outcode,
    parliamentary_constituency: constituency.name,
    parliamentary_constituency_2024: constituency.name,
    admin_district: 'Somewhere',
    parish: null,
    admin_county: null,
    date_of_introduction: '198001',
    admin_ward: 'A ward',
    codes: {
      admin_district: 'E09000033',
      admin_county: 'E99999999',
      admin_ward: 'E05013806',
      parish: 'E43000236',
      parliamentary_constituency: constituency.code,
      parliamentary_constituency_2024: constituency.code,
      lsoa: 'E01004736',
      msoa: 'E02000977',
      pfa: 'E23000001',
    },
  };
}

function searchItem(constituency: FakeConstituency, current: boolean) {
  const member = constituency.member;
  return {
    value: {
      id: current ? constituency.parliamentId : constituency.parliamentId - 3000,
      name: constituency.name,
      startDate: current ? '2024-07-04T00:00:00' : '2010-05-06T00:00:00',
      endDate: current ? null : '2024-05-30T00:00:00',
      currentRepresentation: current
        ? {
            member: {
              value: {
                id: member.id,
                nameListAs: member.nameListAs,
                nameDisplayAs: member.nameDisplayAs,
                nameFullTitle: `${member.nameDisplayAs} MP`,
                nameAddressAs: null,
                latestParty: {
                  id: member.partyId,
                  name: member.party,
                  abbreviation: null,
                  backgroundColour: 'cc0000',
                  foregroundColour: 'ffffff',
                  isLordsMainParty: false,
                  isLordsSpiritualParty: false,
                  governmentType: null,
                  isIndependentParty: false,
                },
                gender: 'F',
                thumbnailUrl: `https://members-api.parliament.uk/api/Members/${member.id}/Thumbnail`,
              },
              links: [],
            },
            representation: {
              membershipFrom: constituency.name,
              membershipFromId: constituency.parliamentId,
              house: 1,
              membershipStartDate: '2024-07-04T00:00:00',
              membershipEndDate: null,
            },
          }
        : null,
      ongoingByElection: null,
    },
    links: [],
  };
}

export type FakeEndpoint = 'postcodes' | 'search' | 'contact';

export interface FakeParliament {
  /** Base URL for both POSTCODES_API_URL and MEMBERS_API_URL. */
  url: string;
  /** Requests received per endpoint, to prove caching. */
  requests: Record<FakeEndpoint, number>;
  /** Make an endpoint answer 503, or hang past any timeout, until set back to 'ok'. */
  setMode(endpoint: FakeEndpoint, mode: 'ok' | 'error' | 'hang'): void;
  close(): Promise<void>;
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

export async function startFakeParliament(): Promise<FakeParliament> {
  const requests: Record<FakeEndpoint, number> = { postcodes: 0, search: 0, contact: 0 };
  const modes: Record<FakeEndpoint, 'ok' | 'error' | 'hang'> = { postcodes: 'ok', search: 'ok', contact: 'ok' };
  const hanging = new Set<ServerResponse>();

  function route(url: URL): { endpoint: FakeEndpoint; answer: () => [number, unknown] } | null {
    const postcodeMatch = /^\/postcodes\/([^/]+)$/.exec(url.pathname);
    if (postcodeMatch) {
      return {
        endpoint: 'postcodes',
        answer: () => {
          const compact = decodeURIComponent(postcodeMatch[1] ?? '')
            .toUpperCase()
            .replace(/\s+/g, '');
          const parts = OUTWARD_INWARD.exec(compact);
          // Real postcodes never start with Q, V or X, so postcodes.io calls those invalid.
          if (!parts || /^[QVX]/.test(compact)) return [404, { status: 404, error: 'Invalid postcode' }];
          const key = fakePostcodes[`${parts[1]} ${parts[2]}`];
          const constituency = key ? fakeConstituencies[key] : undefined;
          if (!constituency) return [404, { status: 404, error: 'Postcode not found' }];
          return [200, { status: 200, result: postcodeResult(`${parts[1]} ${parts[2]}`, constituency) }];
        },
      };
    }
    if (url.pathname === '/api/Location/Constituency/Search') {
      return {
        endpoint: 'search',
        answer: () => {
          const text = (url.searchParams.get('searchText') ?? '').toLowerCase();
          const found = Object.values(fakeConstituencies).filter((c) => c.name.toLowerCase().includes(text));
          // Like the real API, an abolished seat of the same name comes first, without a member.
          const items = found.flatMap((c) => [searchItem(c, false), searchItem(c, true)]);
          return [200, { items, totalResults: items.length, resultContext: text, skip: 0, take: 20, links: [] }];
        },
      };
    }
    const contactMatch = /^\/api\/Members\/(\d+)\/Contact$/.exec(url.pathname);
    if (contactMatch) {
      return {
        endpoint: 'contact',
        answer: () => {
          const id = Number(contactMatch[1]);
          const constituency = Object.values(fakeConstituencies).find((c) => c.member.id === id);
          if (!constituency) return [404, { type: 'https://tools.ietf.org/html/rfc7231#section-6.5.4', status: 404 }];
          return [200, { value: constituency.contact, links: [] }];
        },
      };
    }
    return null;
  }

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    const found = request.method === 'GET' ? route(url) : null;
    if (!found) return sendJson(response, 404, { status: 404, error: 'Resource not found' });
    requests[found.endpoint]++;
    const mode = modes[found.endpoint];
    if (mode === 'hang') {
      hanging.add(response);
      response.on('close', () => hanging.delete(response));
      return;
    }
    if (mode === 'error') return sendJson(response, 503, { status: 503, error: 'Service unavailable' });
    const [status, body] = found.answer();
    sendJson(response, status, body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setMode(endpoint, mode) {
      modes[endpoint] = mode;
    },
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
