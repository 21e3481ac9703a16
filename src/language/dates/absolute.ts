// Dates written out: ISO and numeric dates, day and month with or without a year, months and years after a cue.
import { formatDay, formatMonth, isValidDay, yearOf } from './calendar.js';
import { END, START, YEAR, after, dayOf, grammarOf, isLoneMonth, isQuantity, monthOf } from './grammar.js';
import type { Context, Dated, Locale, Rule } from './types.js';

/** A day, with its year when written, else from the published date, else partial (--MM-DD). */
function dayDate(day: number | null, month: number | null, written: string | undefined, context: Context): Dated | null {
  if (day === null || month === null) return null;
  const year = written !== undefined ? Number(written) : context.published && yearOf(month, day, context.published, 'recent');
  return isValidDay(year ?? null, month, day) ? { date: formatDay(year ?? null, month, day) } : null;
}

/** "2023-03-21": ISO 8601, any year. */
export const isoDate: Rule = {
  name: 'iso-date',
  precision: 'day',
  examples: [['le 2023-03-21 à 10 h', null, '2023-03-21']],
  pattern: () => String.raw`(?<![\p{L}\p{N}-])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?!\p{N}|-\d)`,
  build: (m, context) => dayDate(Number(m.groups!.d), Number(m.groups!.m), m.groups!.y, context),
};

/** "21/03/2023", "21.03.2023": day first in French; in English only when one side is over 12. */
export const numericDate: Rule = {
  name: 'numeric-date',
  precision: 'day',
  examples: [
    ['publié le 21/03/2023', null, '2023-03-21'],
    ['filed on 03/21/2023', null, '2023-03-21'],
  ],
  pattern: () => String.raw`(?<![\p{L}\p{N}/.-])(?<a>\d{1,2})(?<sep>[/.])(?<b>\d{1,2})\k<sep>(?<y>(?:19|20)\d{2})(?!\p{N}|[/.]\d)`,
  build: (m, context) => {
    const a = Number(m.groups!.a);
    const b = Number(m.groups!.b);
    // "03/04/2023" in English is April 3 in London and March 4 in New York: dropped rather than guessed.
    const dayFirst = context.locale.numericDayFirst || (a > 12 && b <= 12);
    if (!dayFirst && a > 12) return null;
    if (!context.locale.numericDayFirst && a <= 12 && b <= 12 && a !== b) return null;
    return dayDate(dayFirst ? a : b, dayFirst ? b : a, m.groups!.y, context);
  },
};

/** "21 mars 2023", "mardi 21 mars", "le 1er mars", "21 March 2023", "the 21st of March". */
export const dayMonth: Rule = {
  name: 'day-month',
  precision: 'day, or partial without a year or published date',
  examples: [
    ['le 1er mars 2023', null, '2023-03-01'],
    ['mardi 21 mars', '2023-03-25', '2023-03-21'],
    ['le 30 août', null, '--08-30'],
    ['on 21 March 2023', null, '2023-03-21'],
  ],
  pattern: (locale: Locale) => {
    const g = grammarOf(locale);
    return String.raw`${START}(?:(?<wd>${g.weekday}),?\s+)?(?:the\s+)?(?<d>${locale.day})\s+(?:of\s+)?(?<m>${g.month})(?:,?\s+(?<y>${YEAR}))?`;
  },
  build: (m, context) => dayDate(dayOf(m.groups!.d), monthOf(context.locale, m.groups!.m), m.groups!.y, context),
};

/** "March 21, 2023", "Tuesday, March 21": English writes the month first. */
export const monthDay: Rule = {
  name: 'month-day',
  precision: 'day, or partial without a year or published date',
  examples: [
    ['on March 21, 2023,', null, '2023-03-21'],
    ['on Tuesday, March 21', '2023-03-25', '2023-03-21'],
  ],
  pattern: (locale: Locale) => {
    if (!locale.monthFirst) return null;
    const g = grammarOf(locale);
    return String.raw`${START}(?:(?<wd>${g.weekday}),?\s+)?(?<m>${g.month})\s+(?<d>${locale.day})(?:,?\s+(?<y>${YEAR}))?`;
  },
  build: (m, context) => dayDate(dayOf(m.groups!.d), monthOf(context.locale, m.groups!.m), m.groups!.y, context),
};

/** "novembre 2023", "November 2023", "November of 2023". */
export const monthYear: Rule = {
  name: 'month-year',
  precision: 'month',
  examples: [
    ['en novembre 2023', null, '2023-11'],
    ['in November of 2023', null, '2023-11'],
  ],
  pattern: (locale: Locale) => String.raw`${START}(?<m>${grammarOf(locale).month})(?:,|\s+of)?\s+(?<y>${YEAR})`,
  build: (m, context) => {
    const month = monthOf(context.locale, m.groups!.m);
    return month === null ? null : { date: formatMonth(Number(m.groups!.y), month) };
  },
};

/** The year of a lone month: the latest such month not after the published one, or partial (--MM). */
function loneMonth(word: string | undefined, direction: 'recent' | 'last' | 'next', context: Context): Dated | null {
  const month = monthOf(context.locale, word);
  if (month === null || !isLoneMonth(context.locale, word!)) return null;
  const year = context.published && yearOf(month, null, context.published, direction);
  return { date: formatMonth(year ?? null, month) };
}

/** "en novembre", "début mars", "mi-mars", "in November", "early March": a month after a cue. */
export const cuedMonth: Rule = {
  name: 'cued-month',
  precision: 'month, or partial without a published date',
  examples: [
    ['En novembre, le site a rapporté', '2023-03-21', '2022-11'],
    ['en mars', '2023-03-21', '2023-03'],
    ['in November', null, '--11'],
  ],
  pattern: (locale: Locale) => String.raw`${after(locale.monthCues)}(?<m>${grammarOf(locale).month})`,
  build: (m, context) => loneMonth(m.groups!.m, 'recent', context),
};

/** "novembre dernier", "last November", "next March": a month before or after the published one. */
export const directedMonth: Rule = {
  name: 'directed-month',
  precision: 'month, or partial without a published date',
  examples: [
    ['en novembre dernier', '2023-11-15', '2022-11'],
    ['last November', '2023-03-21', '2022-11'],
    ['next March', '2023-03-21', '2024-03'],
  ],
  pattern: (locale: Locale) => {
    const month = grammarOf(locale).month;
    return locale.directionAfterName
      ? String.raw`${START}(?<m>${month})\s+(?:(?<last>${locale.last})|(?<next>${locale.next}))${END}`
      : String.raw`${START}(?:(?<last>${locale.last})|(?<next>${locale.next}))\s+(?<m>${month})`;
  },
  build: (m, context) => loneMonth(m.groups!.m, m.groups!.last ? 'last' : 'next', context),
};

/** "en 2023", "depuis 2022", "mi-2023", "in 2023", "since 2022": a plausible year after a cue, not a quantity. */
export const cuedYear: Rule = {
  name: 'cued-year',
  precision: 'year',
  examples: [
    ['Cette activité aurait eu lieu en 2023.', null, '2023'],
    ['depuis 2022', null, '2022'],
    ['in 2023', null, '2023'],
  ],
  pattern: (locale: Locale) => String.raw`${after(locale.yearCues)}(?<y>${YEAR})`,
  build: (m, context) => {
    // "en 2000 exemplaires", "in 2000 units", "2000 €": a quantity, not a year.
    return isQuantity(m, context.locale) ? null : { date: m.groups!.y! };
  },
};
