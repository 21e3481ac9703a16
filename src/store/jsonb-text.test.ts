import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsonbText } from './sql-store.js';

describe('jsonbText', () => {
  const rows: [string, unknown, unknown][] = [
    ['a lone high surrogate becomes U+FFFD', { a: 'x\ud83d' }, { a: 'x\ufffd' }],
    ['a lone low surrogate becomes U+FFFD', { a: '\ude00y' }, { a: '\ufffdy' }],
    ['U+0000 becomes U+FFFD', ['a\u0000b'], ['a\ufffdb']],
    ['a whole emoji and accents stay', { a: 'é 😀' }, { a: 'é 😀' }],
  ];
  for (const [name, value, want] of rows) it(name, () => assert.deepEqual(JSON.parse(jsonbText(JSON.stringify(value))), want));
});
