import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ErrorEnvelopeSchema, RepresentativeSchema } from '@placard/contract';
import { sampleRepresentatives } from '@placard/contract/fixtures';
import * as v from 'valibot';
import { type FakeParliament, startFakeParliament } from '../fakes/parliament.js';
import { startTestServer, type TestServer, testDatabases } from '../harness.js';

async function getJson(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return { response, body: (await response.json()) as Record<string, unknown> };
}

function assertError(body: unknown, code: string) {
  assert.ok(v.is(ErrorEnvelopeSchema, body), `not an error envelope: ${JSON.stringify(body)}`);
  assert.equal(body.error.code, code);
  return body.error;
}

for (const database of testDatabases) {
  describe(`GET /v1/representatives with the bundled provider on ${database}`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ database });
    });
    after(() => server.close());

    it('answers a sample postcode in any spacing and case, cacheable and readable from any origin', async () => {
      const { response, body } = await getJson(`${server.url}/v1/representatives?postcode=sw1a1aa`, {
        Origin: 'https://anywhere.example',
      });
      assert.equal(response.status, 200);
      assert.deepEqual(body, sampleRepresentatives[0]);
      assert.ok(v.is(RepresentativeSchema, body));
      assert.equal(response.headers.get('cache-control'), 'public, max-age=3600');
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
    });

    it('refuses a missing or malformed postcode with 422 and a postcode field message', async () => {
      for (const query of ['', '?postcode=', '?postcode=not-a-postcode', '?postcode=SW1A%201AAA']) {
        const { response, body } = await getJson(`${server.url}/v1/representatives${query}`);
        assert.equal(response.status, 422, query);
        const error = assertError(body, 'validation_failed');
        assert.ok(error.fields?.postcode, `fields.postcode for ${query}`);
      }
    });

    it('says which postcodes the offline demo knows when it does not know one', async () => {
      const { response, body } = await getJson(`${server.url}/v1/representatives?postcode=ZZ1%201ZZ`);
      assert.equal(response.status, 404);
      const error = assertError(body, 'postcode_not_found');
      assert.match(error.message, /offline demo/);
      for (const sample of sampleRepresentatives) assert.ok(error.message.includes(sample.postcode));
    });
  });

  describe(`GET /v1/representatives with the uk-parliament provider on ${database}`, () => {
    let fake: FakeParliament;
    let server: TestServer;
    before(async () => {
      fake = await startFakeParliament();
      server = await startTestServer({
        database,
        env: {
          MP_PROVIDER: 'uk-parliament',
          POSTCODES_API_URL: fake.url,
          MEMBERS_API_URL: fake.url,
          RATE_LIMITS: 'off',
        },
      });
    });
    after(async () => {
      await server.close();
      await fake.close();
    });

    it('resolves the constituency and the MP with their email through the fake APIs, then serves it from cache', async () => {
      const before = { ...fake.requests };
      const { response, body } = await getJson(`${server.url}/v1/representatives?postcode=SW1A%201AA`);
      assert.equal(response.status, 200);
      assert.deepEqual(body, {
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
      const again = await getJson(`${server.url}/v1/representatives?postcode=sw1a%201aa`);
      assert.deepEqual(again.body, body);
      assert.equal(fake.requests.postcodes - before.postcodes, 1);
      assert.equal(fake.requests.search - before.search, 1);
      assert.equal(fake.requests.contact - before.contact, 1);
    });

    it('answers email null for an MP without a published address', async () => {
      const { response, body } = await getJson(`${server.url}/v1/representatives?postcode=WC1E%206BT`);
      assert.equal(response.status, 200);
      assert.deepEqual((body as { mp: unknown }).mp, {
        id: 4514,
        name: 'Sir Keir Starmer',
        party: 'Labour',
        email: null,
        contactUrl: 'https://members.parliament.uk/member/4514/contact',
      });
    });

    it('maps "Postcode not found" to 404 and an upstream outage to 503 lookup_unavailable', async () => {
      const missing = await getJson(`${server.url}/v1/representatives?postcode=ZZ1%201ZZ`);
      assert.equal(missing.response.status, 404);
      assertError(missing.body, 'postcode_not_found');

      fake.setMode('postcodes', 'error');
      const down = await getJson(`${server.url}/v1/representatives?postcode=M1%201AE`);
      fake.setMode('postcodes', 'ok');
      assert.equal(down.response.status, 503);
      assertError(down.body, 'lookup_unavailable');
      const back = await getJson(`${server.url}/v1/representatives?postcode=M1%201AE`);
      assert.equal(back.response.status, 200);
    });
  });
}

// Limits live in each process's memory, whatever the database: one run is enough.
describe('GET /v1/representatives rate limit', () => {
  let server: TestServer;
  before(async () => {
    // A tenth of the normal limits: three lookups at once per address.
    server = await startTestServer({ env: { RATE_LIMITS: '0.1' } });
  });
  after(() => server.close());

  it('answers 429 with Retry-After once an address has used its burst', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await fetch(`${server.url}/v1/representatives?postcode=SW1A1AA`)).status);
    }
    assert.deepEqual(statuses, [200, 200, 200]);
    const { response, body } = await getJson(`${server.url}/v1/representatives?postcode=SW1A1AA`);
    assert.equal(response.status, 429);
    assertError(body, 'rate_limited');
    assert.ok(Number(response.headers.get('retry-after')) >= 1);
  });
});
