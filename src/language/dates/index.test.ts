import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { RULES, findDates } from './index.js';

describe('every rule finds its own examples', () => {
  for (const rule of RULES) {
    for (const [text, published, date, until] of rule.examples) {
      it(`${rule.name}: ${text}`, () => {
        const found = findDates(text, { published, language: 'und' }).filter((d) => d.rule.split('+').includes(rule.name));
        assert.deepEqual(found.map((d) => [d.date, d.until]), [[date, until]]);
      });
    }
  }
});

describe('findDates', () => {
  it('gives spans that slice back to their text, and a precision that matches the date', () => {
    const folder = new URL('../../../examples/', import.meta.url);
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(new URL(name, folder), 'utf8');
      for (const d of findDates(text, { published: '2024-09-26', language: 'und' })) {
        assert.equal(text.slice(d.start, d.end), d.text);
        assert.match(d.date, /^(?:\d{4}(?:-Q[1-4]|-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?)$/);
      }
    }
  });

  it('reads French sentences from the news', () => {
    const rows: [string, string | null, string[]][] = [
      ['Au début de ce mois, le secrétaire général a mis en garde', '2024-09', ['2024-09 month']],
      ['Cette activité aurait eu lieu en 2023, selon le rapport.', '2024-09-26', ['2023 year']],
      ['En novembre, le site a rapporté que', '2023-03-21', ['2022-11 month']],
      ["Moscou a confirmé aujourd'hui, mardi, la visite", '2023-03-21', ['2023-03-21 day']],
      ['La visite a eu lieu du 20 au 22 mars 2023 à Moscou.', null, ['2023-03-20 day']],
      ['Le 21 mars, il a rencontré Poutine', null, ['--03-21 partial']],
    ];
    for (const [text, published, want] of rows) {
      assert.deepEqual(findDates(text, { published, language: 'fr' }).map((d) => `${d.date} ${d.precision}`), want, text);
    }
  });

  it('refuses a published date that is not ISO 8601, saying what to pass', () => {
    assert.throws(() => findDates('hier', { published: '21/03/2023', language: 'fr' }), /^Error: dates: published "21\/03\/2023" .* pass null/);
  });
});
