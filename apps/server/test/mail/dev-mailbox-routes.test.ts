import assert from 'node:assert/strict';
import { networkInterfaces } from 'node:os';
import { after, before, describe, it } from 'node:test';
import { DEMO_PUBLISHABLE_KEY, SEED_SLUG } from '@placard/contract/fixtures';
import { isLoopbackAddress } from '../../src/mail/dev-mailbox-access.js';
import { enqueueMail } from '../../src/mail/outbox.js';
import { readMailbox, waitFor, waitForMail } from '../fakes/mailbox-reader.js';
import { type FakeSmtp, startFakeSmtp } from '../fakes/smtp.js';
import { startTestServer, type TestServer, testDatabases } from '../harness.js';
import { DEMO_ORIGIN } from '../requests.js';

const HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';

for (const database of testDatabases) {
  describe(`dev mailbox pages on ${database}`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ database });
    });
    after(() => server.close());

    it('lists and shows mail as escaped text with clickable http(s) links only', async () => {
      const to = `dev-${database}@example.org`;
      await server.db.transaction((tx) =>
        enqueueMail(tx, {
          kind: 'message_confirmation',
          to,
          replyTo: 'reply@example.org',
          subject: `Hello ${HOSTILE}`,
          text: `Body ${HOSTILE}\nConfirm: https://example.org/v1/confirm/abc?x=1&y="2"\njavascript:alert(1)`,
        }),
      );
      const mail = await waitForMail(server.url, to);
      assert.equal(mail.subject, `Hello ${HOSTILE}`);

      const list = await fetch(`${server.url}/dev/mail`);
      assert.equal(list.status, 200);
      assert.match(list.headers.get('content-type') ?? '', /^text\/html/);
      assert.match(list.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      assert.equal(list.headers.get('cache-control'), 'no-store');
      const listHtml = await list.text();
      assert.ok(listHtml.includes(`<a href="/dev/mail/${mail.id}">Hello &lt;script&gt;`), listHtml);
      assert.ok(!listHtml.includes('<script'), 'no script element');
      assert.ok(!listHtml.includes('<img'), 'no img element');

      const page = await fetch(`${server.url}/dev/mail/${mail.id}`);
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.ok(!html.includes('<script') && !html.includes('<img'), html);
      assert.ok(html.includes('Body &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img'), html);
      assert.ok(html.includes('<dt>Reply-To</dt><dd>reply@example.org</dd>'));
      // The URL stops at the quote, and its & is escaped in both the href and the text.
      assert.ok(
        html.includes(
          '<a href="https://example.org/v1/confirm/abc?x=1&amp;y=" rel="noreferrer">https://example.org/v1/confirm/abc?x=1&amp;y=</a>',
        ),
        html,
      );
      assert.ok(!html.includes('href="javascript:'), 'only http(s) links');
    });

    it('answers JSON newest first, filtered by recipient, and refuses bad parameters', async () => {
      const to = `json-${database}@example.org`;
      for (const subject of ['one', 'two']) {
        await server.db.transaction((tx) => enqueueMail(tx, { kind: 'test', to, subject, text: subject }));
        await waitForMail(server.url, to, (mail) => mail.subject === subject);
      }
      const mails = await readMailbox(server.url, to.toUpperCase());
      assert.deepEqual(
        mails.map((mail) => [mail.subject, mail.to, mail.kind]),
        [
          ['two', to, 'test'],
          ['one', to, 'test'],
        ],
      );
      const limited = await fetch(`${server.url}/dev/mail.json?to=${encodeURIComponent(to)}&limit=1`);
      assert.equal(((await limited.json()) as { mails: unknown[] }).mails.length, 1);
      const bad = await fetch(`${server.url}/dev/mail.json?limit=0`);
      assert.equal(bad.status, 422);
      const missing = await fetch(`${server.url}/dev/mail/999999999`);
      assert.equal(missing.status, 404);
      assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'not_found');
    });
  });
}

describe('mail over SMTP from the running server', () => {
  let smtp: FakeSmtp;
  let server: TestServer;
  before(async () => {
    smtp = await startFakeSmtp();
    server = await startTestServer({ env: { SMTP_URL: smtp.url, MAIL_FROM: 'Campaign <campaign@placard.test>' } });
  });
  after(async () => {
    await server.close();
    await smtp.close();
  });

  it('sends the letter confirmation through SMTP with the configured From, and has no dev mailbox', async () => {
    const email = `smtp-${Date.now()}@example.org`;
    const response = await fetch(`${server.url}/v1/campaigns/${SEED_SLUG}/messages`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${DEMO_PUBLISHABLE_KEY}`,
        'content-type': 'application/json',
        origin: DEMO_ORIGIN,
      },
      body: JSON.stringify({
        postcode: 'SW1A 1AA',
        name: 'Sonam',
        email,
        address: '2 Example Road',
        subject: 'Please act',
        body: 'Dear MP, please act.',
        consent: { privacy: true },
      }),
    });
    assert.equal(response.status, 202);
    const mail = await waitFor(() => smtp.received.find((received) => received.to.includes(email)));
    assert.equal(mail.headers.from, 'Campaign <campaign@placard.test>');
    assert.equal(mail.from, 'campaign@placard.test');
    assert.equal(mail.headers.to, email);
    assert.equal(mail.headers.subject, 'Confirm your letter to Rachel Blake');
    assert.match(mail.text, new RegExp(`${server.config.publicUrl}/v1/confirm/[\\w-]+`));

    assert.equal((await fetch(`${server.url}/dev/mail`)).status, 404);
    assert.equal((await fetch(`${server.url}/dev/mail.json`)).status, 404);
  });
});

/** This machine's first non-loopback IPv4 address: a request to it comes from it, not from 127.0.0.1. */
function externalAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;
}

describe('who the dev mailbox answers', () => {
  it('counts only loopback socket addresses as this machine', () => {
    for (const address of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1', '::FFFF:127.0.0.2']) {
      assert.equal(isLoopbackAddress(address), true, address);
    }
    for (const address of [
      undefined,
      '',
      '192.0.2.2',
      '10.0.0.1',
      '::ffff:192.0.2.2',
      'fd00::2',
      '::',
      '0.0.0.0',
      '128.0.0.1',
      '127.0.0.1.evil.example',
      'localhost',
    ]) {
      assert.equal(isLoopbackAddress(address), false, String(address));
    }
  });

  describe('a development server listening on every interface', () => {
    let server: TestServer;
    const external = externalAddress();
    before(async () => {
      server = await startTestServer({ env: { HOST: '0.0.0.0' } });
    });
    after(() => server.close());

    it('answers a client on 127.0.0.1', async () => {
      const response = await fetch(`http://127.0.0.1:${server.server.port}/dev/mail.json`);
      assert.equal(response.status, 200);
      assert.ok(Array.isArray(((await response.json()) as { mails: unknown[] }).mails));
    });

    it('is a plain 404 to any other address, whatever X-Forwarded-For claims', { skip: !external }, async () => {
      const base = `http://${external}:${server.server.port}`;
      // The same client reaches the API, so the 404 is the mailbox hiding, not a dead address.
      assert.equal((await fetch(`${base}/v1/campaigns/${SEED_SLUG}/petition`)).status, 200);
      const unknown = await fetch(`${base}/no-such-page`);
      const unknownBody = await unknown.json();
      for (const path of ['/dev/mail', '/dev/mail.json', '/dev/mail/1', '/dev/mail.json?to=a@example.org']) {
        const claims: Record<string, string>[] = [{}, { 'X-Forwarded-For': '127.0.0.1' }, { 'X-Real-IP': '127.0.0.1' }];
        for (const headers of claims) {
          const response = await fetch(`${base}${path}`, { headers });
          assert.equal(response.status, 404, `${path} ${JSON.stringify(headers)}`);
          assert.deepEqual(await response.json(), unknownBody);
        }
      }
    });
  });

  describe('a production server', () => {
    let smtp: FakeSmtp;
    let server: TestServer;
    before(async () => {
      smtp = await startFakeSmtp();
      server = await startTestServer({ env: { NODE_ENV: 'production', SMTP_URL: smtp.url } });
    });
    after(async () => {
      await server.close();
      await smtp.close();
    });

    it('has no dev mailbox, even for a client on this machine', async () => {
      for (const path of ['/dev/mail', '/dev/mail.json', '/dev/mail/1']) {
        const response = await fetch(`${server.url}${path}`);
        assert.equal(response.status, 404, path);
        assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'not_found');
      }
      const landing = await (await fetch(`${server.url}/`)).text();
      assert.ok(!landing.includes('/dev/mail'));
    });

    it('will not start without SMTP_URL', async () => {
      await assert.rejects(startTestServer({ env: { NODE_ENV: 'production' } }), /SMTP_URL/);
    });
  });
});
