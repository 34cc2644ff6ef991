import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import type { Database } from '../../src/db/database.js';
import { listDevMail } from '../../src/mail/dev-mailbox.js';
import { countOutbox, deleteSentMail, enqueueMail, retryFailedMail } from '../../src/mail/outbox.js';
import { createMailTransport } from '../../src/mail/transport.js';
import { createMailWorker, redactAddresses, retryDelayMs } from '../../src/mail/worker.js';
import { waitFor } from '../fakes/mailbox-reader.js';
import { type FakeSmtp, startFakeSmtp } from '../fakes/smtp.js';
import { openTestDatabase, testDatabases } from '../harness.js';

const silent = pino({ level: 'silent' });
const FROM = 'Placard <no-reply@placard.test>';

async function outboxRow(db: Database, id: string) {
  const { rows } = await db.query<{ status: string; attempts: number; last_error: string | null }>(
    'SELECT status, attempts, last_error FROM mail_outbox WHERE id = $1',
    [id],
  );
  return rows[0];
}

describe('mail backoff', () => {
  it('doubles from the base and stops at the cap', () => {
    assert.deepEqual(
      [1, 2, 3, 4, 8, 9, 10].map((attempts) => retryDelayMs(attempts, 30_000, 3_600_000)),
      [30_000, 60_000, 120_000, 240_000, 3_600_000, 3_600_000, 3_600_000].map((ms, i) =>
        i < 4 ? ms : Math.min(ms, 3_600_000),
      ),
    );
    assert.equal(retryDelayMs(7, 30_000, 3_600_000), 1_920_000);
  });

  it('keeps addresses out of stored and logged errors', () => {
    assert.equal(
      redactAddresses('550 5.1.1 <tenzin@example.org>: Recipient address rejected'),
      '550 5.1.1 <[address]>: Recipient address rejected',
    );
  });
});

for (const database of testDatabases) {
  describe(`mail outbox on ${database}`, () => {
    let db: Database;
    let smtp: FakeSmtp;

    before(async () => {
      db = await openTestDatabase(database);
      smtp = await startFakeSmtp();
    });
    after(async () => {
      await smtp.close();
      await db.close();
    });

    const smtpWorker = (o: { intervalMs?: number; maxAttempts?: number } = {}) =>
      createMailWorker({
        db,
        transport: createMailTransport({ smtpUrl: smtp.url, mailFrom: FROM }, db),
        logger: silent,
        intervalMs: o.intervalMs ?? 25,
        retryBaseMs: 30,
        retryCapMs: 100,
        ...(o.maxAttempts ? { maxAttempts: o.maxAttempts } : {}),
      });

    it('delivers a committed mail over SMTP with From, To, Reply-To and Subject', async () => {
      const worker = smtpWorker();
      worker.start();
      try {
        const id = await db.transaction((tx) =>
          enqueueMail(tx, {
            kind: 'mp_letter',
            to: 'mp@parliament.test',
            replyTo: 'Tenzin Dolma <tenzin@example.org>',
            subject: 'Ban Chen Quanguo from the UK',
            text: 'Dear Rachel Blake,\n\nPlease act. Action cannot wait — now.\n\nTenzin',
          }),
        );
        await waitFor(() => smtp.received.some((mail) => mail.headers['x-placard-mail-id'] === id));
        const mail = smtp.received.find((received) => received.headers['x-placard-mail-id'] === id)!;
        assert.deepEqual(mail.to, ['mp@parliament.test']);
        assert.equal(mail.from, 'no-reply@placard.test');
        assert.equal(mail.headers.from, 'Placard <no-reply@placard.test>');
        assert.equal(mail.headers.to, 'mp@parliament.test');
        assert.equal(mail.headers['reply-to'], 'Tenzin Dolma <tenzin@example.org>');
        assert.equal(mail.headers.subject, 'Ban Chen Quanguo from the UK');
        assert.match(mail.headers['content-type'] ?? '', /^text\/plain/);
        assert.equal(mail.text, 'Dear Rachel Blake,\n\nPlease act. Action cannot wait — now.\n\nTenzin');
        await waitFor(async () => (await outboxRow(db, id))?.status === 'sent');
        assert.equal((await outboxRow(db, id))?.attempts, 1);
      } finally {
        await worker.stop();
      }
    });

    it('never sends mail enqueued in a transaction that rolled back', async () => {
      const before = await countOutbox(db);
      await assert.rejects(
        db.transaction(async (tx) => {
          await enqueueMail(tx, { kind: 'test', to: 'nobody@example.org', subject: 'rolled back', text: 'x' });
          throw new Error('the signature failed');
        }),
        /the signature failed/,
      );
      assert.deepEqual(await countOutbox(db), before);
    });

    it('keeps mail through an SMTP outage and delivers it exactly once when the server is back', async () => {
      const worker = smtpWorker();
      await smtp.stop();
      const subject = `outage ${Date.now()}`;
      const id = await db.transaction((tx) =>
        enqueueMail(tx, { kind: 'signature_thanks', to: 'supporter@example.org', subject, text: 'Thank you.' }),
      );
      assert.equal(await worker.drainOnce(), 0);
      const failed = await outboxRow(db, id);
      assert.equal(failed?.status, 'pending');
      assert.equal(failed?.attempts, 1);
      assert.match(failed?.last_error ?? '', /ECONNREFUSED|connect/i);

      worker.start();
      // A couple more refused attempts while the server stays down.
      await waitFor(async () => ((await outboxRow(db, id))?.attempts ?? 0) >= 3);
      assert.equal((await outboxRow(db, id))?.status, 'pending');
      await smtp.start();
      await waitFor(async () => (await outboxRow(db, id))?.status === 'sent');
      await worker.stop();
      assert.equal(smtp.received.filter((mail) => mail.headers.subject === subject).length, 1);
    });

    it('delivers every mail of a queue exactly once when SMTP goes down in the middle of it', async () => {
      const tag = `mid-queue ${Date.now()}`;
      const subjects = Array.from({ length: 40 }, (_, i) => `${tag} #${i}`);
      await db.transaction(async (tx) => {
        for (const subject of subjects) {
          await enqueueMail(tx, { kind: 'signature_thanks', to: 'supporter@example.org', subject, text: 'Thank you.' });
        }
      });
      const ours = () => smtp.received.filter((mail) => mail.headers.subject?.startsWith(tag));
      smtp.delayMs = 10;
      const worker = smtpWorker();
      worker.start();
      try {
        await waitFor(() => ours().length >= 8);
        await smtp.stop();
        const deliveredBeforeOutage = ours().length;
        assert.ok(deliveredBeforeOutage < subjects.length, 'the outage came while mail was still queued');
        await new Promise((resolve) => setTimeout(resolve, 300));
        await smtp.start();
        await waitFor(() => ours().length >= subjects.length, 20_000);
        await new Promise((resolve) => setTimeout(resolve, 200));
      } finally {
        smtp.delayMs = 0;
        await worker.stop();
      }
      const counts = new Map<string, number>();
      for (const mail of ours())
        counts.set(mail.headers.subject ?? '', (counts.get(mail.headers.subject ?? '') ?? 0) + 1);
      assert.deepEqual(
        subjects.filter((subject) => counts.get(subject) !== 1),
        [],
        'each queued mail arrived once',
      );
    });

    it("gives up after the last attempt and 'mail retry' puts failed mail back", async () => {
      await smtp.stop();
      const worker = smtpWorker({ maxAttempts: 2 });
      const subject = `give up ${Date.now()}`;
      const id = await db.transaction((tx) =>
        enqueueMail(tx, { kind: 'test', to: 'a@example.org', subject, text: 'x' }),
      );
      worker.start();
      await waitFor(async () => (await outboxRow(db, id))?.status === 'failed');
      assert.equal((await outboxRow(db, id))?.attempts, 2);
      await smtp.start();
      assert.ok((await retryFailedMail(db)) >= 1);
      await waitFor(async () => (await outboxRow(db, id))?.status === 'sent');
      await worker.stop();
      assert.equal(smtp.received.filter((mail) => mail.headers.subject === subject).length, 1);
      assert.equal(await retryFailedMail(db), 0);
    });

    it('shares the queue between workers without sending anything twice', async () => {
      const subject = `shared ${Date.now()}`;
      await db.transaction(async (tx) => {
        for (let i = 0; i < 40; i++) {
          await enqueueMail(tx, { kind: 'test', to: `s${i}@example.org`, subject: `${subject} ${i}`, text: 'x' });
        }
      });
      const workers = [smtpWorker(), smtpWorker(), smtpWorker()];
      const delivered = await Promise.all(workers.map((worker) => worker.drainOnce()));
      for (const worker of workers) worker.start();
      await waitFor(() => smtp.received.filter((mail) => mail.headers.subject?.startsWith(subject)).length >= 40);
      await Promise.all(workers.map((worker) => worker.stop()));
      const subjects = smtp.received
        .filter((mail) => mail.headers.subject?.startsWith(subject))
        .map((m) => m.headers.subject);
      assert.equal(subjects.length, 40);
      assert.equal(new Set(subjects).size, 40);
      assert.ok(delivered.reduce((a, b) => a + b, 0) <= 40);
    });

    it('stop() waits for a send in flight to finish and be recorded', async () => {
      smtp.delayMs = 300;
      const worker = smtpWorker();
      const id = await db.transaction((tx) =>
        enqueueMail(tx, { kind: 'test', to: 'slow@example.org', subject: 'slow', text: 'x' }),
      );
      const draining = worker.drainOnce();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await worker.stop();
      assert.equal((await outboxRow(db, id))?.status, 'sent');
      assert.equal(await draining, 1);
      smtp.delayMs = 0;
    });

    it('forgets delivered mail after the retention period, keeping recent and undelivered mail', async () => {
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO mail_outbox (kind, to_address, subject, body_text, status, sent_at)
         VALUES ('test', 'old@example.org', 'old', 'x', 'sent', now() - interval '8 days'),
                ('test', 'new@example.org', 'new', 'x', 'sent', now() - interval '6 days'),
                ('test', 'stuck@example.org', 'stuck', 'x', 'failed', NULL)
         RETURNING id`,
      );
      assert.equal(await deleteSentMail(db, 7), 1);
      const left = await db.query<{ subject: string }>('SELECT subject FROM mail_outbox WHERE id = ANY($1::uuid[])', [
        rows.map((row) => row.id),
      ]);
      assert.deepEqual(left.rows.map((row) => row.subject).sort(), ['new', 'stuck']);
      await db.query('DELETE FROM mail_outbox WHERE id = ANY($1::uuid[])', [rows.map((row) => row.id)]);
    });

    it('without SMTP the dev mailbox keeps every mail, newest first', async () => {
      const worker = createMailWorker({
        db,
        transport: createMailTransport({ mailFrom: FROM }, db),
        logger: silent,
        intervalMs: 25,
      });
      worker.start();
      await db.transaction((tx) =>
        enqueueMail(tx, { kind: 'signature_confirmation', to: 'dev@example.org', subject: 'first', text: 'one' }),
      );
      await waitFor(async () => (await listDevMail(db, { to: 'DEV@example.org' })).length === 1);
      await db.transaction((tx) =>
        enqueueMail(tx, {
          kind: 'signature_confirmation',
          to: 'dev@example.org',
          subject: 'second',
          text: 'two',
          replyTo: 'r@example.org',
        }),
      );
      await waitFor(async () => (await listDevMail(db, { to: 'DEV@example.org' })).length === 2);
      await worker.stop();
      const [newest, oldest] = await listDevMail(db, { to: 'dev@example.org' });
      assert.equal(newest?.subject, 'second');
      assert.equal(newest?.replyTo, 'r@example.org');
      assert.equal(newest?.from, FROM);
      assert.equal(oldest?.subject, 'first');
      assert.equal(oldest?.replyTo, null);
      assert.match(oldest?.createdAt ?? '', /^\d{4}-\d\d-\d\dT/);
    });
  });
}
