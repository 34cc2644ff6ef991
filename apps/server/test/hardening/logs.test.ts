/**
 * No supporter's personal data in the logs, whatever fails. The real server
 * process runs on a database rigged to fail on marked rows the way real
 * failures do: a trigger that raises with the whole row in its message, one
 * that casts a field and fails quoting it, a CHECK constraint whose error
 * carries "Failing row contains (…)", and an SMTP server that rejects the
 * recipient quoting the address. Every marker sent is then looked for in all
 * the process wrote to stdout and stderr, on PGlite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ErrorEnvelopeSchema } from '@placard/contract';
import { SMTPServer } from 'smtp-server';
import * as v from 'valibot';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/open.js';
import { openPglite } from '../../src/db/pglite.js';
import { createPostgresDatabase, testDatabases } from '../harness.js';
import { DEMO_ORIGIN } from '../requests.js';
import { ensureBuilt, type ServerProcess, startServerProcess } from './server-process.js';

const SLUG = 'ban-chen-quanguo';
const MARKERS = {
  name: 'MARKER-NAME-7q',
  castName: 'MARKER-CAST-7q',
  email: 'marker-7q@example.org',
  postcode: 'MRKPC 7QZ',
  address: 'MARKER-ADDRESS-7q',
  subject: 'MARKER-SUBJECT-7q',
  letter: 'MARKER-LETTER-7q',
  utm: 'MARKER-UTM-7q',
};

// Failures a real deployment meets (a trigger, a constraint, a bad cast), set off only by marked rows.
const RIGGING = `
CREATE FUNCTION test_refuse_marked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.name = '${MARKERS.name}' THEN
    RAISE EXCEPTION 'refusing %', row_to_json(NEW) USING DETAIL = NEW.email, HINT = NEW.postcode;
  END IF;
  IF NEW.name = '${MARKERS.castName}' THEN
    PERFORM (NEW.email || NEW.name)::uuid;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER test_refuse_marked BEFORE INSERT ON signatures FOR EACH ROW EXECUTE FUNCTION test_refuse_marked();
ALTER TABLE messages ADD CONSTRAINT test_no_marked_letters CHECK (body NOT LIKE '%${MARKERS.letter}%');
`;

async function rig(db: Database): Promise<void> {
  await migrate(db);
  await db.exec(RIGGING);
  await db.close();
}

/** An SMTP server that turns away every recipient, quoting the address back as real ones do. */
async function rejectingSmtp(): Promise<{ url: string; close(): Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(
        Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected`), { responseCode: 550 }),
      );
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function post(url: string, body: unknown) {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer pk_test_demo', Origin: DEMO_ORIGIN },
    body: JSON.stringify(body),
  });
}

const signature = (overrides: Record<string, unknown>) => ({
  name: MARKERS.name,
  email: MARKERS.email,
  postcode: MARKERS.postcode,
  country: 'FR',
  consent: { privacy: true, updates: true },
  source: { utmSource: MARKERS.utm },
  ...overrides,
});

const letter = (overrides: Record<string, unknown>) => ({
  postcode: 'SW1A 1AA',
  name: MARKERS.name,
  email: MARKERS.email,
  address: MARKERS.address,
  subject: MARKERS.subject,
  body: `Dear MP, ${MARKERS.letter}`,
  consent: { privacy: true },
  ...overrides,
});

for (const database of testDatabases) {
  describe(`logs hold no personal data (${database})`, () => {
    let server: ServerProcess | null = null;
    let smtp: Awaited<ReturnType<typeof rejectingSmtp>>;
    const cleanups: Array<() => Promise<void> | void> = [];
    let env: Record<string, string>;

    before(async () => {
      ensureBuilt();
      smtp = await rejectingSmtp();
      cleanups.push(() => smtp.close());
      if (database === 'pglite') {
        const dataDir = mkdtempSync(join(tmpdir(), 'placard-logs-'));
        cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
        await rig(await openPglite(dataDir));
        env = { PLACARD_DATA_DIR: dataDir };
      } else {
        const created = await createPostgresDatabase();
        cleanups.push(created.drop);
        await rig(await openDatabase({ dataDir: '', databaseUrl: created.url }));
        env = { DATABASE_URL: created.url, PLACARD_DATA_DIR: '/nonexistent/placard-logs' };
      }
    });
    after(async () => {
      server?.child.kill('SIGKILL');
      for (const cleanup of cleanups.reverse()) await cleanup();
    });

    test('database errors on marked signatures and letters, and a rejected recipient, log no marker', async () => {
      // The most verbose level: whatever any line could carry, it carries here.
      server = await startServerProcess({ ...env, LOG_LEVEL: 'trace', SMTP_URL: smtp.url, RATE_LIMITS: 'off' });
      const base = `${server.url}/v1/campaigns/${SLUG}`;
      const failing = [
        // The trigger raises with the whole row in its message, the email as detail, the postcode as hint.
        await post(`${base}/signatures`, signature({})),
        // The cast fails quoting the value: "invalid input syntax for type uuid: "marker-7q@…"".
        await post(`${base}/signatures`, signature({ name: MARKERS.castName })),
        // The CHECK constraint fails with "Failing row contains (…)" as detail.
        await post(`${base}/messages`, letter({})),
      ];
      for (const answer of failing) {
        assert.equal(answer.status, 500);
        const body = await answer.json();
        assert.ok(v.is(ErrorEnvelopeSchema, body) && body.error.code === 'internal_error', JSON.stringify(body));
      }
      // Input the edges refuse (NUL, an unpaired surrogate) and personal data in a URL.
      const refused = await post(`${base}/signatures`, signature({ name: `${MARKERS.name}\u0000` }));
      assert.equal(refused.status, 422);
      await refused.arrayBuffer();
      const lookup = await fetch(`${server.url}/v1/representatives?postcode=${encodeURIComponent(MARKERS.postcode)}`);
      await lookup.arrayBuffer();
      // A letter that is stored: its confirmation mail is then turned away by the SMTP server.
      const stored = await post(`${base}/messages`, letter({ body: 'Dear MP, please act.' }));
      assert.equal(stored.status, 202, await stored.clone().text());
      const deadline = Date.now() + 15_000;
      while (!/mail not delivered/.test(server.output()) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }

      assert.equal(await server.stop(), 0);
      const output = server.output();
      server = null;
      // The failures were logged, so the test looks at lines that could have leaked.
      assert.match(output, /"msg":"unhandled error"/);
      assert.match(output, /"code":"P0001"/);
      assert.match(output, /"code":"22P02"/);
      assert.match(output, /"code":"23514"/);
      assert.match(output, /"constraint":"test_no_marked_letters"/);
      assert.match(output, /"msg":"mail not delivered"/);
      // Every field the server logs is one it means to: none was dropped by the allow-list.
      assert.doesNotMatch(output, /"unlisted"/);
      for (const marker of [...Object.values(MARKERS), 'marker-7q', 'MRKPC', '7QZ']) {
        assert.ok(!output.includes(marker), `the log holds ${marker}:\n${output}`);
        assert.ok(!output.toLowerCase().includes(marker.toLowerCase()), `the log holds ${marker} in some case`);
      }
    });
  });
}
