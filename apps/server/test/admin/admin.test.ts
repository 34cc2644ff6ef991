import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import {
  AdminSignatureSchema,
  CampaignSchema,
  ErrorEnvelopeSchema,
  TimelineEntrySchema,
  TimelinePageSchema,
} from '@placard/contract';
import { SEED_SLUG } from '@placard/contract/fixtures';
import * as v from 'valibot';
import { startTestServer, type TestServer, testDatabases } from '../harness.js';
import { admin, DEMO_ORIGIN, sign, signatureBody } from '../requests.js';

async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

function errorCode(body: unknown): string {
  assert.ok(v.is(ErrorEnvelopeSchema, body), `not an error envelope: ${JSON.stringify(body)}`);
  return body.error.code;
}

async function petitionCount(server: TestServer, slug: string): Promise<number> {
  const response = await fetch(`${server.url}/v1/campaigns/${slug}/petition`);
  return ((await response.json()) as { count: number }).count;
}

/** Parses the export: RFC 4180 fields, CRLF rows, line breaks allowed inside quoted fields. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  assert.equal(quoted, false, 'unterminated quoted field');
  assert.equal(row.length + field.length, 0, 'the last row ends without CRLF');
  return rows;
}

for (const database of testDatabases) {
  describe(`admin API on ${database}`, () => {
    let server: TestServer;
    const slug = `admin-test-${database}`;

    before(async () => {
      server = await startTestServer({ database });
    });
    after(() => server.close());

    it('refuses requests without a secret key, with a publishable key, or from a browser origin', async () => {
      const none = await fetch(`${server.url}/v1/admin/campaigns`);
      assert.equal(none.status, 401);
      assert.equal(errorCode(await json(none)), 'unauthorized');
      const publishable = await fetch(`${server.url}/v1/admin/campaigns`, {
        headers: { authorization: 'Bearer pk_test_demo' },
      });
      assert.equal(publishable.status, 401);
      const wrong = await fetch(`${server.url}/v1/admin/campaigns`, { headers: { authorization: 'Bearer sk_nope' } });
      assert.equal(wrong.status, 401);
      const browser = await fetch(`${server.url}/v1/admin/campaigns`, {
        headers: { authorization: `Bearer ${server.secretKey}`, origin: DEMO_ORIGIN },
      });
      assert.equal(browser.status, 403);
      assert.equal(errorCode(await json(browser)), 'forbidden');
      assert.equal(browser.headers.get('access-control-allow-origin'), null);
    });

    it('creates, lists and updates campaigns, validating bodies with the contract schemas', async () => {
      const created = await admin(server.url, server.secretKey, 'POST', '/v1/admin/campaigns', {
        slug,
        title: '  Free the Panchen Lama  ',
        goal: 500,
        milestones: [100, 250],
        signatureMode: 'immediate',
      });
      assert.equal(created.status, 201);
      const campaign = await json(created);
      assert.ok(v.is(CampaignSchema, campaign), JSON.stringify(campaign));
      assert.equal(campaign.title, 'Free the Panchen Lama');
      assert.deepEqual(campaign.petition.milestones, [
        { count: 100, reachedAt: null },
        { count: 250, reachedAt: null },
      ]);
      assert.equal(created.headers.get('cache-control'), 'no-store');

      const listed = await json(await admin(server.url, server.secretKey, 'GET', '/v1/admin/campaigns'));
      const slugs = (listed.campaigns as Array<{ slug: string }>).map((c) => c.slug);
      assert.ok(slugs.includes(SEED_SLUG) && slugs.includes(slug), slugs.join());

      const taken = await admin(server.url, server.secretKey, 'POST', '/v1/admin/campaigns', {
        slug,
        title: 'Again',
        goal: 1,
      });
      assert.equal(taken.status, 422);
      const takenBody = await json(taken);
      assert.equal(errorCode(takenBody), 'validation_failed');

      const invalid = await admin(server.url, server.secretKey, 'POST', '/v1/admin/campaigns', {
        slug: 'Not A Slug',
        title: '',
        goal: 0,
      });
      assert.equal(invalid.status, 422);
      const fields = ((await json(invalid)).error as { fields: Record<string, string> }).fields;
      assert.deepEqual(Object.keys(fields).sort(), ['goal', 'slug', 'title']);

      const patched = await admin(server.url, server.secretKey, 'PATCH', `/v1/admin/campaigns/${slug}`, {
        goal: 1000,
        summary: 'Updated',
      });
      assert.equal(patched.status, 200);
      const after = await json(await fetch(`${server.url}/v1/campaigns/${slug}`));
      assert.equal((after.petition as { goal: number }).goal, 1000);
      assert.equal(after.summary, 'Updated');

      const missing = await admin(server.url, server.secretKey, 'PATCH', '/v1/admin/campaigns/no-such-campaign', {
        goal: 2,
      });
      assert.equal(missing.status, 404);
      assert.equal(errorCode(await json(missing)), 'not_found');
      const badJson = await fetch(`${server.url}/v1/admin/campaigns/${slug}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${server.secretKey}`, 'content-type': 'application/json' },
        body: '{"goal": ',
      });
      assert.equal(badJson.status, 400);
      assert.equal(errorCode(await json(badJson)), 'invalid_json');
    });

    it('creates a campaign once per Idempotency-Key', async () => {
      const key = randomUUID();
      const body = { slug: `${slug}-idem`, title: 'Once', goal: 5 };
      const request = () =>
        fetch(`${server.url}/v1/admin/campaigns`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${server.secretKey}`,
            'content-type': 'application/json',
            'idempotency-key': key,
          },
          body: JSON.stringify(body),
        });
      const first = await request();
      const second = await request();
      assert.equal(first.status, 201);
      assert.equal(second.status, 201);
      assert.deepEqual(await json(second), await json(first));
    });

    it('adds, edits and deletes timeline entries, each broadcast as a timeline live event', async () => {
      const added = await admin(server.url, server.secretKey, 'POST', `/v1/admin/campaigns/${slug}/timeline`, {
        date: '2024-05-01',
        kind: 'news',
        title: 'Letter delivered <b>by hand</b>',
        url: 'https://example.org/news',
      });
      assert.equal(added.status, 201);
      const entry = await json(added);
      assert.ok(v.is(TimelineEntrySchema, entry));
      assert.equal(entry.title, 'Letter delivered <b>by hand</b>');

      const badUrl = await admin(server.url, server.secretKey, 'POST', `/v1/admin/campaigns/${slug}/timeline`, {
        date: '2024-05-01',
        kind: 'news',
        title: 'x',
        url: 'javascript:alert(1)',
      });
      assert.equal(badUrl.status, 422);

      const edited = await admin(
        server.url,
        server.secretKey,
        'PATCH',
        `/v1/admin/campaigns/${slug}/timeline/${entry.id}`,
        { title: 'Letter delivered', url: null },
      );
      assert.equal(edited.status, 200);
      assert.deepEqual(await json(edited), { ...entry, title: 'Letter delivered', url: null });

      const page = await json(await fetch(`${server.url}/v1/campaigns/${slug}/timeline`));
      assert.ok(v.is(TimelinePageSchema, page));
      assert.deepEqual(
        page.entries.map((e) => [e.id, e.title]),
        [[entry.id, 'Letter delivered']],
      );

      const deleted = await admin(
        server.url,
        server.secretKey,
        'DELETE',
        `/v1/admin/campaigns/${slug}/timeline/${entry.id}`,
      );
      assert.equal(deleted.status, 204);
      const again = await admin(
        server.url,
        server.secretKey,
        'DELETE',
        `/v1/admin/campaigns/${slug}/timeline/${entry.id}`,
      );
      assert.equal(again.status, 404);

      const { rows } = await server.db.query<{ data: { change: string } }>(
        `SELECT e.data FROM live_events e JOIN campaigns c ON c.id = e.campaign_id
          WHERE c.slug = $1 AND e.name = 'timeline' ORDER BY e.id`,
        [slug],
      );
      assert.deepEqual(
        rows.map((row) => row.data.change),
        ['added', 'updated', 'deleted'],
      );
    });

    it('lists signatures newest first, hides one (it stops counting) and restores it', async () => {
      const emails: string[] = [];
      for (const name of ['First Signer', 'Second Signer', '=HYPERLINK("http://evil")']) {
        const body = signatureBody({ name });
        emails.push(body.email);
        const response = await sign(server.url, slug, body);
        assert.equal(response.status, 201, await response.clone().text());
      }
      const count = await petitionCount(server, slug);
      assert.equal(count, 3);

      const listed = await json(
        await admin(server.url, server.secretKey, 'GET', `/v1/admin/campaigns/${slug}/signatures`),
      );
      const signatures = listed.signatures as unknown[];
      assert.ok(signatures.every((s) => v.is(AdminSignatureSchema, s)));
      const list = signatures as Array<{ id: string; email: string; status: string; partner: string }>;
      assert.deepEqual(
        list.map((s) => s.email),
        [...emails].reverse(),
      );
      assert.equal(list[0]?.partner, 'Placard demo');

      const page = await json(
        await admin(
          server.url,
          server.secretKey,
          'GET',
          `/v1/admin/campaigns/${slug}/signatures?limit=1&before=${list[0]!.id}`,
        ),
      );
      assert.deepEqual(
        (page.signatures as Array<{ email: string }>).map((s) => s.email),
        [emails[1]],
      );
      for (const query of ['before=not-an-id', 'limit=0', 'format=xml']) {
        const refused = await admin(
          server.url,
          server.secretKey,
          'GET',
          `/v1/admin/campaigns/${slug}/signatures?${query}`,
        );
        assert.equal(refused.status, 422, query);
        const { error } = (await json(refused)) as { error: { code: string; fields: Record<string, string> } };
        assert.equal(error.code, 'validation_failed');
        assert.deepEqual(Object.keys(error.fields), [query.split('=')[0]], query);
      }

      const hidden = await admin(
        server.url,
        server.secretKey,
        'PATCH',
        `/v1/admin/campaigns/${slug}/signatures/${list[1]!.id}`,
        { hidden: true },
      );
      assert.equal(hidden.status, 200);
      assert.equal((await json(hidden)).status, 'hidden');
      assert.equal(await petitionCount(server, slug), 2);

      const restored = await admin(
        server.url,
        server.secretKey,
        'PATCH',
        `/v1/admin/campaigns/${slug}/signatures/${list[1]!.id}`,
        { hidden: false },
      );
      assert.equal((await json(restored)).status, 'counted');
      assert.equal(await petitionCount(server, slug), 3);

      const badBody = await admin(
        server.url,
        server.secretKey,
        'PATCH',
        `/v1/admin/campaigns/${slug}/signatures/${list[1]!.id}`,
        { hidden: 'yes' },
      );
      assert.equal(badBody.status, 422);
      const unknown = await admin(
        server.url,
        server.secretKey,
        'PATCH',
        `/v1/admin/campaigns/${slug}/signatures/${randomUUID()}`,
        { hidden: true },
      );
      assert.equal(unknown.status, 404);
      const badLimit = await admin(
        server.url,
        server.secretKey,
        'GET',
        `/v1/admin/campaigns/${slug}/signatures?limit=0`,
      );
      assert.equal(badLimit.status, 422);
    });

    it('exports signatures as CSV for Accept: text/csv and ?format=csv, with formulas defused', async () => {
      const byAccept = await fetch(`${server.url}/v1/admin/campaigns/${slug}/signatures`, {
        headers: { authorization: `Bearer ${server.secretKey}`, accept: 'text/csv' },
      });
      assert.equal(byAccept.status, 200);
      assert.match(byAccept.headers.get('content-type') ?? '', /^text\/csv/);
      assert.match(
        byAccept.headers.get('content-disposition') ?? '',
        new RegExp(`attachment; filename="${slug}-signatures-`),
      );
      const text = await byAccept.text();
      const rows = csvRows(text);
      const header = rows[0]!;
      assert.deepEqual(header.slice(0, 6), ['id', 'created_at', 'confirmed_at', 'status', 'name', 'email']);
      assert.equal(rows.length, 4);
      const names = rows.slice(1).map((row) => row[header.indexOf('name')]);
      assert.deepEqual(names, ['First Signer', 'Second Signer', `'=HYPERLINK("http://evil")`]);

      const byQuery = await admin(
        server.url,
        server.secretKey,
        'GET',
        `/v1/admin/campaigns/${slug}/signatures?format=csv`,
      );
      assert.equal(await byQuery.text(), text);

      const unknown = await admin(
        server.url,
        server.secretKey,
        'GET',
        '/v1/admin/campaigns/nope/signatures?format=csv',
      );
      assert.equal(unknown.status, 404);
      assert.equal(errorCode(await json(unknown)), 'not_found');
    });

    it('keeps formulas as text when whitespace, line breaks or invisible characters come first', async () => {
      // Names are trimmed on the way in, so leading spaces are tested through
      // the untrimmed source fields, and names with what trimming keeps.
      const hostile = [
        { name: '\u0085=HYPERLINK("http://evil")', source: { utmSource: ' =1+1' } },
        { name: '\u200b+cmd|" /C calc"!A0', source: { utmMedium: '\n@SUM(A1:A9)' } },
        { name: '  -2+3', source: { utmCampaign: '\t=1', referrer: '\r\n=HYPERLINK("x")' } },
        { name: 'Plain Name', source: { utmSource: '\u3000+1', utmMedium: '\r-1', referrer: ' https://ok.example/' } },
      ];
      const emails = new Set<string>();
      for (const { name, source } of hostile) {
        const body = signatureBody({ name, source });
        emails.add(body.email);
        const response = await sign(server.url, slug, body);
        assert.equal(response.status, 201, await response.clone().text());
      }
      const response = await admin(
        server.url,
        server.secretKey,
        'GET',
        `/v1/admin/campaigns/${slug}/signatures?format=csv`,
      );
      assert.equal(response.status, 200);
      const [header, ...rows] = csvRows(await response.text());
      const column = (name: string) => header!.indexOf(name);
      const mine = rows.filter((row) => emails.has(row[column('email')]!));
      assert.equal(mine.length, hostile.length);
      assert.deepEqual(
        mine.map((row) => row[column('name')]),
        [`'\u0085=HYPERLINK("http://evil")`, `'\u200b+cmd|" /C calc"!A0`, `'-2+3`, 'Plain Name'],
      );
      const byName = new Map(mine.map((row) => [row[column('name')], row]));
      const cell = (name: string, field: string) => byName.get(name)![column(field)];
      assert.equal(cell(`'\u0085=HYPERLINK("http://evil")`, 'utm_source'), "' =1+1");
      assert.equal(cell(`'\u200b+cmd|" /C calc"!A0`, 'utm_medium'), "'\n@SUM(A1:A9)");
      assert.equal(cell("'-2+3", 'utm_campaign'), "'\t=1");
      assert.equal(cell("'-2+3", 'referrer'), `'\r\n=HYPERLINK("x")`);
      assert.equal(cell('Plain Name', 'utm_source'), "'\u3000+1");
      assert.equal(cell('Plain Name', 'utm_medium'), "'\r-1");
      assert.equal(cell('Plain Name', 'referrer'), ' https://ok.example/');
      // Whatever else is in the export: no cell a spreadsheet would run.
      for (const row of rows) {
        for (const value of row) assert.doesNotMatch(value, /^[\s\u0085\u200b]*[=+\-@]/, JSON.stringify(value));
      }
    });
  });
}
