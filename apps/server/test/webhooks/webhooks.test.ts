import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { WebhookDeliverySchema, WebhookEndpointSchema, WebhookPayloadSchema } from '@placard/contract';
import { SEED_SLUG } from '@placard/contract/fixtures';
import { verifyWebhook } from '@placard/sdk';
import * as v from 'valibot';
import { runMaintenance } from '../../src/maintenance.js';
import { waitFor } from '../fakes/mailbox-reader.js';
import type { TestServer } from '../harness.js';
import { testDatabases } from '../harness.js';
import { writeLetter } from '../privacy/helpers.js';
import { admin, sign, signatureBody } from '../requests.js';
import {
  type CreatedEndpoint,
  createCampaign,
  createEndpoint,
  deliveries,
  type Received,
  type Receiver,
  startReceiver,
  startWebhookServer,
} from './helpers.js';

const ALL_EVENTS = ['signature.counted', 'message.confirmed', 'milestone.reached', 'timeline.published'];

/** The delivery's payload, checked against the contract and the SDK's verifier. */
async function verified(received: Received, secret: string) {
  const header = received.headers['placard-signature'];
  assert.equal(typeof header, 'string');
  const check = await verifyWebhook({ payload: received.body, header: header as string, secret });
  assert.equal(check.valid, true, `signature refused: ${JSON.stringify(check)}`);
  const payload = JSON.parse(received.body) as unknown;
  assert.ok(v.is(WebhookPayloadSchema, payload), `payload outside the contract: ${received.body}`);
  assert.equal(received.headers['placard-event-id'], payload.id);
  assert.equal(received.headers['placard-event-type'], payload.type);
  assert.equal(received.headers['content-type'], 'application/json');
  return payload;
}

function ofType(receiver: Receiver, type: string): Received[] {
  return receiver.received.filter((each) => each.headers['placard-event-type'] === type);
}

async function confirmLinkFor(server: TestServer, email: string, kind: string): Promise<string> {
  const text = await waitFor(async () => {
    const { rows } = await server.db.query<{ body_text: string }>(
      'SELECT body_text FROM mail_outbox WHERE lower(to_address) = lower($1) AND kind = $2 ORDER BY created_at DESC',
      [email, kind],
    );
    return rows[0]?.body_text;
  });
  const link = /https?:\/\/\S+\/v1\/confirm\/[\w-]+/.exec(text)?.[0];
  assert.ok(link, 'no confirmation link');
  return `${server.url}${new URL(link).pathname}`;
}

for (const database of testDatabases) {
  describe(`webhooks on ${database}`, () => {
    let server: TestServer;
    let receiver: Receiver;
    let personal: Receiver;
    let plain: CreatedEndpoint;
    let opted: CreatedEndpoint;
    const slug = `hooks-${database}`;

    before(async () => {
      server = await startWebhookServer(database);
      receiver = await startReceiver();
      personal = await startReceiver();
      await createCampaign(server, { slug, signatureMode: 'immediate', milestones: [] });
      plain = await createEndpoint(server, slug, { url: receiver.url, events: ALL_EVENTS });
      opted = await createEndpoint(server, slug, {
        url: personal.url,
        events: ['signature.counted'],
        includePersonalData: true,
      });
    });
    after(async () => {
      await server.close();
      await receiver.close();
      await personal.close();
    });

    it('registers endpoints: the secret once, then never; https only; behind a secret key', async () => {
      assert.match(plain.secret, /^whsec_[\w-]{40,}$/);
      assert.equal(plain.includePersonalData, false);
      const list = await admin(server.url, server.secretKey, 'GET', `/v1/admin/campaigns/${slug}/webhooks`);
      assert.equal(list.status, 200);
      assert.equal(list.headers.get('cache-control'), 'no-store');
      const body = (await list.json()) as { webhooks: unknown[] };
      assert.equal(body.webhooks.length, 2);
      for (const each of body.webhooks) assert.ok(v.is(WebhookEndpointSchema, each));
      assert.ok(!JSON.stringify(body).includes(plain.secret), 'the list shows a secret');

      const refused = await admin(server.url, server.secretKey, 'POST', `/v1/admin/campaigns/${slug}/webhooks`, {
        url: 'http://example.org/hook',
        events: ['signature.counted'],
      });
      assert.equal(refused.status, 422);
      const unknownEvent = await admin(server.url, server.secretKey, 'POST', `/v1/admin/campaigns/${slug}/webhooks`, {
        url: 'https://example.org/hook',
        events: ['signature.deleted'],
      });
      assert.equal(unknownEvent.status, 422);
      const noKey = await fetch(`${server.url}/v1/admin/campaigns/${slug}/webhooks`);
      assert.equal(noKey.status, 401);
      const nowhere = await admin(server.url, server.secretKey, 'GET', '/v1/admin/campaigns/nope/webhooks');
      assert.equal(nowhere.status, 404);
    });

    it('delivers signature.counted from the one-statement signing path, signed, without personal data by default', async () => {
      const signer = signatureBody({ name: 'Pema Webhook', postcode: 'SW1A 1AA' });
      assert.equal((await sign(server.url, slug, signer)).status, 201);
      const [got] = await waitFor(() => {
        const found = ofType(receiver, 'signature.counted');
        return found.length ? found : null;
      });
      const payload = await verified(got!, plain.secret);
      assert.equal(payload.type, 'signature.counted');
      assert.equal(payload.campaign.slug, slug);
      if (payload.type !== 'signature.counted') return;
      assert.equal(payload.data.count, 1);
      assert.equal(payload.data.supporter, undefined);
      for (const secret of ['Pema Webhook', signer.email, 'SW1A']) {
        assert.ok(!got!.body.includes(secret), `the payload holds ${secret}`);
      }
      // The endpoint that opted in gets the same event (same id) with the supporter.
      const [withData] = await waitFor(() => {
        const found = ofType(personal, 'signature.counted');
        return found.length ? found : null;
      });
      const full = await verified(withData!, opted.secret);
      assert.equal(full.id, payload.id, 'one event, one id across endpoints');
      assert.ok(full.type === 'signature.counted' && full.data.supporter);
      assert.equal(full.data.supporter.name, 'Pema Webhook');
      assert.equal(full.data.supporter.email, signer.email);
      // Its signature does not verify with the other endpoint's secret.
      const crossed = await verifyWebhook({
        payload: withData!.body,
        header: String(withData!.headers['placard-signature']),
        secret: plain.secret,
      });
      assert.equal(crossed.valid, false);
    });

    it('delivers milestone.reached and signature.counted from the full signing path, and timeline.published', async () => {
      const milestoneSlug = `hooks-milestone-${database}`;
      await createCampaign(server, { slug: milestoneSlug, signatureMode: 'immediate', milestones: [1] });
      const hooks = await startReceiver();
      try {
        const endpoint = await createEndpoint(server, milestoneSlug, { url: hooks.url, events: ALL_EVENTS });
        assert.equal((await sign(server.url, milestoneSlug, signatureBody())).status, 201);
        const entry = await admin(
          server.url,
          server.secretKey,
          'POST',
          `/v1/admin/campaigns/${milestoneSlug}/timeline`,
          {
            date: '2026-01-02',
            kind: 'news',
            title: 'Webhook news',
          },
        );
        assert.equal(entry.status, 201);
        await waitFor(() => hooks.received.length >= 3);
        const types = await Promise.all(
          hooks.received.map(async (each) => (await verified(each, endpoint.secret)).type),
        );
        assert.deepEqual(types.sort(), ['milestone.reached', 'signature.counted', 'timeline.published']);
        const milestone = JSON.parse(ofType(hooks, 'milestone.reached')[0]!.body);
        assert.equal(milestone.data.count, 1);
        const timeline = JSON.parse(ofType(hooks, 'timeline.published')[0]!.body);
        assert.equal(timeline.data.entry.title, 'Webhook news');
      } finally {
        await hooks.close();
      }
    });

    it('delivers signature.counted when a double opt-in signature is confirmed, and message.confirmed for a letter', async () => {
      const optInSlug = `hooks-opt-in-${database}`;
      await createCampaign(server, { slug: optInSlug, signatureMode: 'double_opt_in' });
      const hooks = await startReceiver();
      const seedHooks = await startReceiver();
      try {
        const endpoint = await createEndpoint(server, optInSlug, { url: hooks.url, events: ['signature.counted'] });
        const signer = signatureBody();
        assert.equal((await sign(server.url, optInSlug, signer)).status, 201);
        await new Promise((resolve) => setTimeout(resolve, 200));
        assert.equal(hooks.received.length, 0, 'a pending signature is not counted');
        const link = await confirmLinkFor(server, signer.email, 'signature_confirmation');
        assert.equal((await fetch(link, { method: 'POST', headers: { accept: 'application/json' } })).status, 200);
        await waitFor(() => hooks.received.length === 1);
        const payload = await verified(hooks.received[0]!, endpoint.secret);
        assert.ok(payload.type === 'signature.counted' && payload.data.count === 1);

        const letters = await createEndpoint(server, SEED_SLUG, { url: seedHooks.url, events: ['message.confirmed'] });
        const email = `writer-${database}@example.org`;
        const written = await writeLetter(server as never, SEED_SLUG, {
          name: 'Dawa Writer',
          email,
          body: 'Dear MP, a secret letter text.',
        });
        assert.equal(written.status, 202);
        const letterLink = await confirmLinkFor(server, email, 'message_confirmation');
        assert.equal(
          (await fetch(letterLink, { method: 'POST', headers: { accept: 'application/json' } })).status,
          200,
        );
        await waitFor(() => seedHooks.received.length === 1);
        const letter = await verified(seedHooks.received[0]!, letters.secret);
        assert.ok(letter.type === 'message.confirmed');
        assert.match(letter.data.constituencyCode, /^[EWSN]\d{8}$/);
        for (const secret of ['Dawa Writer', email, 'secret letter', 'Example Street']) {
          assert.ok(!seedHooks.received[0]!.body.includes(secret), `the payload holds ${secret}`);
        }
        await admin(server.url, server.secretKey, 'DELETE', `/v1/admin/campaigns/${SEED_SLUG}/webhooks/${letters.id}`);
      } finally {
        await hooks.close();
        await seedHooks.close();
      }
    });

    it('retries a receiver that is down, then failing, until it takes the event once, with one event id', async () => {
      const downSlug = `hooks-down-${database}`;
      await createCampaign(server, { slug: downSlug, signatureMode: 'immediate' });
      // Refuses connections at first; once up, answers 500 twice, then 200.
      const flaky = await startReceiver((n) => (n <= 2 ? 500 : 200), { listening: false });
      try {
        const endpoint = await createEndpoint(server, downSlug, { url: flaky.url, events: ['signature.counted'] });
        assert.equal((await sign(server.url, downSlug, signatureBody())).status, 201);
        const [refused] = await waitFor(async () => {
          const rows = await deliveries(server, endpoint.id);
          return rows[0] && rows[0].attempts >= 1 ? rows : null;
        });
        assert.equal(refused!.last_status, null);
        assert.match(refused!.last_error ?? '', /connection failed \(ECONNREFUSED\)/);
        await flaky.up();
        const [done] = await waitFor(async () => {
          const rows = await deliveries(server, endpoint.id);
          return rows[0]?.status === 'delivered' ? rows : null;
        }, 10_000);
        assert.equal(flaky.received.length, 3);
        assert.deepEqual(
          flaky.received.map((each) => each.status),
          [500, 500, 200],
        );
        assert.equal(flaky.received.filter((each) => each.status < 300).length, 1, 'exactly one 2xx');
        const ids = new Set(flaky.received.map((each) => each.headers['placard-event-id']));
        assert.equal(ids.size, 1, 'the event id is stable across retries');
        assert.equal(new Set(flaky.received.map((each) => each.headers['placard-delivery-id'])).size, 1);
        for (const each of flaky.received) await verified(each, endpoint.secret);
        // One or more refused connections, two 500s, one 200.
        assert.ok(done!.attempts >= 4 && done!.attempts <= 6, `${done!.attempts} attempts`);
        assert.equal(done!.last_status, 200);
        assert.equal(done!.last_error, null);

        // Listed through the admin API, with no body echoed.
        const listed = await admin(
          server.url,
          server.secretKey,
          'GET',
          `/v1/admin/campaigns/${downSlug}/webhooks/${endpoint.id}/deliveries`,
        );
        assert.equal(listed.status, 200);
        const text = await listed.text();
        assert.ok(!text.includes('RECEIVER-BODY'), 'the receiver body is stored');
        const { deliveries: list } = JSON.parse(text) as { deliveries: unknown[] };
        assert.equal(list.length, 1);
        assert.ok(v.is(WebhookDeliverySchema, list[0]));

        // Redelivery: a new delivery of the same event, signed afresh.
        const redo = await admin(
          server.url,
          server.secretKey,
          'POST',
          `/v1/admin/campaigns/${downSlug}/webhooks/${endpoint.id}/deliveries/${done!.id}/redeliver`,
        );
        assert.equal(redo.status, 202);
        const again = (await redo.json()) as { id: string; eventId: string; status: string };
        assert.equal(again.eventId, done!.event_id);
        assert.notEqual(again.id, done!.id);
        await waitFor(() => flaky.received.length === 4);
        const last = flaky.received[3]!;
        await verified(last, endpoint.secret);
        assert.equal(last.headers['placard-event-id'], done!.event_id);
        assert.equal(last.headers['placard-delivery-id'], again.id);
        assert.equal(last.body, flaky.received[2]!.body, 'the same payload');
        const unknown = await admin(
          server.url,
          server.secretKey,
          'POST',
          `/v1/admin/campaigns/${downSlug}/webhooks/${endpoint.id}/deliveries/00000000-0000-4000-8000-000000000000/redeliver`,
        );
        assert.equal(unknown.status, 404);
      } finally {
        await flaky.close();
      }
    });

    it('gives up after the last attempt, never follows a redirect, and does not store the answer', async () => {
      const failSlug = `hooks-fail-${database}`;
      await createCampaign(server, { slug: failSlug, signatureMode: 'immediate' });
      const moved = await startReceiver(() => 302);
      try {
        const endpoint = await createEndpoint(server, failSlug, { url: moved.url, events: ['signature.counted'] });
        assert.equal((await sign(server.url, failSlug, signatureBody())).status, 201);
        const [failed] = await waitFor(async () => {
          const rows = await deliveries(server, endpoint.id);
          return rows[0]?.status === 'failed' ? rows : null;
        }, 10_000);
        assert.equal(failed!.attempts, 6);
        assert.equal(failed!.last_status, 302);
        assert.match(failed!.last_error ?? '', /redirects are not followed/);
        assert.equal(moved.received.length, 6, 'six attempts, no request to the redirect target');
      } finally {
        await moved.close();
      }
    });

    it('stops delivering to a deleted endpoint, including deliveries still waiting', async () => {
      const gone = `hooks-gone-${database}`;
      await createCampaign(server, { slug: gone, signatureMode: 'immediate' });
      const failing = await startReceiver(() => 503);
      try {
        const endpoint = await createEndpoint(server, gone, { url: failing.url, events: ['signature.counted'] });
        assert.equal((await sign(server.url, gone, signatureBody())).status, 201);
        await waitFor(() => failing.received.length >= 1);
        const deleted = await admin(
          server.url,
          server.secretKey,
          'DELETE',
          `/v1/admin/campaigns/${gone}/webhooks/${endpoint.id}`,
        );
        assert.equal(deleted.status, 204);
        const seen = failing.received.length;
        assert.equal((await sign(server.url, gone, signatureBody())).status, 201);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        assert.ok(failing.received.length <= seen + 1, 'at most the attempt in flight finishes');
        const rows = await deliveries(server, endpoint.id);
        assert.equal(rows.length, 1, 'no delivery is written for a deleted endpoint');
        assert.equal(rows[0]!.status, 'failed');
        const list = await admin(server.url, server.secretKey, 'GET', `/v1/admin/campaigns/${gone}/webhooks`);
        assert.deepEqual(await list.json(), { webhooks: [] });
        const again = await admin(
          server.url,
          server.secretKey,
          'DELETE',
          `/v1/admin/campaigns/${gone}/webhooks/${endpoint.id}`,
        );
        assert.equal(again.status, 404);
      } finally {
        await failing.close();
      }
    });

    it('erasure removes the supporter from stored deliveries; maintenance forgets delivered ones after a week', async () => {
      const signer = signatureBody({ name: 'Erase Me' });
      assert.equal((await sign(server.url, slug, signer)).status, 201);
      await waitFor(async () => {
        const rows = await deliveries(server, opted.id);
        return rows.some((row) => JSON.stringify(row.payload).includes(signer.email));
      });
      const erased = await admin(
        server.url,
        server.secretKey,
        'DELETE',
        `/v1/admin/supporters?email=${encodeURIComponent(signer.email.toUpperCase())}`,
      );
      assert.equal(erased.status, 200);
      const { rows } = await server.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM webhook_deliveries d WHERE strpos(lower(d::text), lower($1)) > 0
            OR strpos(d::text, 'Erase Me') > 0`,
        [signer.email],
      );
      assert.equal(rows[0]!.n, 0);

      await waitFor(async () => (await deliveries(server, plain.id)).every((row) => row.status === 'delivered'));
      const before = (await deliveries(server, plain.id)).length;
      assert.ok(before > 0);
      await runMaintenance(server.db, server.server.logger, {
        unconfirmedExpiryDays: 7,
        now: () => new Date(Date.now() + 8 * 86_400_000),
      });
      assert.equal((await deliveries(server, plain.id)).length, 0);
    });
  });
}

describe('webhooks in production', () => {
  let server: TestServer;
  before(async () => {
    server = await startWebhookServer('pglite', {
      env: { NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:1', PUBLIC_URL: 'https://campaigns.example.org' },
    });
    await createCampaign(server, { slug: 'prod-hooks', signatureMode: 'immediate' });
  });
  after(() => server.close());

  it('refuses http, loopback and private addresses', async () => {
    for (const url of [
      'http://127.0.0.1:8080/hook',
      'http://localhost/hook',
      'http://example.org/hook',
      'https://127.0.0.1/hook',
      'https://10.1.2.3/hook',
      'https://192.168.0.10/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/hook',
      'https://[fd00::1]/hook',
      'https://localhost/hook',
    ]) {
      const response = await admin(server.url, server.secretKey, 'POST', '/v1/admin/campaigns/prod-hooks/webhooks', {
        url,
        events: ['signature.counted'],
      });
      assert.equal(response.status, 422, url);
      const body = (await response.json()) as { error: { fields?: Record<string, string> } };
      assert.ok(body.error.fields?.url, url);
    }
    const fine = await admin(server.url, server.secretKey, 'POST', '/v1/admin/campaigns/prod-hooks/webhooks', {
      url: 'https://hooks.example.org/placard',
      events: ['signature.counted'],
    });
    assert.equal(fine.status, 201);
  });

  it('refuses to connect to a private address at delivery time (a name that resolves to one, or one stored before)', async () => {
    const receiver = await startReceiver();
    try {
      const { rows } = await server.db.query<{ id: string }>(
        `INSERT INTO webhook_endpoints (campaign_id, url, secret, events)
         SELECT id, $1, 'whsec_x', ARRAY['signature.counted'] FROM campaigns WHERE slug = 'prod-hooks'
         RETURNING id::text`,
        [receiver.url.replace('127.0.0.1', 'localhost').replace('http:', 'https:')],
      );
      const literal = await server.db.query<{ id: string }>(
        `INSERT INTO webhook_endpoints (campaign_id, url, secret, events)
         SELECT id, $1, 'whsec_x', ARRAY['signature.counted'] FROM campaigns WHERE slug = 'prod-hooks'
         RETURNING id::text`,
        [receiver.url],
      );
      assert.equal((await sign(server.url, 'prod-hooks', signatureBody(), { key: null, origin: null })).status, 401);
      // Production has no test key: write the event as the signing transaction would.
      const { enqueueWebhookEvent } = await import('../../src/webhooks/events.js');
      const campaign = await server.db.query<{ id: string }>(
        `SELECT id::text FROM campaigns WHERE slug = 'prod-hooks'`,
      );
      await server.db.transaction((tx) =>
        enqueueWebhookEvent(tx, campaign.rows[0]!.id, 'signature.counted', { signatureId: 's', count: 1, goal: 1000 }),
      );
      for (const endpoint of [rows[0]!.id, literal.rows[0]!.id]) {
        const [row] = await waitFor(async () => {
          const found = await deliveries(server, endpoint);
          return found[0] && found[0].attempts >= 1 ? found : null;
        });
        assert.match(row!.last_error ?? '', /private network/);
      }
      assert.equal(receiver.received.length, 0, 'nothing reached the private address');
    } finally {
      await receiver.close();
    }
  });
});
