// The checks every report applies to a dossier's ids, URLs and invisible characters.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anchorFor, safeAnchor, showInvisible, webUrl } from './untrusted.js';

describe('webUrl: only http(s) addresses, normalised', () => {
  const rows: [string, string | null][] = [
    ['https://wire.example/1', 'https://wire.example/1'],
    ['HTTP://Wire.Example/a b', 'http://wire.example/a%20b'],
    ['https://x.example/a>b<c"d', 'https://x.example/a%3Eb%3Cc%22d'],
    ['https://x.example/\n<script>', 'https://x.example/%3Cscript%3E'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    [' javascript:alert(1)', null],
    ['java\nscript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
    ['file:///etc/passwd', null],
    ['//evil.example/', null],
    ['not a url', null],
    ['', null],
  ];
  for (const [input, expected] of rows) it(JSON.stringify(input), () => assert.equal(webUrl(input), expected));
});

describe('anchors: plain tokens kept, anything else hashed', () => {
  const rows: [string, string, RegExp][] = [
    ['claim', 'k_0001', /^claim-k_0001$/],
    ['article', 'a_0123456789abcdef', /^article-a_0123456789abcdef$/],
    ['claim', 'x" onmouseover="alert(1)', /^claim-x[0-9a-f]{16}$/],
    ['claim', '</a><script>alert(1)</script>', /^claim-x[0-9a-f]{16}$/],
    ['article', 'x) ![](http://evil.example/)', /^article-x[0-9a-f]{16}$/],
    ['article', '', /^article-$/], // empty, but safe as it is
  ];
  for (const [prefix, id, expected] of rows) it(`${prefix} ${JSON.stringify(id)}`, () => assert.match(anchorFor(prefix, id), expected));

  it('gives the same anchor to the same id, and different ones to different ids', () => {
    assert.equal(anchorFor('claim', '"a"'), anchorFor('claim', '"a"'));
    assert.notEqual(anchorFor('claim', '"a"'), anchorFor('claim', '"b"'));
  });

  it('checks an anchor again: one built by code is hashed when it is not a plain token', () => {
    assert.equal(safeAnchor('claim-k_0001'), 'claim-k_0001');
    assert.match(safeAnchor('claim-x" onclick="y'), /^claim-x[0-9a-f]{16}$/);
    assert.match(safeAnchor('"><script>'), /^x[0-9a-f]{16}$/);
  });
});

describe('showInvisible', () => {
  const rows: [string, string, string, string][] = [
    ['an ANSI colour', '\x1b[31mred\x1b[0m', '', '\\x1b[31mred\\x1b[0m'],
    ['a carriage return that would overwrite the line', 'ok.txt\rEVIL', '', 'ok.txt\\rEVIL'],
    ['a line break, escaped', 'a\nb', '', 'a\\nb'],
    ['a line break, kept', 'a\nb', '\n', 'a\nb'],
    ['a right-to-left override', 'photo\u202egpj.exe', '', 'photo\\u202egpj.exe'],
    ['isolates and marks', '\u2066a\u2069\u200e\u200f\u061c', '', '\\u2066a\\u2069\\u200e\\u200f\\u061c'],
    ['C1 controls and DEL', '\u009b2J\u007f', '', '\\x9b2J\\x7f'],
    ['a line separator', 'a\u2028b', '', 'a\\u2028b'],
    ['plain text with accents', 'Pékin dément', '', 'Pékin dément'],
  ];
  for (const [what, input, keep, expected] of rows) it(what, () => assert.equal(showInvisible(input, keep), expected));
});
