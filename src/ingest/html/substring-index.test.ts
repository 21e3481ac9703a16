import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SubstringIndex } from './substring-index.js';

// [what the row shows, appended pieces, pattern, expected]
const ROWS: [string, string[], string, boolean][] = [
  ['a long block inside the text', ['Le porte-parole a démenti toute livraison de drones.'], 'a démenti toute livraison', true],
  ['a long block absent', ['Le porte-parole a démenti toute livraison de drones.'], 'a confirmé toute livraison', false],
  ['a long block across two appends', ['Le porte-parole a démenti ', 'toute livraison de drones.'], 'a démenti toute livraison', true],
  ['a short block across many appends', ['ab', 'c', 'd', 'ef'], 'bcde', true],
  ['a short block absent', ['ab', 'c', 'd', 'ef'], 'bce', false],
  ['the empty pattern', ['abc'], '', true],
  ['a pattern longer than the text', ['abc'], 'abcdefghijklmnopqrstuvwxyz', false],
  ['the whole text', ['Commentaire 12 de lecteur 5, sans rapport'], 'Commentaire 12 de lecteur 5, sans rapport', true],
];
for (const [name, pieces, pattern, expected] of ROWS) {
  test(`SubstringIndex: ${name}`, () => {
    const index = new SubstringIndex();
    for (const p of pieces) index.append(p);
    assert.equal(index.includes(pattern), expected);
  });
}

test('SubstringIndex: answers as String.includes on random texts, patterns and appends', () => {
  let seed = 7;
  const next = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const alphabet = 'ab c\nde';
  const word = (n: number): string => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  for (let round = 0; round < 40; round++) {
    const index = new SubstringIndex();
    let text = '';
    for (let step = 0; step < 60; step++) {
      const more = word(Math.floor(next() * 30));
      index.append(more);
      text += more;
      // half the patterns are taken from the text, half made up
      const n = 1 + Math.floor(next() * 40);
      const start = Math.floor(next() * Math.max(1, text.length - n));
      const pattern = next() < 0.5 ? text.slice(start, start + n) : word(n);
      assert.equal(index.includes(pattern), text.includes(pattern), JSON.stringify({ text, pattern }));
    }
  }
});
