import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as v from 'valibot';
import {
  ERROR_STATUS,
  ErrorEnvelopeSchema,
  fieldErrors,
  fillLetter,
  MessageRequestSchema,
  normalisePostcode,
  SignatureRequestSchema,
  TimelineEntryInputSchema,
  TimelineEventSchema,
  TimelineQuerySchema,
} from '../src/index.js';

const signature = {
  name: '  Tenzin Dolma ',
  email: 'tenzin@example.org',
  postcode: 'sw1a1aa',
  consent: { privacy: true },
};

describe('postcodes', () => {
  it('normalises spacing and case', () => {
    assert.equal(normalisePostcode('sw1a1aa'), 'SW1A 1AA');
    assert.equal(normalisePostcode(' M1   1ae '), 'M1 1AE');
    assert.equal(normalisePostcode('EH99 1SP'), 'EH99 1SP');
  });
  it('rejects what cannot be a UK postcode', () => {
    for (const bad of ['', 'SW1A', '12345', 'SW1A 1AAA', 'Q1 1AA1', 'hello']) {
      assert.equal(normalisePostcode(bad), null, bad);
    }
  });
});

describe('signature requests', () => {
  it('trims the name, canonicalises the postcode and defaults updates consent to false', () => {
    const out = v.parse(SignatureRequestSchema, signature);
    assert.equal(out.name, 'Tenzin Dolma');
    assert.equal(out.postcode, 'SW1A 1AA');
    assert.equal(out.consent.updates, false);
    assert.equal(out.website, '');
  });

  it('names each bad field', () => {
    const result = v.safeParse(SignatureRequestSchema, {
      name: ' ',
      email: 'not-an-email',
      postcode: 'nowhere',
      consent: { privacy: false },
    });
    assert.equal(result.success, false);
    const fields = fieldErrors(result.issues ?? []);
    assert.deepEqual(Object.keys(fields).sort(), ['consent.privacy', 'email', 'name', 'postcode']);
    assert.equal(fields['consent.privacy'], 'Please agree to the privacy notice to continue.');
  });

  it('says the same about a missing privacy box as an unticked one', () => {
    const result = v.safeParse(SignatureRequestSchema, { ...signature, consent: {} });
    assert.deepEqual(fieldErrors(result.issues ?? []), {
      'consent.privacy': 'Please agree to the privacy notice to continue.',
    });
  });

  it('reports a bad UK postcode on its own', () => {
    const result = v.safeParse(SignatureRequestSchema, { ...signature, postcode: 'nowhere' });
    assert.equal(result.success, false);
    assert.deepEqual(Object.keys(fieldErrors(result.issues ?? [])), ['postcode']);
  });

  it('accepts a foreign postcode when the country is not GB', () => {
    const out = v.parse(SignatureRequestSchema, { ...signature, postcode: '75001', country: 'fr' });
    assert.equal(out.postcode, '75001');
    assert.equal(out.country, 'FR');
  });
});

describe('letters', () => {
  it('requires every part of a letter and a UK postcode', () => {
    const result = v.safeParse(MessageRequestSchema, { postcode: 'x', consent: { privacy: true } });
    assert.equal(result.success, false);
    const fields = fieldErrors(result.issues ?? []);
    for (const key of ['postcode', 'name', 'email', 'address', 'subject', 'body']) {
      assert.ok(fields[key], `expected an error for ${key}`);
    }
  });

  it('fills the template placeholders it knows and leaves the rest visible', () => {
    const filled = fillLetter(
      { subject: 'To {{mpName}}', body: 'Dear {{ mpName }}, from {{constituency}}. {{name}} {{unknown}}' },
      { mpName: 'Rachel Blake', constituency: 'Cities of London and Westminster' },
    );
    assert.equal(filled.subject, 'To Rachel Blake');
    assert.equal(filled.body, 'Dear Rachel Blake, from Cities of London and Westminster. {{name}} {{unknown}}');
  });
});

describe('timeline', () => {
  it('parses limit from a query string and bounds it', () => {
    assert.equal(v.parse(TimelineQuerySchema, {}).limit, 20);
    assert.equal(v.parse(TimelineQuerySchema, { limit: '5' }).limit, 5);
    assert.equal(v.safeParse(TimelineQuerySchema, { limit: '0' }).success, false);
    assert.equal(v.safeParse(TimelineQuerySchema, { limit: '101' }).success, false);
    assert.equal(v.safeParse(TimelineQuerySchema, { limit: 'ten' }).success, false);
  });

  it('refuses links that are not http(s)', () => {
    const base = { date: '2021-01-29', kind: 'news', title: 'A' };
    assert.equal(v.safeParse(TimelineEntryInputSchema, { ...base, url: 'javascript:alert(1)' }).success, false);
    assert.equal(v.safeParse(TimelineEntryInputSchema, { ...base, url: 'https://example.org/a' }).success, true);
  });

  it('timeline events are added/updated entries or deleted ids', () => {
    assert.equal(v.safeParse(TimelineEventSchema, { change: 'deleted', id: 'x' }).success, true);
    assert.equal(v.safeParse(TimelineEventSchema, { change: 'added', id: 'x' }).success, false);
  });
});

describe('errors', () => {
  it('every code maps to a 4xx or 5xx status', () => {
    for (const [code, status] of Object.entries(ERROR_STATUS)) {
      assert.ok(status >= 400 && status < 600, code);
    }
  });
  it('the envelope accepts known codes only', () => {
    assert.equal(v.safeParse(ErrorEnvelopeSchema, { error: { code: 'not_found', message: 'No.' } }).success, true);
    assert.equal(v.safeParse(ErrorEnvelopeSchema, { error: { code: 'oops', message: 'No.' } }).success, false);
  });
});
