import type { Database } from '../db/database.js';
import { MAIL_CHANNEL } from '../mail/outbox.js';

// Mail workers also poll every second; the wake-up only makes mail prompter.
const WINDOW_MS = 50;

const states = new WeakMap<Database, { last: number; timer: NodeJS.Timeout | null }>();

/**
 * Wakes mail workers after thank-you mails were committed, at most once per
 * 50 ms per process. A NOTIFY inside each signature's transaction would make
 * every commit take PostgreSQL's cluster-wide notify lock in turn, one
 * signature at a time; a wake-up after commit cannot announce mail that was
 * rolled back either.
 */
export function wakeMailWorkers(db: Database): void {
  let state = states.get(db);
  if (!state) {
    state = { last: 0, timer: null };
    states.set(db, state);
  }
  if (state.timer) return;
  const current = state;
  const send = () => {
    current.timer = null;
    current.last = Date.now();
    db.notify(MAIL_CHANNEL, '').catch(() => {});
  };
  const wait = current.last + WINDOW_MS - Date.now();
  if (wait <= 0) send();
  else {
    current.timer = setTimeout(send, wait);
    current.timer.unref();
  }
}
