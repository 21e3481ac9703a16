// The dossier is written piece by piece, byte for byte what JSON.stringify(value, null, 1) gives.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sampleDossier } from '../export/sample-dossier.js';
import { jsonPieces, writeJsonOutput } from './output.js';

describe('jsonPieces', () => {
  const rows: [string, Record<string, unknown>][] = [
    ['a whole dossier', sampleDossier() as unknown as Record<string, unknown>],
    ['empty object', {}],
    ['empty and nested arrays, undefined fields and elements, odd keys', { a: [], b: [[1, [2]], { c: [] }], u: undefined, v: [undefined, null, 'x\n"y"'], 'k"\u2028': 1 }],
    ['scalars', { s: 'é', n: 1.5, t: true, z: null }],
  ];
  for (const [name, value] of rows) {
    it(`${name}: the same text as JSON.stringify(value, null, 1)`, () => assert.equal([...jsonPieces(value)].join(''), `${JSON.stringify(value, null, 1)}\n`));
  }

  it('never serialises a top-level array whole: one piece per element', () => {
    const pieces = [...jsonPieces({ articles: Array.from({ length: 1000 }, (_, i) => ({ i })) })];
    assert.ok(pieces.length > 1000 && Math.max(...pieces.map((p) => p.length)) < 100);
  });

  it('writes the file through a temporary file, leaving only the dossier', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-output-'));
    const value = sampleDossier() as unknown as Record<string, unknown>;
    await writeJsonOutput(join(dir, 'd.json'), value, () => {});
    assert.equal(readFileSync(join(dir, 'd.json'), 'utf8'), `${JSON.stringify(value, null, 1)}\n`);
    assert.deepEqual(readdirSync(dir), ['d.json']);
  });
});
