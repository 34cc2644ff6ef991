/**
 * Confirmation links that mail scanners cannot complete: GET and HEAD only
 * describe, POST confirms once. Mail goes through a real local SMTP server.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ConfirmationSchema, ErrorEnvelopeSchema, PendingConfirmationSchema } from '@placard/contract';
import * as v from 'valibot';
import { createCampaign } from '../../src/campaigns/store.js';
import { textsFor } from '../../src/i18n/texts-for.js';
import { createPublishableKey } from '../../src/keys/store.js';
import { escapeHtml } from '../../src/pages/html.js';
import { waitFor } from '../fakes/mailbox-reader.js';
import { type FakeParliament, startFakeParliament } from '../fakes/parliament.js';
import { type FakeSmtp, type ReceivedMail, startFakeSmtp } from '../fakes/smtp.js';
import { startTestServer, type TestServer, testDatabases } from '../harness.js';
import { DEMO_ORIGIN, sign, signatureBody } from '../requests.js';

/** Staff type campaign titles; a hostile one must reach the page as text, never markup. */
const HOSTILE_TITLE = `Free <b>them</b> & "all" <script>alert(1)</script> <img src=x onerror=alert(2)>`;
const ESCAPED_TITLE =
  'Free &lt;b&gt;them&lt;/b&gt; &amp; &quot;all&quot; &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;';
/** What a browser sends when it follows a link or submits a form. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const MP_ADDRESS = 'rachel.blake.mp@fake-parliament.test';

for (const database of testDatabases) {
  describe(`confirmation links on ${database}`, () => {
    let smtp: FakeSmtp;
    let parliament: FakeParliament;
    let server: TestServer;
    let liveKey: string;
    const slug = `hostile-${database}`;

    before(async () => {
      smtp = await startFakeSmtp();
      parliament = await startFakeParliament();
      server = await startTestServer({
        database,
        env: {
          SMTP_URL: smtp.url,
          MAIL_FROM: 'Campaign <campaign@placard.test>',
          MP_PROVIDER: 'uk-parliament',
          POSTCODES_API_URL: parliament.url,
          MEMBERS_API_URL: parliament.url,
          RATE_LIMITS: 'off',
        },
      });
      await createCampaign(server.db, { slug, title: HOSTILE_TITLE, goal: 100, signatureMode: 'double_opt_in' });
      liveKey = await createPublishableKey(server.db, { partner: 'Live', origins: [DEMO_ORIGIN], mode: 'live' });
    });
    after(async () => {
      await server.close();
      await parliament.close();
      await smtp.close();
    });

    /** The link in the mail SMTP delivered to `to`, as a path on this server. */
    async function linkFor(to: string): Promise<{ mail: ReceivedMail; path: string; token: string }> {
      const mail = await waitFor(() => smtp.received.find((received) => received.to.includes(to)));
      const link = /https?:\/\/\S+\/v1\/confirm\/([\w-]+)/.exec(mail.text);
      assert.ok(link, `no confirmation link in ${JSON.stringify(mail.text)}`);
      return { mail, path: new URL(link[0]).pathname, token: link[1]! };
    }

    async function pendingSignature(name = 'Tenzin Dolma') {
      const body = signatureBody({ name });
      const response = await sign(server.url, slug, body);
      assert.equal(response.status, 201);
      assert.equal(
        ((await response.json()) as { signature: { status: string } }).signature.status,
        'pending_confirmation',
      );
      return { body, ...(await linkFor(body.email)) };
    }

    /** A letter to Rachel Blake with the live key; returns the supporter's address. */
    async function sendLetter(overrides: Record<string, unknown> = {}): Promise<string> {
      const email = `letter-${randomUUID()}@example.org`;
      const sent = await fetch(`${server.url}/v1/campaigns/${slug}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${liveKey}`, 'content-type': 'application/json', origin: DEMO_ORIGIN },
        body: JSON.stringify({
          postcode: 'SW1A 1AA',
          name: 'Sonam Wangmo',
          email,
          address: '2 Example Road',
          subject: 'Please act',
          body: `Dear MP, please act. ${email}`,
          consent: { privacy: true },
          ...overrides,
        }),
      });
      assert.equal(sent.status, 202, await sent.clone().text());
      return email;
    }

    async function count(): Promise<number> {
      const response = await fetch(`${server.url}/v1/campaigns/${slug}/petition`);
      return ((await response.json()) as { count: number }).count;
    }

    async function signatureState(email: string) {
      const { rows } = await server.db.query<{ status: string; confirmed: boolean }>(
        'SELECT status, confirmed_at IS NOT NULL AS confirmed FROM signatures WHERE email = $1',
        [email],
      );
      return rows;
    }

    const post = (path: string, o: { page?: boolean } = {}) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: o.page
          ? { accept: BROWSER_ACCEPT, 'content-type': 'application/x-www-form-urlencoded', origin: 'null' }
          : { accept: 'application/json' },
        body: o.page ? '' : undefined,
      });

    it('GET and HEAD, as a mail scanner sends them, count nothing; the mail says to press the button', async () => {
      const { body, path, mail } = await pendingSignature();
      assert.match(mail.text, /open this link and press the Confirm button/);
      for (const accept of [undefined, '*/*', 'application/json', BROWSER_ACCEPT]) {
        const headers: Record<string, string> = accept ? { accept } : {};
        const head = await fetch(`${server.url}${path}`, { method: 'HEAD', headers });
        assert.equal(head.status, 200, `HEAD ${accept}`);
        const get = await fetch(`${server.url}${path}`, { headers });
        assert.equal(get.status, 200, `GET ${accept}`);
        await get.arrayBuffer();
      }
      assert.deepEqual(await signatureState(body.email), [{ status: 'pending_confirmation', confirmed: false }]);
      assert.equal(await count(), 0);
      const { rows } = await server.db.query(
        `SELECT 1 FROM confirm_tokens t JOIN signatures s ON s.id::text = t.subject_id
          WHERE s.email = $1 AND t.used_at IS NOT NULL`,
        [body.email],
      );
      assert.equal(rows.length, 0, 'no token was spent');
    });

    it('GET as JSON answers what is pending with the contract schema, naming the campaign and not the signer', async () => {
      const { body, path } = await pendingSignature();
      const response = await fetch(`${server.url}${path}`, { headers: { accept: 'application/json' } });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
      const text = await response.text();
      const pending = v.parse(PendingConfirmationSchema, JSON.parse(text));
      assert.deepEqual(
        { ...pending, expiresAt: undefined },
        {
          kind: 'signature',
          state: 'pending',
          campaign: { slug, title: HOSTILE_TITLE },
          letter: null,
          expiresAt: undefined,
        },
      );
      const days = (Date.parse(pending.expiresAt) - Date.now()) / 86_400_000;
      assert.ok(days > 6.9 && days <= 7, `expires in ${days} days`);
      assert.ok(!text.includes(body.email) && !text.includes(body.name), text);
    });

    it('GET for a browser is a script-free page with a POST form to the same URL, the title escaped', async () => {
      const { body, path } = await pendingSignature('<i>Mallory</i>');
      const response = await fetch(`${server.url}${path}`, { headers: { accept: BROWSER_ACCEPT } });
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /form-action 'self'/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.doesNotMatch(csp, /script-src|unsafe-eval/);
      const page = await response.text();
      assert.ok(page.includes(`<form method="post" action="${path}">`), page);
      assert.match(page, /<button type="submit">Confirm my signature<\/button>/);
      // No script element, handler attribute or script URL in the markup (the escaped title is text).
      assert.doesNotMatch(page, /<script|<[a-z][^>]*\son\w+\s*=|javascript:/i);
      assert.ok(page.includes(ESCAPED_TITLE), page);
      assert.ok(!page.includes('<b>them</b>'));
      // The signer's own details are not on a page anyone holding the link can open.
      assert.ok(!page.includes(body.email) && !page.includes('Mallory'));
      assert.equal(await count(), 0);
    });

    it('POST confirms and counts once; repeating it, as JSON or as the form, changes nothing', async () => {
      const { body, path } = await pendingSignature();
      const first = await post(path);
      assert.equal(first.status, 200);
      assert.deepEqual(v.parse(ConfirmationSchema, await first.json()), { confirmed: 'signature', status: 'counted' });
      assert.equal(await count(), 1);
      assert.deepEqual(await signatureState(body.email), [{ status: 'counted', confirmed: true }]);

      const again = await post(path);
      assert.equal(again.status, 200);
      assert.deepEqual(await again.json(), { confirmed: 'signature', status: 'already_confirmed' });
      const form = await post(path, { page: true });
      assert.equal(form.status, 200);
      assert.match(await form.text(), /You have already confirmed this/);
      assert.equal(await count(), 1);

      const described = await fetch(`${server.url}${path}`, { headers: { accept: 'application/json' } });
      assert.equal(((await described.json()) as { state: string }).state, 'confirmed');
      const page = await fetch(`${server.url}${path}`, { headers: { accept: BROWSER_ACCEPT } });
      assert.equal(page.status, 200);
      const text = await page.text();
      assert.match(text, /already confirmed/);
      assert.doesNotMatch(text, /<form/);
    });

    it('the browser form POST answers a thank-you page; presses at once count once', async () => {
      const before = await count();
      const { path } = await pendingSignature();
      const response = await post(path, { page: true });
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
      assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      const page = await response.text();
      assert.match(page, /Thank you: your signature is confirmed and counted\./);
      assert.doesNotMatch(page, /<script/i);
      assert.equal(await count(), before + 1);

      const { path: other } = await pendingSignature();
      const answers = await Promise.all(Array.from({ length: 6 }, () => post(other).then((r) => r.json())));
      const statuses = answers.map((answer) => (answer as { status: string }).status).sort();
      assert.deepEqual(statuses, [
        'already_confirmed',
        'already_confirmed',
        'already_confirmed',
        'already_confirmed',
        'already_confirmed',
        'counted',
      ]);
      assert.equal(await count(), before + 2);
    });

    it('a letter reaches the MP exactly once, only after the POST', async () => {
      const email = await sendLetter();
      const { mail, path } = await linkFor(email);
      assert.match(mail.text, /press the button on the page to confirm/);
      const toMp = () =>
        smtp.received.filter((received) => received.to.includes(MP_ADDRESS) && received.text.includes(email));

      const page = await fetch(`${server.url}${path}`, { headers: { accept: BROWSER_ACCEPT } });
      const html = await page.text();
      assert.match(html, /You are sending your letter to Rachel Blake, MP for Cities of London and Westminster/);
      assert.ok(html.includes(ESCAPED_TITLE));
      assert.match(html, /<button type="submit">Send my letter to Rachel Blake<\/button>/);
      assert.ok(!html.includes(email) && !html.includes('Sonam'), 'no supporter details on the page');
      const described = v.parse(
        PendingConfirmationSchema,
        await (await fetch(`${server.url}${path}`, { headers: { accept: 'application/json' } })).json(),
      );
      assert.deepEqual(described.letter, {
        mpName: 'Rachel Blake',
        constituency: 'Cities of London and Westminster',
        testMode: false,
      });
      await (await fetch(`${server.url}${path}`, { method: 'HEAD' })).arrayBuffer();
      await (await fetch(`${server.url}${path}`)).arrayBuffer();
      // The worker wakes on every enqueue: had anything been queued, it would have gone by now.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.equal(toMp().length, 0);
      const { rows: before } = await server.db.query<{ status: string }>(
        'SELECT status FROM messages WHERE email = $1',
        [email],
      );
      assert.deepEqual(before, [{ status: 'pending_confirmation' }]);

      const confirmed = await post(path, { page: true });
      assert.equal(confirmed.status, 200);
      assert.match(await confirmed.text(), /your letter is confirmed and on its way/);
      await waitFor(() => (toMp().length ? true : null));
      const again = await post(path);
      assert.deepEqual(await again.json(), { confirmed: 'message', status: 'already_confirmed' });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const letters = toMp();
      assert.equal(letters.length, 1);
      assert.equal(letters[0]!.headers['reply-to'], email);
      const { rows } = await server.db.query(
        `SELECT o.id FROM mail_outbox o JOIN messages m ON m.id = o.message_id WHERE m.email = $1 AND o.kind = 'mp_letter'`,
        [email],
      );
      assert.equal(rows.length, 1);
    });

    it('mails and pages speak the language the widget showed; the letter stays as written', async () => {
      const french = textsFor('fr');
      const body = signatureBody({ locale: 'fr-CA' });
      assert.equal((await sign(server.url, slug, body)).status, 201);
      const mail = await waitFor(() => smtp.received.find((received) => received.to.includes(body.email)));
      assert.equal(mail.headers.subject, french.mail.signatureConfirmation.subject(HOSTILE_TITLE));
      assert.ok(mail.text.includes(french.mail.signatureConfirmation.countsOnPress(7)), mail.text);
      const link = new URL(/https?:\/\/\S+\/v1\/confirm\/[\w-]+\?lang=fr/.exec(mail.text)?.[0] ?? 'http://none/');
      const path = `${link.pathname}${link.search}`;
      const page = await (await fetch(`${server.url}${path}`, { headers: { accept: BROWSER_ACCEPT } })).text();
      assert.match(page, /<html lang="fr" dir="ltr">/);
      assert.ok(page.includes(`<form method="post" action="${path}">`), page);
      assert.ok(page.includes(escapeHtml(french.pages.confirmSignatureButton)), page);
      const thanks = await (await post(path, { page: true })).text();
      assert.ok(thanks.includes(escapeHtml(french.pages.counted)), thanks);

      // Uyghur, right to left, for a letter: the mail and its page are in Uyghur, the letter is not translated.
      const uyghur = textsFor('ug');
      const email = await sendLetter({ postcode: 'sw1a-1aa.', locale: 'ug' });
      const letterMail = await waitFor(() => smtp.received.find((received) => received.to.includes(email)));
      assert.equal(letterMail.headers.subject, uyghur.mail.letterConfirmation.subject('Rachel Blake'));
      const letterLink = new URL(
        /https?:\/\/\S+\/v1\/confirm\/[\w-]+\?lang=ug/.exec(letterMail.text)?.[0] ?? 'http://none/',
      );
      const letterPath = `${letterLink.pathname}${letterLink.search}`;
      const letterPage = await (
        await fetch(`${server.url}${letterPath}`, { headers: { accept: BROWSER_ACCEPT } })
      ).text();
      assert.match(letterPage, /<html lang="ug" dir="rtl">/);
      assert.ok(letterPage.includes(escapeHtml(uyghur.pages.confirmLetterTitle)), letterPage);
      await post(letterPath, { page: true });
      const toMp = await waitFor(() =>
        smtp.received.find((received) => received.to.includes(MP_ADDRESS) && received.text.includes(email)),
      );
      assert.equal(toMp.headers.subject, 'Please act');
      assert.ok(toMp.text.includes(`Dear MP, please act. ${email}`));
    });

    it('an unknown link is 404 token_invalid; an expired one is described, refused with 410, and counts nothing', async () => {
      for (const token of ['x'.repeat(43), 'short', '%3Cscript%3E']) {
        const json = await fetch(`${server.url}/v1/confirm/${token}`, { headers: { accept: 'application/json' } });
        assert.equal(json.status, 404, token);
        const envelope = v.parse(ErrorEnvelopeSchema, await json.json());
        assert.equal(envelope.error.code, 'token_invalid');
        const page = await fetch(`${server.url}/v1/confirm/${token}`, { headers: { accept: BROWSER_ACCEPT } });
        assert.equal(page.status, 404);
        const text = await page.text();
        assert.match(text, /<h1>Not confirmed<\/h1><p>This confirmation link is not valid\.<\/p>/);
        assert.doesNotMatch(text, /<script/i);
        const posted = await post(`/v1/confirm/${token}`);
        assert.equal(posted.status, 404);
        assert.equal(v.parse(ErrorEnvelopeSchema, await posted.json()).error.code, 'token_invalid');
      }

      const before = await count();
      const { body, path, token } = await pendingSignature();
      const { hashConfirmToken } = await import('../../src/confirm/tokens.js');
      await server.db.query(
        `UPDATE confirm_tokens SET expires_at = now() - interval '1 minute' WHERE token_hash = $1`,
        [hashConfirmToken(token)],
      );
      const described = await fetch(`${server.url}${path}`, { headers: { accept: 'application/json' } });
      assert.equal(described.status, 200);
      assert.equal(v.parse(PendingConfirmationSchema, await described.json()).state, 'expired');
      const page = await fetch(`${server.url}${path}`, { headers: { accept: BROWSER_ACCEPT } });
      assert.equal(page.status, 410);
      const text = await page.text();
      assert.match(text, /has expired, so nothing was counted or sent/);
      assert.doesNotMatch(text, /<form/);
      const posted = await post(path);
      assert.equal(posted.status, 410);
      assert.equal(v.parse(ErrorEnvelopeSchema, await posted.json()).error.code, 'token_expired');
      const form = await post(path, { page: true });
      assert.equal(form.status, 410);
      assert.match(await form.text(), /This confirmation link has expired/);
      assert.equal(await count(), before);
      assert.deepEqual(await signatureState(body.email), [{ status: 'pending_confirmation', confirmed: false }]);
    });
  });
}
