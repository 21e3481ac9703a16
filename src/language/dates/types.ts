// The shapes shared by the date rules: what a mention is, what a locale supplies, what a rule is.

/** How finely a mention places its event: 'partial' when the year cannot be stated (no published date). */
export type Precision = 'year' | 'quarter' | 'month' | 'day' | 'partial';

/** A date found in a text: its half-open UTF-16 span, its ISO value, the rule that found it. */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD, or --MM / --MM-DD when the year is unknown. */
  readonly date: string;
  /** The last day, month or year of a range, in the same format as `date`. */
  readonly until?: string;
  readonly rule: string;
  readonly precision: Precision;
}

/** The published date of the article, at the precision the article gives. */
export interface Published {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
}

/** Which way a relative month or weekday points: "mardi" (on or before), "mardi dernier" (before), "prochain" (after). */
export type Direction = 'recent' | 'last' | 'next';

/** The words of one language, as lexicons and regex sources (matched case-insensitively unless said otherwise). */
export interface Locale {
  readonly code: 'fr' | 'en';
  /** Spellings (lower case) -> month 1..12. */
  readonly months: Readonly<Record<string, number>>;
  /** Spellings (lower case) -> weekday, 0 = Sunday. */
  readonly weekdays: Readonly<Record<string, number>>;
  /** English capitalises month and weekday names; "may" and "march" in lower case are verbs. */
  readonly namesNeedCapital: boolean;
  /** French writes months in lower case; a capitalised "Mars" alone is the planet. */
  readonly loneMonthNeedsLowerCase: boolean;
  /** Number words for "il y a deux ans" / "two years ago". */
  readonly numbers: Readonly<Record<string, number>>;
  /** Ordinals of quarters and halves: "deuxième" -> 2; "dernier" -> 4 (needs a year). */
  readonly ordinals: Readonly<Record<string, number>>;
  /** A day of the month: "1er", "21", "21st". */
  readonly day: string;
  /** Day before month ("21 mars"), and month before day ("March 21") when English. */
  readonly monthFirst: boolean;
  /** "21/03/2023": always day first in French; in English only when unambiguous. */
  readonly numericDayFirst: boolean;
  /** Words before a bare year that make it a date: "en", "depuis", "in", "since". */
  readonly yearCues: string;
  /** Words before a lone month: "en", "début", "in", "early". */
  readonly monthCues: string;
  /** "dernier" / "last" and "prochain" / "next", and whether they follow the name (French) or precede it. */
  readonly last: string;
  readonly next: string;
  readonly directionAfterName: boolean;
  /** Words that open and close a range: "du ... au", "between ... and". */
  readonly rangeOpen: string;
  readonly rangeClose: string;
  /** "trimestre" / "quarter" and "semestre" / "half", after an ordinal. */
  readonly quarterWord: string;
  readonly halfWord: string;
  /** Between a quarter and its year: "de", "de l'année", "of". */
  readonly yearJoin: string;
  /** After a quarter, the words of a fiscal year, which is not the calendar's: "second quarter of fiscal 2024". */
  readonly fiscal: string;
  /** "il y a (N) (ans)" or "(N) (years) ago": where the number and unit sit. */
  readonly ago: string;
  /** Unit words -> the calendar unit "il y a trois jours" moves by. */
  readonly agoUnits: Readonly<Record<string, 'day' | 'month' | 'year'>>;
  /** Words before a weekday that make it habitual, not a date: "le mardi", "chaque mardi". */
  readonly habitualBeforeWeekday: string;
  /** Words after a number that make it a quantity, not a year: "2000 drones". */
  readonly quantityNouns: readonly string[];
  /** One phrase per relative shift of relative.ts (same keys in every locale). */
  readonly shifts: Readonly<Record<ShiftName, string>>;
}

/** The relative expressions resolved by moving from the published date (the table is in relative.ts). */
export type ShiftName =
  | 'day-before-yesterday' | 'yesterday' | 'today' | 'tomorrow'
  | 'last-week' | 'this-week' | 'next-week'
  | 'last-month' | 'this-month' | 'next-month'
  | 'last-year' | 'this-year' | 'next-year';

/** What a rule works with for one text. */
export interface Context {
  readonly locale: Locale;
  readonly published: Published | null;
}

/** A value a rule gives for one match. */
export interface Dated {
  readonly date: string;
  readonly until?: string;
}

/** A rule's own test row: [text, published, date, until?]. */
export type Example = readonly [text: string, published: string | null, date: string, until?: string];

/** One named finder: a pattern per locale, how a match becomes a date, and the examples it exists for. */
export interface Rule {
  readonly name: string;
  readonly precision: string;
  readonly examples: readonly Example[];
  /** Regex source for this locale, or null when the locale has no such form. */
  pattern(locale: Locale): string | null;
  /** The date of one match, or null when the match is not a date after all (or cannot be placed). */
  build(match: RegExpExecArray, context: Context): Dated | null;
}
