import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from './tokens.js';

describe('tokenize', () => {
  const rows: [string, string[]][] = [
    ['l’Almaz-Antey et d\'Ukraine', ['l’', 'Almaz-Antey', 'et', "d'", 'Ukraine']],
    ['un An-124 et le Garpiya-3 (G3)', ['un', 'An-124', 'et', 'le', 'Garpiya-3', '(', 'G3', ')']],
    ['20 000 drones pour 12,5 millions', ['20 000', 'drones', 'pour', '12,5', 'millions']],
    ['« Je suis convaincu », a-t-il dit.', ['«', 'Je', 'suis', 'convaincu', '»', ',', 'a-t-il', 'dit', '.']],
    ['The U.S. said', ['The', 'U.S', '.', 'said']],
    ['qu’il et jusqu’à', ['qu’', 'il', 'et', 'jusqu’', 'à']],
    ["Russia's drones and O'Brien’s", ['Russia', "'", 's', 'drones', 'and', "O'Brien", '’', 's']],
  ];
  for (const [text, want] of rows) {
    it(text, () => {
      const tokens = tokenize(text);
      assert.deepEqual(tokens.map((t) => t.text), want);
      for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
    });
  }
});
