import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cutBefore } from './index.js';

describe('cutBefore', () => {
  const rows: [string, string, number, string][] = [
    ['plain text is cut at the length', 'abcdef', 3, 'abc'],
    ['a cut inside an emoji keeps the emoji out whole', 'ab😀cd', 3, 'ab'],
    ['a cut just after an emoji keeps it', 'ab😀cd', 4, 'ab😀'],
  ];
  for (const [name, text, length, want] of rows) it(name, () => assert.equal(cutBefore(text, length), want));
});
