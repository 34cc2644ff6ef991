/**
 * The campaign console (/admin) over HTTP, as a browser drives it: sign-in
 * exchanges a staff key for an HttpOnly session cookie; every write needs the
 * session and its CSRF token and changes nothing without them; revoking a key
 * ends its sessions. The Chromium flows are in apps/demo/test/e2e/console.test.ts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSecretKey } from '../../src/keys/store.js';
import { startTestServer, type TestServer, testDatabases } from '../harness.js';

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

for (const database of testDatabases) {
  describe(`the console on ${database}`, () => {
    let server: TestServer;
    let key: string;

    before(async () => {
      server = await startTestServer({ database, env: { RATE_LIMITS: 'off' } });
      key = await createSecretKey(server.db, 'Dolkar (console test)');
    });
    after(() => server.close());

    /** Signs in as a browser would; returns the cookie header and the page's CSRF token. */
    async function signIn(secret = key) {
      const response = await fetch(`${server.url}/admin/sign-in?next=/admin/staff`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
        body: form({ key: secret }),
      });
      const setCookie = response.headers.get('set-cookie') ?? '';
      const cookie = setCookie.split(';')[0] ?? '';
      const page = cookie ? await (await fetch(`${server.url}/admin/staff`, { headers: { cookie } })).text() : '';
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
      return { response, setCookie, cookie, csrf, page };
    }

    const post = (path: string, cookie: string, fields: Record<string, string>, origin = server.url) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, origin },
        body: form(fields),
      });

    const staffNamed = async (label: string) =>
      (await server.db.query('SELECT 1 FROM secret_keys WHERE label = $1', [label])).rowCount;

    it('sends a reader without a session to sign in, and back to the page they wanted', async () => {
      const response = await fetch(`${server.url}/admin/campaigns`, { redirect: 'manual' });
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), '/admin/sign-in?next=%2Fadmin%2Fcampaigns');
      const page = await fetch(`${server.url}/admin/sign-in`);
      assert.equal(page.status, 200);
      const csp = page.headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.equal(page.headers.get('cache-control'), 'no-store');
    });

    it('refuses a wrong key with a GOV.UK error summary, and takes a staff key for an HttpOnly, SameSite=Strict session', async () => {
      const wrong = await signIn('sk_not_a_real_key');
      assert.equal(wrong.response.status, 401);
      const refusal = await wrong.response.text();
      assert.match(refusal, /There is a problem/);
      assert.match(refusal, /<a href="#field-key">That key is not a staff key, or it has been revoked.<\/a>/);
      assert.match(refusal, /aria-describedby="field-key-hint field-key-error"/);
      assert.equal(wrong.setCookie, '');

      const right = await signIn();
      assert.equal(right.response.status, 303);
      assert.equal(right.response.headers.get('location'), '/admin/staff');
      assert.match(right.setCookie, /HttpOnly/i);
      assert.match(right.setCookie, /SameSite=Strict/i);
      assert.match(right.setCookie, /Path=\/admin/);
      assert.ok(!right.setCookie.includes(key), 'the key itself never goes back to the browser');
      assert.match(right.page, /Dolkar \(console test\) \(you\)/);
      assert.ok(right.csrf.length > 20);
      // Only a hash of the session id is stored.
      const token = right.cookie.split('=')[1] ?? '';
      const { rows } = await server.db.query<{ id_hash: string }>('SELECT id_hash FROM staff_sessions');
      assert.ok(rows.length > 0 && rows.every((row) => row.id_hash !== token));
    });

    it('refuses a write without the CSRF token, from another origin, or without a session, and changes nothing', async () => {
      const { cookie, csrf } = await signIn();
      const attempts = [
        await post('/admin/staff', cookie, { label: 'Mallory one' }),
        await post('/admin/staff', cookie, { label: 'Mallory two', _csrf: 'wrong-token-wrong-token-wrong' }),
        await post('/admin/staff', cookie, { label: 'Mallory three', _csrf: csrf }, 'https://evil.example'),
        await post('/admin/staff', '', { label: 'Mallory four', _csrf: csrf }),
      ];
      assert.deepEqual(
        attempts.map((response) => response.status),
        [403, 403, 403, 403],
      );
      for (const label of ['Mallory one', 'Mallory two', 'Mallory three', 'Mallory four']) {
        assert.equal(await staffNamed(label), 0, label);
      }
      const made = await post('/admin/staff', cookie, { label: 'Pema', _csrf: csrf });
      assert.equal(made.status, 200);
      const page = await made.text();
      assert.match(page, /<p class="secret">sk_[\w-]+<\/p>/, 'the new key is shown once');
      assert.equal(await staffNamed('Pema'), 1);
    });

    it('ends every session of a revoked key, and will not revoke the last live key', async () => {
      const person = await createSecretKey(server.db, 'Leaving soon');
      const theirs = await signIn(person);
      const { rows } = await server.db.query<{ id: string }>(
        "SELECT id::text FROM secret_keys WHERE label = 'Leaving soon'",
      );
      const mine = await signIn();
      const revoked = await post(`/admin/staff/${rows[0]!.id}/revoke`, mine.cookie, { _csrf: mine.csrf });
      assert.match(await revoked.text(), /Key revoked: its sessions have ended./);
      const after = await fetch(`${server.url}/admin/campaigns`, {
        headers: { cookie: theirs.cookie },
        redirect: 'manual',
      });
      assert.equal(after.status, 303, 'the revoked key’s session no longer opens pages');

      // Revoke every other key, then try the last one.
      const live = await server.db.query<{ id: string; label: string }>(
        'SELECT id::text, label FROM secret_keys WHERE revoked_at IS NULL',
      );
      const own = live.rows.find((row) => row.label === 'Dolkar (console test)')!;
      await server.db.query('UPDATE secret_keys SET revoked_at = now() WHERE revoked_at IS NULL AND id <> $1', [
        own.id,
      ]);
      const last = await post(`/admin/staff/${own.id}/revoke`, mine.cookie, { _csrf: mine.csrf });
      assert.match(await last.text(), /That is the last live key/);
      assert.equal(
        (await server.db.query('SELECT 1 FROM secret_keys WHERE id = $1 AND revoked_at IS NULL', [own.id])).rowCount,
        1,
      );
    });

    it('signs out: the session is gone from the database and the cookie cleared', async () => {
      const { cookie, csrf } = await signIn();
      const out = await post('/admin/sign-out', cookie, { _csrf: csrf });
      assert.equal(out.status, 303);
      assert.match(out.headers.get('set-cookie') ?? '', /placard_staff=;/);
      const after = await fetch(`${server.url}/admin/campaigns`, { headers: { cookie }, redirect: 'manual' });
      assert.equal(after.status, 303);
    });

    it('creates and edits a campaign through forms, showing each problem on its field', async () => {
      const { cookie, csrf } = await signIn();
      const refused = await post('/admin/campaigns', cookie, {
        _csrf: csrf,
        slug: 'Not A Slug',
        title: '',
        goal: 'lots',
      });
      assert.equal(refused.status, 400);
      const page = await refused.text();
      for (const field of ['slug', 'title', 'goal']) assert.match(page, new RegExp(`href="#field-${field}"`), field);
      const created = await post('/admin/campaigns', cookie, {
        _csrf: csrf,
        slug: 'console-made',
        title: 'Made here',
        goal: '500',
      });
      assert.equal(created.status, 303);
      assert.equal(created.headers.get('location'), '/admin/campaigns/console-made?done=created');
      const saved = await post('/admin/campaigns/console-made', cookie, {
        _csrf: csrf,
        title: 'Made <here>',
        summary: '',
        goal: '800',
        milestones: '100, 400',
        signatureMode: 'immediate',
        status: 'open',
        letterSubject: '',
        letterBody: '',
        retentionDaysAfterClose: '30',
      });
      assert.equal(saved.status, 303);
      const campaign = await (await fetch(`${server.url}/v1/campaigns/console-made`)).json();
      assert.equal(campaign.title, 'Made <here>');
      assert.equal(campaign.petition.goal, 800);
      assert.deepEqual(
        campaign.petition.milestones.map((m: { count: number }) => m.count),
        [100, 400],
      );
      const edit = await (await fetch(`${server.url}/admin/campaigns/console-made`, { headers: { cookie } })).text();
      assert.ok(edit.includes('Made &lt;here&gt;') && !edit.includes('Made <here>'), 'staff text is escaped');
    });
  });
}
