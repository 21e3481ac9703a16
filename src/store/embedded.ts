// The embedded backend: PGlite (PostgreSQL in wasm) in a data folder, by default .recoupe/ (chosen by the caller).
// Layout of the folder:
//   lock             the process using it (lock-file.ts)
//   pgdata/          the PostgreSQL data directory
//   pgdata.creating/ a data directory being created; renamed to pgdata/ once complete and on disk, so that a process
//                    killed (or a machine losing power) during the slow first creation (4-6 s of initdb) never leaves
//                    a half-made pgdata/ behind
// Every commit is on disk when it returns (durability.ts), so a power cut loses no acknowledged write.
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { durableOptions, syncPath, syncTree } from './durability.js';
import type { SqlExecutor, SqlQuery } from './executor.js';
import { acquireLock } from './lock-file.js';
import { SqlStore } from './sql-store.js';
import type { Store } from './store.js';

/** Opens (creating if needed) the embedded store in `dir`; one process at a time. */
export async function openEmbeddedStore(dir: string): Promise<Store> {
  const folder = resolve(dir);
  makeFolder(folder);
  const lock = acquireLock(join(folder, 'lock'), folder);
  try {
    const dataDir = join(folder, 'pgdata');
    if (!existsSync(dataDir)) await createDataDir(folder, dataDir);
    const pg = await startPglite(dataDir, folder);
    return await SqlStore.open('embedded', pgliteExecutor(pg), () => lock.release());
  } catch (error) {
    lock.release();
    throw error;
  }
}

function makeFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
    if (!statSync(folder).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new Error(`store: cannot use ${folder} as the data folder (${code}); choose another folder with --db`, {
      cause: error,
    });
  }
}

// We hold the lock, so a leftover pgdata.creating/ is from a process that died while creating: start again.
// initdb writes without syncing, so every file is synced before the rename, and the folder after it.
async function createDataDir(folder: string, dataDir: string): Promise<void> {
  const creating = join(folder, 'pgdata.creating');
  rmSync(creating, { recursive: true, force: true });
  const pg = await startPglite(creating, folder);
  await pg.close();
  syncTree(creating);
  renameSync(creating, dataDir);
  syncPath(folder);
}

async function startPglite(dataDir: string, folder: string): Promise<PGlite> {
  try {
    return await PGlite.create(durableOptions(dataDir));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `store: cannot open the embedded database in ${folder} (${reason}); if another recoupe version made it or it ` +
        'is damaged, move the folder aside and run again, or use --db',
      { cause: error },
    );
  }
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
