import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashString } from './hash.js';
import { MinHasher } from './minhash.js';
import { findSharedRuns } from './passages.js';
import { containment, hashShingles, uniqueSorted, winnow } from './shingles.js';
import { tokenise, Vocabulary } from './tokens.js';
import { STORY, STORY_RETOLD } from './fixtures.test.js';

const vocabulary = new Vocabulary((word, which) => hashString(word, which));
const numbered = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `w${from + i}`).join(' ');
const shingleSet = (text: string) => uniqueSorted(hashShingles(tokenise(text, vocabulary).ids, vocabulary, 5).full);

describe('containment', () => {
  // [case, text a, text b, expected containment]
  const rows: Array<[string, string, string, number]> = [
    ['identical', numbered(0, 50), numbered(0, 50), 1],
    ['the shorter wholly inside the longer', numbered(10, 30), numbered(0, 100), 1],
    ['half of the shorter shared', numbered(0, 44), numbered(20, 100), 20 / 40],
    ['nothing shared', numbered(0, 50), numbered(100, 150), 0],
    ['too short for a single shingle', 'un deux', numbered(0, 50), 0],
  ];
  for (const [name, a, b, expected] of rows) {
    it(name, () => assert.equal(containment(shingleSet(a), shingleSet(b)), expected));
  }

  it('the same story retold with the same names stays far below the 0.5 default', () => {
    assert.ok(containment(shingleSet(STORY), shingleSet(STORY_RETOLD)) < 0.1);
  });
});

describe('winnowing finds every shared run of passageMinWords words', () => {
  // [case, shared run length in words, expected number of runs found]
  const rows: Array<[string, number, number]> = [
    ['12 words, the minimum', 12, 1],
    ['40 words', 40, 1],
    ['11 words, one too few', 11, 0],
  ];
  for (const [name, length, expected] of rows) {
    it(name, () => {
      // Shift the shared run through many positions so every winnowing alignment is tried.
      for (let shift = 0; shift < 30; shift++) {
        const shared = numbered(1000, 1000 + length);
        const a = `${numbered(0, shift)} ${shared} ${numbered(100, 130)}`;
        const b = `${numbered(200, 200 + 2 * shift)} ${shared} ${numbered(300, 317)}`;
        const [ta, tb] = [tokenise(a, vocabulary), tokenise(b, vocabulary)];
        const prints = (t: typeof ta) => winnow(hashShingles(t.ids, vocabulary, 5).low, 8);
        const runs = findSharedRuns(ta, prints(ta), tb, prints(tb), 12);
        assert.equal(runs.length, expected, `shift ${shift}`);
        if (expected) assert.equal(runs[0]!.end - runs[0]!.start, length);
      }
    });
  }
});

describe('MinHash', () => {
  // [case, text a, text b, true Jaccard]
  const rows: Array<[string, string, string, number]> = [
    ['identical sets agree everywhere', numbered(0, 300), numbered(0, 300), 1],
    ['Jaccard 1/3', numbered(0, 204), numbered(102, 306), 100 / 300],
    ['disjoint', numbered(0, 300), numbered(400, 700), 0],
  ];
  for (const [name, a, b, jaccard] of rows) {
    it(name, () => {
      const hasher = new MinHasher(128);
      const signatures = new Uint32Array(256);
      hasher.sign(shingleSet(a), signatures, 0);
      hasher.sign(shingleSet(b), signatures, 128);
      let agree = 0;
      for (let i = 0; i < 128; i++) if (signatures[i] === signatures[128 + i]) agree++;
      assert.ok(Math.abs(agree / 128 - jaccard) < 0.12, `estimate ${agree / 128} vs ${jaccard}`);
    });
  }
});
