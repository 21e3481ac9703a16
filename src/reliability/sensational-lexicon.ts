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

/** The first word of a term or of a text, as the index compares them: lower case, "œ" and "æ" spelt out. */
const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const WORD_IN_TEXT = /[\p{L}\p{N}]+/gu;
const keyOf = (word: string): string => word.toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');
/** A "*" stem is looked up by its first letters (MIN_PREFIX: no stem is shorter), so "scandaleux" finds "scandal*". */
const stemKey = (word: string): string => word.slice(0, MIN_PREFIX);

/** The terms one text word may start, in the matcher's order, compiled into one sticky alternation. */
interface Candidates {
  readonly re: RegExp;
  /** The term of each group, by group number less one (in the matcher's order: at one position the earlier wins). */
  readonly terms: readonly AlarmTerm[];
}

/**
 * Compiles terms into a matcher: longer terms first, so they win at a position. Terms are indexed by their first word
 * (a "*" stem of one word by its first letters); the text is read word by word, and only the terms a word may start
 * are tried there, by a small sticky regular expression. One alternation of a whole lexicon runs over every position
 * of the text, and past about 1,300 terms V8 no longer compiles it to native code (40 times slower).
 */
export function compileTerms(terms: readonly AlarmTerm[]): TermMatcher {
  const sorted = [...terms].sort((a, b) => b.term.length - a.term.length || Number(a.prefix) - Number(b.prefix));
  const byWord = new Map<string, number[]>(); // first word -> ranks of the terms it starts
  const byStem = new Map<string, number[]>(); // first letters -> ranks of one-word "*" stems
  sorted.forEach((t, rank) => {
    const first = keyOf(t.term.match(FIRST_WORD)?.[0] ?? t.term);
    const stem = t.prefix && first.length === keyOf(t.term).length;
    const [index, key] = stem ? [byStem, stemKey(first)] : [byWord, first];
    const list = index.get(key);
    if (list) list.push(rank);
    else index.set(key, [rank]);
  });
  const compile = (ranks: readonly number[]): Candidates => {
    const group = ranks.map((r) => sorted[r]!);
    return { re: alternation(group, true), terms: group };
  };
  const compiled = new Map<string, Candidates | null>();
  // `lowered`: the word already in lower case, with no "œ" or "æ" (most words of most texts).
  const candidatesOf = (word: string, lowered: boolean): Candidates | null => {
    const key = lowered ? word : keyOf(word);
    const stem = key.length >= MIN_PREFIX ? stemKey(key) : '';
    const id = `${key}\u0000${stem}`;
    let found = compiled.get(id);
    if (found === undefined) {
      const ranks = [...(byWord.get(key) ?? []), ...(byStem.get(stem) ?? [])].sort((a, b) => a - b);
      found = ranks.length ? compile(ranks) : null;
      // A text has many words that start no term; only those that may are kept, so the cache grows with the lexicon.
      if (found || compiled.size < 50_000) compiled.set(id, found);
    }
    return found;
  };
  return {
    terms: sorted,
    find(text) {
      const hits: TermHit[] = [];
      // Words are read from the text in lower case when that keeps every offset (it does but for a few letters).
      const lower = text.toLowerCase();
      const lowered = lower.length === text.length && !/[œæ]/.test(lower);
      const source = lowered ? lower : text;
      const words = new RegExp(WORD_IN_TEXT.source, WORD_IN_TEXT.flags);
      for (let w = words.exec(source); w; w = words.exec(source)) {
        const candidates = candidatesOf(w[0], lowered);
        if (!candidates) continue;
        candidates.re.lastIndex = w.index;
        const m = candidates.re.exec(text);
        if (!m) continue;
        let g = 1;
        while (m[g] === undefined) g++;
        hits.push({ start: m.index, end: m.index + m[0].length, term: candidates.terms[g - 1]! });
        words.lastIndex = m.index + m[0].length; // no overlap: the next term starts after this one
      }
      return hits;
    },
  };
}

/**
 * One alternation of terms, the n-th group for the n-th term, whole words: sticky (tried where one word starts, as the
 * matcher does) or global (the whole lexicon over the whole text: the definition the matcher is tested against).
 */
export function alternation(terms: readonly AlarmTerm[], sticky = false): RegExp {
  const alternatives = terms.map((t) => `(${[...t.term].map(escapeChar).join('')}${t.prefix ? '\\p{L}*' : ''})`);
  const body = `(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`;
  return sticky ? new RegExp(body, 'iuy') : new RegExp(`(?<![\\p{L}\\p{N}])${body}`, 'giu');
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
