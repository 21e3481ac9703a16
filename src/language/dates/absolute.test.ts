import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates } from './index.js';

// Each row: [text, published, language, the mentions as "span → date[/until]"].
type Row = readonly [string, string | null, string, readonly string[]];
const shown = (text: string, published: string | null, language: string): string[] =>
  findDates(text, { published, language }).map((d) => `${d.text} → ${d.date}${d.until ? `/${d.until}` : ''}`);

describe('absolute dates', () => {
  const rows: Row[] = [
    ['Le 21 mars 2023, Moscou a annoncé', null, 'fr', ['21 mars 2023 → 2023-03-21']],
    ['le 1er mars 2023', null, 'fr', ['1er mars 2023 → 2023-03-01']],
    ['MOSCOU, 26 septembre 2024 (agences)', null, 'fr', ['26 septembre 2024 → 2024-09-26']],
    ['mardi 21 mars 2023', null, 'fr', ['mardi 21 mars 2023 → 2023-03-21']],
    ['le 5 févr. 2024 et le 3 déc. 2023', null, 'fr', ['5 févr. 2024 → 2024-02-05', '3 déc. 2023 → 2023-12-03']],
    ['le 21 mars', '2023-03-25', 'fr', ['21 mars → 2023-03-21']],
    ['le 21 mars', '2023-03-10', 'fr', ['21 mars → 2022-03-21']],
    ['le 21 mars', null, 'fr', ['21 mars → --03-21']],
    ['le 31 février 2023', null, 'fr', ['février 2023 → 2023-02']], // no such day: the month stands
    ['On March 21, 2023, Moscow said', null, 'en', ['March 21, 2023 → 2023-03-21']],
    ['on Tuesday, March 21, 2023', null, 'en', ['Tuesday, March 21, 2023 → 2023-03-21']],
    ['on 21 March 2023', null, 'en', ['21 March 2023 → 2023-03-21']],
    ['the 21st of March', '2023-04-01', 'en', ['the 21st of March → 2023-03-21']],
    ['Aug. 30, 2024', null, 'en', ['Aug. 30, 2024 → 2024-08-30']],
    ['the report of 2023-03-21T10:00Z', null, 'en', ['2023-03-21 → 2023-03-21']],
    ['publié le 21/03/2023', null, 'fr', ['21/03/2023 → 2023-03-21']],
    ['le 03/04/2023', null, 'fr', ['03/04/2023 → 2023-04-03']],
    ['on 03/21/2023', null, 'en', ['03/21/2023 → 2023-03-21']],
    ['on 03/04/2023', null, 'en', []], // April 3 in London, March 4 in New York
    ['novembre 2023', null, 'fr', ['novembre 2023 → 2023-11']],
    ['en novembre 2023', null, 'fr', ['novembre 2023 → 2023-11']],
    ['in November 2023', null, 'en', ['November 2023 → 2023-11']],
    ['En novembre, le site a rapporté', '2023-03-21', 'fr', ['novembre → 2022-11']],
    ['en mars', '2023-03-21', 'fr', ['mars → 2023-03']],
    ['en novembre', null, 'fr', ['novembre → --11']],
    ['en novembre', '2023', 'fr', ['novembre → --11']], // a published year alone cannot say which November
    ['début mars puis mi-avril et fin juin', '2023-07-01', 'fr', ['mars → 2023-03', 'avril → 2023-04', 'juin → 2023-06']],
    ['in November', '2023-03-21', 'en', ['November → 2022-11']],
    ['early March and mid-April', '2023-05-01', 'en', ['March → 2023-03', 'April → 2023-04']],
    ['en novembre dernier', '2023-11-15', 'fr', ['novembre dernier → 2022-11']],
    ['last November', '2023-12-01', 'en', ['last November → 2023-11']],
    ['en mai prochain', '2023-03-21', 'fr', ['mai prochain → 2023-05']],
    ['Cette activité aurait eu lieu en 2023.', null, 'fr', ['2023 → 2023']],
    ['depuis 2022, et dès 2019', null, 'fr', ['2022 → 2022', '2019 → 2019']],
    ["d'ici 2030, jusqu'en 2025, fin 2023, mi-2024", null, 'fr', ['2030 → 2030', '2025 → 2025', '2023 → 2023', '2024 → 2024']],
    ['In 2023, and since 2022, by 2030, mid-2024', null, 'en', ['2023 → 2023', '2022 → 2022', '2030 → 2030', '2024 → 2024']],
  ];
  for (const [text, published, language, want] of rows) {
    it(`${text} (${published ?? 'no date'})`, () => assert.deepEqual(shown(text, published, language), want));
  }
});

describe('not dates', () => {
  const rows: Row[] = [
    ['12 millions de dollars', '2023-03-21', 'fr', []],
    ['un Antonov An-124 a atterri', '2023-03-21', 'fr', []],
    ['20 000 drones et 2 000 kilomètres', '2023-03-21', 'fr', []],
    ['le G3, ou Garpiya-3', '2023-03-21', 'fr', []],
    ['le 1er ministre a parlé', '2023-03-21', 'fr', []],
    ['Mars est rouge ; la mission vers Mars', '2023-03-21', 'fr', []],
    ['en 2000 exemplaires, pour 2023 €', '2023-03-21', 'fr', []],
    ['in 2000 units, 1850 and 2500', '2023-03-21', 'en', []],
    ['the 1990s, les années 1990', '2023-03-21', 'und', []],
    ['You may march in line', '2023-03-21', 'en', []],
    ['a fleet of 2023 aircraft', '2023-03-21', 'en', []],
    ['page 12/2023', '2023-03-21', 'fr', []],
  ];
  for (const [text, published, language, want] of rows) {
    it(text, () => assert.deepEqual(shown(text, published, language), want));
  }
});
