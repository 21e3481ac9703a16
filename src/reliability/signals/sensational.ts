// sensational: loaded, alarmist and opinionated wording. Several cues that generalise across articles are combined by
// a hand-set formula (no weight was fitted to data):
//
//   z = 0.5 × lexicon     weighted terms of data/lexicon/sensational.json per 100 words (loaded words, intensifiers,
//                         hyperbole, fear appeals, name-calling, outrage, conspiracy framing, calls to action);
//                         a term repeated n times counts weight × √n, so one topic word cannot carry an article
//     + 3.0 × paragraphs  share of the body's paragraphs holding at least one lexicon term: how much of the article
//                         is loaded, not only how loaded its worst paragraph is
//     + 0.2 × address     first and second person ("nous", "vous", "we", "you", "I") outside quotations per 100 words:
//                         opinion addresses the reader, reporting keeps the writer out
//     + 0.75 × questions  question marks outside quotations per 100 words (rhetorical questions)
//     + 2.0 × exclaim     exclamation marks per 100 words
//     + 0.5 × superl      superlatives ("le plus", "la pire", "the most", "the biggest") per 100 words
//     + 1.0 × shouting    runs of two or more words in capitals in the body, per 100 words
//     + headline          0.75 when the headline has "!" or "?", plus 1.5 × its share of words in capitals
//     − 2.0 × attributed  share of the article's claims that name a source (reporting attributes; opinion asserts)
//
//   score = 1 − exp(−max(0, z) / 3)       flag at 0.5, that is z ≥ 2.1
//
// Rates per 100 words are taken over (words + 50), which damps very short texts. The weights were set by reasoning
// about how often each cue appears in opinion and in wire copy, then checked (not fitted) on training data: the
// lexicon, paragraph, address and question weights were halved or doubled once each, nothing finer. Scare quotes
// (one to three words in quotation marks) were tried and left out: wire copy quotes short official phrases as often
// as opinion mocks a word.
import { termMatcher, type Category, type TermHit } from '../sensational-lexicon.js';
import { clampScore, spanOf, type SignalContext } from '../context.js';
import type { Claim } from '../../core/dossier.js';
import type { Article, Signal } from '../../core/types.js';

/** Score at which the flag is raised. */
const FLAG_AT = 0.5;
/** z at which the score reaches about 0.63 (1 − 1/e). */
const SCALE = 3;
/** Words added to the length of every text before taking rates: a short text needs more evidence. */
const SMOOTH_WORDS = 50;
export const WEIGHTS = {
  lexicon: 0.5,
  paragraphs: 3.0,
  address: 0.2,
  questions: 0.75,
  exclamations: 2.0,
  superlatives: 0.5,
  shouting: 1.0,
  headlinePunct: 0.75,
  headlineCaps: 1.5,
  attributed: 2.0,
} as const;

/** The raw cues of one article, before weighting. */
export interface SensationalFeatures {
  readonly words: number;
  /** Weighted lexicon terms (each distinct term: weight × √count). */
  readonly lexiconWeight: number;
  readonly lexiconHits: readonly TermHit[];
  readonly address: readonly Span[];
  readonly questions: readonly Span[];
  readonly exclamations: readonly Span[];
  /** Share of paragraphs (blocks between blank lines or line breaks) holding at least one lexicon term. */
  readonly loadedParagraphs: number;
  readonly superlatives: readonly Span[];
  readonly shouting: readonly Span[];
  readonly headlinePunct: boolean;
  readonly headlineCapsShare: number;
  /** Claims naming a source, over all claims (0 when fewer than 3 claims). */
  readonly attributedShare: number;
}
interface Span {
  readonly start: number;
  readonly end: number;
}

const WORD = /\p{L}+/gu;
const LETTER = /\p{L}/u;
const QUOTES = /«[^«»]{1,600}»|“[^“”]{1,600}”|"[^"\n]{1,600}"/gu;
const ADDRESS: Record<string, RegExp> = {
  fr: /(?<![\p{L}\p{N}])(?:nous|vous|notre|nos|votre|vos|je|j['’]|moi|mon|ma|mes)(?![\p{L}\p{N}])/giu,
  en: /(?<![\p{L}\p{N}])(?:we|our|ours|ourselves|you|your|yours|yourself|yourselves|I|me|my|myself|us)(?![\p{L}\p{N}'’])/giu,
};
const SUPERLATIVE: Record<string, RegExp> = {
  fr: /(?<![\p{L}\p{N}])(?:(?:le|la|les|du|des)\s+(?:plus|moins)\s+\p{L}{3,}|(?:le|la|les)\s+pires?|(?:le|la|les)\s+meilleur(?:e|s|es)?)(?![\p{L}\p{N}])/giu,
  en: /(?<![\p{L}\p{N}])(?:the\s+(?:most|least)\s+\p{L}{3,}|the\s+(?!(?:latest|last|west|rest|interest|forest|contest|protest|request|harvest|honest|modest|manifest|earnest|priest|guest|nest|test|chest|pest|quest|vest|arrest|breast|conquest|suggest|inquest|unrest|northwest|southwest|midwest)\b)\p{L}{2,}est|(?:the\s+)?(?:worst|best)\s+(?:ever|of\s+all))(?![\p{L}\p{N}])/giu,
};
/** Two or more words in capitals in a row ("C'EST UNE HONTE"); acronyms rarely come in pairs. */
const SHOUT = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:['’\s]+\p{Lu}{2,}){1,}(?![\p{L}\p{N}])/gu;

const per100 = (n: number, words: number): number => (100 * n) / (words + SMOOTH_WORDS);

/** The spans of `re` in `text` that `keep` accepts. */
function spans(re: RegExp, text: string, keep: (s: number, e: number) => boolean = () => true): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (keep(m.index, m.index + m[0].length)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** The sentence around position `at` (for the evidence of a question or an exclamation), at most 160 characters. */
function sentenceAround(text: string, at: number): Span {
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!) && at - start < 160) start--;
  while (start < at && /\s/.test(text[start]!)) start++;
  return { start, end: at + 1 };
}

/** The cues `sensational` weighs (exported for tests and tuning scripts). */
export function sensationalFeatures(article: Pick<Article, 'text' | 'bodyStart' | 'language'>, claims: readonly Pick<Claim, 'attribution'>[] = []): SensationalFeatures {
  const { text, language } = article;
  const words = text.match(WORD)?.length ?? 0;
  const lang = language === 'en' ? 'en' : 'fr';

  // Quotations: first person there is the speaker's, not the writer's.
  const quoted = new Uint8Array(text.length + 1);
  const quotes = spans(QUOTES, text);
  for (const q of quotes) quoted.fill(1, q.start, q.end);
  const outside = (s: number) => quoted[s] === 0;
  const addressOutside = (s: number, e: number) => outside(s) && text.slice(s, e) !== 'US'; // not the United States

  const lexiconHits = termMatcher(language).find(text);
  const counts = new Map<string, { weight: number; n: number }>();
  for (const h of lexiconHits) {
    const key = `${h.term.lang}:${h.term.term}`;
    const c = counts.get(key) ?? { weight: h.term.weight, n: 0 };
    c.n++;
    counts.set(key, c);
  }
  let lexiconWeight = 0;
  for (const c of counts.values()) lexiconWeight += c.weight * Math.sqrt(c.n);

  const address = language === 'fr' || language === 'en' ? spans(ADDRESS[lang]!, text, addressOutside) : [...spans(ADDRESS.fr!, text, addressOutside), ...spans(ADDRESS.en!, text, addressOutside)];
  const body = article.bodyStart;
  const marks = (ch: string, keepQuoted: boolean): Span[] => {
    const out: Span[] = [];
    for (let i = text.indexOf(ch, body); i >= 0; i = text.indexOf(ch, i + 1)) if (keepQuoted || outside(i)) out.push(sentenceAround(text, i));
    return out;
  };
  const questions = marks('?', false);
  const exclamations = marks('!', true);
  // A paragraph is loaded when it holds at least one lexicon term (the share is closer to "how much of the article is
  // loaded" than the density, which one ranting paragraph can carry).
  // Lines are read one by one: a regex for "a line with a letter" retried at every position of a line without one
  // was quadratic in the line's length.
  let paragraphs = 0;
  let loadedParagraphs = 0;
  let h = 0;
  for (let start = article.bodyStart; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (LETTER.test(text.slice(start, end))) {
      paragraphs++;
      while (h < lexiconHits.length && lexiconHits[h]!.end <= start) h++;
      if (h < lexiconHits.length && lexiconHits[h]!.start < end) loadedParagraphs++;
    }
    start = end + 1;
  }
  const superlatives = language === 'fr' || language === 'en' ? spans(SUPERLATIVE[lang]!, text) : [];
  const shouting = spans(SHOUT, text, (s) => s >= body);

  const headline = text.slice(0, body);
  const headlineWords = headline.match(WORD) ?? [];
  const capsWords = headlineWords.filter((w) => w.length >= 4 && w === w.toUpperCase() && w !== w.toLowerCase()).length;
  const headlineCapsShare = headlineWords.length ? capsWords / headlineWords.length : 0;
  const attributed = claims.filter((c) => c.attribution !== null).length;

  return {
    words,
    lexiconWeight,
    lexiconHits,
    address,
    questions,
    exclamations,
    loadedParagraphs: paragraphs ? loadedParagraphs / paragraphs : 0,
    superlatives,
    shouting,
    headlinePunct: /[!?]/.test(headline),
    headlineCapsShare,
    attributedShare: claims.length >= 3 ? attributed / claims.length : 0,
  };
}

/** Each cue's contribution to z, by name. */
export function contributions(f: SensationalFeatures): Record<string, number> {
  const r = (xs: readonly unknown[]) => per100(xs.length, f.words);
  return {
    lexicon: WEIGHTS.lexicon * per100(f.lexiconWeight, f.words),
    address: WEIGHTS.address * r(f.address),
    questions: WEIGHTS.questions * r(f.questions),
    exclamations: WEIGHTS.exclamations * r(f.exclamations),
    paragraphs: WEIGHTS.paragraphs * f.loadedParagraphs,
    superlatives: WEIGHTS.superlatives * r(f.superlatives),
    shouting: WEIGHTS.shouting * r(f.shouting),
    headline: (f.headlinePunct ? WEIGHTS.headlinePunct : 0) + WEIGHTS.headlineCaps * f.headlineCapsShare,
    attributed: -WEIGHTS.attributed * f.attributedShare,
  };
}

const CATEGORY_NAMES: Record<Category, string> = {
  loaded: 'loaded words',
  intensifier: 'intensifiers',
  hyperbole: 'exaggeration',
  fear: 'appeals to fear',
  insult: 'name-calling',
  outrage: 'moral outrage',
  conspiracy: 'conspiracy framing',
  action: 'calls to action',
};

/** Scores loaded and alarmist wording; evidence is the strongest terms and cues found (at most 12 spans). */
export function sensational({ article, claims }: SignalContext): Signal {
  const f = sensationalFeatures(article, claims);
  const parts = contributions(f);
  const z = Object.values(parts).reduce((a, b) => a + b, 0);
  const score = clampScore(1 - Math.exp(-Math.max(0, z) / SCALE));

  // Evidence: the heaviest terms first, then one or two of each other cue, at most 12, in text order, no overlap.
  const picked: Span[] = [];
  const add = (s: Span) => {
    if (picked.length < 12 && s.end > s.start && !picked.some((p) => s.start < p.end && s.end > p.start)) picked.push(s);
  };
  const heavy = [...f.lexiconHits].sort((a, b) => b.term.weight - a.term.weight || a.start - b.start);
  for (const h of heavy.slice(0, 8)) add(h);
  for (const list of [f.questions, f.exclamations, f.shouting, f.superlatives]) for (const s of list.slice(0, 2)) add(s);
  for (const h of heavy.slice(8)) add(h);
  picked.sort((a, b) => a.start - b.start);

  return {
    name: 'sensational',
    score,
    flag: score >= FLAG_AT,
    explanation: explain(f, parts),
    evidence: picked.map((s) => spanOf(article, s.start, s.end)),
  };
}

/** One sentence naming the main reasons, strongest first. */
function explain(f: SensationalFeatures, parts: Record<string, number>): string {
  const reasons: [number, string][] = [];
  if (f.lexiconHits.length) {
    const byCat = new Map<Category, number>();
    for (const h of f.lexiconHits) byCat.set(h.term.category, (byCat.get(h.term.category) ?? 0) + h.term.weight);
    const cats = [...byCat].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([c]) => CATEGORY_NAMES[c]);
    const n = f.lexiconHits.length;
    reasons.push([parts.lexicon!, `${n} loaded or alarmist term${n > 1 ? 's' : ''} (${per100(f.lexiconWeight, f.words).toFixed(1)} weighted per 100 words, mostly ${cats.join(', ')})`]);
  }
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n > 1 ? many : one}`;
  if (f.address.length) reasons.push([parts.address!, `${count(f.address.length, 'first- or second-person word')} outside quotations`]);
  if (f.questions.length) reasons.push([parts.questions!, count(f.questions.length, 'question')]);
  if (f.exclamations.length) reasons.push([parts.exclamations!, count(f.exclamations.length, 'exclamation mark')]);
  if (f.superlatives.length) reasons.push([parts.superlatives!, count(f.superlatives.length, 'superlative')]);
  if (f.shouting.length) reasons.push([parts.shouting!, count(f.shouting.length, 'run of capitals', 'runs of capitals')]);
  if (f.headlinePunct) reasons.push([WEIGHTS.headlinePunct, 'an exclamation or a question in the headline']);
  if (f.headlineCapsShare) reasons.push([WEIGHTS.headlineCaps * f.headlineCapsShare, 'capitals in the headline']);
  const main = reasons.filter(([w]) => w >= 0.1).sort((a, b) => b[0] - a[0]).slice(0, 3).map(([, s]) => s);
  const attributed = f.attributedShare > 0 ? `; ${Math.round(f.attributedShare * 100)} % of claims name a source, which lowers the score` : '';
  if (!main.length) return `No loaded or alarmist wording, rhetorical questions or direct address to the reader stand out${attributed}.`;
  const list = main.length > 1 ? `${main.slice(0, -1).join('; ')} and ${main[main.length - 1]}` : main[0]!;
  return `${list[0]!.toUpperCase()}${list.slice(1)}${attributed}.`;
}
