// Ranges: "du 30 août au 5 septembre", "du 1er au 5 mars 2023", "entre mars et mai 2023", "from 2020 to 2022".
// The start borrows what it leaves out from the end: its month ("du 1er au 5 mars"), then its year, one less when it
// falls later in the year ("du 30 décembre au 5 janvier 2024" starts in 2023).
import { formatDay, formatMonth, isValidDay, yearOf } from './calendar.js';
import { END, START, YEAR, dayOf, grammarOf, isLoneMonth, isQuantity, monthOf } from './grammar.js';
import type { Context, Dated, Locale, Rule } from './types.js';

type Groups = Record<string, string | undefined>;

/** A range from the groups d1 m1 y1 (start) and d2 m2 y2 (end); days are absent for a range of months. */
function rangeOf(g: Groups, context: Context, withDays: boolean): Dated | null {
  const { locale, published } = context;
  const m2 = monthOf(locale, g.m2);
  const m1 = g.m1 === undefined ? m2 : monthOf(locale, g.m1);
  if (m1 === null || m2 === null) return null;
  // French months are lower case: "de Mars à Vénus" is not a range of months.
  if (!withDays && (!isLoneMonth(locale, g.m1!) || !isLoneMonth(locale, g.m2!))) return null;
  const d1 = withDays ? dayOf(g.d1) : null;
  const d2 = withDays ? dayOf(g.d2) : null;
  if (withDays && (d1 === null || d2 === null)) return null;
  const startsLater = m1 * 100 + (d1 ?? 0) > m2 * 100 + (d2 ?? 0);
  let y1 = g.y1 === undefined ? null : Number(g.y1);
  let y2 = g.y2 === undefined ? null : Number(g.y2);
  if (y2 === null && y1 !== null) y2 = startsLater ? y1 + 1 : y1;
  if (y2 === null && published) y2 = yearOf(m2, d2, published, 'recent');
  if (y1 === null && y2 !== null) y1 = startsLater ? y2 - 1 : y2;
  if (y1 !== null && y2 !== null && (y1 > y2 || (y1 === y2 && startsLater))) return null;
  if (!withDays) return { date: formatMonth(y1, m1), until: formatMonth(y2, m2) };
  if (!isValidDay(y1, m1, d1!) || !isValidDay(y2, m2, d2!)) return null;
  return { date: formatDay(y1, m1, d1!), until: formatDay(y2, m2, d2!) };
}

const open = (locale: Locale): string => String.raw`${START}(?:${locale.rangeOpen})(?:\s+|(?<=['’]))`;
const close = (locale: Locale): string => String.raw`\s+(?:${locale.rangeClose})\s+`;

/** "du 30 août au 5 septembre", "du 1er au 5 mars 2023", "between 3 and 5 March 2023". */
export const dayRange: Rule = {
  name: 'day-range',
  precision: 'day range, or partial without a year or published date',
  examples: [
    ['du 30 août au 5 septembre', null, '--08-30', '--09-05'],
    ['du 30 août au 5 septembre', '2023-10-02', '2023-08-30', '2023-09-05'],
    ['du 1er au 5 mars 2023', null, '2023-03-01', '2023-03-05'],
    ['du 30 décembre au 5 janvier 2024', null, '2023-12-30', '2024-01-05'],
  ],
  pattern: (locale: Locale) => {
    const { month } = grammarOf(locale);
    const day = `(?:the\\s+)?(?<dN>${locale.day})`;
    const start = `${day.replace('dN', 'd1')}(?:\\s+(?:of\\s+)?(?<m1>${month}))?(?:,?\\s+(?<y1>${YEAR}))?`;
    const end = `${day.replace('dN', 'd2')}\\s+(?:of\\s+)?(?<m2>${month})(?:,?\\s+(?<y2>${YEAR}))?`;
    return `${open(locale)}${start}${close(locale)}${end}`;
  },
  build: (m, context) => rangeOf(m.groups!, context, true),
};

/** "from March 3 to April 5, 2023", "between Aug. 30 and Sept. 5": English, month first. */
export const monthFirstDayRange: Rule = {
  name: 'month-first-day-range',
  precision: 'day range, or partial without a year or published date',
  examples: [['from March 3 to April 5, 2023', null, '2023-03-03', '2023-04-05']],
  pattern: (locale: Locale) => {
    if (!locale.monthFirst) return null;
    const { month } = grammarOf(locale);
    const start = `(?<m1>${month})\\s+(?<d1>${locale.day})(?:,?\\s+(?<y1>${YEAR}))?`;
    const end = `(?:(?<m2>${month})\\s+)?(?<d2>${locale.day})(?:,?\\s+(?<y2>${YEAR}))?`;
    return `${open(locale)}${start}${close(locale)}${end}`;
  },
  build: (m, context) => rangeOf({ ...m.groups!, m2: m.groups!.m2 ?? m.groups!.m1 }, context, true),
};

/** "3-5 mars 2023", "30 août – 5 septembre", "March 3-5, 2023", "Aug. 30 – Sept. 5": joined by a dash. */
export const dashedDayRange: Rule = {
  name: 'dashed-day-range',
  precision: 'day range, or partial without a year or published date',
  examples: [
    ['les 3-5 mars 2023', null, '2023-03-03', '2023-03-05'],
    ['March 3-5, 2023', null, '2023-03-03', '2023-03-05'],
  ],
  pattern: (locale: Locale) => {
    const { month } = grammarOf(locale);
    const dash = String.raw`\s*[-–]\s*`;
    return locale.monthFirst
      ? `${START}(?<m1>${month})\\s+(?<d1>${locale.day})${dash}(?:(?<m2>${month})\\s+)?(?<d2>${locale.day})(?:,?\\s+(?<y2>${YEAR}))?`
      : `${START}(?<d1>${locale.day})(?:\\s+(?<m1>${month}))?${dash}(?<d2>${locale.day})\\s+(?<m2>${month})(?:\\s+(?<y2>${YEAR}))?`;
  },
  build: (m, context) => rangeOf({ ...m.groups!, m2: m.groups!.m2 ?? m.groups!.m1 }, context, true),
};

/** "entre mars et mai 2023", "de mars à mai", "d'avril à juin", "between March and May 2023". */
export const monthRange: Rule = {
  name: 'month-range',
  precision: 'month range, or partial without a year or published date',
  examples: [
    ['entre mars et mai 2023', null, '2023-03', '2023-05'],
    ["d'avril à juin", null, '--04', '--06'],
    ['between March and May 2023', null, '2023-03', '2023-05'],
  ],
  pattern: (locale: Locale) => {
    const { month } = grammarOf(locale);
    return `${open(locale)}(?<m1>${month})(?:\\s+(?<y1>${YEAR}))?${close(locale)}(?<m2>${month})(?:\\s+(?<y2>${YEAR}))?`;
  },
  build: (m, context) => rangeOf(m.groups!, context, false),
};

/** "de 2020 à 2022", "entre 2020 et 2022", "from 2020 to 2022", "between 2020 and 2022". */
export const yearRange: Rule = {
  name: 'year-range',
  precision: 'year range',
  examples: [
    ['de 2020 à 2022', null, '2020', '2022'],
    ['between 2020 and 2022', null, '2020', '2022'],
  ],
  pattern: (locale: Locale) => `${open(locale)}(?<y1>${YEAR})${close(locale)}(?<y2>${YEAR})${END}`,
  build: (m, context) => {
    // "de 2000 à 2020 drones" counts drones.
    if (isQuantity(m, context.locale) || Number(m.groups!.y1) >= Number(m.groups!.y2)) return null;
    return { date: m.groups!.y1!, until: m.groups!.y2! };
  },
};
