/**
 * Public counts by area (issue 16): `GET …/petition/constituencies` and `…/petition/countries`.
 * Counted signatures only, areas and numbers only, cacheable like the petition read; each
 * signature's constituency is looked up after signing (src/areas/resolver.ts), never while.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  ApiError,
  type ConstituencyCounts,
  ConstituencyCountsSchema,
  type CountryCounts,
  CountryCountsSchema,
  ErrorEnvelopeSchema,
  type Representative,
} from '@placard/contract';
import { UNKNOWN_POSTCODE } from '@placard/contract/fixtures';
import * as v from 'valibot';
import { createAreaResolver } from '../../src/areas/resolver.js';
import { PUBLIC_READ_CACHE } from '../../src/http/cache.js';
import type { Logger } from '../../src/logger.js';
import type { RepresentativeLookup } from '../../src/representatives/lookup.js';
import { startTestServer, type TestServer, testDatabases } from '../harness.js';
import { createCampaign, petitionCount } from '../privacy/helpers.js';
import { admin, sign, signatureBody } from '../requests.js';

const WESTMINSTER = { code: 'E14001172', name: 'Cities of London and Westminster' };
const MANCHESTER = { code: 'E14001352', name: 'Manchester Central' };

async function constituencies(server: TestServer, slug: string): Promise<ConstituencyCounts> {
  const response = await fetch(`${server.url}/v1/campaigns/${slug}/petition/constituencies`);
  assert.equal(response.status, 200);
  return v.parse(ConstituencyCountsSchema, await response.json());
}

async function countries(server: TestServer, slug: string): Promise<CountryCounts> {
  const response = await fetch(`${server.url}/v1/campaigns/${slug}/petition/countries`);
  assert.equal(response.status, 200);
  return v.parse(CountryCountsSchema, await response.json());
}

async function signatureId(server: TestServer, email: string): Promise<string> {
  const { rows } = await server.db.query<{ id: string }>('SELECT id::text FROM signatures WHERE email = $1', [email]);
  assert.ok(rows[0], `no signature from ${email}`);
  return rows[0].id;
}

/** A logger that keeps every line, to check what was written. */
function recordingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const record =
    (level: string) =>
    (...args: unknown[]) => {
      lines.push(`${level} ${JSON.stringify(args)}`);
    };
  const logger = { info: record('info'), warn: record('warn'), error: record('error'), debug: record('debug') };
  return { logger: logger as unknown as Logger, lines };
}

for (const database of testDatabases) {
  describe(`public counts by area (${database})`, () => {
    let server: TestServer;
    const slug = `areas-${database}`;
    const optIn = `areas-opt-in-${database}`;
    // Who signed, and what each one's personal data was: none of it may be in an answer.
    const signers = {
      westminster: signatureBody({ name: 'Pema Westminster', postcode: 'SW1A 1AA', country: 'GB' }),
      // A UK postcode with no country counts as GB.
      noCountry: signatureBody({ name: 'Lhamo Nocountry', postcode: 'sw1a 0aa', country: undefined }),
      manchester: signatureBody({ name: 'Dorje Manchester', postcode: 'M1 1AE', country: 'GB' }),
      // No lookup knows it: in GB's count, in no constituency's.
      unknown: signatureBody({ name: 'Sonam Unknown', postcode: UNKNOWN_POSTCODE, country: 'GB' }),
      france: signatureBody({ name: 'Jeanne Paris', postcode: '75001', country: 'FR' }),
      germany: signatureBody({ name: 'Karl Berlin', postcode: undefined, country: 'DE' }),
      nowhere: signatureBody({ name: 'Nyima Nowhere', postcode: undefined, country: undefined }),
      hidden: signatureBody({ name: 'Tashi Hidden', postcode: 'B1 1BB', country: 'GB' }),
    };

    before(async () => {
      server = await startTestServer({ database });
      await createCampaign(server, { slug, signatureMode: 'immediate' });
      await createCampaign(server, { slug: optIn, signatureMode: 'double_opt_in' });
      for (const body of Object.values(signers)) assert.equal((await sign(server.url, slug, body)).status, 201);
      // Waiting for confirmation: not counted, so in no area's count either.
      for (const pending of [
        { postcode: 'SW1A 1AA' },
        { postcode: 'M1 1AE' },
        { postcode: undefined, country: 'DE' },
      ]) {
        assert.equal((await sign(server.url, optIn, signatureBody(pending))).status, 201);
      }
      const hidden = await signatureId(server, signers.hidden.email);
      const moderated = await admin(
        server.url,
        server.secretKey,
        'PATCH',
        `/v1/admin/campaigns/${slug}/signatures/${hidden}`,
        {
          hidden: true,
        },
      );
      assert.equal(moderated.status, 200);
      await server.server.areas.idle();
    });
    after(() => server.close());

    test('constituencies: counted signatures by 2024 constituency, most first, then by name', async () => {
      const body = await constituencies(server, slug);
      assert.deepEqual(body.constituencies, [
        { ...WESTMINSTER, count: 2 },
        { ...MANCHESTER, count: 1 },
      ]);
      // The hidden signature was matched to its constituency, and still does not count.
      const { rows } = await server.db.query<{ code: string }>(
        'SELECT constituency_code AS code FROM signatures WHERE email = $1',
        [signers.hidden.email],
      );
      assert.equal(rows[0]?.code, 'E14001096');
    });

    test('countries: by ISO code, most first, then by code; a UK postcode without a country is GB', async () => {
      const body = await countries(server, slug);
      assert.deepEqual(body.countries, [
        { code: 'GB', count: 4 },
        { code: 'DE', count: 1 },
        { code: 'FR', count: 1 },
      ]);
    });

    test('signatures waiting for their confirmation count in no area (their constituency is found all the same)', async () => {
      assert.deepEqual((await constituencies(server, optIn)).constituencies, []);
      assert.deepEqual((await countries(server, optIn)).countries, []);
      // Pending rows are matched too, ready for when they are confirmed.
      const { rows } = await server.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM signatures s JOIN campaigns c ON c.id = s.campaign_id
          WHERE c.slug = $1 AND s.constituency_code IS NOT NULL`,
        [optIn],
      );
      assert.equal(rows[0]?.n, 2);
    });

    test('updatedAt is the petition’s', async () => {
      const petition = (await (await fetch(`${server.url}/v1/campaigns/${slug}/petition`)).json()) as {
        updatedAt: string;
      };
      assert.equal((await constituencies(server, slug)).updatedAt, petition.updatedAt);
      assert.equal((await countries(server, slug)).updatedAt, petition.updatedAt);
    });

    test('no personal data: areas and numbers only', async () => {
      for (const path of ['constituencies', 'countries']) {
        const text = await (await fetch(`${server.url}/v1/campaigns/${slug}/petition/${path}`)).text();
        const body = JSON.parse(text) as Record<string, Array<Record<string, unknown>>>;
        assert.deepEqual(Object.keys(body).sort(), [path, 'updatedAt'].sort());
        for (const entry of body[path] ?? []) {
          assert.deepEqual(
            Object.keys(entry).sort(),
            path === 'countries' ? ['code', 'count'] : ['code', 'count', 'name'],
          );
        }
        for (const signer of Object.values(signers)) {
          for (const value of [signer.name, signer.email, signer.postcode]) {
            if (value) assert.ok(!text.toLowerCase().includes(value.toLowerCase()), `${path} mentions ${value}`);
          }
        }
        assert.doesNotMatch(text, /SW1A|M1 1AE|@/);
      }
    });

    test('cached like the petition read: public, a few seconds, an ETag and 304', async () => {
      for (const path of ['constituencies', 'countries']) {
        const url = `${server.url}/v1/campaigns/${slug}/petition/${path}`;
        const first = await fetch(url);
        assert.equal(first.status, 200);
        assert.equal(first.headers.get('cache-control'), PUBLIC_READ_CACHE);
        assert.equal(first.headers.get('access-control-allow-origin'), '*');
        assert.match(first.headers.get('content-type') ?? '', /application\/json/);
        const etag = first.headers.get('etag') ?? '';
        assert.ok(etag.startsWith('W/"'), path);
        await first.arrayBuffer();
        const again = await fetch(url, { headers: { 'If-None-Match': etag } });
        assert.equal(again.status, 304);
        assert.equal(await again.text(), '');
        assert.equal(again.headers.get('etag'), etag);
        assert.equal(again.headers.get('cache-control'), PUBLIC_READ_CACHE);
        const other = await fetch(url, { headers: { 'If-None-Match': 'W/"something-else"' } });
        assert.equal(other.status, 200);
        await other.arrayBuffer();
      }
    });

    test('an unknown campaign is 404 not_found', async () => {
      for (const path of ['constituencies', 'countries']) {
        for (const missing of ['no-such-campaign', 'Not_A_Slug']) {
          const response = await fetch(`${server.url}/v1/campaigns/${missing}/petition/${path}`);
          assert.equal(response.status, 404);
          const body = v.parse(ErrorEnvelopeSchema, await response.json());
          assert.equal(body.error.code, 'not_found');
        }
      }
    });

    test('a new signature moves its area’s counts, and a changed count changes the ETag', async () => {
      const url = `${server.url}/v1/campaigns/${slug}/petition/constituencies`;
      const before = await fetch(url);
      const etag = before.headers.get('etag') ?? '';
      await before.arrayBuffer();
      assert.equal((await sign(server.url, slug, signatureBody({ postcode: 'M1 1AE' }))).status, 201);
      await server.server.areas.idle();
      const after = await fetch(url, { headers: { 'If-None-Match': etag } });
      assert.equal(after.status, 200);
      const body = v.parse(ConstituencyCountsSchema, await after.json());
      assert.deepEqual(body.constituencies, [
        { ...WESTMINSTER, count: 2 },
        { ...MANCHESTER, count: 2 },
      ]);
      assert.deepEqual((await countries(server, slug)).countries[0], { code: 'GB', count: 5 });
    });

    test('an erased supporter still counts in the total but in no area, and their row keeps no area', async () => {
      const total = await petitionCount(server, slug);
      const erased = await admin(
        server.url,
        server.secretKey,
        'DELETE',
        `/v1/admin/supporters?email=${encodeURIComponent(signers.westminster.email)}`,
      );
      assert.equal(erased.status, 200);
      assert.equal(await petitionCount(server, slug), total);
      const [places, lands] = [await constituencies(server, slug), await countries(server, slug)];
      assert.deepEqual(
        places.constituencies.find((entry) => entry.code === WESTMINSTER.code),
        { ...WESTMINSTER, count: 1 },
      );
      assert.deepEqual(
        lands.countries.find((entry) => entry.code === 'GB'),
        { code: 'GB', count: 4 },
      );
      const { rows } = await server.db.query(
        `SELECT postcode, country, constituency_code, constituency_name, area_checked_at
           FROM signatures WHERE anonymised_at IS NOT NULL`,
      );
      assert.equal(rows.length, 1);
      assert.deepEqual(rows[0], {
        postcode: null,
        country: null,
        constituency_code: null,
        constituency_name: null,
        area_checked_at: null,
      });
    });

    test('the catch-up pass fills rows left without a constituency, and an anonymised row never gets one back', async () => {
      await server.db.query(
        `UPDATE signatures SET constituency_code = NULL, constituency_name = NULL, area_checked_at = NULL
          WHERE campaign_id = (SELECT id FROM campaigns WHERE slug = $1)`,
        [slug],
      );
      assert.deepEqual((await constituencies(server, slug)).constituencies, []);
      server.server.areas.catchUpSoon();
      await server.server.areas.idle();
      assert.deepEqual((await constituencies(server, slug)).constituencies, [
        { ...MANCHESTER, count: 2 },
        { ...WESTMINSTER, count: 1 },
      ]);
      const anonymised = await server.db.query(
        'SELECT 1 FROM signatures WHERE anonymised_at IS NOT NULL AND constituency_code IS NOT NULL',
      );
      assert.equal(anonymised.rowCount, 0);
    });
  });

  describe(`the area resolver (${database})`, () => {
    let server: TestServer;
    const slug = `resolver-${database}`;
    before(async () => {
      server = await startTestServer({ database });
      await createCampaign(server, { slug, signatureMode: 'immediate' });
    });
    after(() => server.close());

    /** A lookup that knows Westminster's postcodes, and answers as `outcome` says for the rest. */
    function fakeLookup(o: { outcome?: 'not_found' | 'unavailable'; delayMs?: number } = {}) {
      const asked: string[] = [];
      const lookup: RepresentativeLookup = {
        provider: 'bundled',
        async lookup(postcode) {
          asked.push(postcode);
          if (o.delayMs) await new Promise((resolve) => setTimeout(resolve, o.delayMs));
          if (postcode.startsWith('SW1A')) {
            return { postcode, constituency: WESTMINSTER, mp: {} as Representative['mp'] };
          }
          throw o.outcome === 'unavailable'
            ? new ApiError('lookup_unavailable', `Lookup down while asking about ${postcode}.`)
            : new ApiError('postcode_not_found', `${postcode} is not a postcode we know.`);
        },
      };
      return { lookup, asked };
    }

    async function row(email: string) {
      const { rows } = await server.db.query<{ code: string | null; checked: Date | null }>(
        'SELECT constituency_code AS code, area_checked_at AS checked FROM signatures WHERE email = $1',
        [email],
      );
      return rows[0];
    }

    /** A signature written straight away, its constituency left to a resolver of the test's own. */
    async function signed(postcode: string) {
      const body = signatureBody({ postcode });
      assert.equal((await sign(server.url, slug, body)).status, 201);
      await server.server.areas.idle();
      await server.db.query(
        'UPDATE signatures SET constituency_code = NULL, constituency_name = NULL, area_checked_at = NULL WHERE email = $1',
        [body.email],
      );
      return { email: body.email, id: await signatureId(server, body.email) };
    }

    test('signed() returns at once, whatever the lookup takes; the row is filled afterwards', async () => {
      const { lookup } = fakeLookup({ delayMs: 200 });
      const resolver = createAreaResolver({ db: server.db, logger: recordingLogger().logger, lookup });
      const signature = await signed('SW1A 2AA');
      const started = Date.now();
      resolver.signed(signature.id, 'SW1A 2AA');
      assert.ok(Date.now() - started < 50);
      assert.equal((await row(signature.email))?.code, null);
      await resolver.idle();
      assert.equal((await row(signature.email))?.code, WESTMINSTER.code);
      await resolver.close();
    });

    test('an unknown postcode is marked and left alone by the next pass; a failed lookup is retried', async () => {
      const unknown = await signed('ZZ9 9ZZ');
      const { lookup, asked } = fakeLookup();
      const resolver = createAreaResolver({ db: server.db, logger: recordingLogger().logger, lookup });
      resolver.catchUpSoon();
      await resolver.idle();
      const marked = await row(unknown.email);
      assert.equal(marked?.code, null);
      assert.ok(marked?.checked, 'an unknown postcode is marked as looked up');
      const before = asked.filter((postcode) => postcode === 'ZZ9 9ZZ').length;
      resolver.catchUpSoon();
      await resolver.idle();
      assert.equal(asked.filter((postcode) => postcode === 'ZZ9 9ZZ').length, before, 'asked again within the week');
      await resolver.close();

      const down = await signed('EH1 1AA');
      const failing = fakeLookup({ outcome: 'unavailable' });
      const second = createAreaResolver({ db: server.db, logger: recordingLogger().logger, lookup: failing.lookup });
      second.signed(down.id, 'EH1 1AA');
      await second.idle();
      assert.deepEqual(await row(down.email), { code: null, checked: null });
      second.catchUpSoon();
      await second.idle();
      assert.ok(failing.asked.filter((postcode) => postcode === 'EH1 1AA').length >= 2, 'retried by the catch-up pass');
      await second.close();
    });

    test('a row erased before its lookup answers gets no area back', async () => {
      const signature = await signed('SW1A 1AA');
      const { lookup } = fakeLookup({ delayMs: 100 });
      const resolver = createAreaResolver({ db: server.db, logger: recordingLogger().logger, lookup });
      const email = (
        await server.db.query<{ email: string }>('SELECT email FROM signatures WHERE id = $1', [signature.id])
      ).rows[0]!.email;
      resolver.signed(signature.id, 'SW1A 1AA');
      const erased = await admin(
        server.url,
        server.secretKey,
        'DELETE',
        `/v1/admin/supporters?email=${encodeURIComponent(email)}`,
      );
      assert.equal(erased.status, 200);
      await resolver.idle();
      const { rows } = await server.db.query('SELECT constituency_code FROM signatures WHERE id = $1', [signature.id]);
      assert.deepEqual(rows[0], { constituency_code: null });
      await resolver.close();
    });

    test('logs never carry a postcode, even when the lookup’s message quotes it', async () => {
      const { logger, lines } = recordingLogger();
      const failing = fakeLookup({ outcome: 'unavailable' });
      const resolver = createAreaResolver({ db: server.db, logger, lookup: failing.lookup });
      const signature = await signed('EH2 2BB');
      resolver.signed(signature.id, 'EH2 2BB');
      await resolver.idle();
      await resolver.close();
      assert.ok(
        lines.some((line) => line.includes('lookup_unavailable')),
        lines.join('\n'),
      );
      assert.ok(!lines.some((line) => /EH2|@/.test(line)), lines.join('\n'));
    });
  });
}
