import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCredits } from './credits.js';

describe('findCredits', () => {
  const captions: [string, string | null][] = [
    ['Crates at the port. Photo: Jane Doe/AFP', 'Jane Doe/AFP'],
    ['The oxygen bar. (Photo Credit : PTI File Photo )', 'PTI File Photo'],
    ['(Image: © TNG Collaboration)', 'TNG Collaboration'],
    ['Crédit photo : Al Arabiya', 'Al Arabiya'],
    ['Photo by Jane Roe', 'Jane Roe'],
    ["Rafael Nadal celebrates a point. (Manu Fernandez/AP)", 'AP'],
    ['The image shows a man walking', null], // "image" used as a word, not a credit
  ];
  for (const [caption, name] of captions) {
    it(`reads the photo credit of "${caption}"`, () => {
      const credits = findCredits([{ kind: 'caption', rule: 'tag:figcaption', text: caption }]);
      assert.deepEqual(credits.map((c) => c.name), name ? [name] : []);
      assert.ok(credits.every((c) => c.of === 'photo'));
    });
  }

  const lines: [string, string | null][] = [
    ['Source: Reuters', 'Reuters'],
    ['Crédit : Al Arabiya', 'Al Arabiya'],
    ['Sources say the minister will resign before the end of the week, according to two aides.', null],
  ];
  for (const [line, name] of lines) {
    it(`reads the text credit of "${line}"`, () => {
      const credits = findCredits([], [{ text: line, kind: 'p' }]);
      assert.deepEqual(credits.map((c) => [c.of, c.name]), name ? [['text', name]] : []);
    });
  }
});
