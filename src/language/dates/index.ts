// Dates in French and English news text: absolute, relative to the published date, quarters and ranges, with spans.
import { parsePublished, precisionOf } from './calendar.js';
import { dayMonth, cuedMonth, cuedYear, directedMonth, isoDate, monthDay, monthYear, numericDate } from './absolute.js';
import { en } from './locales/en.js';
import { fr } from './locales/fr.js';
import { half, quarter, quarterCode } from './quarters.js';
import { dashedDayRange, dayRange, monthFirstDayRange, monthRange, yearRange } from './ranges.js';
import { mergeAppositions, removeOverlaps, type Candidate } from './refiners.js';
import { ago, shiftRules, weekday } from './relative.js';
import type { Context, DateMention, Locale, Rule } from './types.js';
import { allMatches } from '../../core/regex.js';

export type { DateMention, Precision } from './types.js';

/** Every finder, in order: on overlapping spans of equal length the earlier rule wins. */
export const RULES: readonly Rule[] = [
  dayRange, monthFirstDayRange, dashedDayRange, monthRange, yearRange,
  isoDate, numericDate, dayMonth, monthDay, monthYear,
  quarter, quarterCode, half,
  directedMonth, cuedMonth, cuedYear,
  ...shiftRules, ago, weekday,
];

/** The refiners, in order: overlaps first, then neighbours naming the same date. */
const REFINERS: readonly ((c: readonly Candidate[], text: string) => Candidate[])[] = [removeOverlaps, mergeAppositions];

/** The locales run for an article language; an undetermined one ("und") gets both. */
const LOCALES: Readonly<Record<string, readonly Locale[]>> = { fr: [fr], en: [en] };

const compiled = new Map<Rule, Map<Locale, RegExp | null>>();

/** A rule's regex for a locale, compiled once. */
function regexOf(rule: Rule, locale: Locale): RegExp | null {
  let byLocale = compiled.get(rule);
  if (!byLocale) compiled.set(rule, (byLocale = new Map()));
  if (!byLocale.has(locale)) {
    const source = rule.pattern(locale);
    byLocale.set(locale, source === null ? null : new RegExp(source, 'giu'));
  }
  return byLocale.get(locale)!;
}

/** Finds the dates of a text; relative ones are placed by `published` (YYYY, YYYY-MM or YYYY-MM-DD) when given. */
export function findDates(text: string, options: { published: string | null; language: string }): DateMention[] {
  const published = parsePublished(options.published);
  let candidates: Candidate[] = [];
  for (const locale of LOCALES[options.language] ?? [fr, en]) {
    const context: Context = { locale, published };
    RULES.forEach((rule, order) => {
      const regex = regexOf(rule, locale);
      if (!regex) return;
      for (const m of allMatches(regex, text)) {
        if (m[0] === '') continue;
        const dated = rule.build(m, context);
        if (!dated) continue;
        const start = m.index;
        const end = start + m[0].length;
        candidates.push({ start, end, text: m[0], ...dated, rule: rule.name, precision: precisionOf(dated.date), order });
      }
    });
  }
  for (const refine of REFINERS) candidates = refine(candidates, text);
  return candidates.map(({ order: _order, ...mention }) => mention);
}
