// The embedded (PGlite) backend against the conformance suite, plus what only it has: the data-folder lock, and the
// store template (a store made from it works; a missing or unusable template falls back to initdb).
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runStoreConformance } from './conformance.js';
import { hostSyncCount } from './durability.js';
import { type DataDirOrigin, openEmbeddedStoreWithOrigin } from './embedded.js';
import { openStore } from './index.js';
import { sampleFile } from './sample-article.js';
import { packTar } from './tar.js';
import { currentManifest, makeTemplate } from './template.js';

const dir = mkdtempSync(join(tmpdir(), 'recoupe-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// A template made here, so that the tests do not depend on dist/ being built.
const templatePath = join(dir, 'store-template.tar');
await makeTemplate(templatePath);

// One folder for the conformance suite and the folder tests, created from the template.
const folder = join(dir, 'store');
const origins: DataDirOrigin[] = [];
runStoreConformance('embedded', async () => {
  const { store, origin } = await openEmbeddedStoreWithOrigin(folder, { templatePath });
  origins.push(origin);
  return store;
});

describe('embedded store: creation', () => {
  it('created the conformance store from the template, then reopened it', () => {
    assert.equal(origins[0], 'template');
    assert.ok(origins.length > 1 && origins.slice(1).every((o) => o === 'existing'), origins.join(', '));
  });

  // [case, template: path of an archive that is not there, or the bytes of one]
  const unusable: [string, () => string][] = [
    ['is missing', () => join(dir, 'no-such-template.tar')],
    [
      'holds a data directory PostgreSQL cannot start',
      () => {
        const path = join(dir, 'broken-template.tar');
        const manifest = Buffer.from(JSON.stringify(currentManifest()));
        writeFileSync(
          path,
          packTar([
            { kind: 'file', name: 'recoupe-template.json', data: manifest },
            { kind: 'folder', name: 'pgdata' },
            { kind: 'file', name: 'pgdata/PG_VERSION', data: Buffer.from('18\n') },
            { kind: 'folder', name: 'pgdata/global' },
            { kind: 'file', name: 'pgdata/global/pg_control', data: Buffer.alloc(8192, 7) },
          ]),
        );
        return path;
      },
    ],
  ];
  for (const [index, [name, makeArchive]] of unusable.entries()) {
    it(`makes the store with initdb when the template ${name}`, async () => {
      const storeFolder = join(dir, `fallback-${index}`);
      const { store, origin } = await openEmbeddedStoreWithOrigin(storeFolder, { templatePath: makeArchive() });
      try {
        assert.equal(origin, 'initdb');
        await store.putFile(sampleFile('/fallback/file.html', []), []);
        assert.notEqual(await store.getFile('/fallback/file.html'), null);
      } finally {
        await store.close();
      }
      assert.deepEqual(readdirSync(storeFolder).sort(), ['pgdata']);
      const again = await openEmbeddedStoreWithOrigin(storeFolder, { templatePath: makeArchive() });
      try {
        assert.equal(again.origin, 'existing');
        assert.notEqual(await again.store.getFile('/fallback/file.html'), null);
      } finally {
        await again.store.close();
      }
    });
  }
});

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
