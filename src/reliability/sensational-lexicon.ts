// The sensational-wording lexicon (data/lexicon/sensational.json): validated on load and compiled into one regular
// expression per language, so matching costs one pass over the text however many terms the lexicon holds.
import { readFileSync } from 'node:fs';

/** The categories of loaded wording the lexicon sorts its terms into (see the file's "categories"). */
export const CATEGORIES = ['loaded', 'intensifier', 'hyperbole', 'fear', 'insult', 'outrage', 'conspiracy', 'action'] as const;
export type Category = (typeof CATEGORIES)[number];
export type LexiconLang = 'fr' | 'en';

/** One loaded or alarmist term: a word or phrase that starts a word and, unless `prefix`, ends one. */
export interface AlarmTerm {
  /** As written in the file, without the trailing "*" ("scandal", "au bord du gouffre"). */
  readonly term: string;
  /** The last word may go on ("scandal*" matches "scandaleux"). */
  readonly prefix: boolean;
  readonly weight: 1 | 2 | 3;
  readonly category: Category;
  readonly lang: LexiconLang;
}

/** One term found in a text. */
export interface TermHit {
  readonly start: number;
  readonly end: number;
  readonly term: AlarmTerm;
}

const FILE = 'data/lexicon/sensational.json';
/** Lower-case words separated by single spaces, hyphens or apostrophes, with an optional trailing "*". */
const TERM_SHAPE = /^[\p{Ll}\p{N}]+(?:[ '’-][\p{Ll}\p{N}]+)*\*?$/u;
const MIN_PREFIX = 4;

/** Validates a parsed lexicon file; throws `lexicon: ...` naming the entry and what is wrong. */
export function parseLexicon(raw: unknown, file = FILE): AlarmTerm[] {
  const doc = raw as { terms?: unknown; licence?: unknown; source?: unknown } | null;
  if (!doc || typeof doc !== 'object') throw new Error(`lexicon: ${file} must hold a JSON object`);
  if (typeof doc.source !== 'string' || typeof doc.licence !== 'string') throw new Error(`lexicon: ${file} needs "source" and "licence"`);
  if (!doc.terms || typeof doc.terms !== 'object' || Array.isArray(doc.terms)) {
    throw new Error(`lexicon: ${file} needs "terms": {lang: {category: {weight: [term, ...]}}}`);
  }
  const out: AlarmTerm[] = [];
  const seen = new Map<string, string>();
  for (const [lang, cats] of Object.entries(doc.terms as Record<string, unknown>)) {
    if (lang !== 'fr' && lang !== 'en') throw new Error(`lexicon: ${file} terms.${lang}: the language must be "fr" or "en"`);
    if (!cats || typeof cats !== 'object') throw new Error(`lexicon: ${file} terms.${lang} must map categories to weights`);
    for (const [category, weights] of Object.entries(cats as Record<string, unknown>)) {
      if (!(CATEGORIES as readonly string[]).includes(category)) {
        throw new Error(`lexicon: ${file} terms.${lang}.${category}: unknown category (expected one of ${CATEGORIES.join(', ')})`);
      }
      if (!weights || typeof weights !== 'object') throw new Error(`lexicon: ${file} terms.${lang}.${category} must map weights to term lists`);
      for (const [w, list] of Object.entries(weights as Record<string, unknown>)) {
        const where = `terms.${lang}.${category}["${w}"]`;
        if (w !== '1' && w !== '2' && w !== '3') throw new Error(`lexicon: ${file} ${where}: the weight must be "1", "2" or "3"`);
        if (!Array.isArray(list)) throw new Error(`lexicon: ${file} ${where} must be an array of terms`);
        list.forEach((t: unknown, i: number) => {
          const at = `${where} entry ${i}${typeof t === 'string' ? ` ("${t}")` : ''}`;
          if (typeof t !== 'string' || t.trim() === '') throw new Error(`lexicon: ${file} ${at}: the term must be a non-empty string`);
          if (t !== t.toLocaleLowerCase(lang)) throw new Error(`lexicon: ${file} ${at}: the term must be lower case`);
          if (!TERM_SHAPE.test(t)) throw new Error(`lexicon: ${file} ${at}: only letters and digits, separated by one space, hyphen or apostrophe, with an optional final "*"`);
          const prefix = t.endsWith('*');
          const term = prefix ? t.slice(0, -1) : t;
          if (prefix && (term.match(/[\p{L}\p{N}]+$/u)?.[0].length ?? 0) < MIN_PREFIX) {
            throw new Error(`lexicon: ${file} ${at}: a "*" stem needs at least ${MIN_PREFIX} letters (short words are listed whole)`);
          }
          const key = `${lang}:${term.replace(/’/g, "'")}`;
          const before = seen.get(key);
          if (before) throw new Error(`lexicon: ${file} ${at}: listed twice (also in ${before})`);
          seen.set(key, `${where} entry ${i}`);
          out.push({ term, prefix, weight: Number(w) as 1 | 2 | 3, category: category as Category, lang });
        });
      }
    }
  }
  if (out.length === 0) throw new Error(`lexicon: ${file} holds no term`);
  return out;
}

let cached: AlarmTerm[] | null = null;

/** The lexicon of data/lexicon/sensational.json, read and validated once. */
export function alarmLexicon(): readonly AlarmTerm[] {
  cached ??= parseLexicon(JSON.parse(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8')));
  return cached;
}

/** A compiled matcher: one regular expression whose n-th group is the n-th term. */
export interface TermMatcher {
  readonly terms: readonly AlarmTerm[];
  /** Every non-overlapping term in `text`, left to right; at one position the longest listed term wins. */
  find(text: string): TermHit[];
}

const escapeChar = (c: string): string => {
  if (c === ' ') return ',?\\s+';
  if (c === "'" || c === '’') return "['’]";
  if (c === '-') return '[-‐‑]';
  if (c === 'œ') return '(?:œ|oe)';
  if (c === 'æ') return '(?:æ|ae)';
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
};

/**
 * Most terms in one regular expression. Past about 1,300 terms (both languages' lexicons together) V8 no longer
 * compiles the alternation to native code and it runs 40 times slower (11 s per MB of text instead of 0.3 s).
 */
const MAX_TERMS_PER_REGEX = 800;

/**
 * Compiles terms into case-insensitive regular expressions (longer terms first, so they win at a position), one per
 * slice of at most MAX_TERMS_PER_REGEX terms; their matches are merged as one alternation of all terms would give.
 */
export function compileTerms(terms: readonly AlarmTerm[]): TermMatcher {
  const sorted = [...terms].sort((a, b) => b.term.length - a.term.length || Number(a.prefix) - Number(b.prefix));
  const parts: { re: RegExp; offset: number }[] = [];
  for (let offset = 0; offset < sorted.length; offset += MAX_TERMS_PER_REGEX) {
    parts.push({ re: alternation(sorted.slice(offset, offset + MAX_TERMS_PER_REGEX)), offset });
  }
  return {
    terms: sorted,
    find(text) {
      const hits: TermHit[] = [];
      // Each part's next match at or after `from` (null: none left); the leftmost wins, the earlier part on a tie
      // (its terms come first in the order), and the search goes on after it, as in a single alternation.
      const next: (RegExpExecArray | null | undefined)[] = parts.map(() => undefined);
      for (let from = 0; ; ) {
        let best = -1;
        for (let k = 0; k < parts.length; k++) {
          let m = next[k];
          if (m === undefined || (m !== null && m.index < from)) {
            parts[k]!.re.lastIndex = from;
            next[k] = m = parts[k]!.re.exec(text);
          }
          if (m && (best < 0 || m.index < next[best]!.index)) best = k;
        }
        if (best < 0) return hits;
        const m = next[best]!;
        let g = 1;
        while (m[g] === undefined) g++;
        hits.push({ start: m.index, end: m.index + m[0].length, term: sorted[parts[best]!.offset + g - 1]! });
        from = m.index + m[0].length;
      }
    },
  };
}

// One alternation of terms, the n-th group for the n-th term, whole words.
function alternation(terms: readonly AlarmTerm[]): RegExp {
  const alternatives = terms.map((t) => `(${[...t.term].map(escapeChar).join('')}${t.prefix ? '\\p{L}*' : ''})`);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

const matchers = new Map<string, TermMatcher>();

/** The matcher for an article's language: French or English terms, both when the language is neither. */
export function termMatcher(language: string): TermMatcher {
  const key = language === 'fr' || language === 'en' ? language : 'any';
  let m = matchers.get(key);
  if (!m) {
    const all = alarmLexicon();
    m = compileTerms(key === 'any' ? all : all.filter((t) => t.lang === key));
    matchers.set(key, m);
  }
  return m;
}
