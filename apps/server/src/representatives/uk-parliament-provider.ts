import { ApiError, type Constituency } from '@placard/contract';
import { constituencyKey, loadBundledMpList, type MpList } from './mp-list.js';
import { memberContactUrl, type RepresentativeProvider } from './provider.js';
import { TtlCache } from './ttl-cache.js';

export interface UkParliamentProviderOptions {
  /** postcodes.io, e.g. `https://api.postcodes.io` */
  postcodesApiUrl: string;
  /** UK Parliament Members API, e.g. `https://members-api.parliament.uk` */
  membersApiUrl: string;
  /** Per request; a slower answer counts as unavailable. */
  timeoutMs?: number;
  /** Where the MP comes from when the Members API fails. */
  fallback?: MpList;
  /** Bound on each cache (postcodes, members, contacts). */
  cacheSize?: number;
  now?: () => number;
}

interface Member {
  id: number;
  name: string;
  party: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** A postcode postcodes.io does not know rarely starts existing within the hour. */
const NOT_FOUND_TTL_MS = 60 * 60 * 1000;

/** The upstream did not answer usefully: network error, timeout, 5xx or an unexpected shape. */
class UpstreamError extends Error {}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

const field = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((at, key) => (isObject(at) ? at[key] : undefined), value);

const nonEmptyString = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * Live lookups: postcodes.io for the 2024 constituency, the Members API for its
 * current MP and their published email. Answers are cached for a day; the
 * bundled MP list stands in when the Members API is down.
 */
export function createUkParliamentProvider(options: UkParliamentProviderOptions): RepresentativeProvider {
  const postcodesApi = options.postcodesApiUrl.replace(/\/+$/, '');
  const membersApi = options.membersApiUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 5000;
  const size = options.cacheSize ?? 10_000;
  const now = options.now ?? Date.now;
  const postcodes = new TtlCache<string, Constituency | 'not_found' | 'invalid'>(size, DAY_MS, now);
  const members = new TtlCache<string, Member>(size, DAY_MS, now);
  const contacts = new TtlCache<number, string | null>(size, DAY_MS, now);
  let fallback = options.fallback;

  async function getJson(url: string): Promise<{ status: number; body: unknown }> {
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
      text = await response.text();
    } catch (error) {
      throw new UpstreamError(`${new URL(url).host} did not answer: ${(error as Error).name}`);
    }
    if (response.status >= 500) throw new UpstreamError(`${new URL(url).host} answered ${response.status}`);
    try {
      return { status: response.status, body: JSON.parse(text) as unknown };
    } catch {
      if (response.ok) throw new UpstreamError(`${new URL(url).host} answered with invalid JSON`);
      return { status: response.status, body: null };
    }
  }

  async function constituencyFor(postcode: string): Promise<Constituency> {
    let cached = postcodes.get(postcode);
    if (cached === undefined) {
      const { status, body } = await getJson(`${postcodesApi}/postcodes/${encodeURIComponent(postcode)}`);
      if (status === 404) {
        cached = field(body, 'error') === 'Invalid postcode' ? 'invalid' : 'not_found';
        postcodes.set(postcode, cached, NOT_FOUND_TTL_MS);
      } else if (status !== 200) {
        throw new UpstreamError(`postcodes.io answered ${status}`);
      } else {
        const name = nonEmptyString(field(body, 'result', 'parliamentary_constituency_2024'));
        const code = nonEmptyString(field(body, 'result', 'codes', 'parliamentary_constituency_2024'));
        // Crown dependencies and some new postcodes have no Westminster constituency.
        cached = name && code ? { code, name } : 'not_found';
        postcodes.set(postcode, cached, cached === 'not_found' ? NOT_FOUND_TTL_MS : DAY_MS);
      }
    }
    if (cached === 'invalid') {
      throw new ApiError('postcode_not_found', `${postcode} is not a valid UK postcode. Check it and try again.`);
    }
    if (cached === 'not_found') {
      throw new ApiError(
        'postcode_not_found',
        `We could not find ${postcode} or its constituency. Check the postcode and try again.`,
      );
    }
    return cached;
  }

  /** The constituency's current MP per the Members API, or null when it names none. */
  async function searchMember(constituency: Constituency): Promise<Member | null> {
    const url = `${membersApi}/api/Location/Constituency/Search?searchText=${encodeURIComponent(constituency.name)}&skip=0&take=20`;
    const { status, body } = await getJson(url);
    const items = field(body, 'items');
    if (status !== 200 || !Array.isArray(items)) throw new UpstreamError(`Members API search answered ${status}`);
    // A search also finds abolished seats of the same name; only current ones have a member.
    const current = items
      .map((item) => ({
        name: nonEmptyString(field(item, 'value', 'name')) ?? '',
        member: field(item, 'value', 'currentRepresentation', 'member', 'value'),
      }))
      .filter((item) => isObject(item.member));
    const wanted = constituencyKey(constituency.name);
    const match = current.find((item) => constituencyKey(item.name) === wanted);
    if (!match) return null;
    const id = field(match.member, 'id');
    const name = nonEmptyString(field(match.member, 'nameDisplayAs'));
    if (typeof id !== 'number' || !Number.isInteger(id) || !name) {
      throw new UpstreamError('Members API search answered an unexpected member shape');
    }
    return { id, name, party: nonEmptyString(field(match.member, 'latestParty', 'name')) ?? 'Unknown' };
  }

  /** The MP, from the Members API or, when it fails, the bundled list (`live: false`). */
  async function memberFor(constituency: Constituency): Promise<Member & { live: boolean }> {
    const cached = members.get(constituency.code);
    if (cached) return { ...cached, live: true };
    let found: Member | null = null;
    try {
      found = await searchMember(constituency);
    } catch (error) {
      if (!(error instanceof UpstreamError)) throw error;
    }
    if (found) {
      members.set(constituency.code, found);
      return { ...found, live: true };
    }
    fallback ??= loadBundledMpList();
    const bundled = fallback.byConstituencyCode(constituency.code) ?? fallback.byConstituencyName(constituency.name);
    if (!bundled) {
      throw new ApiError(
        'lookup_unavailable',
        `We could not find the current MP for ${constituency.name} right now. Please try again later.`,
      );
    }
    return { id: bundled.memberId, name: bundled.name, party: bundled.party, live: false };
  }

  /** The member's published email: a string, null when they publish none, undefined when unknown. */
  async function emailFor(memberId: number): Promise<string | null | undefined> {
    const cached = contacts.get(memberId);
    if (cached !== undefined) return cached;
    try {
      const { status, body } = await getJson(`${membersApi}/api/Members/${memberId}/Contact`);
      const entries = field(body, 'value');
      if (status === 404) {
        contacts.set(memberId, null);
        return null;
      }
      if (status !== 200 || !Array.isArray(entries)) throw new UpstreamError(`Members API contact answered ${status}`);
      const withEmail = entries.filter((entry) => nonEmptyString(field(entry, 'email')) !== null);
      const chosen =
        withEmail.find((entry) => field(entry, 'type') === 'Parliamentary office') ??
        withEmail.find((entry) => field(entry, 'isPreferred') === true) ??
        withEmail[0];
      const email = chosen ? nonEmptyString(field(chosen, 'email')) : null;
      contacts.set(memberId, email);
      return email;
    } catch (error) {
      if (error instanceof UpstreamError) return undefined;
      throw error;
    }
  }

  return {
    name: 'uk-parliament',
    async find(postcode, { requireContact = false }) {
      let constituency: Constituency;
      try {
        constituency = await constituencyFor(postcode);
      } catch (error) {
        if (!(error instanceof UpstreamError)) throw error;
        throw new ApiError(
          'lookup_unavailable',
          'The postcode lookup is not answering right now. Please try again soon.',
        );
      }
      const member = await memberFor(constituency);
      // When the Members API just failed, asking it again for the contact would only add a timeout.
      const email = member.live ? await emailFor(member.id) : undefined;
      if (email === undefined && requireContact) {
        throw new ApiError(
          'lookup_unavailable',
          `We could not fetch ${member.name}'s contact details right now. Please try again soon.`,
        );
      }
      return {
        postcode,
        constituency,
        mp: {
          id: member.id,
          name: member.name,
          party: member.party,
          email: email ?? null,
          contactUrl: memberContactUrl(member.id),
        },
      };
    },
  };
}
