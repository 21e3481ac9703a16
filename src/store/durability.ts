// Makes PGlite's commits reach the disk. PGlite starts PostgreSQL with fsync off (`-F`), and even with fsync on, its
// Emscripten file system for Node (NODEFS) drops every sync: fdatasync() is a no-op, and fsync() calls a
// `stream_ops.fsync` that NODEFS lacks. So three things together: start without -F, sync the WAL with fsync()
// (wal_sync_method=fsync, as fdatasync never reaches the host), and give NODEFS an fsync that calls the host's.
// Then a commit returns only once its WAL is on disk, and a power cut loses no acknowledged commit
// (full_page_writes and data checksums are on by default). See "Durability" in docs/design.md for the cost.
import { closeSync, fsyncSync, openSync, promises as fsp, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/** PGlite's start parameters with fsync on and the WAL synced by fsync(). */
export const durableStartParams: readonly string[] = [
  ...PGlite.defaultStartParams.filter((p) => p !== '-F'),
  '-c',
  'wal_sync_method=fsync',
];

let hostSyncs = 0;

/** How many fsyncs PostgreSQL has made on the host in this process (tests check that a commit makes one). */
export function hostSyncCount(): number {
  return hostSyncs;
}

/** NODEFS, whose files are fsynced on the host when PostgreSQL asks. */
export class DurableNodeFS extends NodeFS {
  override async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]): ReturnType<NodeFS['init']> {
    const { emscriptenOpts } = await super.init(pg, opts);
    const addSync = (mod: { NODEFS: unknown }): void => {
      const streamOps = (mod.NODEFS as { stream_ops?: Record<string, unknown> } | undefined)?.stream_ops;
      if (streamOps === undefined) {
        throw new Error('store: this PGlite has no NODEFS.stream_ops, so commits cannot be made durable; use PGlite 0.5.16');
      }
      // Every NODEFS stream shares this object; `nfd` is the host file descriptor.
      streamOps['fsync'] = (stream: { nfd?: number }): number => {
        if (stream.nfd === undefined) return 0;
        fsyncSync(stream.nfd);
        hostSyncs++;
        return 0;
      };
    };
    return { emscriptenOpts: { ...emscriptenOpts, preRun: [...(emscriptenOpts.preRun ?? []), addSync] } };
  }
}

/** PGlite options for a durable database in `dataDir`. */
export function durableOptions(dataDir: string): PGliteOptions {
  return { fs: new DurableNodeFS(dataDir), startParams: [...durableStartParams] };
}

/**
 * fsyncs every file and folder under `dir` (a data directory just made), then `dir` itself. Four at a time (libuv's
 * thread pool), which the disk serves far faster than one after another (1,000 files: 0.2 s instead of 0.7-2 s here).
 */
export async function syncTree(dir: string): Promise<void> {
  await syncAll([...listTree(dir), dir]);
}

// fsyncs every path of `paths` (files and folders), four at a time; resolves once all are on disk.
async function syncAll(paths: readonly string[]): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      const handle = await fsp.open(paths[next++] as string, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

// Every file and folder under `dir`, each folder after its contents.
function listTree(dir: string): string[] {
  const paths: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) paths.push(...listTree(path), path);
    else if (entry.isFile()) paths.push(path);
  }
  return paths;
}

/** fsyncs one file or folder (a folder so that a rename or a new entry in it survives a power cut). */
export function syncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
