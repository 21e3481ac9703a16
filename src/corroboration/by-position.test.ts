import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aroundOf, insideOf } from './by-position.js';

type Item = { start: number; end: number; id: number };

// [what the row shows, items, span, ids inside, ids around]
const ROWS: [string, Item[], [number, number], number[], number[]][] = [
  ['sentences that do not overlap', [{ start: 0, end: 10, id: 0 }, { start: 11, end: 20, id: 1 }, { start: 21, end: 30, id: 2 }], [12, 15], [], [1]],
  ['a span holding whole items', [{ start: 0, end: 10, id: 0 }, { start: 11, end: 20, id: 1 }], [0, 20], [0, 1], []],
  ['nested items, in the list order', [{ start: 5, end: 8, id: 0 }, { start: 0, end: 50, id: 1 }, { start: 4, end: 9, id: 2 }], [5, 8], [0], [0, 1, 2]],
  ['no item', [], [0, 5], [], []],
];
for (const [name, items, [start, end], inside, around] of ROWS) {
  test(`by-position: ${name}`, () => {
    assert.deepEqual(insideOf(items)(start, end).map((x) => x.id), inside);
    assert.deepEqual(aroundOf(items)(start, end).map((x) => x.id), around);
  });
}

test('by-position: the same items as filtering the whole list, on random spans', () => {
  let seed = 11;
  const next = (n: number): number => Math.floor(((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) * n);
  for (let round = 0; round < 200; round++) {
    const items: Item[] = Array.from({ length: next(30) }, (_, id) => {
      const start = next(100);
      return { start, end: start + 1 + next(20), id };
    });
    const [inside, around] = [insideOf(items), aroundOf(items)];
    const start = next(110);
    const end = start + next(25);
    assert.deepEqual(inside(start, end), items.filter((m) => m.start >= start && m.end <= end));
    assert.deepEqual(around(start, end), items.filter((m) => m.start <= start && m.end >= end));
  }
});
