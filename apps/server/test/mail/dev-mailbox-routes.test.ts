import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_PUBLISHABLE_KEY, SEED_SLUG } from '@placard/contract/fixtures';
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
