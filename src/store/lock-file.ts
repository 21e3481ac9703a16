// One process at a time per data folder: PGlite takes no lock of its own, and two processes writing the same
// PostgreSQL data directory destroy it. The lock is a file naming its owner: pid, and where the system tells them, the
// boot id and the process's start time. A lock whose owner is gone is stale and taken over:
//   - its pid is ours but this process does not hold it (a container's pid 1 after a restart),
//   - it was written before the last reboot (another boot id),
//   - no process has its pid, or the one that has it started at another time (the pid was reused).
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A held lock; release() is idempotent and also runs when the process exits normally. */
export interface HeldLock {
  readonly path: string;
  release(): void;
}

/** Who wrote a lock file: pid, and when known, the boot id and the start time (clock ticks since boot). */
export interface LockOwner {
  readonly pid: number;
  readonly bootId?: string;
  readonly startTicks?: string;
}

// Locks this process holds, by absolute path: a lock with our pid is live only if it is one of these.
const heldPaths = new Set<string>();

/** Takes the lock file at `path` for the data folder `folder`, or throws saying which live process holds it. */
export function acquireLock(path: string, folder: string): HeldLock {
  const lockPath = resolve(path);
  const mine = `${lockPath}.${process.pid}`;
  const content = formatOwner(describeOwner());
  writeFileSync(mine, content);
  try {
    // A few rounds: each either takes the lock, throws, or clears a stale lock and tries again.
    for (let round = 0; round < 5; round++) {
      if (tryLink(mine, lockPath)) return holdLock(lockPath, content);
      const text = readLockText(lockPath);
      if (text === undefined) continue; // released between our link and our read
      const owner = parseOwner(text);
      if (owner !== null && isLive(owner, lockPath)) {
        throw new Error(`store: the data folder ${folder} is in use by process ${owner.pid}; wait for it or use --db`);
      }
      clearStaleLock(lockPath, text);
    }
    throw new Error(`store: could not take the lock ${lockPath} (other processes keep racing for it); try again`);
  } finally {
    rmSync(mine, { force: true });
  }
}

/** The process `pid` as a lock owner (this process by default), with what the system tells of it. */
export function describeOwner(pid: number = process.pid): LockOwner {
  return { pid, bootId: readBootId(), startTicks: readStartTicks(pid) };
}

/** The text of a lock file: the pid on the first line (all that older versions wrote), then "key value" lines. */
export function formatOwner(owner: LockOwner): string {
  const lines = [String(owner.pid)];
  if (owner.bootId !== undefined) lines.push(`boot ${owner.bootId}`);
  if (owner.startTicks !== undefined) lines.push(`start ${owner.startTicks}`);
  return `${lines.join('\n')}\n`;
}

/** The owner a lock file names; null when its first line is not a pid. */
export function parseOwner(text: string): LockOwner | null {
  const [first = '', ...rest] = text.split('\n');
  const pid = Number(first.trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  const field = (key: string): string | undefined =>
    rest.find((line) => line.startsWith(`${key} `))?.slice(key.length + 1).trim() || undefined;
  return { pid, bootId: field('boot'), startTicks: field('start') };
}

// Whether the lock's owner may still be running and holding it; see the top of this file.
function isLive(owner: LockOwner, lockPath: string): boolean {
  if (owner.pid === process.pid) return heldPaths.has(lockPath);
  const bootId = readBootId();
  if (owner.bootId !== undefined && bootId !== undefined && owner.bootId !== bootId) return false;
  if (!isAlive(owner.pid)) return false;
  const startTicks = readStartTicks(owner.pid);
  return owner.startTicks === undefined || startTicks === undefined || owner.startTicks === startTicks;
}

function holdLock(path: string, content: string): HeldLock {
  let isHeld = true;
  heldPaths.add(path);
  const release = (): void => {
    if (!isHeld) return;
    isHeld = false;
    heldPaths.delete(path);
    process.off('exit', release);
    // Only our own lock: never remove one another process took over.
    if (readLockText(path) === content) rmSync(path, { force: true });
  };
  process.on('exit', release);
  return { path, release };
}

// link() fails when the target exists, so the lock appears atomically and already holds its owner.
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
function clearStaleLock(path: string, staleText: string): void {
  const aside = `${path}.stale.${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readLockText(aside);
  if (moved !== undefined && moved !== staleText) tryLink(aside, path); // a fresh lock: put it back
  rmSync(aside, { force: true });
}

// The text of a lock file; undefined when the file is gone.
function readLockText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 only checks that the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by another user
  }
}

// Linux's id of the current boot; undefined elsewhere.
function readBootId(): string | undefined {
  return readProc('/proc/sys/kernel/random/boot_id')?.trim() || undefined;
}

// When the process started, in clock ticks since boot (field 22 of /proc/<pid>/stat); undefined when unknown.
function readStartTicks(pid: number): string | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  if (stat === undefined) return undefined;
  // "11701 (cat) R 11698 ...": the name may hold spaces and parentheses, so count fields after the last ")".
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = fields[22 - 3];
  return ticks !== undefined && /^\d+$/.test(ticks) ? ticks : undefined;
}

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // no /proc (macOS, Windows) or not ours to read
  }
}
