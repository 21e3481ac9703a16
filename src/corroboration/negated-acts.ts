// A negated act is a denial when someone claims the act: "the president did not adopt the boy" denies the articles
// that say she adopted him; "her fingers did not obey" denies nothing anyone said. The claims stage reads as denials
// only the negations that deny by themselves (claims/denial-lexicon.ts: acts of the general event classes, taking
// place, the speaker's own "we didn't"); this pass finds the others, across articles: a claim whose negated verb is
// asserted by a claim of another article on the same story (topics.ts) becomes a denial, its cue the negation.
import { anyNegatedAct } from '../claims/index.js';
import type { Claim } from '../core/dossier.js';
import { allMatches } from '../core/regex.js';
import { STORY_LEAST } from './cluster-claims.js';
import type { ArticleTopics } from './topics.js';

/** How many of the articles asserting a verb are asked whether they are on the negating article's story. */
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
  // Which articles assert each wanted verb: a claim that is no denial and does not negate it.
  const asserting = new Map<string, Set<string>>();
  claims.forEach((c, k) => {
    if (c.modality === 'denied') return;
    const negated = negations.get(k)?.stem;
    for (const m of allMatches(WORD, c.text)) {
      const stem = verbStem(m[0]);
      if (!wanted.has(stem) || stem === negated) continue;
      let articles = asserting.get(stem);
      if (!articles) asserting.set(stem, (articles = new Set()));
      articles.add(c.article);
    }
  });
  return claims.map((c, k) => {
    const negation = negations.get(k);
    if (!negation) return c;
    let asked = 0;
    for (const other of asserting.get(negation.stem) ?? []) {
      if (other === c.article) continue;
      if (asked++ >= ARTICLES_ASKED) break;
      if ((topics.similarity(c.article, other) ?? 0) < STORY_LEAST) continue;
      const start = c.start + negation.index;
      return { ...c, modality: 'denied', modalityCue: { text: negation.cue, start, end: start + negation.cue.length } };
    }
    return c;
  });
}
