// Which store templates are used: only an undamaged one made by the installed PGlite for this schema or an older one.
// (That a store made from a real template works, and that an unusable one falls back to initdb: embedded.test.ts.)
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { packTar, type TarEntry } from './tar.js';
import { currentManifest, readManifest, readTemplateData } from './template.js';

const dir = mkdtempSync(join(tmpdir(), 'recoupe-template-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const current = currentManifest();
const data: TarEntry[] = [
  { kind: 'folder', name: 'pgdata' },
  { kind: 'file', name: 'pgdata/PG_VERSION', data: Buffer.from('18\n') },
];
const manifestEntry = (manifest: unknown): TarEntry => ({
  kind: 'file',
  name: 'recoupe-template.json',
  data: Buffer.from(JSON.stringify(manifest)),
});

// [case, archive bytes, is it used?]
const rows: [string, Buffer, boolean][] = [
  ['made by this PGlite for this schema', packTar([manifestEntry(current), ...data]), true],
  ['made for an older schema (the newer migrations run at open)', packTar([manifestEntry({ ...current, schemaVersion: 1 }), ...data]), true],
  ['made for a newer schema', packTar([manifestEntry({ ...current, schemaVersion: current.schemaVersion + 1 }), ...data]), false],
  ['made by another PGlite', packTar([manifestEntry({ ...current, pglite: '0.0.1' }), ...data]), false],
  ['made another way (another format)', packTar([manifestEntry({ ...current, format: 'recoupe-store-template/0' }), ...data]), false],
  ['without a manifest', packTar(data), false],
  ['with a manifest that is not JSON', packTar([{ kind: 'file', name: 'recoupe-template.json', data: Buffer.from('{') }, ...data]), false],
  ['with no data directory', packTar([manifestEntry(current)]), false],
  ['damaged', packTar([manifestEntry(current), ...data]).subarray(0, 1000), false],
];

describe('store template', () => {
  for (const [index, [name, archive, isUsed]] of rows.entries()) {
    it(`${isUsed ? 'uses' : 'does not use'} a template ${name}`, () => {
      const path = join(dir, `template-${index}.tar`);
      writeFileSync(path, archive);
      const entries = readTemplateData(path);
      if (isUsed) assert.deepEqual(entries?.map((e) => e.name), ['PG_VERSION']);
      else assert.equal(entries, null);
    });
  }

  it('does not use a template that is not there', () => {
    assert.equal(readTemplateData(join(dir, 'missing.tar')), null);
    assert.equal(readManifest(join(dir, 'missing.tar')), null);
  });
});
