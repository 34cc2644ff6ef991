import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RepresentativeSchema } from '@placard/contract';
import { UNKNOWN_POSTCODE } from '@placard/contract/fixtures';
import { MOCK_MP_EMAIL_POSTCODE } from '../src/index.js';
import { API, expectError, mockApi, parsed } from './harness.js';

mockApi();
const lookup = (postcode: string) => fetch(`${API}/v1/representatives?postcode=${encodeURIComponent(postcode)}`);

describe('GET /v1/representatives?postcode=', () => {
  it('finds the constituency and MP of a sample postcode, in any spacing or case', async () => {
    const response = await lookup('sw1a1aa');
    assert.equal(response.status, 200);
    const representative = await parsed(response, RepresentativeSchema);
    assert.equal(representative.postcode, 'SW1A 1AA');
    assert.deepEqual(representative.constituency, { code: 'E14001172', name: 'Cities of London and Westminster' });
    assert.equal(representative.mp.name, 'Rachel Blake');
    assert.equal(representative.mp.email, null);
    assert.equal(representative.mp.contactUrl, 'https://members.parliament.uk/member/5257/contact');
  });

  it('finds other sample postcodes', async () => {
    const manchester = await parsed(await lookup('M1 1AE'), RepresentativeSchema);
    assert.equal(manchester.constituency.name, 'Manchester Central');
  });

  it('has a mock-only postcode whose MP has an (example.org) email', async () => {
    const representative = await parsed(await lookup(MOCK_MP_EMAIL_POSTCODE), RepresentativeSchema);
    assert.equal(representative.postcode, 'SW1A 2AA');
    assert.equal(representative.mp.email, 'rachel.blake.mp@example.org');
  });

  it('answers 404 postcode_not_found for a valid postcode no constituency holds', async () => {
    await expectError(await lookup(UNKNOWN_POSTCODE), 'postcode_not_found', 404);
  });

  it('answers 422 validation_failed for a malformed or missing postcode', async () => {
    const malformed = await expectError(await lookup('12345'), 'validation_failed', 422);
    assert.ok(malformed.fields?.postcode);
    const missing = await expectError(await fetch(`${API}/v1/representatives`), 'validation_failed', 422);
    assert.ok(missing.fields?.postcode);
  });
});
