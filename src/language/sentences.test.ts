import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_SENTENCE_CHARS, splitSentences } from './sentences.js';

describe('splitSentences', () => {
  const rows: [string, string, string[]][] = [
    ['two French sentences', 'La Chine dément. Moscou se tait.', ['La Chine dément.', 'Moscou se tait.']],
    ['M. and Mme', 'M. Xi a rencontré Mme Pelosi. Rien de plus.', ['M. Xi a rencontré Mme Pelosi.', 'Rien de plus.']],
    ['Dr and initials', 'Dr. J. Smith said so. Then he left.', ['Dr. J. Smith said so.', 'Then he left.']],
    ['U.S. inside a sentence', 'The U.S. Treasury acted. China objected.', ['The U.S. Treasury acted.', 'China objected.']],
    ['numbers with a decimal point and spaces', 'Il a payé 3.5 millions, soit 20 000 dollars. Fin.', ['Il a payé 3.5 millions, soit 20 000 dollars.', 'Fin.']],
    ['a quote closing the sentence', '« Je suis convaincu. » Il est parti.', ['« Je suis convaincu. »', 'Il est parti.']],
    ['English quotes', '"We will respond." He said nothing else.', ['"We will respond."', 'He said nothing else.']],
    ['question and exclamation', 'Qui ment ? Pékin ! Fin…', ['Qui ment ?', 'Pékin !', 'Fin…']],
    ['line breaks end sentences', 'Un titre sans point\nUn corps.', ['Un titre sans point', 'Un corps.']],
    ['two sentences glued by a lost space', 'It came from the news network.The network said so.', ['It came from the news network.', 'The network said so.']],
    ['a domain name or a decimal is no sentence end', 'See example.com and 3.5 million U.S.A dollars.', ['See example.com and 3.5 million U.S.A dollars.']],
    ['"No." before a number abbreviates it', 'He lives at No. 10 Downing Street. Fine.', ['He lives at No. 10 Downing Street.', 'Fine.']],
    ['"No." before a capital answers', 'Did he sell it? No. The deed stays.', ['Did he sell it?', 'No.', 'The deed stays.']],
    ['etc. followed by lower case', 'Des drones, des obus, etc. et des munitions.', ['Des drones, des obus, etc. et des munitions.']],
  ];
  for (const [name, text, want] of rows) {
    it(name, () => assert.deepEqual(splitSentences(text).map((s) => text.slice(s.start, s.end)), want));
  }
});

describe('splitSentences with a no-break space after the period', () => {
  it('splits "immédiats.\\u00a0En novembre"', () => {
    const t = 'Ses besoins immédiats.\u00a0En novembre, rien.';
    assert.deepEqual(splitSentences(t).map((s) => t.slice(s.start, s.end)), ['Ses besoins immédiats.', 'En novembre, rien.']);
  });
});

describe('splitSentences on a text without punctuation', () => {
  it('cuts a sentence longer than MAX_SENTENCE_CHARS at a space, into windows that cover the text', () => {
    const t = Array.from({ length: 3000 }, (_, i) => `mot${i}`).join(' '); // about 19,000 characters, no period
    const spans = splitSentences(t);
    assert.ok(spans.length >= 4, `${spans.length} windows`);
    for (const s of spans) {
      assert.ok(s.end - s.start <= MAX_SENTENCE_CHARS);
      assert.match(t.slice(s.start, s.end), /^mot\d+( mot\d+)*$/); // whole words, no space at either end
    }
    assert.equal(spans.map((s) => t.slice(s.start, s.end)).join(' '), t);
  });
  it('cuts a word longer than the limit at the limit', () => {
    const t = 'x'.repeat(MAX_SENTENCE_CHARS * 2 + 10);
    assert.deepEqual(splitSentences(t).map((s) => s.end - s.start), [MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 10]);
  });
});
