import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateFromUrl, datelineDate, notAfter, parseDate } from './published.js';

describe('parseDate keeps the precision given', () => {
  const rows: [string, string | null][] = [
    ['2024-09', '2024-09'],
    ['2024', '2024'],
    ['2024-09-26', '2024-09-26'],
    ['2024-09-26T10:00:00Z', '2024-09-26'],
    ['2024-09-26T23:30:00+02:00', '2024-09-26'],
    ['20240926', '2024-09-26'],
    ['Tue, 21 Mar 2023 10:00:00 GMT', '2023-03-21'],
    ['mardi 21 mars 2023', '2023-03-21'],
    ['1er mars 2023', '2023-03-01'],
    ['21 March 2023', '2023-03-21'],
    ['March 21, 2023', '2023-03-21'],
    ['Tuesday, March 21, 2023', '2023-03-21'],
    ['mars 2023', '2023-03'],
    ['September 2024', '2024-09'],
    ['21/03/2023', '2023-03-21'],
    ['2023/03/21', '2023-03-21'],
    ['31 février 2023', null],
    ['2023-13', null],
    ['hier', null],
    ['', null],
    ['le 12', null],
  ];
  for (const [raw, want] of rows) it(`"${raw}" -> ${want}`, () => assert.equal(parseDate(raw)?.value ?? null, want));
});

describe('dateFromUrl', () => {
  const rows: [string, string | null][] = [
    ['https://example.org/2023/03/21/china-drones/', '2023-03-21'],
    ['https://example.org/world/2023/03/drones.html', '2023-03'],
    ['https://example.org/news/china-drones-2023-03-21-1234', '2023-03-21'],
    ['https://example.org/news/article-123456', null],
    ['https://example.org/2023/drones', null],
  ];
  for (const [url, want] of rows) it(url, () => assert.equal(dateFromUrl(url)?.value ?? null, want));
});

describe('notAfter: a date is never later than the file', () => {
  const file = Date.UTC(2024, 8, 26, 12); // 2024-09-26 noon
  const rows: [string, 'day' | 'month' | 'year', boolean][] = [
    ['2024-09-26', 'day', true],
    ['2024-09-27', 'day', true], // one day of slack for time zones
    ['2024-09-29', 'day', false],
    ['2024-09', 'month', true],
    ['2024-10', 'month', false],
    ['2025', 'year', false],
  ];
  for (const [value, precision, want] of rows) it(`${value} ${want ? '<=' : '>'} file`, () => assert.equal(notAfter({ value, precision }, file), want));
});

describe('datelineDate', () => {
  const rows: [string, string | null][] = [
    ['MOSCOU/PÉKIN, 26 septembre 2024 (Le Veilleur avec agences) – Un fabricant...', '26 septembre 2024'],
    ['WASHINGTON, March 21, 2023 - The Treasury...', 'March 21, 2023'],
    ['BRUXELLES, 12 juillet 2024 — Les alliés...', '12 juillet 2024'],
    ['La Chine, selon Reuters, a livré...', null],
    ['PARIS, mardi (AFP) - ...', null],
  ];
  for (const [text, want] of rows) it(text.slice(0, 30), () => assert.equal(datelineDate(text), want));
});
