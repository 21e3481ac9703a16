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
});
