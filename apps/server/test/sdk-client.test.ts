// The SDK's own suite runs against a recording fake; this one runs the
// published client against the real server, so the two cannot drift apart.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_PUBLISHABLE_KEY, SEED_SLUG } from '@placard/contract/fixtures';
import {
  type CountEvent,
  createClient,
  type PlacardClient,
  PlacardHttpError,
  PlacardValidationError,
} from '@placard/sdk';
import { EventSource } from 'eventsource';
import { confirmLink, waitFor, waitForMail } from './fakes/mailbox-reader.js';
import { startTestServer, type TestServer, testDatabases } from './harness.js';

for (const database of testDatabases) {
  describe(`@placard/sdk against the real server on ${database}`, () => {
    let server: TestServer;
    let client: PlacardClient;

    before(async () => {
      server = await startTestServer({ database });
      client = createClient({ baseUrl: server.url, publishableKey: DEMO_PUBLISHABLE_KEY, EventSource, retry: 0 });
    });
    after(() => server.close());

    it('reads the seeded campaign, its petition and every timeline page', async () => {
      const campaign = await client.campaigns.get(SEED_SLUG);
      assert.equal(campaign.title, 'Ban Chen Quanguo');
      const petition = await client.petition.get(SEED_SLUG);
      assert.equal(petition.goal, 10000);
      assert.deepEqual(
        petition.milestones.map((milestone) => milestone.count),
        [3000, 6000],
      );
      const pages = [];
      for await (const page of client.timeline.pages(SEED_SLUG, { limit: 4 })) pages.push(page);
      assert.deepEqual(
        pages.map((page) => page.entries.length),
        [4, 4, 1],
      );
      assert.equal(pages[0]?.entries[0]?.date, '2021-01-29');
    });

    it('signs once per email, and a live subscriber hears the new count', async () => {
      const before = (await client.petition.get(SEED_SLUG)).count;
      const counts: CountEvent[] = [];
      const subscription = client.live(SEED_SLUG, { count: (event) => counts.push(event) });
      try {
        await waitFor(() => counts.length > 0, 5000, 'the first count event');
        const signed = await client.petition.sign(SEED_SLUG, {
          name: 'Tenzin Dolma',
          email: 'tenzin.sdk@example.org',
          consent: { privacy: true },
        });
        assert.equal(signed.signature.status, 'counted');
        assert.equal(signed.petition.count, before + 1);
        const again = await client.petition.sign(SEED_SLUG, {
          name: 'Tenzin Dolma',
          email: ' Tenzin.SDK@example.org ',
          consent: { privacy: true },
        });
        assert.equal(again.signature.status, 'already_signed');
        assert.equal(again.petition.count, before + 1);
        await waitFor(() => counts.some((event) => event.count === before + 1), 5000, 'the live count');
      } finally {
        subscription.close();
      }
    });

    it('finds the MP, sends a test-mode letter, reads what the emailed token would confirm, then confirms it', async () => {
      const representative = await client.representatives.lookup({ postcode: 'sw1a1aa' });
      assert.equal(representative.constituency.name, 'Cities of London and Westminster');
      const sent = await client.messages.send(SEED_SLUG, {
        postcode: 'SW1A 1AA',
        name: 'Tenzin Dolma',
        email: 'letter.sdk@example.org',
        address: '1 Example Street, London',
        subject: 'Ban Chen Quanguo',
        body: `Dear ${representative.mp.name}, please act.`,
        consent: { privacy: true },
      });
      assert.equal(sent.testMode, true);
      assert.equal(sent.message.status, 'pending_confirmation');
      const mail = await waitForMail(server.url, 'letter.sdk@example.org');
      const token = confirmLink(mail).split('/').pop() ?? '';
      const pending = await client.getConfirmation(token);
      assert.deepEqual(
        { ...pending, expiresAt: typeof pending.expiresAt },
        {
          kind: 'message',
          state: 'pending',
          campaign: { slug: SEED_SLUG, title: pending.campaign.title },
          letter: { mpName: representative.mp.name, constituency: 'Cities of London and Westminster', testMode: true },
          expiresAt: 'string',
        },
      );
      assert.deepEqual(await client.confirm(token), { confirmed: 'message', status: 'queued' });
      assert.deepEqual(await client.confirm(token), { confirmed: 'message', status: 'already_confirmed' });
      assert.equal((await client.getConfirmation(token)).state, 'confirmed');
    });

    it('turns the server’s error envelopes into PlacardHttpErrors with their codes', async () => {
      await assert.rejects(client.campaigns.get('no-such-campaign'), (error: unknown) => {
        assert.ok(error instanceof PlacardHttpError);
        assert.equal(error.code, 'not_found');
        assert.equal(error.status, 404);
        return true;
      });
      await assert.rejects(client.representatives.lookup({ postcode: 'ZZ1 1ZZ' }), { code: 'postcode_not_found' });
      const stranger = createClient({ baseUrl: server.url, publishableKey: 'pk_test_unknown', retry: 0 });
      await assert.rejects(
        stranger.petition.sign(SEED_SLUG, { name: 'A', email: 'a@example.org', consent: { privacy: true } }),
        { code: 'unauthorized', status: 401 },
      );
      await assert.rejects(client.confirm('not-a-real-token'), { code: 'token_invalid', status: 404 });
      await assert.rejects(client.getConfirmation('not-a-real-token'), { code: 'token_invalid', status: 404 });
    });

    it('rejects bad input before it reaches the server', async () => {
      await assert.rejects(
        client.petition.sign(SEED_SLUG, { name: 'A', email: 'nope', consent: { privacy: true } }),
        (error: unknown) => error instanceof PlacardValidationError && error.fields?.email !== undefined,
      );
    });
  });
}
