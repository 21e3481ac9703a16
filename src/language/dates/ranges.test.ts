import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates } from './index.js';

// Each row: [text, published, language, the mentions as "span → date[/until]"].
type Row = readonly [string, string | null, string, readonly string[]];
const shown = (text: string, published: string | null, language: string): string[] =>
  findDates(text, { published, language }).map((d) => `${d.text} → ${d.date}${d.until ? `/${d.until}` : ''}`);

describe('ranges', () => {
  const rows: Row[] = [
    ['du 30 août au 5 septembre', null, 'fr', ['du 30 août au 5 septembre → --08-30/--09-05']],
    ['du 30 août au 5 septembre', '2023-10-02', 'fr', ['du 30 août au 5 septembre → 2023-08-30/2023-09-05']],
    ['du 30 août au 5 septembre', '2023-03-21', 'fr', ['du 30 août au 5 septembre → 2022-08-30/2022-09-05']],
    ['du 1er au 5 mars 2023', null, 'fr', ['du 1er au 5 mars 2023 → 2023-03-01/2023-03-05']],
    ['du 30 décembre au 5 janvier 2024', null, 'fr', ['du 30 décembre au 5 janvier 2024 → 2023-12-30/2024-01-05']],
    ['du 30 décembre 2023 au 5 janvier', null, 'fr', ['du 30 décembre 2023 au 5 janvier → 2023-12-30/2024-01-05']],
    ['entre le 3 et le 5 mars 2023', null, 'fr', ['entre le 3 et le 5 mars 2023 → 2023-03-03/2023-03-05']],
    ['les 3-5 mars 2023', null, 'fr', ['3-5 mars 2023 → 2023-03-03/2023-03-05']],
    ['entre mars et mai 2023', null, 'fr', ['entre mars et mai 2023 → 2023-03/2023-05']],
    ["d'avril à juin", '2023-07-01', 'fr', ["d'avril à juin → 2023-04/2023-06"]],
    ['de novembre à février', '2023-03-21', 'fr', ['de novembre à février → 2022-11/2023-02']],
    ['de 2020 à 2022', null, 'fr', ['de 2020 à 2022 → 2020/2022']],
    ['entre 2020 et 2022', null, 'fr', ['entre 2020 et 2022 → 2020/2022']],
    ['between March and May 2023', null, 'en', ['between March and May 2023 → 2023-03/2023-05']],
    ['from March 3 to April 5, 2023', null, 'en', ['from March 3 to April 5, 2023 → 2023-03-03/2023-04-05']],
    ['between Aug. 30 and Sept. 5', '2024-10-01', 'en', ['between Aug. 30 and Sept. 5 → 2024-08-30/2024-09-05']],
    ['March 3-5, 2023', null, 'en', ['March 3-5, 2023 → 2023-03-03/2023-03-05']],
    ['from 2020 to 2022', null, 'en', ['from 2020 to 2022 → 2020/2022']],
    ['de 2000 à 2020 drones', null, 'fr', []],
    ['de 2022 à 2020', null, 'fr', []],
    ['de Mars à Vénus', null, 'fr', []],
  ];
  for (const [text, published, language, want] of rows) {
    it(`${text} (${published ?? 'no date'})`, () => assert.deepEqual(shown(text, published, language), want));
  }
});
