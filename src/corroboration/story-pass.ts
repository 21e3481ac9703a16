// The second pass of claim clustering: claims of two articles on one story (topics.ts) join on fewer telling words
// than claims of unrelated articles need, as cross-document event coreference matches events inside a topic. A
// cluster takes at most one claim of an article this way, and never an article two stories apart from one of its own.
import { CLUSTER_DEFAULTS, otherMonths, telling, totalWeight, type ClaimFeatures, type ClaimGroup } from './cluster-claims.js';
import { STORY_LEAST, storiesApart, type ArticleTopics } from './topics.js';

/**
 * The share of telling words needed falls in a straight line from STORY_SHARE[0] at STORY_LEAST to STORY_SHARE[1] at
 * STORY_CLOSE and stays there: the more alike the articles, the less two of their sentences need to share. Chosen on
 * FNC-1 dev (docs/design.md).
 */
export const STORY_CLOSE = 0.3;
const STORY_SHARE = [0.35, 0.12] as const;

/** How many claims of one article may join claims of another on this ground (the best, each once). */
const STORY_LINKS = 3;

/** The share of telling words two claims of two articles this alike need to be one statement. */
export function storyShare(alike: number): number {
  if (alike >= STORY_CLOSE) return STORY_SHARE[1];
  return STORY_SHARE[0] + ((STORY_SHARE[1] - STORY_SHARE[0]) * (alike - STORY_LEAST)) / (STORY_CLOSE - STORY_LEAST);
}

/** Whether two claims could be one statement, words aside: the same polarity, both a fact or both a possibility,
 *  no two different actions, casts of actors, months or quantities. */
function compatible(a: ClaimFeatures, b: ClaimFeatures): boolean {
  if (a.denied !== b.denied) return false;
  const sameAction = a.actions.some((k) => b.actions.includes(k));
  if (a.actions.length && b.actions.length && !sameAction) return false;
  if (a.irrealis !== b.irrealis && !sameAction) return false;
  if (a.entities.size && b.entities.size && ![...a.entities].some((e) => b.entities.has(e))) return false;
  if (otherMonths(a, b)) return false;
  // Quantities that differ ("12.9-inch", "12-inch") are two statements; with one in common, the others may be details.
  if (a.numbers.size && b.numbers.size && ![...a.numbers].some((n) => b.numbers.has(n))) return false;
  return true;
}

/** A pair of claims of two alike articles that may be one statement: their share of telling words (`told`), how alike
 *  their articles are, and whether they are a verdict on the story and a denial (joined whatever their words). */
interface StoryLink {
  readonly i: number;
  readonly j: number;
  readonly told: number;
  readonly alike: number;
  readonly verdicts?: boolean;
}

/** The links of every pair of alike articles: the best STORY_LINKS of each pair, each claim once, best first. */
function storyLinks(features: readonly ClaimFeatures[], topics: ArticleTopics, idf: ReadonlyMap<string, number>): StoryLink[] {
  const byArticle = new Map<string, number[]>();
  features.forEach((f, i) => {
    const list = byArticle.get(f.article) ?? [];
    list.push(i);
    byArticle.set(f.article, list);
  });
  // Each article's claims by stem (their places in the article's list), built once per article (an article meets up
  // to 40 others).
  const indexes = new Map<string, Map<string, number[]>>();
  const stemIndex = (article: string, claims: readonly number[]): Map<string, number[]> => {
    let index = indexes.get(article);
    if (!index) {
      indexes.set(article, (index = new Map()));
      claims.forEach((j, at) => {
        for (const s of features[j]!.stems) {
          const list = index!.get(s);
          if (list) list.push(at);
          else index!.set(s, [at]);
        }
      });
    }
    return index;
  };
  // The weight one claim shares with each claim of the other article, summed in place: no map per claim.
  let shared = new Float64Array(64);
  const touched: number[] = [];
  const found: StoryLink[] = [];
  for (const [a, b, alike] of topics.pairs(STORY_LEAST)) {
    const [left, right] = [byArticle.get(a), byArticle.get(b)];
    if (!left || !right) continue;
    const need = storyShare(alike);
    const byStem = stemIndex(b, right);
    if (shared.length < right.length) shared = new Float64Array(right.length * 2);
    const pairs: StoryLink[] = [];
    for (const i of left) {
      const fi = features[i]!;
      for (const s of fi.stems) {
        const places = byStem.get(s);
        if (!places) continue;
        // A stem of weight 0 tells nothing: a claim that shares only such stems shares 0 of its weight, under any need.
        const weight = idf.get(s) ?? 0;
        if (weight <= 0) continue;
        for (const at of places) {
          if (shared[at] === 0) touched.push(at);
          shared[at] = shared[at]! + weight;
        }
      }
      for (const at of touched) {
        const [j, weight] = [right[at]!, shared[at]!];
        shared[at] = 0;
        const fj = features[j]!;
        const all = totalWeight(fi, idf) + totalWeight(fj, idf) - weight;
        const told = all > 0 ? weight / all : 0;
        if (told >= need && compatible(fi, fj)) pairs.push({ i, j, told, alike });
      }
      touched.length = 0;
    }
    // A verdict on the whole story, naming nobody ("the story is a hoax", "it was all a lie"), and a denial in an
    // article on the same story ("she is a fraud", "her implant is not a true one") deny the same thing, whatever
    // their words; with actors on both sides (a verdict takes its article's main actors), one in common.
    for (const i of left) {
      const fi = features[i]!;
      if (!fi.denied) continue;
      for (const j of right) {
        const fj = features[j]!;
        if (!fj.denied || !(fi.topical || fj.topical) || pairs.some((p) => p.i === i && p.j === j)) continue;
        if (fi.entities.size && fj.entities.size && ![...fi.entities].some((e) => fj.entities.has(e))) continue;
        pairs.push({ i, j, told: Math.max(need, telling(fi, fj)), alike, verdicts: true });
      }
    }
    pairs.sort((x, y) => y.told - x.told || x.i - y.i || x.j - y.j);
    const used = new Set<number>();
    let taken = 0;
    for (const p of pairs) {
      if (taken >= STORY_LINKS) break;
      if (used.has(p.i) || used.has(p.j)) continue;
      used.add(p.i);
      used.add(p.j);
      found.push(p);
      taken++;
    }
  }
  return found.sort((x, y) => y.told - x.told || x.i - y.i || x.j - y.j);
}

/**
 * Joins the groups of the first pass (clusterClaims) whose claims, in two articles on one story (topics.pairs), share
 * enough telling words for how alike their articles are (storyShare), best pairs first, each claim once per pair of
 * articles; a verdict on the whole story and a denial of an alike article join whatever their words. The groups keep
 * their order; a link is scored like a paraphrase (the default threshold at the share needed, 0.95 when every word is
 * shared) and made only at `threshold` or above. Each joining group's first member says through which link it came.
 */
export function joinWithinStories(groups: readonly ClaimGroup[], features: readonly ClaimFeatures[], topics: ArticleTopics, threshold = CLUSTER_DEFAULTS.threshold): ClaimGroup[] {
  const idf = features.find((f) => f.idf)?.idf;
  if (!idf) return [...groups];
  const index = new Map(features.map((f, i) => [f.id, i]));
  const parent = groups.map((_, g) => g);
  const find = (g: number): number => (parent[g] === g ? g : (parent[g] = find(parent[g]!)));
  const groupOf = new Int32Array(features.length);
  const members = new Map<number, number[]>();
  const reasons = new Map<number, string[]>();
  groups.forEach((group, g) => {
    const list = group.members.map((id) => index.get(id)!);
    for (const i of list) groupOf[i] = g;
    members.set(g, list);
    reasons.set(g, [...group.reasons]);
  });
  const apart = storiesApart(topics);
  const articlesOf = new Map<number, Set<string>>();
  const articles = (root: number): Set<string> => {
    let set = articlesOf.get(root);
    if (!set) articlesOf.set(root, (set = new Set(members.get(root)!.map((k) => features[k]!.article))));
    return set;
  };
  for (const { i, j, told, alike, verdicts } of storyLinks(features, topics, idf)) {
    const [ri, rj] = [find(groupOf[i]!), find(groupOf[j]!)];
    if (ri === rj) continue;
    const need = storyShare(alike);
    const score = Math.round((CLUSTER_DEFAULTS.threshold + (0.95 - CLUSTER_DEFAULTS.threshold) * ((told - need) / (1 - need))) * 1000) / 1000;
    if (score < threshold) continue;
    const [ai, aj] = [articles(ri), articles(rj)];
    const [small, large] = ai.size <= aj.size ? [ai, aj] : [aj, ai];
    if ([...small].some((x) => large.has(x))) continue;
    if ([...small].some((x) => [...large].some((y) => apart(x, y)))) continue;
    const [into, from] = members.get(ri)!.length >= members.get(rj)!.length ? [ri, rj] : [rj, ri];
    const [inside, outside] = ri === into ? [i, j] : [j, i];
    const first = members.get(from)![0]!;
    const through = first === outside ? '' : `, its cluster joining through ${features[outside]!.id}`;
    const what = verdicts ? 'a verdict on the story and a denial' : `telling words ${told.toFixed(2)}`;
    parent[from] = into;
    members.get(into)!.push(...members.get(from)!);
    members.delete(from);
    reasons.set(into, [...reasons.get(into)!, ...reasons.get(from)!, `${features[first]!.id} ~ ${features[inside]!.id} (${score}: articles of one story, ${alike.toFixed(2)} alike, ${what}${through})`]);
    reasons.delete(from);
    for (const x of small) large.add(x);
    articlesOf.set(into, large);
    articlesOf.delete(from);
  }
  return [...members.entries()].map(([g, list]) => ({ members: list.map((k) => features[k]!.id), reasons: reasons.get(g)! }));
}
