// Bad input gets a clear message, loses nothing, and never stops a batch.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { analyze } from '../src/pipeline/analyze.js';
import { openStore, type Store } from '../src/store/index.js';
import { assertValidDossier } from './helpers/schema.js';

const good = (topic: string): string =>
  `Un titre sur ${topic}\n\nLe ministère a confirmé mardi que les livraisons de ${topic} avaient repris. ` +
  `Selon le porte-parole, la situation reste suivie de près par les services concernés.\n`;

describe('bad input', () => {
  let dir: string;
  let store: Store;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'recoupe-bad-'));
    store = await openStore({ backend: 'embedded', dir: join(dir, 'db') });
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('rejects each bad file with a clear reason, processes the rest, and keeps what was stored', async () => {
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'a-good.txt'), good('munitions'));
    const first = await analyze({ inputs: [inputs], store });
    assert.equal(first.dossier.articles.length, 1);
    assert.equal(first.rejected.length, 0);

    writeFileSync(join(inputs, 'b-binary.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
    writeFileSync(join(inputs, 'c-empty.txt'), '');
    writeFileSync(join(inputs, 'd-huge.txt'), '');
    truncateSync(join(inputs, 'd-huge.txt'), 200 * 1024 * 1024); // 200 MB, sparse: refused before any read
    writeFileSync(join(inputs, 'e-invalid-utf8.txt'), Buffer.concat([Buffer.from(good('drones')), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(' Fin de la dépêche.')]));
    writeFileSync(join(inputs, 'f-cp1252.txt'), Buffer.from(good('pièces détachées').replace(/’/g, "'"), 'latin1'));
    writeFileSync(join(inputs, 'g-truncated.txt.gz'), gzipSync(Buffer.from(good('obus').repeat(50))).subarray(0, 60));
    writeFileSync(join(inputs, 'h-nobody.html'), '<html><head><title>Rien</title></head></html>');
    writeFileSync(join(inputs, 'i-malformed.html'), '<html><body><div><p>Le ministère a confirmé la livraison de drones à la frontière, selon un communiqué publié dans la soirée. <p>Une deuxième phrase sans balise fermante<div><b>gras');
    symlinkSync(join(inputs, 'loop'), join(inputs, 'loop'));
    writeFileSync(join(inputs, 'j-unreadable.txt'), good('radars'));
    writeFileSync(join(inputs, 'k-copy.txt'), good('munitions'));

    const readBytes = async (path: string): Promise<Uint8Array> => {
      if (path.endsWith('j-unreadable.txt')) throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
      const { readFile } = await import('node:fs/promises');
      return readFile(path);
    };
    const second = await analyze({ inputs: [inputs], store, readBytes });
    assertValidDossier(second.dossier);
    const codes = Object.fromEntries(second.rejected.map((r) => [r.path.split('/').pop(), r.code]));
    assert.deepEqual(codes, {
      loop: 'symlink-loop',
      'b-binary.txt': 'binary',
      'c-empty.txt': 'empty',
      'd-huge.txt': 'too-large',
      'g-truncated.txt.gz': 'gzip-truncated',
      'h-nobody.html': 'no-article',
      'j-unreadable.txt': 'unreadable',
    });
    for (const r of second.rejected) assert.ok(r.reason.length > 10, `reason too short for ${r.path}`);
    assert.match(second.rejected.find((r) => r.code === 'too-large')!.reason, /--max-bytes/);

    const byName = new Map(second.dossier.articles.map((a) => [a.source.path.split('/').pop(), a]));
    assert.deepEqual([...byName.keys()].sort(), ['a-good.txt', 'e-invalid-utf8.txt', 'f-cp1252.txt', 'i-malformed.html', 'k-copy.txt']);
    assert.ok(byName.get('f-cp1252.txt')!.text.includes('pièces détachées'));
    assert.equal(byName.get('f-cp1252.txt')!.encoding, 'windows-1252');
    assert.match(byName.get('e-invalid-utf8.txt')!.encoding, /utf-8 \(\d+ invalid bytes? replaced\)/);
    assert.ok(byName.get('i-malformed.html')!.text.includes('livraison de drones'));
    // The same article twice: two articles, the second a marked copy of the first.
    const [orig, copy] = [byName.get('a-good.txt')!, byName.get('k-copy.txt')!];
    assert.notEqual(orig.id, copy.id);
    assert.equal(copy.duplicateOf, orig.id);
    assert.equal(copy.similarity, 1);
    // Nothing already stored was lost, and unchanged files were not read again.
    assert.equal(second.stats.reused, 1);
    assert.ok(await store.getArticle(first.dossier.articles[0]!.id));
  });

  it('reads a folder of 10,000 small files', async () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 10_000; i++) {
      writeFileSync(join(many, `${String(i).padStart(5, '0')}.txt`), `Note ${i}\n\nLa note numéro ${i} rapporte un fait distinct, le ${i % 28 + 1} du mois, sans autre précision.`);
    }
    const r = await analyze({ inputs: [many], store });
    assert.equal(r.rejected.length, 0);
    assert.equal(r.dossier.articles.length, 10_000);
    const again = await analyze({ inputs: [many], store });
    assert.equal(again.stats.reused, 10_000);
    assert.equal(again.stats.read, 0);
  });
});
