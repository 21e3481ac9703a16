// The store of a command that reads or changes it (entities, corrections): opened from --db, always closed.
import { openStore, storeOptionsFrom, type Store } from '../store/index.js';

/** Opens the store named by --db (or the default), runs `use` on it, and closes it whatever happens. */
export async function withStore(db: string | undefined, use: (store: Store) => Promise<void>): Promise<void> {
  const store = await openStore(storeOptionsFrom(db));
  try {
    await use(store);
  } finally {
    await store.close();
  }
}
