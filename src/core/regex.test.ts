import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { allMatches } from './regex.js';

describe('allMatches', () => {
  it('finds what matchAll finds, with indexes and groups, and leaves lastIndex at 0', () => {
    const re = /(?<w>\p{L}+)/gu;
    const text = 'Le 12 mars, l’AFP a écrit.';
    const ours = allMatches(re, text).map((m) => [m[0], m.index, m.groups?.w]);
    const theirs = [...text.matchAll(re)].map((m) => [m[0], m.index, m.groups?.w]);
    assert.deepEqual(ours, theirs);
    assert.equal(re.lastIndex, 0);
  });

  it('skips empty matches, stepping over a whole surrogate pair under the u flag', () => {
    assert.deepEqual(allMatches(/x*/gu, '😀x😀xx').map((m) => [m[0], m.index]), [['x', 2], ['xx', 5]]);
    assert.deepEqual(allMatches(/\b/g, 'ab cd'), []);
  });

  it('can be called again inside its own loop (the matches are taken first)', () => {
    const re = /\d+/g;
    const pairs: string[] = [];
    for (const m of allMatches(re, '1 22')) for (const n of allMatches(re, '3 4')) pairs.push(`${m[0]}-${n[0]}`);
    assert.deepEqual(pairs, ['1-3', '1-4', '22-3', '22-4']);
  });

  it('refuses a regex without the g flag (exec would loop on the first match)', () => {
    assert.throws(() => allMatches(/a/, 'aaa'), /needs the g flag/);
  });

  // A pattern that opens with "no letter or digit before" is run without it and the condition checked on each match:
  // the matches must be those of the pattern as written, found by matchAll.
  it('finds what the pattern as written finds when it opens with a word-start lookbehind', () => {
    const patterns = [
      /(?<![\p{L}\p{N}])(?:mars|march|mar)(?![\p{L}])/giu,
      /(?<![\p{L}\p{N}])\d{1,2}(?:er)?\s+(?:mars|avril)/giu,
      /(?<![\p{L}\p{N}])(?:a|ab|b)*/gu, // empty matches, and matches that start where a word does not
      /(?<![\p{L}\p{N}])x|y/gu, // an alternation at the top: the lookbehind belongs to "x" alone
      /(?<![\p{L}\p{N}])(?<n>\p{L})\k<n>/gu,
    ];
    const pieces = ['mars', 'Mars', 'demars', '12 mars', '1er avril', '😀mar', '𝐀mars', 'aab', 'b', 'xy', 'ayx', 'll', 'éé', ' ', '-', '3mars', '\n'];
    let seed = 11;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 400; round++) {
      const text = Array.from({ length: 8 }, () => pieces[random(pieces.length)]).join(random(2) ? ' ' : '');
      for (const re of patterns) {
        const theirs = [...text.matchAll(re)].filter((m) => m[0] !== '').map((m) => [m[0], m.index, m.groups?.n]);
        assert.deepEqual(allMatches(re, text).map((m) => [m[0], m.index, m.groups?.n]), theirs, `${re} on ${JSON.stringify(text)}`);
        assert.equal(re.lastIndex, 0);
      }
    }
  });
});
