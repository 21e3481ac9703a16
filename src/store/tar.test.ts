// The tar subset of the store template: a tree survives the round trip, and damaged or hostile archives are refused.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { packTar, readTree, type TarEntry, unpackTar, writeTree } from './tar.js';

const dir = mkdtempSync(join(tmpdir(), 'recoupe-tar-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, text: string): TarEntry => ({ kind: 'file', name, data: Buffer.from(text) });

describe('tar', () => {
  it('gives back the tree it archived: folders, empty files, a file of exactly one block, bytes as they were', () => {
    const source = join(dir, 'source');
    mkdirSync(join(source, 'base', '5'), { recursive: true });
    mkdirSync(join(source, 'pg_notify'));
    writeFileSync(join(source, 'PG_VERSION'), '18\n');
    writeFileSync(join(source, 'base', '5', '1259'), Buffer.alloc(8192, 0xab));
    writeFileSync(join(source, 'base', '5', '1259_fsm'), Buffer.alloc(512, 1));
    writeFileSync(join(source, 'base', '5', '2224'), '');
    const archive = packTar(readTree(source));
    assert.equal(archive.length % 512, 0);
    assert.deepEqual(packTar(readTree(source)), archive, 'the same tree gives the same bytes');

    const target = join(dir, 'target');
    mkdirSync(target);
    writeTree(unpackTar(archive), target);
    assert.deepEqual(readTree(target), readTree(source));
    assert.equal(readFileSync(join(target, 'PG_VERSION'), 'utf8'), '18\n');
  });

  // [case, archive, the error]
  const refused: [string, () => Buffer, RegExp][] = [
    ['a name going up', () => packTar([file('../escape', 'x')]), /^Error: tar: refused the entry name "\.\.\/escape"$/],
    ['an absolute name', () => packTar([file('/etc/passwd', 'x')]), /^Error: tar: refused the entry name "\/etc\/passwd"$/],
    [
      'a damaged header',
      () => {
        const archive = packTar([file('PG_VERSION', '18\n')]);
        archive[10] = 0x41; // inside the name
        return archive;
      },
      /^Error: tar: bad header checksum at byte 0$/,
    ],
    ['a cut file', () => packTar([file('PG_VERSION', 'x'.repeat(2000))]).subarray(0, 1024), /^Error: tar: PG_VERSION is cut short$/],
    ['no end blocks', () => packTar([file('PG_VERSION', '18\n')]).subarray(0, 1024), /^Error: tar: the archive ends without its end blocks$/],
    ['not a tar at all', () => Buffer.from('{"format":"something else"}'), /^Error: tar: the archive ends without its end blocks$/],
  ];
  for (const [name, archive, error] of refused) {
    it(`refuses ${name}`, () => {
      assert.throws(() => unpackTar(archive()), error);
    });
  }
});
