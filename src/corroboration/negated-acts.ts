// A negated act is a denial when someone claims the act: "the president did not adopt the boy" denies the articles
// that say she adopted him; "her fingers did not obey" denies nothing anyone said. The claims stage reads as denials
// only the negations that deny by themselves (claims/denial-lexicon.ts: acts of the general event classes, taking
// place, the speaker's own "we didn't"); this pass finds the others, across articles: a claim whose negated verb is
// asserted by a claim of another article on the same story (topics.ts), with another word in common, becomes a
// denial, its cue the negation.
import { anyNegatedAct } from '../claims/index.js';
import type { Claim } from '../core/dossier.js';
import { allMatches } from '../core/regex.js';
import { STORY_LEAST, stopWords, type ArticleTopics } from './topics.js';

/** How many of the claims asserting a verb are asked whether they are on the negating article's story. */
const ARTICLES_ASKED = 64;

const WORD = /\p{L}{3,}/gu;

// French endings taken off, longest first: participles, infinitives, some present and imperfect forms.
const FRENCH_ENDINGS = ['aient', 'ées', 'ait', 'ent', 'és', 'ée', 'er', 'ez', 'it', 'is', 'ie', 'ue', 'us', 'é', 'u', 's', 'e'];

/**
 * A crude stem of a verb form, the same for its inflections: English "adopted", "adopts", "adopting" -> "adopt",
 * "supplied" -> "supply", "saved" and "save" -> "sav"; French "livré", "livrer", "livrait" -> "livr". Irregular forms
 * ("bought") are left apart. At most six letters.
 */
export function verbStem(word: string, language = 'en'): string {
  let w = word.toLocaleLowerCase('fr');
  if (language === 'fr') {
    const end = FRENCH_ENDINGS.find((e) => w.length - e.length >= 3 && w.endsWith(e));
    return (end ? w.slice(0, w.length - end.length) : w).slice(0, 6);
  }
  if (w.length > 4 && /ie[sd]$/.test(w)) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && /(?:ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ll|ss|ff|zz)$/.test(w)) w = w.slice(0, -1); // "shipped" -> "ship"
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1); // "save", "saved" -> "sav"
  return w.slice(0, 6);
}

// A negation a negated act needs: a cheap first test before the patterns.
const NEGATION = /\b(?:not|never|no)\b|n['’]t\b|\bn['’]|\bne\b|\bpas\b|\bjamais\b/iu;

/** The claims, with a negated act made a denial where another article of its story asserts the act. */
export function denialsByContrast(claims: readonly Claim[], topics: ArticleTopics, languageOf: (article: string) => string = () => 'en'): Claim[] {
  const negations = new Map<number, { cue: string; index: number; stem: string }>();
  claims.forEach((c, k) => {
    if (c.modality === 'denied' || !NEGATION.test(c.text)) return;
    const act = anyNegatedAct(c.text, c.attribution !== null);
    if (act) negations.set(k, { cue: act.cue, index: act.index, stem: verbStem(act.verb, languageOf(c.article)) });
  });
  if (negations.size === 0) return [...claims];
  const wanted = new Set([...negations.values()].map((n) => n.stem));
  // The claims that assert each wanted verb (no denial, and not negating it), with their words' stems.
  const stemsOf = (c: Claim): Set<string> => {
    const language = languageOf(c.article);
    return new Set([...allMatches(WORD, c.text)].map((m) => verbStem(m[0], language)).filter((w) => !stopWords().has(w)));
  };
  const asserting = new Map<string, { article: string; stems: Set<string> }[]>();
  claims.forEach((c, k) => {
    if (c.modality === 'denied') return;
    const negated = negations.get(k)?.stem;
    const stems = stemsOf(c);
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
      own ??= stemsOf(c);
      if (![...own].some((w) => w !== negation.stem && other.stems.has(w))) continue;
      const start = c.start + negation.index;
      return { ...c, modality: 'denied', modalityCue: { text: negation.cue, start, end: start + negation.cue.length } };
    }
    return c;
  });
}
