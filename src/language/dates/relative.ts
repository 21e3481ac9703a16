// Expressions placed by the published date: "hier", "la semaine dernière", "il y a un an", "mardi", "last Tuesday".
// Without a published date (or one too coarse: "hier" needs its day) they are dropped: their date cannot be stated.
import { formatMonth, shiftDay, shiftMonth, weekdayOf } from './calendar.js';
import { END, START, grammarOf, numberOf, weekdayIndex } from './grammar.js';
import type { Context, Dated, Locale, Published, Rule, ShiftName } from './types.js';

type Unit = 'day' | 'week' | 'month' | 'year';

/** The calendar move of a shift phrase from the published date, in its unit (each locale supplies the phrase). */
const SHIFTS: readonly { readonly name: ShiftName; readonly unit: Unit; readonly by: number; readonly examples: Rule['examples'] }[] = [
  { name: 'day-before-yesterday', unit: 'day', by: -2, examples: [['avant-hier', '2023-03-21', '2023-03-19']] },
  { name: 'yesterday', unit: 'day', by: -1, examples: [['hier soir', '2023-03-21', '2023-03-20'], ['yesterday', '2023-03-01', '2023-02-28']] },
  { name: 'today', unit: 'day', by: 0, examples: [["aujourd'hui", '2023-03-21', '2023-03-21'], ['today', '2023-03-21', '2023-03-21']] },
  { name: 'tomorrow', unit: 'day', by: 1, examples: [['demain', '2023-12-31', '2024-01-01']] },
  { name: 'last-week', unit: 'week', by: -1, examples: [['la semaine dernière', '2023-03-21', '2023-03-13', '2023-03-19']] },
  { name: 'this-week', unit: 'week', by: 0, examples: [['this week', '2023-03-21', '2023-03-20', '2023-03-26']] },
  { name: 'next-week', unit: 'week', by: 1, examples: [['la semaine prochaine', '2023-03-21', '2023-03-27', '2023-04-02']] },
  { name: 'last-month', unit: 'month', by: -1, examples: [['le mois dernier', '2023-01-10', '2022-12']] },
  { name: 'this-month', unit: 'month', by: 0, examples: [['Au début de ce mois, le secrétaire', '2024-09', '2024-09'], ['earlier this month', '2024-09-26', '2024-09']] },
  { name: 'next-month', unit: 'month', by: 1, examples: [['next month', '2024-12-05', '2025-01']] },
  { name: 'last-year', unit: 'year', by: -1, examples: [["l'an dernier", '2023-03-21', '2022'], ["l'année dernière", '2023', '2022'], ['last year', '2023-03-21', '2022']] },
  { name: 'this-year', unit: 'year', by: 0, examples: [['cette année', '2023-03-21', '2023']] },
  { name: 'next-year', unit: 'year', by: 1, examples: [["l'an prochain", '2023-03-21', '2024']] },
];

/** The date `by` units away from the published date, or null when the published date is too coarse for the unit. */
function shift(p: Published, unit: Unit, by: number): Dated | null {
  if (unit === 'year') return { date: String(p.year + by) };
  if (p.month === null) return null;
  if (unit === 'month') return { date: by === 0 ? formatMonth(p.year, p.month) : shiftMonth(p.year, p.month, by) };
  if (p.day === null) return null;
  if (unit === 'day') return { date: shiftDay(p.year, p.month, p.day, by) };
  // A week runs Monday to Sunday (ISO 8601, the French usage; American calendars start on Sunday).
  const monday = -((weekdayOf(p.year, p.month, p.day) + 6) % 7) + 7 * by;
  return { date: shiftDay(p.year, p.month, p.day, monday), until: shiftDay(p.year, p.month, p.day, monday + 6) };
}

/** One rule per row of SHIFTS: "hier", "yesterday", "le mois dernier"... */
export const shiftRules: readonly Rule[] = SHIFTS.map((s) => ({
  name: s.name,
  precision: s.unit === 'week' ? 'day range (Monday to Sunday)' : s.unit,
  examples: s.examples,
  pattern: (locale: Locale) => String.raw`${START}(?:${locale.shifts[s.name]})${END}`,
  build: (_m: RegExpExecArray, context: Context) => (context.published ? shift(context.published, s.unit, s.by) : null),
}));

/** "il y a un an", "il y a trois jours", "two years ago": a count of days, months or years back. */
export const ago: Rule = {
  name: 'ago',
  precision: 'the unit counted: day, month or year',
  examples: [
    ['il y a un an', '2024-09-26', '2023'],
    ['il y a trois jours', '2024-09-26', '2024-09-23'],
    ['two months ago', '2024-01-15', '2023-11'],
  ],
  pattern: (locale: Locale) => `${START}${locale.ago.replace('NUM', grammarOf(locale).number)}${END}`,
  build: (m, context) => {
    const n = numberOf(context.locale, m.groups!.n);
    const unit = context.locale.agoUnits[m.groups!.unit!.toLowerCase()];
    return n === null || unit === undefined || !context.published ? null : shift(context.published, unit, -n);
  },
};

/**
 * "mardi", "jeudi dernier", "last Tuesday", "next Friday": in news style a bare weekday is the latest one on or before
 * the published date ("Interrogé jeudi" in an article of Thursday 26 September is that day). Habitual "le mardi" and
 * "every Tuesday" are not dates.
 */
export const weekday: Rule = {
  name: 'weekday',
  precision: 'day (dropped without a published day)',
  examples: [
    ['Interrogé jeudi, le porte-parole', '2024-09-26', '2024-09-26'],
    ['mardi dernier', '2023-03-21', '2023-03-14'],
    ['on Friday', '2023-03-21', '2023-03-17'],
    ['next Tuesday', '2023-03-21', '2023-03-28'],
  ],
  pattern: (locale: Locale) => {
    const g = grammarOf(locale);
    const habitual = String.raw`(?<!${START}(?:${locale.habitualBeforeWeekday})\s+)`;
    return locale.directionAfterName
      ? String.raw`${habitual}${START}(?<wd>${g.weekday})(?:\s+(?:(?<last>${locale.last})|(?<next>${locale.next})))?${END}`
      : String.raw`${habitual}${START}(?:(?:(?<last>${locale.last})|(?<next>${locale.next}))\s+)?(?<wd>${g.weekday})`;
  },
  build: (m, context) => {
    const p = context.published;
    const wd = weekdayIndex(context.locale, m.groups!.wd);
    if (wd === null || !p || p.month === null || p.day === null) return null;
    const back = (weekdayOf(p.year, p.month, p.day) - wd + 7) % 7;
    if (m.groups!.next) return { date: shiftDay(p.year, p.month, p.day, 7 - back) };
    return { date: shiftDay(p.year, p.month, p.day, m.groups!.last && back === 0 ? -7 : -back) };
  },
};
