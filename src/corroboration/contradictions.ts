// Denials linked to what they deny: a cluster of denials contradicts the cluster of reports about the same actors.
import { otherMonths, similarity, telling, type ClaimFeatures } from './cluster-claims.js';
import { STORY_LEAST, type ArticleTopics } from './topics.js';

/** A cluster as contradiction finding sees it: its features pooled. */
export interface PooledCluster {
  readonly id: string;
  readonly denied: boolean;
  readonly entities: ReadonlySet<string>;
  readonly classes: ReadonlySet<string>;
  readonly size: number;
}

/** Least topic overlap for a denial to contradict a cluster. */
const MIN_OVERLAP = 0.55;

/** Pools member features into one record per cluster. */
export function poolCluster(id: string, members: readonly ClaimFeatures[]): PooledCluster {
  return {
    id,
    denied: members.some((m) => m.denied),
    entities: new Set(members.flatMap((m) => [...m.entities])),
    classes: new Set(members.flatMap((m) => [...m.actions, ...m.objects])),
    size: members.length,
  };
}

/** For each denial cluster, the report clusters it contradicts (the best match, and any as good); pairs both ways. */
export function findContradictions(clusters: readonly PooledCluster[]): [string, string][] {
  // Report clusters by actor, so that a denial meets only the reports about its actors (not every report).
  const byEntity = new Map<string, PooledCluster[]>();
  for (const r of clusters) {
    if (r.denied) continue;
    for (const e of r.entities) {
      const list = byEntity.get(e);
      if (list) list.push(r);
      else byEntity.set(e, [r]);
    }
  }
  // An actor named in every story (a country at war) has thousands of report clusters: a denial meets the largest
  // REPORTS_PER_ACTOR of them (the best-supported, which it would answer first), so the search stays linear.
  for (const [e, list] of byEntity) if (list.length > REPORTS_PER_ACTOR) byEntity.set(e, [...list].sort((x, y) => y.size - x.size).slice(0, REPORTS_PER_ACTOR));
  const pairs: [string, string][] = [];
  for (const d of clusters.filter((c) => c.denied && c.entities.size > 0)) {
    const reports = new Set([...d.entities].flatMap((e) => byEntity.get(e) ?? []));
    const scored = [...reports].map((r) => ({ r, score: topicOverlap(d, r) })).filter((x) => x.score >= MIN_OVERLAP);
    if (scored.length === 0) continue;
    // The denial answers the best-supported report: equal scores go to the larger cluster.
    const best = scored.reduce((m, x) => Math.max(m, x.score + Math.log10(1 + x.r.size) / 10), -Infinity); // not max(...): any number of reports
    for (const { r, score } of scored) if (score + Math.log10(1 + r.size) / 10 >= best - 1e-9) pairs.push([d.id, r.id]);
  }
  return pairs;
}

// Shared actors (over the denial's actors) and, when both say what it is about, the same action or object.
function topicOverlap(d: PooledCluster, r: PooledCluster): number {
  const shared = [...d.entities].filter((e) => r.entities.has(e)).length;
  const actors = shared / d.entities.size;
  // Most of the denial's actors must be the report's: "Laos denies buying drones from Burma" does not answer
  // "Veltrona delivered drones to Burma" because both name Burma.
  if (d.entities.size > 1 && actors <= 0.5) return 0;
  if (d.classes.size && r.classes.size && ![...d.classes].some((k) => r.classes.has(k))) return actors * 0.5;
  return actors * (d.classes.size && r.classes.size ? 1 : 0.8) + (r.classes.size ? 0.1 : 0);
}

/** How many recent reports naming one actor a denial is compared with (keeps the search linear in the corpus). */
const REPORTS_PER_ACTOR = 200;

/**
 * Least share of telling words between a denial that names its actors and a report it negates: actors in common alone
 * do not make the same statement ("Microsoft has not bought Mojang" does not deny "Microsoft hired Mojang's engineers").
 * A verdict on the whole story ("it was a hoax", its actors taken from its article) needs none.
 */
const DENIED_TELLING = 0.08;

/**
 * Denials against the very statements they deny: a denied claim and a report that, polarity aside, are the same
 * statement ("Microsoft did not buy Mojang" / "Microsoft bought Mojang"; "le ministère dément avoir livré des
 * drones" / "le ministère a livré des drones"). Reports are found through the actors they share with the denial, the
 * latest REPORTS_PER_ACTOR of each actor; `bar` is the least similarity, with some telling words in common (or a
 * verdict on the whole story). Returns the pairs [denial id, report id].
 */
export function deniedStatements(features: readonly ClaimFeatures[], bar: number): [string, string][] {
  const reportsOf = new Map<string, ClaimFeatures[]>();
  const pairs: [string, string][] = [];
  for (const f of features) {
    if (f.denied) continue;
    for (const e of f.entities) {
      const list = reportsOf.get(e);
      if (!list) reportsOf.set(e, [f]);
      else {
        list.push(f);
        if (list.length > 2 * REPORTS_PER_ACTOR) list.splice(0, list.length - REPORTS_PER_ACTOR);
      }
    }
  }
  for (const d of features) {
    if (!d.denied || d.entities.size === 0) continue;
    // The denial read as a statement: what it says happened did not, so compare it as if it said it did.
    const asReport: ClaimFeatures = { ...d, denied: false, denier: null };
    const seen = new Set<string>();
    for (const e of d.entities) {
      for (const r of (reportsOf.get(e) ?? []).slice(-REPORTS_PER_ACTOR)) {
        if (seen.has(r.id) || r.article === d.article) continue;
        seen.add(r.id);
        if (similarity(asReport, r).score >= bar && (d.topical || telling(d, r) >= DENIED_TELLING)) pairs.push([d.id, r.id]);
      }
    }
  }
  return pairs;
}

/**
 * Least share of telling words between a denial and a report of another article on the same story (topics.ts) for the
 * denial to answer it: "the third-arm story is a hoax" and "she paid $20,000 for a third arm" share "third arm".
 * Inside one story the words in common are what ties a denial to its report; actors need not be named.
 */
const STORY_DENIAL_SHARE = 0.1;
/** How many reports (the best matched, each of another cluster) a denial answers this way. */
const STORY_DENIAL_REPORTS = 3;

/**
 * Denials against reports of the same story: for each denial, the claims of the articles alike to its own (at least
 * STORY_LEAST, topics.ts) that share enough telling words with it and could be the same statement polarity aside (no
 * other act, month or actors); the best few, at most one per cluster. Returns the pairs [denial id, report id].
 */
export function storyDenials(features: readonly ClaimFeatures[], topics: ArticleTopics, clusterOf: (claim: string) => string | undefined): [string, string][] {
  const partners = new Map<string, string[]>();
  for (const [a, b] of topics.pairs(STORY_LEAST)) {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const list = partners.get(x);
      if (list) list.push(y);
      else partners.set(x, [y]);
    }
  }
  const reportsOf = new Map<string, ClaimFeatures[]>();
  for (const f of features) {
    if (f.denied) continue;
    const list = reportsOf.get(f.article);
    if (list) list.push(f);
    else reportsOf.set(f.article, [f]);
  }
  const pairs: [string, string][] = [];
  for (const d of features) {
    if (!d.denied) continue;
    const scored: { r: ClaimFeatures; told: number }[] = [];
    for (const other of partners.get(d.article) ?? []) {
      for (const r of reportsOf.get(other) ?? []) {
        if (d.entities.size && r.entities.size && ![...d.entities].some((e) => r.entities.has(e))) continue;
        // Another act or another time is another statement.
        if ((d.actions.length && r.actions.length && !d.actions.some((k) => r.actions.includes(k))) || otherMonths(d, r)) continue;
        const told = telling(d, r);
        if (told >= STORY_DENIAL_SHARE) scored.push({ r, told });
      }
    }
    scored.sort((x, y) => y.told - x.told || x.r.id.localeCompare(y.r.id));
    // A verdict on the whole story ("the story is a hoax", "this video may not be real") names no actor and says little
    // else: it answers what the story's articles repeat most, the report clusters found in most of them.
    if (d.topical) {
      const found = new Map<string, { articles: Set<string>; first: ClaimFeatures }>(); // cluster -> where, and a member
      for (const other of partners.get(d.article) ?? []) {
        for (const r of reportsOf.get(other) ?? []) {
          const k = clusterOf(r.id);
          if (k === undefined) continue;
          const entry = found.get(k) ?? { articles: new Set<string>(), first: r };
          entry.articles.add(other);
          found.set(k, entry);
        }
      }
      const widest = [...found].filter(([, e]) => e.articles.size >= 2).sort((x, y) => y[1].articles.size - x[1].articles.size || x[0].localeCompare(y[0]));
      scored.unshift(...widest.slice(0, STORY_DENIAL_REPORTS).map(([, e]) => ({ r: e.first, told: 1 })));
    }
    const clusters = new Set<string | undefined>();
    for (const { r } of scored) {
      const k = clusterOf(r.id);
      if (clusters.has(k)) continue;
      clusters.add(k);
      pairs.push([d.id, r.id]);
      if (clusters.size >= STORY_DENIAL_REPORTS) break;
    }
  }
  return pairs;
}
