// Which articles tell the same story. Each article gets a word profile (its telling words and the entities it names,
// weighed by tf-idf over the corpus) and two articles are compared by the cosine of their profiles. Cross-document
// event coreference works in this order (documents grouped by topic first, then events matched inside a topic: the
// ECB+ corpus and its "same lemma within a topic" baseline, Cybulska & Vossen 2014): two sentences of two articles on
// one story need fewer words in common to state one claim than two sentences of unrelated articles, and two articles
// in one language whose words have almost nothing in common are not one story, whatever actors they share.
import { readFileSync } from 'node:fs';
import type { Entity } from '../core/dossier.js';
import { allMatches } from '../core/regex.js';
import { termList } from '../core/terms.js';
import { capitalStates, loadKnowledge } from '../language/index.js';

/** What the profiles are built from: an article's id, cleaned text and language. */
export interface TopicArticle {
  readonly id: string;
  readonly text: string;
  readonly language: string;
}

/** How alike the corpus's articles are. */
export interface ArticleTopics {
  /** Cosine of two articles' profiles, 0..1; null when they cannot be compared (another language, or unknown). */
  similarity(a: string, b: string): number | null;
  /** Every pair of articles in one language at least `least` alike, each once, most alike first; each article keeps
   *  its NEIGHBOURS most alike partners, so the list grows with the corpus, not with its square. */
  pairs(least: number): readonly (readonly [string, string, number])[];
}

/**
 * Two articles in one language less alike than this are two stories: no claim of the one joins a claim of the other,
 * no denial of the one answers the other. On FNC-1 dev, 1% of the article pairs of two different stories reach 0.10
 * and 89% of the pairs of one story do.
 */
export const STORY_GATE = 0.1;

/** From this likeness on, two articles are on one story: their claims may join on fewer words (story-pass.ts), a
 *  negated act of the one is a denial when the other asserts it (negated-acts.ts), a denial answers the other's reports. */
export const STORY_LEAST = 0.12;

/** The most telling terms kept in an article's profile (a truncated tf-idf vector). */
const TERMS = 100;
/** An article with at most this many terms is short: how much of it another article holds counts (`contained`). */
const SHORT_TERMS = 25;
/** What that share counts for against a cosine: half of a short article held by a long one is 0.3 alike. */
const SHORT_DISCOUNT = 0.6;
/** How many partners an article keeps in `pairs`. */
const NEIGHBOURS = 40;
/** The most articles a term may be in and still be used to look for partners. */
const MOST_POSTINGS = 400;

/**
 * A term in more articles than this is left out when looking for partners (it still counts in `similarity`): 4 x the
 * square root of the corpus, from 50 to MOST_POSTINGS (reached at 10,000 articles). Each article reads the lists of
 * its terms, so without the ceiling the work per article grew with the square root of the corpus (measured: the
 * partner search 6 s at 4,000 articles, 32 s at 16,000); with it, from 10,000 articles on, it stays the same.
 */
export const leastCommon = (articles: number): number => Math.min(MOST_POSTINGS, Math.max(50, Math.ceil(4 * Math.sqrt(articles))));

const STOPWORDS_FILE = 'data/lexicon/stopwords.json';
let stopwords: ReadonlySet<string> | null = null;

/** The function words of French and English (data/lexicon/stopwords.json). */
export function stopWords(): ReadonlySet<string> {
  if (!stopwords) {
    const doc = JSON.parse(readFileSync(new URL(`../../${STOPWORDS_FILE}`, import.meta.url), 'utf8')) as { source?: unknown; licence?: unknown; en?: unknown; fr?: unknown };
    if (typeof doc.source !== 'string' || typeof doc.licence !== 'string') throw new Error(`lexicon: ${STOPWORDS_FILE} must be an object with "source", "licence", "en" and "fr"`);
    stopwords = new Set([...termList(doc.en, `${STOPWORDS_FILE} en`), ...termList(doc.fr, `${STOPWORDS_FILE} fr`)]);
  }
  return stopwords;
}

const WORD = /\p{L}{3,}/gu;

/** The words of a text that tell something: lower-cased, function words out, cut to their first six letters (a crude
 *  stem that joins "supplied"/"supplies" and "fournit"/"fournis"). */
export function tellingStems(text: string): string[] {
  const stop = stopWords();
  const out: string[] = [];
  for (const m of allMatches(WORD, text.toLocaleLowerCase('fr').replace(/[’']/g, ' '))) {
    const w = m[0];
    if (!stop.has(w)) out.push(w.slice(0, 6));
  }
  return out;
}

interface Profile {
  readonly language: string;
  readonly terms: Int32Array; // sorted term ids
  readonly weights: Float32Array; // unit length
}

/** Builds the articles' profiles. */
export function articleTopics(articles: readonly TopicArticle[], entities: readonly Entity[]): ArticleTopics {
  const termId = new Map<string, number>();
  const idOf = (term: string): number => {
    let id = termId.get(term);
    if (id === undefined) termId.set(term, (id = termId.size));
    return id;
  };
  const named = new Map<string, Map<number, number>>(); // article -> entity term -> mentions
  const states = capitalStates(loadKnowledge()); // "to Brasília" is about Brazil, as "to Brazil" is
  for (const e of entities) {
    if (e.type === 'other') continue;
    const term = idOf(`\u0000${states.get(e.id) ?? e.id}`);
    for (const m of e.mentions) {
      let counts = named.get(m.article);
      if (!counts) named.set(m.article, (counts = new Map()));
      counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  }
  const counted = articles.map((a) => {
    const counts = new Map<number, number>(named.get(a.id) ?? []);
    for (const s of tellingStems(a.text)) {
      const id = idOf(s);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  });
  const df = new Int32Array(termId.size);
  for (const counts of counted) for (const t of counts.keys()) df[t]!++;
  const n = articles.length;
  // Smoothed idf, log(1 + N/df): never 0, so two articles of a corpus of two can still be compared.
  const profiles = counted.map((counts, k): Profile => {
    const weighed = [...counts].map(([t, c]) => [t, (1 + Math.log(c)) * Math.log(1 + n / df[t]!)] as const);
    weighed.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    const kept = weighed.slice(0, TERMS).sort((x, y) => x[0] - y[0]);
    const norm = Math.sqrt(kept.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    return { language: articles[k]!.language, terms: Int32Array.from(kept, ([t]) => t), weights: Float32Array.from(kept, ([, w]) => w / norm) };
  });
  const index = new Map(articles.map((a, k) => [a.id, k]));
  const cosine = (x: Profile, y: Profile): number => {
    let sum = 0;
    for (let i = 0, j = 0; i < x.terms.length && j < y.terms.length;) {
      const [a, b] = [x.terms[i]!, y.terms[j]!];
      if (a === b) sum += x.weights[i++]! * y.weights[j++]!;
      else if (a < b) i++;
      else j++;
    }
    return Math.min(1, sum);
  };
  // A short article (a one-line item, a wire flash) has few terms: its cosine with a long article on its story stays
  // low however much of it the long one holds. For such a pair, the share of the short one's weight (squared, so the
  // shares add up to 1) that the long one's profile holds counts too, discounted.
  const contained = (short: Profile, long: Profile): number => {
    let sum = 0;
    for (let i = 0, j = 0; i < short.terms.length && j < long.terms.length;) {
      const [a, b] = [short.terms[i]!, long.terms[j]!];
      if (a === b) {
        sum += short.weights[i]! * short.weights[i]!;
        i++;
        j++;
      } else if (a < b) i++;
      else j++;
    }
    return sum;
  };
  const alike = (x: Profile, y: Profile): number => {
    const cos = cosine(x, y);
    const [short, long] = x.terms.length <= y.terms.length ? [x, y] : [y, x];
    if (short.terms.length > SHORT_TERMS || long.terms.length <= short.terms.length) return cos;
    return Math.max(cos, SHORT_DISCOUNT * contained(short, long));
  };
  const similarity = (a: string, b: string): number | null => {
    const [i, j] = [index.get(a), index.get(b)];
    if (i === undefined || j === undefined) return null;
    const [x, y] = [profiles[i]!, profiles[j]!];
    if (x.language !== y.language && x.language !== 'und' && y.language !== 'und') return null;
    return alike(x, y);
  };
  const found = new Map<number, (readonly [string, string, number])[]>(); // by `least`: clustering and contradictions ask the same
  const pairs = (least: number): (readonly [string, string, number])[] => {
    let list = found.get(least);
    if (!list) found.set(least, (list = allPairs(least)));
    return list;
  };
  const allPairs = (least: number): (readonly [string, string, number])[] => {
    const cap = leastCommon(n);
    const postings = new Map<number, { articles: number[]; weights: number[] }>();
    profiles.forEach((p, k) => {
      p.terms.forEach((t, at) => {
        if (df[t]! > cap) return;
        let list = postings.get(t);
        if (!list) postings.set(t, (list = { articles: [], weights: [] }));
        list.articles.push(k);
        list.weights.push(p.weights[at]!);
      });
    });
    const found = new Map<string, readonly [string, string, number]>();
    const partial = new Float64Array(n);
    const touched: number[] = [];
    profiles.forEach((p, i) => {
      for (let k = 0; k < p.terms.length; k++) {
        const list = postings.get(p.terms[k]!);
        if (!list) continue;
        for (let at = 0; at < list.articles.length; at++) {
          const j = list.articles[at]!;
          if (j === i) continue;
          if (partial[j] === 0) touched.push(j);
          partial[j] = partial[j]! + p.weights[k]! * list.weights[at]!;
        }
      }
      const partners: [number, number][] = [];
      for (const j of touched) {
        // The common terms left out can only add: a pair far below the bar on its rarer terms is not looked at.
        if (partial[j]! >= least / 2 || p.terms.length <= SHORT_TERMS || profiles[j]!.terms.length <= SHORT_TERMS) {
          const s = similarity(articles[i]!.id, articles[j]!.id);
          if (s !== null && s >= least) partners.push([j, s]);
        }
        partial[j] = 0;
      }
      touched.length = 0;
      partners.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
      for (const [j, s] of partners.slice(0, NEIGHBOURS)) {
        const [a, b] = i < j ? [i, j] : [j, i];
        found.set(`${a} ${b}`, [articles[a]!.id, articles[b]!.id, s]);
      }
    });
    return [...found.values()].sort((x, y) => y[2] - x[2] || x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]));
  };
  return { similarity, pairs };
}

/** Whether two articles are two stories (STORY_GATE), remembered per pair; never, without profiles. */
export function storiesApart(topics: ArticleTopics | undefined): (a: string, b: string) => boolean {
  if (!topics) return () => false;
  const number = new Map<string, number>(); // article -> a small number, for a numeric key per pair
  const numberOf = (a: string): number => {
    let k = number.get(a);
    if (k === undefined) number.set(a, (k = number.size));
    return k;
  };
  const known = new Map<number, boolean>();
  return (a, b) => {
    if (a === b) return false;
    const [x, y] = [numberOf(a), numberOf(b)];
    const key = x < y ? x * 2 ** 26 + y : y * 2 ** 26 + x;
    let apart = known.get(key);
    if (apart === undefined) {
      const alike = topics.similarity(a, b);
      known.set(key, (apart = alike !== null && alike < STORY_GATE));
    }
    return apart;
  };
}
