import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ApiError, RepresentativeSchema } from '@placard/contract';
import { sampleRepresentatives, UNKNOWN_POSTCODE } from '@placard/contract/fixtures';
import * as v from 'valibot';
import { createRepresentativeLookup, lookupWith } from '../../src/representatives/lookup.js';
import { loadBundledMpList, parseCsv, parseMpList } from '../../src/representatives/mp-list.js';
import { createUkParliamentProvider } from '../../src/representatives/uk-parliament-provider.js';
import { type FakeParliament, startFakeParliament } from '../fakes/parliament.js';

async function rejectsWith(promise: Promise<unknown>, code: string, message?: RegExp) {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof ApiError, `expected an ApiError, got ${String(error)}`);
    assert.equal(error.code, code);
    if (message) assert.match(error.message, message);
    return true;
  });
}

describe('bundled MP list', () => {
  it('parses all 650 constituencies, quoted names included', () => {
    const list = loadBundledMpList();
    assert.equal(list.size, 650);
    const quoted = list.byConstituencyCode('E14001266');
    assert.equal(quoted?.constituencyName, 'Harborough, Oadby and Wigston');
    assert.equal(quoted?.name, "Neil O'Brien");
    assert.equal(list.byConstituencyName('cities of london & westminster')?.memberId, 5257);
  });

  it('reads RFC 4180 quoting and CRLF', () => {
    assert.deepEqual(parseCsv('a,"b, ""c"""\r\n1,2\n'), [
      ['a', 'b, "c"'],
      ['1', '2'],
    ]);
    assert.throws(() => parseMpList('pcon24cd,constituency\r\n'), /lacks the column/);
  });
});

describe('bundled provider', () => {
  const lookup = createRepresentativeLookup({ mpProvider: 'bundled', postcodesApiUrl: '', membersApiUrl: '' });

  it('answers every sample postcode with the MP from the bundled list and no email', async () => {
    for (const sample of sampleRepresentatives) {
      const found = await lookup.lookup(sample.postcode.toLowerCase().replace(' ', ''));
      assert.deepEqual(found, sample);
      assert.ok(v.is(RepresentativeSchema, found));
    }
  });

  it('says an unknown postcode is not in the offline demo and lists the known ones', async () => {
    await rejectsWith(lookup.lookup(UNKNOWN_POSTCODE), 'postcode_not_found', /offline demo.*SW1A 1AA/);
  });

  it('refuses text that is not a UK postcode', async () => {
    await assert.rejects(lookup.lookup('not a postcode'), (error: unknown) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.code, 'validation_failed');
      assert.match(error.fields?.postcode ?? '', /UK postcode/);
      return true;
    });
  });
});

describe('uk-parliament provider against a fake postcodes.io and Members API', () => {
  let fake: FakeParliament;
  const provider = (timeoutMs = 2000) =>
    lookupWith(createUkParliamentProvider({ postcodesApiUrl: fake.url, membersApiUrl: fake.url, timeoutMs }));

  before(async () => {
    fake = await startFakeParliament();
  });
  after(() => fake.close());

  it('finds the constituency, the current MP and the parliamentary office email', async () => {
    const found = await provider().lookup('sw1a1aa');
    assert.deepEqual(found, {
      postcode: 'SW1A 1AA',
      constituency: { code: 'E14001172', name: 'Cities of London and Westminster' },
      mp: {
        id: 5257,
        name: 'Rachel Blake',
        party: 'Labour (Co-op)',
        email: 'rachel.blake.mp@fake-parliament.test',
        contactUrl: 'https://members.parliament.uk/member/5257/contact',
      },
    });
  });

  it('takes another listed email when the parliamentary office has none', async () => {
    const found = await provider().lookup('M1 1AE');
    assert.equal(found.mp.email, 'lucy.powell.office@fake-parliament.test');
  });

  it('answers email null for an MP who publishes none', async () => {
    const found = await provider().lookup('WC1E 6BT');
    assert.equal(found.mp.name, 'Sir Keir Starmer');
    assert.equal(found.mp.email, null);
    assert.equal(found.mp.contactUrl, 'https://members.parliament.uk/member/4514/contact');
  });

  it('maps "Postcode not found" and "Invalid postcode" to postcode_not_found', async () => {
    const lookup = provider();
    await rejectsWith(lookup.lookup('ZZ1 1ZZ'), 'postcode_not_found', /ZZ1 1ZZ/);
    // Well-formed for the contract but refused by postcodes.io as impossible.
    await rejectsWith(lookup.lookup('QA1 1AA'), 'postcode_not_found', /QA1 1AA is not a valid UK postcode/);
  });

  it('caches postcodes, members and contacts', async () => {
    const lookup = provider();
    const before = { ...fake.requests };
    await lookup.lookup('SW1A 1AA');
    await lookup.lookup('sw1a 1aa');
    await lookup.lookup('SW1A1AA');
    assert.deepEqual(
      {
        postcodes: fake.requests.postcodes - before.postcodes,
        search: fake.requests.search - before.search,
        contact: fake.requests.contact - before.contact,
      },
      { postcodes: 1, search: 1, contact: 1 },
    );
    // Another postcode in the same constituency needs only the postcode lookup.
    await lookup.lookup('SW1A 2AA');
    assert.equal(fake.requests.postcodes - before.postcodes, 2);
    assert.equal(fake.requests.search - before.search, 1);
    assert.equal(fake.requests.contact - before.contact, 1);
  });

  it('expires cached answers after a day', async () => {
    let clock = Date.now();
    const lookup = lookupWith(
      createUkParliamentProvider({ postcodesApiUrl: fake.url, membersApiUrl: fake.url, now: () => clock }),
    );
    const before = fake.requests.postcodes;
    await lookup.lookup('M1 1AE');
    clock += 23 * 60 * 60 * 1000;
    await lookup.lookup('M1 1AE');
    assert.equal(fake.requests.postcodes - before, 1);
    clock += 2 * 60 * 60 * 1000;
    await lookup.lookup('M1 1AE');
    assert.equal(fake.requests.postcodes - before, 2);
  });

  it('answers lookup_unavailable when postcodes.io fails or is too slow', async () => {
    fake.setMode('postcodes', 'error');
    await rejectsWith(provider().lookup('SW1A 1AA'), 'lookup_unavailable');
    fake.setMode('postcodes', 'hang');
    const started = Date.now();
    await rejectsWith(provider(200).lookup('SW1A 1AA'), 'lookup_unavailable');
    assert.ok(Date.now() - started < 2000, 'the timeout bounds the wait');
    fake.setMode('postcodes', 'ok');
  });

  it('falls back to the bundled MP when the Members API fails, and does not cache that', async () => {
    fake.setMode('search', 'error');
    const lookup = provider();
    const found = await lookup.lookup('SW1A 1AA');
    assert.equal(found.mp.id, 5257);
    assert.equal(found.mp.name, 'Rachel Blake');
    assert.equal(found.mp.email, null);
    await rejectsWith(lookup.lookup('SW1A 1AA', { requireContact: true }), 'lookup_unavailable', /Rachel Blake/);
    fake.setMode('search', 'ok');
    assert.equal((await lookup.lookup('SW1A 1AA')).mp.email, 'rachel.blake.mp@fake-parliament.test');
  });

  it('answers lookup_unavailable to a caller that needs the contact when only the contact fails', async () => {
    fake.setMode('contact', 'hang');
    const lookup = provider(200);
    await rejectsWith(lookup.lookup('M1 1AE', { requireContact: true }), 'lookup_unavailable');
    assert.equal((await lookup.lookup('M1 1AE')).mp.email, null);
    fake.setMode('contact', 'ok');
    assert.equal((await lookup.lookup('M1 1AE')).mp.email, 'lucy.powell.office@fake-parliament.test');
  });
});
