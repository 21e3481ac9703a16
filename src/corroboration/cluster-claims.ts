// The same statement in different articles, grouped. Candidates come from blocks (a pair of actors, or one actor,
// with an action or object class), never from all pairs; inside a block a claim meets only the clusters already
// there, through a few of their members. Every link keeps the reason it was made.
import type { Claim, Entity } from '../core/dossier.js';
import { insideOf } from './by-position.js';
import { actionClasses, classesIn, objectClasses } from '../claims/event-classes.js';
import { storiesApart, type ArticleTopics } from './topics.js';
import { denialCues } from '../claims/denial-lexicon.js';
import { en } from '../language/dates/locales/en.js';
import { fr } from '../language/dates/locales/fr.js';
import { allMatches } from '../core/regex.js';
import { capitalStates, loadKnowledge } from '../language/index.js';
import { conceptsIn } from './concepts.js';

/** Thresholds of claim clustering. */
export interface ClusterOptions {
  /** Least similarity (0..1) to put two claims in one cluster. */
  readonly threshold?: number;
  /** How many members of a cluster a new claim is compared with. */
  readonly probesPerCluster?: number;
  /** How many clusters of one block a new claim is compared with. */
  readonly clustersPerBlock?: number;
}

/** Default thresholds, documented in docs/design.md. */
export const CLUSTER_DEFAULTS: Required<ClusterOptions> = { threshold: 0.6, probesPerCluster: 3, clustersPerBlock: 40 };

/** How far below the threshold a denial may be and still join (denials are short: who denies is most of what they say). */
export const DENIAL_SLACK = 0.1;

/** How far below the threshold a claim may be from a cluster's first member and still join it through another. */
const ANCHOR_SLACK = 0.15;

/**
 * Least share of telling words (stems weighted by inverse document frequency over the corpus's claims) for two claims
 * with actors in common to be one statement in other words, whatever their action class. Chosen on development
 * figures (docs/design.md): on FNC-1 dev, article pairs of two different stories that share an actor reach 0.25 0.2%
 * of the time and 0.2 about 0.5%; 0.2 linked more pairs of one story (same_claim_linked 0.39 -> 0.48) and kept the
 * share of linked article pairs that belong to one story (0.966 -> 0.970).
 */
const PARAPHRASE_SHARE = 0.2;

/** Least share of telling words for an action class in common to count when the two claims share one actor only. */
const CLASS_WITH_ONE_ACTOR = 0.15;

/** The same with two actors or more in common: two stories about the same pair of actors (two hostages, two deals). */
const CLASS_WITH_ACTORS = 0.05;

/** What one actor in common (rather than two or more) adds to the share of telling words a paraphrase needs. */
const ONE_ACTOR_MORE = 0.05;

/** What clustering compares of a claim. */
export interface ClaimFeatures {
  readonly id: string;
  readonly article: string;
  readonly denied: boolean;
  readonly entities: ReadonlySet<string>;
  readonly actions: readonly string[];
  readonly objects: readonly string[];
  readonly stems: ReadonlySet<string>;
  readonly numbers: ReadonlySet<string>;
  /** Its article's language, when known: a claim is anchored to a cluster by its first member of the same language. */
  readonly lang?: string;
  /** In a corpus of several languages, the concepts of its words (data/lexicon/concepts.json): claims of two
   *  languages compare these instead of their words. */
  readonly concepts?: ReadonlySet<string>;
  /** How telling each concept is in this corpus (inverse document frequency over the claims); shared. */
  readonly conceptIdf?: ReadonlyMap<string, number>;
  /** The months the claim names (1..12): "released in April" and "released in March" are two statements. */
  readonly months?: ReadonlySet<number>;
  /** The text folded (case, accents, spacing, punctuation): the same sentence in a copy has the same one. */
  readonly folded: string;
  /** Speaks of a possibility, an attempt or an intention rather than of something done. */
  readonly irrealis: boolean;
  /** For a denial, the entity that denies (its source), when known. */
  readonly denier?: string | null;
  /** A denial that judges and names nobody, given its article's main actors: a verdict on the whole story ("it was a
   *  hoax"); not a negated act naming nobody ("was never discussed"). */
  readonly topical?: boolean;
  /** How much each actor weighs in this corpus (1 for one named in every claim, more for rarer ones); shared. */
  readonly actorWeight?: ReadonlyMap<string, number>;
  /** How telling each stem is in this corpus (inverse document frequency over the claims); shared by all features. */
  readonly idf?: ReadonlyMap<string, number>;
}

/** A group of claims and why they were put together. */
export interface ClaimGroup {
  readonly members: string[];
  readonly reasons: string[];
}

// "la possibilité de recevoir", "tenter de", "pourrait", "plans to": what may happen, not what happened. Word edges
// are Unicode-aware ("\b" is ASCII-only: "possibilité " or "cherche à " would never end a word).
const IRREALIS = /(?<![\p{L}\p{N}])(possibilités?|possible|tenter|tente|tentent|pourrait|pourraient|permettra|permettrait|envisag\p{L}*|chercher? à|cherche à|projet de|compte|plans? to|could|might|would|possibility|attempt\p{L}*|trying to|try to|seeks? to|intends? to)(?![\p{L}\p{N}])/u;

const STOP = new Set('les des une dans pour avec sans sur par que qui est sont été aux du de la le et ou en au a il elle ils elles ce cette ses son leur leurs the and for with from that this are was were has have had its their into than been not'.split(' '));

/** The set every feature with nothing in a field shares (never changed: features are read-only). */
const EMPTY: ReadonlySet<never> = new Set<never>();

/** Computes the features of claims, with the entity mentions inside each claim (its own source left out). */
export function claimFeatures(claims: readonly Claim[], entities: readonly Entity[], languageOf?: (article: string) => string): ClaimFeatures[] {
  const byArticle = new Map<string, { start: number; end: number; entity: string }[]>();
  // As an actor, a capital is its state, wherever it stands ("shipped UAVs to Moscow", "Russia received drones").
  const states = capitalStates(loadKnowledge());
  for (const e of entities) {
    if (e.type === 'other') continue;
    for (const m of e.mentions) {
      const list = byArticle.get(m.article) ?? [];
      list.push({ start: m.start, end: m.end, entity: e.id });
      byArticle.set(m.article, list);
    }
  }
  const within = new Map([...byArticle].map(([article, list]) => [article, insideOf(list)]));
  const topics = new Map<string, string[]>(); // article -> its main actors, computed when a denial needs them
  const mainActors = (article: string): string[] => {
    let found = topics.get(article);
    if (!found) topics.set(article, (found = mainActorsOf(byArticle.get(article) ?? [])));
    return found;
  };
  // Filled once every claim is read (they weigh stems and actors over the corpus); every feature shares them.
  const idf = new Map<string, number>();
  const actorWeight = new Map<string, number>();
  // Concepts only where two languages meet: a corpus in one language compares words alone.
  const multilingual = languageOf !== undefined && new Set(claims.map((c) => languageOf(c.article))).size > 1;
  const conceptIdf = new Map<string, number>();
  // Memory: one copy of each stem for the whole corpus, and one shared empty set (most claims name no number, no
  // month): at 64,000 claims the features held 117 MB, a set per empty field and a string per stem of each claim.
  const interned = new Map<string, string>();
  const intern = (w: string): string => {
    const known = interned.get(w);
    if (known !== undefined) return known;
    interned.set(w, w);
    return w;
  };
  const setOf = <T>(items: readonly T[]): ReadonlySet<T> => (items.length ? new Set(items) : (EMPTY as ReadonlySet<T>));
  const features = claims.map((c): ClaimFeatures => {
    // "X said that Y": X is not what the claim is about; but in "X denies Y", the denier is.
    const source = c.modality === 'denied' ? undefined : c.attribution?.source.entity;
    let inside: { entity: string }[] = (within.get(c.article)?.(c.start, c.end) ?? []).filter((m) => m.entity !== source);
    // A verdict that names nobody ("the whole story was a hoax") denies what its article is about: its main actors.
    const topical = c.modality === 'denied' && inside.length === 0 && !c.attribution?.source.entity && isVerdict(c);
    if (topical) inside = mainActors(c.article).map((entity) => ({ entity }));
    const lowered = c.text.toLocaleLowerCase('fr').replace(/[’']/g, ' ');
    // Who says it is not what is said: the source's name and the reporting verb are left out of the words.
    const said = c.attribution ? `${c.attribution.source.name} ${c.attribution.cue}`.toLocaleLowerCase('fr').replace(/[’']/g, ' ').match(/\p{L}{3,}/gu) ?? [] : [];
    const frame = new Set(said);
    const words = (lowered.match(/\p{L}{3,}/gu) ?? []).filter((w) => !frame.has(w));
    return {
      id: c.id,
      article: c.article,
      ...(languageOf ? { lang: languageOf(c.article) } : {}),
      // "China had never supplied weapons", even unattributed, is a denial (claims/denial-lexicon.ts: negated acts).
      denied: c.modality === 'denied',
      entities: setOf(inside.map((m) => states.get(m.entity) ?? m.entity)),
      actions: classesIn(lowered, actionClasses()),
      objects: classesIn(lowered, objectClasses()),
      stems: setOf(words.filter((w) => !STOP.has(w)).map((w) => intern(w.slice(0, 6)))),
      numbers: setOf(lowered.match(/(?<![\p{L}\d])\d+(?:[.,]\d+)?(?![\p{L}\d])/gu) ?? []),
      months: monthsIn(c.text),
      irrealis: IRREALIS.test(lowered),
      denier: c.modality === 'denied' ? (c.attribution?.source.entity ?? null) : null,
      ...(topical ? { topical } : {}),
      folded: lowered.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\d]+/gu, ' ').trim(),
      idf,
      actorWeight,
      ...(multilingual ? { concepts: conceptsIn(words), conceptIdf } : {}),
    };
  });
  // A stem in many claims (a verb of saying, the story's main actor's title) tells little; a rare one tells much.
  // Smoothed, log(1 + N/df): never 0, even in a corpus of two claims.
  for (const f of features) for (const s of f.stems) idf.set(s, (idf.get(s) ?? 0) + 1);
  for (const [s, n] of idf) idf.set(s, Math.log(1 + features.length / n));
  for (const f of features) for (const s of f.concepts ?? []) conceptIdf.set(s, (conceptIdf.get(s) ?? 0) + 1);
  for (const [s, n] of conceptIdf) conceptIdf.set(s, Math.log(1 + features.length / n));
  // Actors too: one named in most claims (the war's two countries, the group in every story) weighs less than one
  // named in few. Softened (1 + log), so a claim about the common actors alone still matches another about them.
  for (const f of features) for (const e of f.entities) actorWeight.set(e, (actorWeight.get(e) ?? 0) + 1);
  for (const [e, n] of actorWeight) actorWeight.set(e, 1 + Math.max(0, Math.log(features.length / (1 + n))));
  for (const f of features) totalWeight(f, idf);
  return features;
}

// Month names as the date finder knows them (language/dates/locales), whole names only: English ones capitalised
// ("may" and "march" are verbs), French ones in lower case ("Mars" is the planet).
let monthPattern: { names: Map<string, number>; pattern: RegExp } | null = null;
function monthsIn(text: string): ReadonlySet<number> {
  if (!monthPattern) {
    const names = new Map<string, number>();
    for (const [name, month] of Object.entries(en.months)) if (!name.includes('.')) names.set(name[0]!.toUpperCase() + name.slice(1), month);
    for (const [name, month] of Object.entries(fr.months)) if (!name.includes('.')) names.set(name, month);
    monthPattern = { names, pattern: new RegExp(`(?<!\\p{L})(?:${[...names.keys()].join('|')})(?!\\p{L})`, 'gu') };
  }
  const found: number[] = [];
  for (const m of allMatches(monthPattern.pattern, text)) found.push(monthPattern.names.get(m[0])!);
  return found.length ? new Set(found) : (EMPTY as ReadonlySet<number>);
}

/** Whether two claims name months and none in common: two times, two statements. */
export function otherMonths(a: ClaimFeatures, b: ClaimFeatures): boolean {
  if (!a.months?.size || !b.months?.size) return false;
  for (const m of a.months) if (b.months.has(m)) return false;
  return true;
}

/** Whether a denial's cue judges a statement (a verdict of falsity, "is a hoax", "not true", or a verb of denying,
 *  "denied"), not a negated act: only such a denial, naming nobody, is a verdict on the whole story. */
function isVerdict(c: Claim): boolean {
  const cue = c.modalityCue?.text;
  return !!cue && denialCues().negatedAct(cue, { anyVerb: true }) === null;
}

/** How many actors an article's topic holds, and how often the least of them must be named. */
const TOPIC_ACTORS = 2;
const TOPIC_LEAST_MENTIONS = 3;

/** An article's main actors: its most named entities (at least TOPIC_LEAST_MENTIONS times each), most named first. */
function mainActorsOf(mentions: readonly { entity: string }[]): string[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= TOPIC_LEAST_MENTIONS)
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, TOPIC_ACTORS)
    .map(([entity]) => entity);
}

// Shared actors over the larger set, each actor weighed by how rarely the corpus names it; for denials, over the
// smaller set (who denies is most of what a denial says).
function actorShare(a: ClaimFeatures, b: ClaimFeatures, shared: readonly string[]): number {
  const weights = a.actorWeight ?? b.actorWeight;
  const w = (e: string): number => weights?.get(e) ?? 1;
  const sum = (set: Iterable<string>): number => {
    let total = 0;
    for (const e of set) total += w(e);
    return total;
  };
  const [wa, wb] = [sum(a.entities), sum(b.entities)];
  return sum(shared) / (a.denied ? Math.min(wa, wb) : Math.max(wa, wb));
}

/** The weighted share of words two claims have in common: the idf of the shared stems over that of all their stems. */
export function telling(a: ClaimFeatures, b: ClaimFeatures): number {
  return overlap(a, b).telling;
}

/** The words two claims share: as a plain share (Jaccard) and weighted by idf; one pass, nothing allocated. Claims
 *  of two languages share concepts instead ("fourni" / "supplied"). */
function overlap(a: ClaimFeatures, b: ClaimFeatures): { plain: number; telling: number } {
  if (a.lang !== b.lang && a.concepts && b.concepts) return shareOf(a.concepts, b.concepts, a.conceptIdf ?? b.conceptIdf, conceptTotals);
  return shareOf(a.stems, b.stems, a.idf ?? b.idf, totals);
}

function shareOf(x: ReadonlySet<string>, y: ReadonlySet<string>, idf: ReadonlyMap<string, number> | undefined, cache: WeakMap<ReadonlySet<string>, number>): { plain: number; telling: number } {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let count = 0;
  let weight = 0;
  for (const s of small) {
    if (!large.has(s)) continue;
    count++;
    if (idf) weight += idf.get(s) ?? 0;
  }
  const union = x.size + y.size - count;
  const all = idf ? weightOf(x, idf, cache) + weightOf(y, idf, cache) - weight : 0;
  return { plain: union ? count / union : 0, telling: all > 0 ? weight / all : 0 };
}

// The idf of all a claim's stems (or concepts), computed once per set.
const totals = new WeakMap<ReadonlySet<string>, number>();
const conceptTotals = new WeakMap<ReadonlySet<string>, number>();
function weightOf(set: ReadonlySet<string>, idf: ReadonlyMap<string, number>, cache: WeakMap<ReadonlySet<string>, number>): number {
  let total = cache.get(set);
  if (total === undefined) {
    total = 0;
    for (const s of set) total += idf.get(s) ?? 0;
    cache.set(set, total);
  }
  return total;
}

/** The idf of all a claim's stems (computed once per claim, kept aside). */
export function totalWeight(f: ClaimFeatures, idf: ReadonlyMap<string, number>): number {
  return weightOf(f.stems, idf, totals);
}

/** How alike two claims are, 0..1, and why; 0 when they cannot be the same statement. */
export function similarity(a: ClaimFeatures, b: ClaimFeatures): { score: number; why: string } {
  if (a.denied !== b.denied) return { score: 0, why: 'one denies, the other does not' };
  // The same sentence naming an actor; without one it is as likely a site's boilerplate ("Scroll down for video").
  if (a.folded === b.folded && a.folded.length >= 20 && a.entities.size > 0) return { score: 1, why: 'the same sentence' };
  if (otherMonths(a, b)) return { score: 0, why: 'different months' };
  const shared = [...a.entities].filter((e) => b.entities.has(e));
  const smaller = Math.min(a.entities.size, b.entities.size);
  if (shared.length === 0 || (smaller >= 2 && shared.length < 2 && !a.denied)) return { score: 0, why: 'different actors' };
  // Two denials by different deniers are two statements, whatever else they share.
  if (a.denied && a.denier && b.denier && a.denier !== b.denier) return { score: 0, why: 'different deniers' };
  // Shared actors over the larger set: one actor in common is not enough when either claim names several.
  // Two denials of one actor by no common denier, with no telling word in common, deny two different things.
  const words = overlap(a, b);
  const told = words.telling;
  if (a.denied && !(a.denier && a.denier === b.denier) && shared.length < 2 && told < CLASS_WITH_ONE_ACTOR) return { score: 0, why: 'denials of one actor, nothing else in common' };
  // Denials are short ("les démentis de Pékin"): for them, the denier in common is what counts.
  const entityScore = actorShare(a, b, shared);
  const classes = (x: ClaimFeatures): string[] => [...x.actions, ...x.objects];
  const [ca, cb] = [classes(a), classes(b)];
  const sharedClasses = ca.filter((k) => cb.includes(k));
  if (a.actions.length && b.actions.length && !a.actions.some((k) => b.actions.includes(k))) return { score: 0, why: 'different actions' };
  // Without a shared action or object, only near-paraphrases (same actors, many words in common) pass the threshold.
  // An action class in common says little when one actor is all the two claims share ("Apple" ships a watch, "Apple"
  // builds a laptop): then some telling words must be shared too.
  const classScore = sharedClasses.length && told >= (shared.length >= 2 ? CLASS_WITH_ACTORS : CLASS_WITH_ONE_ACTOR) ? 1 : ca.length === 0 || cb.length === 0 ? 0.2 : 0;
  const lexScore = words.plain;
  const numberBonus = [...a.numbers].some((n) => b.numbers.has(n) && n.length > 1) ? 0.1 : 0;
  // A possibility and a report of the act are two statements, unless they name the same act.
  const modalGap = a.irrealis !== b.irrealis && !a.actions.some((k) => b.actions.includes(k)) ? 0.65 : 1;
  const byClass = Math.min(1, modalGap * (0.45 * entityScore + 0.35 * classScore + 0.2 * lexScore + numberBonus));
  // The same actors and enough of the same telling words: the same statement in other words.
  const least = PARAPHRASE_SHARE + (shared.length === 1 ? ONE_ACTOR_MORE : 0);
  // From the default threshold at the least share to 0.95 when every telling word is shared: only the same sentence is 1.
  const inOtherWords = told >= least ? modalGap * (CLUSTER_DEFAULTS.threshold + (0.95 - CLUSTER_DEFAULTS.threshold) * ((told - least) / (1 - least))) : 0;
  const score = Math.max(byClass, inOtherWords);
  const actors = `${shared.length} shared actor${shared.length > 1 ? 's' : ''}`;
  const why = inOtherWords > byClass
    ? `${actors}, telling words ${told.toFixed(2)}`
    : `${actors}${sharedClasses.length ? `, same ${sharedClasses.join('/')}` : ''}, words ${lexScore.toFixed(2)}`;
  return { score: Math.round(score * 1000) / 1000, why };
}

/** Groups claims; claims that match nothing are groups of one. With `topics`, claims of two articles on two stories
 *  never join (STORY_GATE, topics.ts); the second pass, on fewer words inside a story, is story-pass.ts. */
export function clusterClaims(features: readonly ClaimFeatures[], options: ClusterOptions = {}, topics?: ArticleTopics): ClaimGroup[] {
  const o = {
    threshold: options.threshold ?? CLUSTER_DEFAULTS.threshold,
    probesPerCluster: options.probesPerCluster ?? CLUSTER_DEFAULTS.probesPerCluster,
    clustersPerBlock: options.clustersPerBlock ?? CLUSTER_DEFAULTS.clustersPerBlock,
  };
  const parent = features.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const reasons = new Map<number, string[]>();
  const members = new Map<number, number[]>(); // root -> members, for probing
  const blocks = new Map<string, number[]>(); // block key -> cluster roots seen in it
  const apart = storiesApart(topics);
  const similar = (a: ClaimFeatures, b: ClaimFeatures): { score: number; why: string } =>
    apart(a.article, b.article) ? { score: 0, why: 'two stories' } : similarity(a, b);
  for (let i = 0; i < features.length; i++) {
    const f = features[i]!;
    members.set(i, [i]);
    let best: { root: number; score: number; why: string; with: number } | null = null;
    const keys = blockKeys(f);
    const seen = new Set<number>();
    for (const key of keys) {
      const roots = blocks.get(key) ?? [];
      for (const r of roots.slice(-o.clustersPerBlock)) {
        const root = find(r);
        if (seen.has(root)) continue;
        seen.add(root);
        const list = members.get(root) ?? [];
        // The cluster's first member anchors it: a claim far from it does not join through a chain of neighbours.
        // Its first member in the claim's language: words are compared within a language, so "China supplied drones"
        // is anchored to an English member, not to the French "la Chine a fourni des drones" that opened the cluster.
        const first = (f.lang !== undefined ? list.find((k) => features[k]!.lang === f.lang) : undefined) ?? list[0]!;
        const anchor = similar(f, features[first]!).score;
        const bar = f.denied ? o.threshold - DENIAL_SLACK : o.threshold;
        if (anchor < bar - ANCHOR_SLACK) continue;
        for (const j of new Set([first, ...list.slice(-(o.probesPerCluster - 1))])) {
          const s = similar(f, features[j]!);
          // Denials are short and say little beyond who denies: a lower bar, with the denier in common.
          if (s.score >= bar && (!best || s.score > best.score)) best = { root, score: s.score, why: s.why, with: j };
        }
      }
    }
    if (best) {
      parent[i] = best.root;
      members.get(best.root)!.push(i);
      members.delete(i);
      const list = reasons.get(best.root) ?? [];
      list.push(`${features[i]!.id} ~ ${features[best.with]!.id} (${best.score}: ${best.why})`);
      reasons.set(best.root, list);
    }
    const root = find(i);
    for (const key of keys) {
      const roots = blocks.get(key) ?? [];
      if (roots[roots.length - 1] !== root) roots.push(root);
      blocks.set(key, roots);
    }
  }
  return [...members.entries()].map(([root, list]) => ({ members: list.map((k) => features[k]!.id), reasons: reasons.get(root) ?? [] }));
}

// Blocks: each pair of actors (or the one actor) with each class, and with the polarity.
function blockKeys(f: ClaimFeatures): string[] {
  const ents = [...f.entities].sort();
  const classes = [...f.actions, ...f.objects];
  const tags = classes.length ? classes : ['*'];
  const pairs: string[] = [];
  if (ents.length === 1) pairs.push(ents[0]!);
  for (let x = 0; x < ents.length && x < 6; x++) for (let y = x + 1; y < ents.length && y < 6; y++) pairs.push(`${ents[x]}|${ents[y]}`);
  if (ents.length >= 1) pairs.push(...ents.slice(0, 4).map((e) => `${e}|`));
  const polarity = f.denied ? '-' : '+';
  return [`=${f.folded}`, ...pairs.flatMap((p) => [...tags, '*'].map((t) => `${polarity}${p}#${t}`))];
}
