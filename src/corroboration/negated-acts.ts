// A negated act is a denial when someone claims the act: "the president did not adopt the boy" denies the articles
// that say she adopted him; "her fingers did not obey" denies nothing anyone said. The claims stage reads as denials
// only the negations that deny by themselves (claims/denial-lexicon.ts: acts of the general event classes, taking
// place, the speaker's own "we didn't"); this pass finds the others, across articles: a claim whose negated verb is
// asserted by a claim of another article on the same story (topics.ts), with another word in common, becomes a
// denial, its cue the negation.
import { anyNegatedAct } from '../claims/index.js';
import type { Claim } from '../core/dossier.js';
import { allMatches } from '../core/regex.js';
import { STORY_LEAST } from './cluster-claims.js';
import { stopWords, type ArticleTopics } from './topics.js';

/** How many of the claims asserting a verb are asked whether they are on the negating article's story. */
const ARTICLES_ASKED = 64;

const WORD = /\p{L}{3,}/gu;

/** A crude stem of a verb form, French or English: "adopted", "adopts", "adopting" -> "adopt"; "livré", "livrer" -> "livr". */
export function verbStem(word: string): string {
  const w = word.toLocaleLowerCase('fr');
  const cut = w.replace(/(?:ing|ied|ies|ed|es|s|e|d|ées|és|ée|é|er|ez|ent|ait|aient|it|is|ie|ies|u|ue|us)$/u, '');
  return (cut.length >= 3 ? cut : w).slice(0, 6);
}

/** The claims, with a negated act made a denial where another article of its story asserts the act. */
export function denialsByContrast(claims: readonly Claim[], topics: ArticleTopics): Claim[] {
  const negations = new Map<number, { cue: string; index: number; stem: string }>();
  claims.forEach((c, k) => {
    if (c.modality === 'denied') return;
    const act = anyNegatedAct(c.text, c.attribution !== null);
    if (act) negations.set(k, { cue: act.cue, index: act.index, stem: verbStem(act.verb) });
  });
  if (negations.size === 0) return [...claims];
  const wanted = new Set([...negations.values()].map((n) => n.stem));
  // The claims that assert each wanted verb (no denial, and not negating it), with their words' stems.
  const stemsOf = (text: string): Set<string> => new Set([...allMatches(WORD, text)].map((m) => verbStem(m[0])).filter((w) => !stopWords().has(w)));
  const asserting = new Map<string, { article: string; stems: Set<string> }[]>();
  claims.forEach((c, k) => {
    if (c.modality === 'denied') return;
    const negated = negations.get(k)?.stem;
    const stems = stemsOf(c.text);
    for (const stem of stems) {
      if (!wanted.has(stem) || stem === negated) continue;
      let list = asserting.get(stem);
      if (!list) asserting.set(stem, (list = []));
      list.push({ article: c.article, stems });
    }
  });
  return claims.map((c, k) => {
    const negation = negations.get(k);
    if (!negation) return c;
    let asked = 0;
    let own: Set<string> | null = null;
    for (const other of asserting.get(negation.stem) ?? []) {
      if (other.article === c.article) continue;
      if (asked++ >= ARTICLES_ASKED) break;
      if ((topics.similarity(c.article, other.article) ?? 0) < STORY_LEAST) continue;
      // The act and something it bears on: "did not adopt the boy" / "adopted the boy as her godson"; the verb alone
      // ("did not take the news in stride" / "took her to hospital") is another act.
      own ??= stemsOf(c.text);
      if (![...own].some((w) => w !== negation.stem && other.stems.has(w))) continue;
      const start = c.start + negation.index;
      return { ...c, modality: 'denied', modalityCue: { text: negation.cue, start, end: start + negation.cue.length } };
    }
    return c;
  });
}
