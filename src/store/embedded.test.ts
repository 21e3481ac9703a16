// The embedded (PGlite) backend against the conformance suite, plus what only it has: the data-folder lock.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runStoreConformance } from './conformance.js';
import { openStore } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'recoupe-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// One folder for the whole file: creating a PGlite database takes several seconds.
const folder = join(dir, 'store');
runStoreConformance('embedded', () => openStore({ backend: 'embedded', dir: folder }));

describe('embedded store: data folder', () => {
  it('refuses a second open of a folder in use, naming the process', async () => {
    const store = await openStore({ backend: 'embedded', dir: folder });
    try {
      await assert.rejects(
        openStore({ backend: 'embedded', dir: folder }),
        new RegExp(`^Error: store: the data folder .*store is in use by process ${process.pid}; wait for it or use --db$`),
      );
    } finally {
      await store.close();
    }
    const again = await openStore({ backend: 'embedded', dir: folder }); // released on close
    await again.close();
  });

  it('takes over a lock left by a dead process', async () => {
    writeFileSync(join(folder, 'lock'), '999999999\n'); // no such pid
    const store = await openStore({ backend: 'embedded', dir: folder });
    await store.close();
  });

  it('says so when the data folder is a file', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    await assert.rejects(openStore({ backend: 'embedded', dir: file }), /^Error: store: cannot use .*a-file as the data folder/);
  });

  it('names the backend when it is unknown', async () => {
    const options = { backend: 'mongo', dir } as unknown as Parameters<typeof openStore>[0];
    await assert.rejects(openStore(options), /^Error: store: unknown backend "mongo"; use "embedded" or "postgres"$/);
  });
});
