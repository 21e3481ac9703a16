// Terminal output of inputs' text: a file name or title with control characters cannot recolour, overwrite or reorder
// what the terminal shows.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../core/types.js';
import { formatRejections, formatShow, jsonForTerminal, terminalSafe } from './format.js';

describe('terminalSafe', () => {
  const rows: [string, string, string][] = [
    ['an ANSI escape that clears the screen', 'a\x1b[2Jb.txt', 'a\\x1b[2Jb.txt'],
    ['an ANSI colour', '\x1b[31mred\x1b[0m', '\\x1b[31mred\\x1b[0m'],
    ['a carriage return that rewrites the line', 'evil.txt\rok.txt', 'evil.txt\\rok.txt'],
    ['a line break inside a name', 'a\nrecoupe: 0 inputs were rejected', 'a\\nrecoupe: 0 inputs were rejected'],
    ['a tab and a bell', 'a\tb\x07', 'a\\tb\\x07'],
    ['a C1 control sequence introducer', 'a\u009b31mb', 'a\\x9b31mb'],
    ['a right-to-left override', 'invoice\u202efdp.exe', 'invoice\\u202efdp.exe'],
    ['bidi isolates and marks', '\u2066\u2067\u2068\u2069\u200e\u200f\u061c', '\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c'],
    ['a backspace', 'good\b\b\b\bevil', 'good\\x08\\x08\\x08\\x08evil'],
    ['plain text, accents and Arabic', 'Pékin dément — بكين', 'Pékin dément — بكين'],
  ];
  for (const [what, input, expected] of rows) it(what, () => assert.equal(terminalSafe(input), expected));

  it('keeps line breaks only when asked, and still escapes the rest', () => {
    assert.equal(terminalSafe('one\ntwo\r\x1b[K', { keepLines: true }), 'one\ntwo\\r\\x1b[K');
  });
});

describe('formatRejections', () => {
  it('shows the path, code and reason of a rejection with their controls escaped', () => {
    const text = formatRejections([{ path: '/in/a\x1b]0;pwned\x07\n  /in/b.txt: ok\u202e.txt', code: 'binary', reason: 'not text\r' }]);
    assert.equal(text, 'recoupe: 1 input was rejected (the others were processed):\n  /in/a\\x1b]0;pwned\\x07\\n  /in/b.txt: ok\\u202e.txt: binary: not text\\r\n');
  });
});

describe('formatShow', () => {
  const article = {
    id: 'a_0000000000000001', title: 'Title\x1b[2J', language: 'en', published: null, publishedEvidence: null, encoding: 'utf-8',
    outlet: 'Out\u202elet', author: null, text: 'Line one.\nLine \x1b[31mtwo\r.', removed: [{ kind: 'cookie', rule: 'cookie', text: 'We use\ncookies\x1b' }],
    comments: [{ author: 'x\u2066', text: 'a\nb' }], credits: [{ text: 'Photo X', name: 'X\x07', of: 'photo' }],
  } as unknown as Article;
  const text = formatShow([article]);

  const has: [string, string][] = [
    ['the title escaped', '# Title\\x1b[2J\n'],
    ['the outlet escaped', 'outlet Out\\u202elet | author -'],
    ['the text by lines, its controls escaped', 'Line one.\nLine \\x1b[31mtwo\\r.'],
    ['removed text on one line', '[cookie · cookie] We use ⏎ cookies\\x1b'],
    ['a comment', '- x\\u2066: a b'],
    ['a credit', '- X\\x07 (photo)'],
  ];
  for (const [what, snippet] of has) it(`shows ${what}`, () => assert.ok(text.includes(snippet), `missing ${JSON.stringify(snippet)} in ${JSON.stringify(text)}`));

  it('prints no control character but its own line breaks', () => assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(text)));
});

describe('jsonForTerminal', () => {
  const value = { title: 'Ti\u202etle\u0085 \u2028 é', path: 'a\u001b[2Jb' };
  const json = jsonForTerminal(JSON.stringify(value));
  it('writes bidi controls, C1 controls and line separators as \\u escapes', () => assert.ok(!/[\u007f-\u009f\u2028\u202e]/.test(json)));
  it('keeps the same JSON value, letters untouched', () => assert.deepEqual(JSON.parse(json), value));
});
