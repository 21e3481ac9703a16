// How recoupe starts PGlite and makes a new data directory. Each setting below cuts a measured cost of opening or
// creating the embedded store (docs/design.md, "The store", has the numbers):
//   - V8 compiles PGlite's wasm with its baseline compiler only (Liftoff): a CLI run is too short for the optimising
//     compiler to pay back, and its background compiles cost more CPU than they save (open 920 -> 500 ms of CPU, a
//     putFile of 2,000 articles in a new process 1,230 -> 490 ms);
//   - shared_buffers=16MB instead of initdb's 128MB, which PostgreSQL sets up at every start (start 240 -> 80 ms);
//   - a data directory holds only the database recoupe uses ("postgres"): template0 and template1, used only by
//     CREATE DATABASE, are dropped, and WAL segments are 1 MB, so that a new store writes and fsyncs 415 files of
//     9.6 MB instead of 1,016 files of 40 MB.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { durableOptions, durableStartParams } from './durability.js';
import type { SqlExecutor, SqlQuery } from './executor.js';
import { migrate } from './schema.js';

/** initdb's parameters beyond PGlite's own: 1 MB WAL segments (initdb's default is 16 MB). */
export const initdbParams: readonly string[] = ['--wal-segsize=1'];

/** PostgreSQL's start parameters: durable (durability.ts), with 16 MB of shared buffers. */
export const startParams: readonly string[] = [...durableStartParams, '-c', 'shared_buffers=16MB'];

let isBaselineSet = false;

/** Starts PGlite on the data directory `dataDir` (running initdb there first if it holds no database). */
export async function startPglite(dataDir: string, extraParams: readonly string[] = []): Promise<PGlite> {
  useBaselineWasmCompiler();
  const options: PGliteOptions = {
    ...durableOptions(dataDir),
    startParams: [...startParams, ...extraParams],
    initDbStartParams: [...initdbParams],
  };
  return PGlite.create(options);
}

/** Makes a complete data directory in `dataDir` with initdb, the schema migrated and only the one database. */
export async function makeDataDir(dataDir: string): Promise<void> {
  // wal_recycle off: the checkpoints below delete the WAL segments they no longer need instead of keeping them for reuse
  const pg = await startPglite(dataDir, ['-c', 'wal_recycle=off']);
  try {
    await migrate(pgliteExecutor(pg));
    for (const name of ['template0', 'template1']) {
      await pg.exec(`ALTER DATABASE ${name} WITH is_template false`);
      await pg.exec(`DROP DATABASE ${name}`);
    }
    await pg.exec('CHECKPOINT');
  } finally {
    await pg.close();
  }
}

/** The version of the installed PGlite (a data directory made by another version may not start). */
export function pgliteVersion(): string {
  const main = createRequire(import.meta.url).resolve('@electric-sql/pglite'); // .../pglite/dist/index.cjs
  const manifest = JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as { version?: unknown };
  return String(manifest.version);
}

/** The SqlExecutor over one PGlite instance. */
export function pgliteExecutor(pg: PGlite): SqlExecutor {
  const on = (db: Pick<PGlite, 'query' | 'exec'>): SqlQuery => ({
    query: async <R>(sql: string, params: readonly unknown[] = []) => (await db.query<R>(sql, [...params])).rows,
    exec: async (sql: string) => {
      await db.exec(sql);
    },
  });
  return {
    ...on(pg),
    transaction: (fn) => pg.transaction((tx) => fn(on(tx))),
    close: () => pg.close(),
  };
}

// Liftoff only, for the whole process: PGlite's is the only wasm recoupe runs. The flag must be set before the first
// PGlite compiles its module; V8 reads it at each compile, so setting it late is harmless, just without effect.
function useBaselineWasmCompiler(): void {
  if (isBaselineSet) return;
  isBaselineSet = true;
  setFlagsFromString('--liftoff-only');
}
