// The store stage's public surface: open a store from options, or from the CLI's --db value.
import { openEmbeddedStore } from './embedded.js';
import { openPostgresStore } from './postgres.js';
import type { Store, StoreOptions } from './store.js';

export type { Correction, Store, StoredCorrection, StoredFile, StoreOptions } from './store.js';

/** The data folder of the embedded store when neither --db nor RECOUPE_DATABASE_URL says otherwise. */
export const defaultDataFolder = '.recoupe';

/** Opens the store the options describe; throws a `store: ...` error saying what to do when it cannot. */
export async function openStore(options: StoreOptions): Promise<Store> {
  switch (options.backend) {
    case 'embedded':
      return openEmbeddedStore(options.dir);
    case 'postgres':
      return openPostgresStore(options.url, options.schema);
    default: {
      const backend = (options as { backend?: unknown }).backend;
      throw new Error(`store: unknown backend ${JSON.stringify(backend)}; use "embedded" or "postgres"`);
    }
  }
}

/** Options from a --db value: a postgres:// URL, else a data folder; without it RECOUPE_DATABASE_URL, else .recoupe. */
export function storeOptionsFrom(db: string | undefined, env: NodeJS.ProcessEnv = process.env): StoreOptions {
  const value = db ?? env['RECOUPE_DATABASE_URL'] ?? defaultDataFolder;
  return /^postgres(ql)?:\/\//i.test(value) ? { backend: 'postgres', url: value } : { backend: 'embedded', dir: value };
}
