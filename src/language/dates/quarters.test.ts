import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates } from './index.js';

// Each row: [text, published, language, the mentions as "span → date[/until]"].
type Row = readonly [string, string | null, string, readonly string[]];
const shown = (text: string, published: string | null, language: string): string[] =>
  findDates(text, { published, language }).map((d) => `${d.text} → ${d.date}${d.until ? `/${d.until}` : ''}`);

describe('quarters and halves', () => {
  const rows: Row[] = [
    ['au deuxième trimestre 2024', null, 'fr', ['deuxième trimestre 2024 → 2024-Q2']],
    ["au premier trimestre de l'année 2023", null, 'fr', ["premier trimestre de l'année 2023 → 2023-Q1"]],
    ['au 2e trimestre', '2024-09-26', 'fr', ['2e trimestre → 2024-Q2']],
    ['au 4e trimestre', '2024-02-10', 'fr', ['4e trimestre → 2023-Q4']],
    ['au 2e trimestre', null, 'fr', []], // no partial form for a quarter
    ['au dernier trimestre', '2024-09-26', 'fr', []], // the fourth, or the one before this?
    ['au dernier trimestre 2023', null, 'fr', ['dernier trimestre 2023 → 2023-Q4']],
    ['Q2 2024 and 2024-Q1', null, 'en', ['Q2 2024 → 2024-Q2', '2024-Q1 → 2024-Q1']],
    ['au T3 2023', null, 'fr', ['T3 2023 → 2023-Q3']],
    ['un T2 à Lyon', '2024-09-26', 'fr', []],
    ['the second quarter of 2024', null, 'en', ['second quarter of 2024 → 2024-Q2']],
    ['in the third quarter', '2024-12-01', 'en', ['third quarter → 2024-Q3']],
    ['the second quarter of fiscal 2024', '2024-12-01', 'en', []],
    ['au premier semestre 2024', null, 'fr', ['premier semestre 2024 → 2024-01/2024-06']],
    ['the second half of 2023', null, 'en', ['second half of 2023 → 2023-07/2023-12']],
    ['H1 2024', null, 'en', ['H1 2024 → 2024-01/2024-06']],
    ['in the second half of the match', '2024-09-26', 'en', []],
  ];
  for (const [text, published, language, want] of rows) {
    it(`${text} (${published ?? 'no date'})`, () => assert.deepEqual(shown(text, published, language), want));
  }
});
