import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseText, tokenise, Vocabulary } from './tokens.js';

describe('normaliseText', () => {
  // [case, text, normalised]
  const rows: Array<[string, string, string]> = [
    ['curly and straight apostrophes', 'L’armée n‘a rien dit', "l'armée n'a rien dit"],
    ['guillemets with (narrow) no-break spaces and English quotes', '«\u202fnon\u202f» et “oui”', '"non" et "oui"'],
    ['runs of whitespace, tabs, no-break spaces, line breaks', '  un\u00a0\tdeux\n\n trois\u200bquatre ', 'un deux trois quatre'],
    ['case folded, accents kept', 'ÉTÉ Été été', 'été été été'],
    ['NFKC: decomposed accents, ligatures, full-width letters', 'e\u0301te\u0301 ﬁnal ＡＢ', 'été final ab'],
    ['soft hyphens vanish', 'mi\u00adnistre', 'ministre'],
    ['empty', '', ''],
  ];
  for (const [name, text, expected] of rows) it(name, () => assert.equal(normaliseText(text), expected));
});

describe('tokenise', () => {
  // [case, text, words as sliced from the text]
  const rows: Array<[string, string, string[]]> = [
    ['apostrophes and punctuation separate words', 'L’Élysée, « hier ».', ['L', 'Élysée', 'hier']],
    ['decomposed accents stay inside the word', 'E\u0301lyse\u0301e', ['E\u0301lyse\u0301e']],
    ['a soft hyphen does not split a word', 'mi\u00adnistre', ['mi\u00adnistre']],
    ['digits are words, emoji are not', 'le 14 juillet 🎆 !', ['le', '14', 'juillet']],
    ['nothing to find', ' — … ', []],
  ];
  for (const [name, text, expected] of rows) {
    it(name, () => {
      const tokens = tokenise(text, new Vocabulary(() => 0));
      const words = [...tokens.starts].map((start, i) => text.slice(start, tokens.ends[i]));
      assert.deepEqual(words, expected);
    });
  }

  it('different spellings of one word share an id', () => {
    const vocabulary = new Vocabulary(() => 0);
    const a = tokenise('L’ÉLYSÉE', vocabulary);
    const b = tokenise("l'e\u0301lyse\u0301e", vocabulary);
    assert.deepEqual([...a.ids], [...b.ids]);
  });
});
