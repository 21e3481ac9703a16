// One process at a time per data folder: PGlite takes no lock of its own, and two processes writing the same
// PostgreSQL data directory destroy it. The lock is a file holding the owner's pid; a dead owner's lock is taken over.
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

/** A held lock; release() is idempotent and also runs when the process exits normally. */
export interface HeldLock {
  readonly path: string;
  release(): void;
}

/** Takes the lock file at `path` for the data folder `folder`, or throws saying which live process holds it. */
export function acquireLock(path: string, folder: string): HeldLock {
  const mine = `${path}.${process.pid}`;
  writeFileSync(mine, `${process.pid}\n`);
  try {
    // A few rounds: each either takes the lock, throws, or clears a stale lock and tries again.
    for (let round = 0; round < 5; round++) {
      if (tryLink(mine, path)) return holdLock(path);
      const holder = readPid(path);
      if (holder === undefined) continue; // released between our link and our read
      if (holder !== null && isAlive(holder)) {
        throw new Error(`store: the data folder ${folder} is in use by process ${holder}; wait for it or use --db`);
      }
      clearStaleLock(path, holder);
    }
    throw new Error(`store: could not take the lock ${path} (other processes keep racing for it); try again`);
  } finally {
    rmSync(mine, { force: true });
  }
}

function holdLock(path: string): HeldLock {
  let isHeld = true;
  const release = (): void => {
    if (!isHeld) return;
    isHeld = false;
    process.off('exit', release);
    // Only our own lock: never remove one another process took over.
    if (readPid(path) === process.pid) rmSync(path, { force: true });
  };
  process.on('exit', release);
  return { path, release };
}

// link() fails when the target exists, so the lock appears atomically and already holds its pid.
function tryLink(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

// Moves the stale lock aside, then checks it was still the stale one: another opener may have just replaced it.
function clearStaleLock(path: string, stalePid: number | null): void {
  const aside = `${path}.stale.${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readPid(aside);
  if (moved !== stalePid && moved !== undefined && moved !== null) tryLink(aside, path); // a fresh lock: put it back
  rmSync(aside, { force: true });
}

// The pid in a lock file; null when unreadable as a pid, undefined when the file is gone.
function readPid(path: string): number | null | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const pid = Number.parseInt(text.trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 only checks that the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by another user
  }
}
