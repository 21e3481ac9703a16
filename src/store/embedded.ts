// The embedded backend: PGlite (PostgreSQL in wasm) in a data folder, by default .recoupe/ (chosen by the caller).
// Layout of the folder:
//   lock             the process using it (lock-file.ts)
//   pgdata/          the PostgreSQL data directory
//   pgdata.creating/ a data directory being created; renamed to pgdata/ once complete and on disk, so that a process
//                    killed (or a machine losing power) during creation never leaves a half-made pgdata/ behind
// A new data directory is the store template's files (template.ts), written in a fraction of a second; without a
// usable template, or if the database made from it does not start, it is made with initdb (6 s of CPU) as before.
// Every commit is on disk when it returns (durability.ts), so a power cut loses no acknowledged write.
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { syncPath, syncTree } from './durability.js';
import { acquireLock } from './lock-file.js';
import { makeDataDir, pgliteExecutor, startPglite } from './pglite-setup.js';
import { SqlStore } from './sql-store.js';
import type { Store } from './store.js';
import { defaultTemplatePath, readTemplateData } from './template.js';
import { writeTree } from './tar.js';

/** How to create a data directory: from the template archive at `templatePath` (null: always with initdb). */
export interface EmbeddedOptions {
  readonly templatePath?: string | null;
}

/** How the data directory of an opened store was made: now from the template, now with initdb, or earlier. */
export type DataDirOrigin = 'template' | 'initdb' | 'existing';

/** Opens (creating if needed) the embedded store in `dir`; one process at a time. */
export async function openEmbeddedStore(dir: string, options: EmbeddedOptions = {}): Promise<Store> {
  return (await openEmbeddedStoreWithOrigin(dir, options)).store;
}

/** openEmbeddedStore, also saying how the data directory was made (for tests and the benchmark). */
export async function openEmbeddedStoreWithOrigin(
  dir: string,
  options: EmbeddedOptions = {},
): Promise<{ store: Store; origin: DataDirOrigin }> {
  const folder = resolve(dir);
  makeFolder(folder);
  const lock = acquireLock(join(folder, 'lock'), folder);
  const release = (): void => lock.release();
  try {
    const dataDir = join(folder, 'pgdata');
    if (existsSync(dataDir)) return { store: await openSqlStore(dataDir, folder, release), origin: 'existing' };
    const templatePath = options.templatePath === undefined ? defaultTemplatePath : options.templatePath;
    const origin = await createDataDir(folder, dataDir, templatePath);
    try {
      return { store: await openSqlStore(dataDir, folder, release), origin };
    } catch (error) {
      if (origin !== 'template') throw error;
      // The template's database did not start (made by another build?): make this one with initdb instead.
      rmSync(dataDir, { recursive: true, force: true });
      await createDataDir(folder, dataDir, null);
      return { store: await openSqlStore(dataDir, folder, release), origin: 'initdb' };
    }
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
// Neither the template's files nor initdb's are synced as they are written, so every file is synced before the
// rename, and the folder after it.
async function createDataDir(folder: string, dataDir: string, templatePath: string | null): Promise<DataDirOrigin> {
  const creating = join(folder, 'pgdata.creating');
  rmSync(creating, { recursive: true, force: true });
  const template = templatePath === null ? null : readTemplateData(templatePath);
  if (template !== null) {
    mkdirSync(creating, { mode: 0o700 });
    writeTree(template, creating);
  } else {
    await wrapStartError(folder, () => makeDataDir(creating));
  }
  await syncTree(creating);
  renameSync(creating, dataDir);
  syncPath(folder);
  return template !== null ? 'template' : 'initdb';
}

async function openSqlStore(dataDir: string, folder: string, release: () => void): Promise<Store> {
  const pg = await wrapStartError(folder, () => startPglite(dataDir));
  return SqlStore.open('embedded', pgliteExecutor(pg), release);
}

async function wrapStartError<T>(folder: string, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `store: cannot open the embedded database in ${folder} (${reason}); if another recoupe version made it or it ` +
        'is damaged, move the folder aside and run again, or use --db',
      { cause: error },
    );
  }
}
