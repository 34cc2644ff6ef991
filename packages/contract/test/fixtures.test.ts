import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as v from 'valibot';
import { SEED_SLUG, sampleRepresentatives, seedCampaign, seedPetition, seedTimeline } from '../src/fixtures.js';
import { CampaignSchema, PetitionSchema, RepresentativeSchema, TimelineEntrySchema } from '../src/index.js';

describe('seed fixtures', () => {
  it('the campaign validates against CampaignSchema', () => {
    const result = v.safeParse(CampaignSchema, seedCampaign);
    assert.equal(result.success, true, JSON.stringify(result.issues));
    assert.equal(seedCampaign.slug, SEED_SLUG);
  });

  it('the petition is at 6,000 of 10,000 with 3,000 and 6,000 reached on the seed dates', () => {
    assert.equal(v.safeParse(PetitionSchema, seedPetition).success, true);
    assert.equal(seedPetition.count, 6000);
    assert.equal(seedPetition.goal, 10000);
    assert.deepEqual(
      seedPetition.milestones.map((m) => [m.count, m.reachedAt?.slice(0, 10)]),
      [
        [3000, '2020-11-27'],
        [6000, '2021-01-28'],
      ],
    );
  });

  it('has the nine timeline entries of the seed page, newest first, each valid', () => {
    assert.equal(seedTimeline.length, 9);
    for (const entry of seedTimeline) {
      const result = v.safeParse(TimelineEntrySchema, entry);
      assert.equal(result.success, true, `${entry.id}: ${JSON.stringify(result.issues)}`);
    }
    const dates = seedTimeline.map((e) => e.date);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.equal(dates[0], '2021-01-29');
    assert.equal(dates.at(-1), '2020-11-17');
    assert.equal(new Set(seedTimeline.map((e) => e.id)).size, 9);
  });

  it('sample representatives validate and include SW1A 1AA → Cities of London and Westminster', () => {
    for (const rep of sampleRepresentatives) {
      const result = v.safeParse(RepresentativeSchema, rep);
      assert.equal(result.success, true, `${rep.postcode}: ${JSON.stringify(result.issues)}`);
    }
    const sw1a = sampleRepresentatives.find((r) => r.postcode === 'SW1A 1AA');
    assert.equal(sw1a?.constituency.name, 'Cities of London and Westminster');
    assert.equal(sw1a?.mp.name, 'Rachel Blake');
  });

  it('the letter template names the placeholders the widgets fill', () => {
    assert.match(seedCampaign.letter?.body ?? '', /\{\{mpName\}\}/);
    assert.match(seedCampaign.letter?.body ?? '', /\{\{constituency\}\}/);
  });
});
