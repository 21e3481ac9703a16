import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates } from './index.js';

// Each row: [text, published, language, the mentions as "span → date[/until]"]. 2023-03-21 is a Tuesday.
type Row = readonly [string, string | null, string, readonly string[]];
const shown = (text: string, published: string | null, language: string): string[] =>
  findDates(text, { published, language }).map((d) => `${d.text} → ${d.date}${d.until ? `/${d.until}` : ''}`);

describe('relative dates', () => {
  const rows: Row[] = [
    ["aujourd'hui, mardi", '2023-03-21', 'fr', ["aujourd'hui, mardi → 2023-03-21"]],
    ['hier (lundi)', '2023-03-21', 'fr', ['hier (lundi) → 2023-03-20']],
    ['hier et avant-hier', '2023-03-01', 'fr', ['hier → 2023-02-28', 'avant-hier → 2023-02-27']],
    ['yesterday and today', '2023-03-21', 'en', ['yesterday → 2023-03-20', 'today → 2023-03-21']],
    ['hier', '2023-03', 'fr', []], // a published month cannot place a day
    ['hier', null, 'fr', []],
    ['mardi', '2023-03-21', 'fr', ['mardi → 2023-03-21']],
    ['lundi', '2023-03-21', 'fr', ['lundi → 2023-03-20']],
    ['mercredi', '2023-03-21', 'fr', ['mercredi → 2023-03-15']],
    ['mardi dernier', '2023-03-21', 'fr', ['mardi dernier → 2023-03-14']],
    ['mardi prochain', '2023-03-21', 'fr', ['mardi prochain → 2023-03-28']],
    ['on Tuesday', '2023-03-21', 'en', ['Tuesday → 2023-03-21']],
    ['last Tuesday', '2023-03-22', 'en', ['last Tuesday → 2023-03-21']],
    ['mardi', null, 'fr', []],
    ['le mardi, il pleut ; chaque jeudi', '2023-03-21', 'fr', []],
    ['every Tuesday, on Tuesdays', '2023-03-21', 'en', []],
    ['Interrogé jeudi, le porte-parole', '2024-09-26', 'fr', ['jeudi → 2024-09-26']],
    ['la semaine dernière', '2023-03-21', 'fr', ['la semaine dernière → 2023-03-13/2023-03-19']],
    ['last week', '2023-03-19', 'en', ['last week → 2023-03-06/2023-03-12']],
    ['le mois dernier', '2023-01-10', 'fr', ['le mois dernier → 2022-12']],
    ['last month', '2023-03', 'en', ['last month → 2023-02']],
    ['Au début de ce mois, le secrétaire général a mis en garde', '2024-09', 'fr', ['Au début de ce mois → 2024-09']],
    ['plus tôt ce mois-ci', '2024-09-26', 'fr', ['plus tôt ce mois-ci → 2024-09']],
    ['earlier this month', '2024-09-26', 'en', ['earlier this month → 2024-09']],
    ["l'an dernier, l’année dernière", '2023-03-21', 'fr', ["l'an dernier → 2022", 'l’année dernière → 2022']],
    ['last year', '2023', 'en', ['last year → 2022']],
    ['cette année', '2023-03-21', 'fr', ['cette année → 2023']],
    ['this year', null, 'en', []],
    ["l'an prochain", '2023-03-21', 'fr', ["l'an prochain → 2024"]],
    ['il y a un an', '2024-09-26', 'fr', ['il y a un an → 2023']],
    ['il y a deux ans', '2024-09-26', 'fr', ['il y a deux ans → 2022']],
    ['il y a trois jours', '2024-09-02', 'fr', ['il y a trois jours → 2024-08-30']],
    ['il y a six mois', '2024-03-26', 'fr', ['il y a six mois → 2023-09']],
    ["il y a plus d'un an", '2024-09-26', 'fr', []], // not a count: "more than a year"
    ['a year ago', '2024-09-26', 'en', ['a year ago → 2023']],
    ['3 days ago', '2024-03-01', 'en', ['3 days ago → 2024-02-27']],
  ];
  for (const [text, published, language, want] of rows) {
    it(`${text} (${published ?? 'no date'})`, () => assert.deepEqual(shown(text, published, language), want));
  }
});
