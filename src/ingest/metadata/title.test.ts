import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstSentence } from './title.js';

describe('firstSentence', () => {
  it('never cuts an emoji in two when the sentence is too long', () => {
    const text = `${'a'.repeat(139)}😀 and more words after it, far past the limit of a title.`;
    const title = firstSentence(text);
    assert.doesNotMatch(title, /[\ud800-\udbff](?![\udc00-\udfff])/);
    assert.equal(title, `${'a'.repeat(139)}…`);
  });
});
