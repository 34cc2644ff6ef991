import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as v from 'valibot';
import {
  CampaignInputSchema,
  CampaignPatchSchema,
  fieldErrors,
  isCalendarDate,
  isStorableText,
  MAX_INT32,
  MessageRequestSchema,
  SignatureRequestSchema,
  TimelineEntryInputSchema,
} from '../src/index.js';

// What a database would refuse must be refused by the schemas first, naming the field.
function failedFields(schema: v.GenericSchema, input: unknown): Record<string, string> {
  const result = v.safeParse(schema, input);
  assert.equal(result.success, false, `accepted ${JSON.stringify(input)}`);
  return fieldErrors(result.issues!);
}

const signature = { name: 'Tenzin Dolma', email: 'tenzin@example.org', consent: { privacy: true } };
const letter = {
  postcode: 'SW1A 1AA',
  name: 'Tenzin Dolma',
  email: 'tenzin@example.org',
  address: '1 High Street',
  subject: 'Please act',
  body: 'Dear MP',
  consent: { privacy: true },
};

describe('storable text', () => {
  it('finds NUL and unpaired surrogates, and lets pairs, emoji and accents through', () => {
    for (const bad of ['\u0000', 'a\u0000b', '\uD800', 'x\uDC00', '\uDBFFy', '\uDC00\uD800']) {
      assert.equal(isStorableText(bad), false, JSON.stringify(bad));
    }
    for (const good of ['', 'Zoë', '😀', '\uD83D\uDE00', '𝒳', 'line\nbreak', '\uFFFF']) {
      assert.equal(isStorableText(good), true, JSON.stringify(good));
    }
  });

  it('is required of every text field a supporter or campaign staff send', () => {
    for (const bad of ['Ten\u0000zin', 'Ten\uD800zin']) {
      assert.ok(failedFields(SignatureRequestSchema, { ...signature, name: bad }).name);
      assert.ok(failedFields(SignatureRequestSchema, { ...signature, country: 'FR', postcode: bad }).postcode);
      assert.ok(failedFields(SignatureRequestSchema, { ...signature, source: { utmSource: bad } })['source.utmSource']);
      assert.ok(failedFields(MessageRequestSchema, { ...letter, body: bad }).body);
      assert.ok(failedFields(MessageRequestSchema, { ...letter, address: bad }).address);
      assert.ok(failedFields(CampaignPatchSchema, { letter: { subject: bad, body: 'x' } })['letter.subject']);
      assert.ok(failedFields(CampaignPatchSchema, { summary: bad }).summary);
      assert.ok(failedFields(CampaignPatchSchema, { privacyUrl: `https://example.org/${bad}` }).privacyUrl);
      assert.ok(
        failedFields(TimelineEntryInputSchema, { date: '2026-01-01', kind: 'news', title: 'x', body: bad }).body,
      );
    }
    const fields = failedFields(SignatureRequestSchema, { ...signature, name: 'a\u0000' });
    assert.match(fields.name!, /NUL/);
  });
});

describe('calendar dates', () => {
  it('accepts dates that exist and refuses those that do not', () => {
    for (const good of ['2024-02-29', '2000-02-29', '2026-12-31', '0001-01-01', '9999-12-31']) {
      assert.equal(isCalendarDate(good), true, good);
    }
    for (const bad of [
      '2026-02-31',
      '2026-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '0000-01-01',
      '2026-1-01',
      '2026-01-01T00:00:00Z',
    ]) {
      assert.equal(isCalendarDate(bad), false, bad);
    }
    assert.ok(failedFields(TimelineEntryInputSchema, { date: '2026-02-31', kind: 'news', title: 'x' }).date);
  });
});

describe('whole numbers stored as integer', () => {
  it('refuses goals and milestones an integer column cannot hold', () => {
    const campaign = { slug: 'a-campaign', title: 'A campaign', goal: MAX_INT32 };
    assert.equal(v.safeParse(CampaignInputSchema, campaign).success, true);
    assert.ok(failedFields(CampaignInputSchema, { ...campaign, goal: MAX_INT32 + 1 }).goal);
    assert.ok(failedFields(CampaignInputSchema, { ...campaign, goal: 1e308 }).goal);
    assert.ok(failedFields(CampaignInputSchema, { ...campaign, goal: 2.5 }).goal);
    assert.ok(failedFields(CampaignPatchSchema, { milestones: [10, 2 ** 31] })['milestones.1']);
    assert.ok(failedFields(CampaignPatchSchema, { milestones: [-1] })['milestones.0']);
  });
});
