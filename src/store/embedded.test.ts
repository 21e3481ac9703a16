// The embedded (PGlite) backend against the conformance suite, plus what only it has: the data-folder lock.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runStoreConformance } from './conformance.js';
import { hostSyncCount } from './durability.js';
import { openStore } from './index.js';
import { sampleFile } from './sample-article.js';

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

  it('takes over a lock holding its own pid that it does not hold (a container restarted as pid 1)', async () => {
    writeFileSync(join(folder, 'lock'), `${process.pid}\n`);
    const store = await openStore({ backend: 'embedded', dir: folder });
    await store.close();
  });

  it('fsyncs on the host before a correction or a file is acknowledged', async () => {
    const store = await openStore({ backend: 'embedded', dir: folder });
    try {
      const before = hostSyncCount();
      const stored = await store.addCorrection({ kind: 'not-entity', payload: { text: 'durable' } });
      assert.ok(hostSyncCount() > before, 'addCorrection returned before any fsync');
      const afterAdd = hostSyncCount();
      await store.removeCorrection(stored.id);
      assert.ok(hostSyncCount() > afterAdd, 'removeCorrection returned before any fsync');
      const afterRemove = hostSyncCount();
      await store.putFile(sampleFile('/durable/file.html', []), []);
      assert.ok(hostSyncCount() > afterRemove, 'putFile returned before any fsync');
    } finally {
      await store.close();
    }
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
