// Quarters and halves of a year: "deuxième trimestre 2024", "Q2 2024", "premier semestre", "first half of 2024".
import { formatMonth } from './calendar.js';
import { END, START, YEAR, grammarOf } from './grammar.js';
import type { Context, Dated, Locale, Rule } from './types.js';

/**
 * The year of a quarter or half: written, else the latest one not after the published date ("au 2e trimestre" in
 * September 2024 -> 2024-Q2). Dropped when neither is known: there is no partial form of a quarter.
 */
function yearOfPart(part: number, partsPerYear: 2 | 4, written: string | undefined, context: Context): number | null {
  if (written !== undefined) return Number(written);
  const p = context.published;
  if (!p || p.month === null) return null;
  const current = Math.ceil((p.month * partsPerYear) / 12);
  return part <= current ? p.year : p.year - 1;
}

/** The ordinal of a matched word; "dernier"/"last" needs a written year ("au dernier trimestre" may mean the previous one). */
function ordinalOf(locale: Locale, word: string | undefined, year: string | undefined, max: number): number | null {
  if (word === undefined) return null;
  if (/^(?:dernier|last|final)$/i.test(word)) return year === undefined ? null : max;
  const n = locale.ordinals[word.toLowerCase()] ?? null;
  return n !== null && n <= max ? n : null;
}

/** The regex of "<ordinal> <word> [de|of] [year]", refusing fiscal years. */
function partPattern(locale: Locale, word: string): string {
  return String.raw`${START}(?<o>${grammarOf(locale).ordinal})\s+${word}(?!\s+(?:${locale.fiscal})${END})(?:\s+(?:(?:${locale.yearJoin})\s+)?(?<y>${YEAR}))?${END}`;
}

/** "deuxième trimestre 2024", "au 2e trimestre", "the second quarter of 2024". */
export const quarter: Rule = {
  name: 'quarter',
  precision: 'quarter (dropped without a year or published month)',
  examples: [
    ['au deuxième trimestre 2024', null, '2024-Q2'],
    ['au 2e trimestre', '2024-09-26', '2024-Q2'],
    ['in the second quarter of 2024', null, '2024-Q2'],
  ],
  pattern: (locale: Locale) => partPattern(locale, locale.quarterWord),
  build: (m, context): Dated | null => {
    const q = ordinalOf(context.locale, m.groups!.o, m.groups!.y, 4);
    const year = q === null ? null : yearOfPart(q, 4, m.groups!.y, context);
    return q === null || year === null ? null : { date: `${year}-Q${q}` };
  },
};

/** "Q2 2024", "T2 2024", "2024 Q2": a quarter code always with its year ("T2" alone is also a flat size). */
export const quarterCode: Rule = {
  name: 'quarter-code',
  precision: 'quarter',
  examples: [
    ['Q2 2024', null, '2024-Q2'],
    ['au T3 2023', null, '2023-Q3'],
    ['2024-Q1', null, '2024-Q1'],
  ],
  pattern: () => String.raw`${START}(?:[QT](?<q1>[1-4])[\s-]?(?<y1>${YEAR})|(?<y2>${YEAR})[\s-]?Q(?<q2>[1-4]))${END}`,
  build: (m) => ({ date: `${m.groups!.y1 ?? m.groups!.y2}-Q${m.groups!.q1 ?? m.groups!.q2}` }),
};

/** "premier semestre 2024", "first half of 2024", "H1 2024": six months, as a range of months. */
export const half: Rule = {
  name: 'half',
  precision: 'month range (dropped without a written year)',
  examples: [
    ['au premier semestre 2024', null, '2024-01', '2024-06'],
    ['in the second half of 2023', null, '2023-07', '2023-12'],
    ['H1 2024', null, '2024-01', '2024-06'],
  ],
  pattern: (locale: Locale) =>
    `(?:${partPattern(locale, locale.halfWord)}|${START}H(?<h>[12])\\s?(?<hy>${YEAR})${END})`,
  build: (m, context): Dated | null => {
    // Halves need their year: "the second half" is as often a match's as a year's.
    const written = m.groups!.y ?? m.groups!.hy;
    const h = m.groups!.h ? Number(m.groups!.h) : ordinalOf(context.locale, m.groups!.o, written, 2);
    if (h === null || written === undefined) return null;
    const year = Number(written);
    return { date: formatMonth(year, h * 6 - 5), until: formatMonth(year, h * 6) };
  },
};
