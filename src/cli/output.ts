// Writing results: to a file atomically and durably (a killed run or a power cut never leaves half a dossier), or to
// standard output with "-". The path is checked before any work, so a bad --out fails at once, not after the analysis.
import { constants } from 'node:fs';
import { access, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { isSystemPath } from '../core/paths.js';
import { UsageError } from './errors.js';

/** Throws a UsageError saying what to do when `path` cannot take a file; "-" (standard output) always can. */
export async function checkOutputPath(path: string, option = '--out'): Promise<void> {
  if (path === '-') return;
  const target = resolve(path);
  // A dossier cannot be written there, and recursive mkdir under /proc may never return.
  if (isSystemPath(target)) {
    throw new UsageError(`${option} ${path}: ${target} is a system folder, not a place for files; choose another path`);
  }
  const info = await stat(target).catch(() => null);
  if (info?.isDirectory()) throw new UsageError(`${option} ${path} is a folder; give a file name, such as ${path.replace(/\/?$/, '/')}dossier.json`);
  if (info && !info.isFile()) throw new UsageError(`${option} ${path} is not a regular file (a device, socket or pipe); choose another path`);
  // The nearest folder that exists must be a folder we may write in.
  let folder = dirname(target);
  for (;;) {
    const found = await stat(folder).catch(() => null);
    if (found) {
      if (!found.isDirectory()) throw new UsageError(`${option} ${path}: ${folder} is a file, not a folder; choose another path`);
      break;
    }
    folder = dirname(folder);
  }
  try {
    await access(folder, constants.W_OK);
    if (info) await access(target, constants.W_OK);
  } catch {
    throw new UsageError(`${option} ${path}: no permission to write in ${info ? target : folder}; choose another path`);
  }
}

/** Writes text to a path through a temporary file, fsync and a rename, or to standard output for "-". */
export async function writeOutput(path: string, text: string, stdout: (text: string) => void): Promise<void> {
  await writeChunks(path, [text], stdout);
}

/**
 * Writes a JSON object as `JSON.stringify(value, null, 1)` would, byte for byte, but piece by piece: each top-level
 * field, and each element of a top-level array, is serialised alone. A dossier of tens of thousands of articles is
 * larger than the longest string V8 can make (about 512 MB), so one JSON.stringify of it would fail after the whole
 * analysis; this never holds more than one article's JSON at a time. `transform` is applied to each piece.
 */
export async function writeJsonOutput(
  path: string,
  value: Readonly<Record<string, unknown>>,
  stdout: (text: string) => void,
  transform: (json: string) => string = (json) => json,
): Promise<void> {
  await writeChunks(path, jsonPieces(value, transform), stdout);
}

/** The pieces of `JSON.stringify(value, null, 1)` for an object, then a final newline. */
export function* jsonPieces(value: Readonly<Record<string, unknown>>, transform: (json: string) => string = (json) => json): Generator<string> {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{';
  for (const [n, [key, field]] of entries.entries()) {
    yield `${n === 0 ? '' : ','}\n ${JSON.stringify(key)}: `;
    if (Array.isArray(field) && field.length > 0) {
      yield '[';
      for (const [i, element] of field.entries()) {
        const json = JSON.stringify(element === undefined ? null : element, null, 1) ?? 'null';
        yield `${i === 0 ? '' : ','}\n  ${transform(json.replace(/\n/g, '\n  '))}`;
      }
      yield '\n ]';
    } else {
      yield transform((JSON.stringify(field, null, 1) ?? 'null').replace(/\n/g, '\n '));
    }
  }
  yield '\n}\n';
}

// Writes the pieces to a temporary file beside the target, fsyncs, renames; or to standard output for "-".
async function writeChunks(path: string, pieces: Iterable<string>, stdout: (text: string) => void): Promise<void> {
  if (path === '-') {
    for (const piece of pieces) stdout(piece);
    return;
  }
  await checkOutputPath(path);
  const target = resolve(path);
  await makeFolders(dirname(target));
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    const handle = await open(tmp, 'w', 0o644);
    try {
      let batch = '';
      for (const piece of pieces) {
        batch += piece;
        if (batch.length >= 1 << 20) {
          await handle.write(batch);
          batch = '';
        }
      }
      if (batch) await handle.write(batch);
      await handle.sync(); // the bytes are on disk before the name points at them
    } finally {
      await handle.close();
    }
    await rename(tmp, target);
  } catch (error) {
    await rm(tmp, { force: true });
    throw new UsageError(`cannot write ${path}: ${(error as Error).message}`, { cause: error });
  }
  await syncFolder(dirname(target));
}

// Creates missing folders one level at a time (never recursive mkdir, which can spin on pseudo-filesystems).
async function makeFolders(folder: string): Promise<void> {
  const missing: string[] = [];
  for (let f = folder; !(await stat(f).catch(() => null)); f = dirname(f)) {
    if (dirname(f) === f) break;
    missing.unshift(f);
  }
  for (const f of missing) await mkdir(f).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
}

// The rename is durable once the folder's entry is on disk; some filesystems refuse fsync on a folder: best effort.
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // EISDIR/EINVAL on filesystems that cannot sync a folder: the file itself is synced.
  }
}
