import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ConfirmationSchema, ErrorEnvelopeSchema, MessageResultSchema } from '@placard/contract';
import { DEMO_PUBLISHABLE_KEY, SEED_SLUG } from '@placard/contract/fixtures';
import * as v from 'valibot';
import { createPublishableKey } from '../../src/keys/store.js';
import { deleteUnconfirmedMessages } from '../../src/messages/store.js';
import { confirmLink, readMailbox, waitFor, waitForMail } from '../fakes/mailbox-reader.js';
import { type FakeParliament, startFakeParliament } from '../fakes/parliament.js';
import { startTestServer, type TestServer, testDatabases } from '../harness.js';

const ORIGIN = 'http://localhost:5173';

let sequence = 0;
/** A letter from a new supporter each time (so per-email limits and mailboxes stay apart). */
function letter(overrides: Record<string, unknown> = {}) {
  sequence++;
  return {
    postcode: 'sw1a 1aa',
    name: `Tenzin Dolma ${sequence}`,
    email: `tenzin.${sequence}.${Date.now()}@example.org`,
    address: '1 Example Street, London',
    subject: 'Ban Chen Quanguo from the UK',
    body: 'Dear Rachel Blake,\n\nPlease press the Government to act.\n\nYours sincerely,\nTenzin',
    consent: { privacy: true, updates: false },
    ...overrides,
  };
}

async function send(
  server: TestServer,
  body: unknown,
  o: { key?: string; slug?: string; idempotencyKey?: string } = {},
) {
  const response = await fetch(`${server.url}/v1/campaigns/${o.slug ?? SEED_SLUG}/messages`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${o.key ?? DEMO_PUBLISHABLE_KEY}`,
      'content-type': 'application/json',
      origin: ORIGIN,
      ...(o.idempotencyKey ? { 'idempotency-key': o.idempotencyKey } : {}),
    },
    body: JSON.stringify(body),
  });
  return { response, body: (await response.json()) as Record<string, unknown> };
}

function errorOf(body: unknown) {
  assert.ok(v.is(ErrorEnvelopeSchema, body), `not an error envelope: ${JSON.stringify(body)}`);
  return body.error;
}

/** Presses the button on the emailed link's page (what a supporter's browser POSTs). */
async function confirm(server: TestServer, link: string) {
  // The link carries the server's public URL; ask this server for the same path.
  const response = await fetch(`${server.url}${new URL(link).pathname}`, {
    method: 'POST',
    headers: { accept: 'application/json' },
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

async function messageRows(server: TestServer, email: string) {
  const { rows } = await server.db.query<{ id: string; status: string; test_mode: boolean; mp_id: number }>(
    'SELECT id::text, status, test_mode, mp_id FROM messages WHERE email = $1',
    [email],
  );
  return rows;
}

for (const database of testDatabases) {
  describe(`POST /v1/campaigns/:slug/messages with a test key on ${database}`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ database, env: { RATE_LIMITS: 'off' } });
    });
    after(() => server.close());

    it('stores the letter, mails a confirmation link, and after confirming delivers it to the supporter marked [TEST]', async () => {
      const input = letter();
      const { response, body } = await send(server, input);
      assert.equal(response.status, 202);
      assert.ok(v.is(MessageResultSchema, body), JSON.stringify(body));
      assert.equal(body.message.status, 'pending_confirmation');
      assert.equal(body.testMode, true);
      assert.deepEqual(body.mp, {
        id: 5257,
        name: 'Rachel Blake',
        party: 'Labour (Co-op)',
        email: null,
        contactUrl: 'https://members.parliament.uk/member/5257/contact',
      });
      assert.equal(response.headers.get('access-control-allow-origin'), ORIGIN);
      assert.deepEqual(
        (await messageRows(server, input.email)).map((row) => [row.id, row.status, row.test_mode]),
        [[body.message.id, 'pending_confirmation', true]],
      );

      const confirmation = await waitForMail(server.url, input.email, (mail) => mail.kind === 'message_confirmation');
      assert.equal(confirmation.subject, 'Confirm your letter to Rachel Blake');
      assert.match(confirmation.text, /MP for Cities of London and Westminster/);
      assert.match(confirmation.text, /test mode/);
      // To an address nobody has confirmed yet: none of the form's text, so it cannot relay a stranger's words.
      for (const typed of [input.body, input.name, input.subject, input.address]) {
        assert.ok(!confirmation.text.includes(typed) && !confirmation.subject.includes(typed), typed);
      }
      const link = confirmLink(confirmation);
      assert.ok(link.startsWith(`${server.config.publicUrl}/v1/confirm/`), link);

      const first = await confirm(server, link);
      assert.equal(first.status, 200);
      assert.ok(v.is(ConfirmationSchema, first.body));
      assert.deepEqual(first.body, { confirmed: 'message', status: 'queued' });

      const delivered = await waitForMail(server.url, input.email, (mail) => mail.kind === 'mp_letter_test');
      assert.equal(delivered.subject, '[TEST] Ban Chen Quanguo from the UK');
      assert.ok(
        delivered.text.startsWith(
          'TEST LETTER: this was not sent to Rachel Blake, MP for Cities of London and Westminster.',
        ),
        delivered.text,
      );
      assert.ok(delivered.text.includes(input.body));
      assert.ok(delivered.text.includes(`${input.name}\n${input.address}\nSW1A 1AA`));
      await waitFor(async () => (await messageRows(server, input.email))[0]?.status === 'test_delivered');

      // Nothing went anywhere but the supporter's own address.
      const all = await readMailbox(server.url);
      assert.deepEqual(
        all.filter((mail) => mail.text.includes(input.body)).map((mail) => mail.to),
        [input.email],
      );

      const second = await confirm(server, link);
      assert.deepEqual(second.body, { confirmed: 'message', status: 'already_confirmed' });
      assert.equal((await readMailbox(server.url, input.email)).length, 2);
    });

    it('replays an idempotent retry and refuses the same key with another letter', async () => {
      const input = letter();
      const key = randomUUID();
      const first = await send(server, input, { idempotencyKey: key });
      const again = await send(server, input, { idempotencyKey: key });
      assert.equal(first.response.status, 202);
      assert.equal(again.response.status, 202);
      assert.deepEqual(again.body, first.body);
      assert.equal((await messageRows(server, input.email)).length, 1);
      const other = await send(server, { ...input, subject: 'Another letter' }, { idempotencyKey: key });
      assert.equal(other.response.status, 409);
      assert.equal(errorOf(other.body).code, 'idempotency_conflict');
    });

    it('answers a filled-in honeypot like a success but keeps and sends nothing', async () => {
      const input = letter({ website: 'https://spam.example' });
      const { response, body } = await send(server, input);
      assert.equal(response.status, 202);
      assert.ok(v.is(MessageResultSchema, body));
      assert.equal((await messageRows(server, input.email)).length, 0);
      const { rows } = await server.db.query('SELECT 1 FROM mail_outbox WHERE to_address = $1', [input.email]);
      assert.equal(rows.length, 0);
    });

    it('refuses bad input with 4xx envelopes and stores nothing', async () => {
      const before = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM messages');
      const cases: Array<[unknown, number, string, string?]> = [
        [letter({ postcode: 'nonsense' }), 422, 'validation_failed', 'postcode'],
        [letter({ email: 'not-an-email' }), 422, 'validation_failed', 'email'],
        [letter({ body: '   ' }), 422, 'validation_failed', 'body'],
        [letter({ consent: { privacy: false } }), 422, 'validation_failed', 'consent.privacy'],
        [{ ...letter(), address: undefined }, 422, 'validation_failed', 'address'],
        [letter({ postcode: 'ZZ1 1ZZ' }), 404, 'postcode_not_found'],
      ];
      for (const [input, status, code, field] of cases) {
        const { response, body } = await send(server, input);
        assert.equal(response.status, status, JSON.stringify(input));
        const error = errorOf(body);
        assert.equal(error.code, code);
        if (field) assert.ok(error.fields?.[field], `fields.${field} in ${JSON.stringify(error)}`);
      }
      const unknown = await send(server, letter(), { slug: 'no-such-campaign' });
      assert.equal(unknown.response.status, 404);
      assert.equal(errorOf(unknown.body).code, 'not_found');
      const noKey = await fetch(`${server.url}/v1/campaigns/${SEED_SLUG}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(letter()),
      });
      assert.equal(noKey.status, 401);
      const after = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM messages');
      assert.equal(after.rows[0]?.n, before.rows[0]?.n);
    });

    it('deletes letters never confirmed within the link lifetime, and only those', async () => {
      const stale = letter();
      const fresh = letter();
      for (const input of [stale, fresh]) assert.equal((await send(server, input)).response.status, 202);
      await server.db.query(`UPDATE messages SET created_at = now() - interval '8 days' WHERE email = $1`, [
        stale.email,
      ]);
      assert.equal(await deleteUnconfirmedMessages(server.db, 24 * 7), 1);
      assert.equal((await messageRows(server, stale.email)).length, 0);
      assert.equal((await messageRows(server, fresh.email)).length, 1);
    });

    it('refuses letters to a closed campaign with 409 campaign_closed', async () => {
      const slug = `closed-${database}`;
      const created = await fetch(`${server.url}/v1/admin/campaigns`, {
        method: 'POST',
        headers: { authorization: `Bearer ${server.secretKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ slug, title: 'Closed', goal: 10, status: 'closed' }),
      });
      assert.equal(created.status, 201);
      const { response, body } = await send(server, letter(), { slug });
      assert.equal(response.status, 409);
      assert.equal(errorOf(body).code, 'campaign_closed');
    });
  });

  describe(`letters to real MPs with a live key on ${database}`, () => {
    let fake: FakeParliament;
    let server: TestServer;
    let liveKey: string;
    before(async () => {
      fake = await startFakeParliament();
      server = await startTestServer({
        database,
        env: {
          MP_PROVIDER: 'uk-parliament',
          POSTCODES_API_URL: fake.url,
          MEMBERS_API_URL: fake.url,
          MP_HOURLY_CAP: '2',
          RATE_LIMITS: 'off',
        },
      });
      liveKey = await createPublishableKey(server.db, {
        partner: 'Live partner',
        origins: ['http://localhost:*'],
        mode: 'live',
      });
    });
    after(async () => {
      await server.close();
      await fake.close();
    });

    it('refuses an MP without a public email with mp_email_unavailable naming their contact page', async () => {
      const input = letter({ postcode: 'WC1E 6BT' });
      const { response, body } = await send(server, input, { key: liveKey });
      assert.equal(response.status, 422);
      const error = errorOf(body);
      assert.equal(error.code, 'mp_email_unavailable');
      assert.match(error.message, /Sir Keir Starmer/);
      assert.ok(error.message.includes('https://members.parliament.uk/member/4514/contact'));
      assert.equal((await messageRows(server, input.email)).length, 0);
    });

    it('answers lookup_unavailable, not "no email", when the contact details cannot be fetched', async () => {
      // Manchester Central's MP is not cached yet; with the Members API down only the bundled list knows them.
      fake.setMode('search', 'error');
      const input = letter({ postcode: 'M1 1AE' });
      const { response, body } = await send(server, input, { key: liveKey });
      fake.setMode('search', 'ok');
      assert.equal(response.status, 503);
      assert.equal(errorOf(body).code, 'lookup_unavailable');
      assert.equal((await messageRows(server, input.email)).length, 0);
    });

    it('sends a confirmed letter to the MP with Reply-To the supporter, and drips letters beyond the hourly cap', async () => {
      // The cap counts per clock hour: keep the three confirmations clear of an hour boundary.
      const intoHour = Date.now() % 3_600_000;
      if (intoHour > 3_600_000 - 5_000) await new Promise((resolve) => setTimeout(resolve, 3_600_000 - intoHour + 100));
      const inputs = [letter(), letter(), letter()];
      for (const input of inputs) {
        const { response, body } = await send(server, input, { key: liveKey });
        assert.equal(response.status, 202, JSON.stringify(body));
        assert.equal(body.testMode, false);
        assert.equal((body.mp as { email: string }).email, 'rachel.blake.mp@fake-parliament.test');
        const confirmation = await waitForMail(server.url, input.email, (mail) => mail.kind === 'message_confirmation');
        assert.doesNotMatch(confirmation.text, /test mode/);
        const confirmed = await confirm(server, confirmLink(confirmation));
        assert.deepEqual(confirmed.body, { confirmed: 'message', status: 'queued' });
      }

      const mpAddress = 'rachel.blake.mp@fake-parliament.test';
      const letters = await waitFor(
        async () => {
          const mails = await readMailbox(server.url, mpAddress);
          return mails.length >= 2 ? mails : null;
        },
        5000,
        'two letters to the MP',
      );
      const first = letters.find((mail) => mail.replyTo === inputs[0]!.email)!;
      assert.equal(first.kind, 'mp_letter');
      assert.equal(first.subject, 'Ban Chen Quanguo from the UK');
      assert.ok(first.text.startsWith(inputs[0]!.body));
      assert.ok(first.text.includes(`--\n${inputs[0]!.name}\n${inputs[0]!.address}\nSW1A 1AA\n${inputs[0]!.email}`));
      assert.equal((await messageRows(server, inputs[0]!.email))[0]?.status, 'sent');

      // The cap is two an hour: the third letter waits for the next hour.
      const { rows } = await server.db.query<{ email: string; slot: Date; not_before: Date; status: string }>(
        `SELECT m.email, o.mp_slot AS slot, o.not_before, o.status
           FROM mail_outbox o JOIN messages m ON m.id = o.message_id
          WHERE o.kind = 'mp_letter' ORDER BY o.mp_slot, o.created_at`,
      );
      assert.equal(rows.length, 3);
      const hour = (date: Date) => Math.floor(date.getTime() / 3_600_000);
      assert.equal(hour(rows[1]!.slot), hour(rows[0]!.slot));
      assert.equal(hour(rows[2]!.slot), hour(rows[0]!.slot) + 1);
      assert.equal(rows[2]!.email, inputs[2]!.email);
      assert.equal(rows[2]!.status, 'pending');
      assert.ok(rows[2]!.not_before.getTime() > Date.now());
      assert.equal((await messageRows(server, inputs[2]!.email))[0]?.status, 'queued');
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.equal((await readMailbox(server.url, mpAddress)).length, 2);
    });
  });
}

// Limits live in each process's memory, whatever the database: one run is enough.
describe('POST /v1/campaigns/:slug/messages rate limits', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ env: { RATE_LIMITS: 'on' } });
  });
  after(() => server.close());

  it('allows three letters at once per email and ten per address, then answers 429 with Retry-After', async () => {
    const same = letter();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await send(server, same)).response.status);
    assert.deepEqual(statuses, [202, 202, 202, 429]);
    for (let i = 0; i < 6; i++) assert.equal((await send(server, letter())).response.status, 202);
    const { response, body } = await send(server, letter());
    assert.equal(response.status, 429);
    assert.equal(errorOf(body).code, 'rate_limited');
    assert.ok(Number(response.headers.get('retry-after')) >= 1);
  });
});
