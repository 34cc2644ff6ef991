import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Who holds a PGlite folder, as written in its lock file. */
interface Holder {
  pid: number;
  owner: string;
  token: string;
  since: string;
}

const LOCK_FILE = 'placard.lock';

// Folders this process holds, so a second open in the same process is refused
// too, while a lock file with our pid that is not in here is a previous life's.
const heldHere = new Set<string>();

/**
 * PGlite keeps the whole database in the memory of the process that opened
 * the folder and writes it back as it goes, so a second process on the same
 * folder works on its own copy: its changes are lost or the folder is
 * damaged. Opening takes this lock first, so the second process stops before
 * it changes anything.
 */
export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
  constructor(dataDir: string, holder: Holder | null) {
    const who = holder ? `the ${holder.owner} with process id ${holder.pid}` : 'another process';
    super(
      `the PGlite folder ${dataDir} is in use by ${who}, and PGlite allows one process at a time, so nothing was changed. Stop that process and run this again, or make the change through the running server's admin API (see /v1/docs). If no such process is running, delete ${join(dataDir, LOCK_FILE)}.`,
    );
  }
}

function readHolder(path: string): Holder | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Holder;
  } catch {
    return null;
  }
}

/**
 * Whether the process that wrote a lock is still running. Our own pid counts
 * as not running: a server in a container is often pid 1 after every restart,
 * and a lock left by its previous life (killed, never closed) must not keep
 * it out. A pid reused by an unrelated process keeps the lock held, which errs
 * towards refusing; the message says how to clear it.
 */
function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the folder's lock for `owner` (e.g. "Placard server") or throws
 * DataDirInUseError naming who holds it. A lock whose process is gone (killed,
 * crashed) is taken over. Resolves to the release function, which removes the
 * lock only if it is still ours.
 */
export function lockDataDir(dataDir: string, owner: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  if (heldHere.has(path)) throw new DataDirInUseError(dataDir, readHolder(path));
  const mine: Holder = { pid: process.pid, owner, token: randomUUID(), since: new Date().toISOString() };
  // Written aside and linked into place: the link either creates the lock whole or fails, so
  // no process ever reads half a lock or takes one another has just taken.
  const draft = `${path}.${mine.token}`;
  writeFileSync(draft, `${JSON.stringify(mine)}\n`);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(draft, path);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readHolder(path);
      if (holder && isRunning(holder.pid)) throw new DataDirInUseError(dataDir, holder);
      // Its process is gone: take it over, once. Losing that race to another
      // process taking it over too means that process now holds it.
      if (attempt > 0) throw new DataDirInUseError(dataDir, holder);
      rmSync(path, { force: true });
    }
  } finally {
    rmSync(draft, { force: true });
  }
  heldHere.add(path);
  return () => {
    heldHere.delete(path);
    if (readHolder(path)?.token === mine.token) {
      try {
        unlinkSync(path);
      } catch {}
    }
  };
}
