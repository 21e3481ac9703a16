// Regex pieces built once per locale from its lexicons, and the readers that turn matched words into numbers.
import type { Locale } from './types.js';

/** Start of a word: letters and digits, Unicode-aware (JS \b sees "é" as a boundary). */
export const START = String.raw`(?<![\p{L}\p{N}])`;
/** End of a word. */
export const END = String.raw`(?![\p{L}\p{N}])`;

/** A plausible year, 1900-2100, not a piece of a longer number ("2 000", "12.2023", "An-2024"), but "mi-2024". */
export const YEAR = String.raw`(?<![\p{N}.,/])(?<!(?<!mi|mid)-)(?:19\d{2}|20\d{2}|2100)(?![\p{L}\p{N}]|[.,]\d|[\s\u00a0\u202f]\d{3}(?!\d))`;

/** The regex pieces of one locale. */
export interface Grammar {
  readonly month: string;
  readonly weekday: string;
  readonly number: string;
  readonly ordinal: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>): string =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

const cache = new Map<Locale, Grammar>();

/** The month, weekday, number and ordinal alternations of a locale (built once). */
export function grammarOf(locale: Locale): Grammar {
  let g = cache.get(locale);
  if (!g) {
    // An abbreviation keeps its dot ("sept."), so only full names need the end-of-word check.
    const names = (words: string[]): string => `(?:${alternation(words)})(?<=\\.|[\\p{L}])(?!\\p{L})`;
    g = {
      month: names(Object.keys(locale.months)),
      weekday: names(Object.keys(locale.weekdays)),
      number: `\\d{1,3}|${alternation(Object.keys(locale.numbers))}`,
      ordinal: alternation(Object.keys(locale.ordinals)),
    };
    cache.set(locale, g);
  }
  return g;
}

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Month 1..12 of a matched word, or null when the locale wants it capitalised ("may" is a verb). */
export function monthOf(locale: Locale, word: string | undefined): number | null {
  if (word === undefined) return null;
  if (locale.namesNeedCapital && !isCapitalised(word)) return null;
  return locale.months[word.toLowerCase()] ?? null;
}

/** Weekday 0..6 (Sunday first) of a matched word, or null. */
export function weekdayIndex(locale: Locale, word: string | undefined): number | null {
  if (word === undefined) return null;
  if (locale.namesNeedCapital && !isCapitalised(word)) return null;
  return locale.weekdays[word.toLowerCase()] ?? null;
}

/** The day number of "1er", "21st", "03". */
export function dayOf(word: string | undefined): number | null {
  return word === undefined ? null : Number.parseInt(word, 10);
}

/** The value of "deux", "two", "3". */
export function numberOf(locale: Locale, word: string | undefined): number | null {
  if (word === undefined) return null;
  return /^\d+$/.test(word) ? Number(word) : (locale.numbers[word.toLowerCase()] ?? null);
}

/** Whether a month word stands alone as a month here: French lone months are lower case ("Mars" is the planet). */
export function isLoneMonth(locale: Locale, word: string): boolean {
  return !locale.loneMonthNeedsLowerCase || !isCapitalised(word);
}

/** A cue alternation as a lookbehind, so that the span holds the date only: "en 2023" -> "2023", "mi-mars" -> "mars". */
export function after(cues: string): string {
  return String.raw`(?<=${START}(?:(?:${cues})[\s\u00a0]+|mi-|mid-))`;
}

/** Whether a match is followed by a unit or currency, making its number a quantity: "2000 drones", "2020 €". */
export function isQuantity(m: RegExpExecArray, locale: Locale): boolean {
  const end = m.index + m[0].length;
  const next = /^[\s\u00a0\u202f]*(\p{L}+|[%€$])/u.exec(m.input.slice(end, end + 40))?.[1]?.toLowerCase();
  return next !== undefined && (/^[%€$]$/.test(next) || locale.quantityNouns.includes(next));
}
