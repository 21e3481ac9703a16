import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeBytes } from './decode.js';

const cp1252 = (s: string): Uint8Array => {
  // é è à ç ô ’ « » in Windows-1252
  const map: Record<string, number> = { é: 0xe9, è: 0xe8, à: 0xe0, ç: 0xe7, ô: 0xf4, '’': 0x92, '«': 0xab, '»': 0xbb, '\u00a0': 0xa0, É: 0xc9, œ: 0x9c };
  return Uint8Array.from([...s].map((c) => map[c] ?? c.charCodeAt(0)));
};
const utf16 = (s: string, le: boolean, bom: boolean): Uint8Array => {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const c of s) { const u = c.charCodeAt(0); out.push(...(le ? [u & 255, u >> 8] : [u >> 8, u & 255])); }
  return Uint8Array.from(out);
};
const french = "L’Élysée a démenti : « Pékin n’a rien livré », précise le communiqué. Cœur.";

describe('decodeBytes', () => {
  const rows: [string, Uint8Array, string, string][] = [
    ['UTF-8', new TextEncoder().encode(french), 'utf-8', french],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(french)]), 'utf-8', french],
    ['UTF-16LE with BOM', utf16(french, true, true), 'utf-16le', french],
    ['UTF-16BE with BOM', utf16(french, false, true), 'utf-16be', french],
    ['UTF-16LE without BOM', utf16(french, true, false), 'utf-16le', french],
    ['Windows-1252 French', cp1252('Le président a déclaré à l’agence : « ça suffit »'), 'windows-1252', 'Le président a déclaré à l’agence : « ça suffit »'],
  ];
  for (const [name, bytes, encoding, text] of rows) {
    it(`reads ${name}`, () => {
      const r = decodeBytes(bytes);
      assert.ok(r.ok, JSON.stringify(r));
      assert.equal(r.encoding, encoding);
      assert.equal(r.text, text);
    });
  }

  it('keeps UTF-8 with a few invalid bytes as UTF-8, the bad bytes replaced', () => {
    const good = new TextEncoder().encode('Déclaration du ministère : les drones ont été livrés. ');
    const r = decodeBytes(Uint8Array.from([...good, 0xff, ...good]));
    assert.ok(r.ok);
    assert.match(r.encoding, /^utf-8 \(1 invalid byte replaced\)$/);
    assert.ok(r.text.includes('Déclaration du ministère'));
    assert.ok(r.text.includes('\ufffd'));
  });

  it('follows a declared charset when bytes are not UTF-8', () => {
    const r = decodeBytes(cp1252('Très bien'), 'iso-8859-1');
    assert.ok(r.ok);
    assert.equal(r.text, 'Très bien');
  });

  const refused: [string, Uint8Array, string][] = [
    ['an empty file', new Uint8Array(0), 'empty'],
    ['white space only', new TextEncoder().encode('  \n\t \n'), 'empty'],
    ['a PNG header', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), 'binary'],
    ['random control bytes', Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 32), 'binary'],
  ];
  for (const [name, bytes, code] of refused) {
    it(`refuses ${name} as ${code}`, () => {
      const r = decodeBytes(bytes);
      assert.equal(r.ok, false);
      if (!r.ok) assert.equal(r.code, code);
    });
  }
});
