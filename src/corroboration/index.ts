// The corroboration stage: the same claim across articles, its true origins, and the denials that contradict it.
import type { Claim, Cluster, Entity } from '../core/dossier.js';
import type { Article } from '../core/types.js';
import { CLUSTER_DEFAULTS, DENIAL_SLACK, claimFeatures, clusterClaims, type ClaimFeatures, type ClusterOptions } from './cluster-claims.js';
import { deniedStatements, findContradictions, poolCluster, storyDenials } from './contradictions.js';
import { claimOrigins, clusterOrigins } from './origins.js';
import { denialsByContrast } from './negated-acts.js';
import { joinWithinStories } from './story-pass.js';
import { articleTopics, storiesApart } from './topics.js';

export { CLUSTER_DEFAULTS, type ClusterOptions } from './cluster-claims.js';
export { buildTimeline, type DatedEntry } from './timeline.js';

/** Claims with their cluster, and the clusters. */
export interface Corroboration {
  readonly claims: Claim[];
  readonly clusters: Cluster[];
}

/** Clusters the claims, finds each cluster's origins and independent count, and links denials to what they deny. */
export function corroborate(articles: readonly Article[], found: readonly Claim[], entities: readonly Entity[], options: ClusterOptions = {}): Corroboration {
  const topics = articleTopics(articles, entities);
  // A negated act that another article of the story asserts is a denial of it.
  const languageOf = new Map(articles.map((a) => [a.id, a.language]));
  const claims = denialsByContrast(found, topics, (article) => languageOf.get(article) ?? 'und');
  const features = claimFeatures(claims, entities, (article) => languageOf.get(article) ?? 'und');
  const featureOf = new Map(features.map((f) => [f.id, f]));
  // First the statements alike whatever their articles, then those of articles on one story, on fewer words.
  const groups = joinWithinStories(clusterClaims(features, options, topics), features, topics, options.threshold ?? CLUSTER_DEFAULTS.threshold);
  const origins = claimOrigins(claims, articles, entities);
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const articleOf = new Map(articles.map((a) => [a.id, a]));
  const clusterOf = new Map<string, string>();
  const originsOf = clusterOrigins(origins, articleOf);
  const clusters = groups.map((g, k) => {
    const id = `k_${String(k + 1).padStart(4, '0')}`;
    for (const m of g.members) clusterOf.set(m, id);
    const members = g.members.map((m) => claimById.get(m)!);
    const rooted = originsOf(members);
    return {
      id,
      label: labelOf(members, articleOf, featureOf),
      claims: g.members,
      articles: [...new Set(members.map((m) => m.article))],
      origins: rooted,
      independentOrigins: rooted.length,
      contradicts: [] as string[],
      reasons: g.reasons,
    };
  });
  const pooled = clusters.map((c) => poolCluster(c.id, c.claims.map((m) => featureOf.get(m)!)));
  const byId = new Map(clusters.map((c) => [c.id, c]));
  // Cluster against cluster (a denial cluster and the best-supported reports about its actors), then claim against
  // claim (a denial and the report it negates, in other words or the same).
  const claimPairs = [
    ...deniedStatements(features, (options.threshold ?? CLUSTER_DEFAULTS.threshold) - DENIAL_SLACK),
    ...storyDenials(features, topics, (id) => clusterOf.get(id)),
  ].map(([d, r]) => [clusterOf.get(d)!, clusterOf.get(r)!] as const);
  // A denial answers a report of its own story: a pair whose articles are all two stories apart is dropped.
  const storyApart = storiesApart(topics);
  const apart = (a: string, b: string): boolean => {
    const [x, y] = [byId.get(a)!.articles.slice(0, 20), byId.get(b)!.articles.slice(0, 20)];
    return x.every((p) => y.every((q) => storyApart(p, q)));
  };
  for (const [a, b] of [...findContradictions(pooled), ...claimPairs]) {
    if (a === b || apart(a, b)) continue;
    if (!byId.get(a)!.contradicts.includes(b)) byId.get(a)!.contradicts.push(b);
    if (!byId.get(b)!.contradicts.includes(a)) byId.get(b)!.contradicts.push(a);
  }
  return { claims: claims.map((c) => ({ ...c, cluster: clusterOf.get(c.id) ?? null })), clusters };
}

/** Longest label shown for a cluster. */
const MAX_LABEL = 140;

// The statement in its plainest form: a body sentence that names the actors and what they did (a headline may
// overstate it, a pronoun hides who acts), then the shortest of those.
function labelOf(members: readonly Claim[], articles: ReadonlyMap<string, Article>, features: ReadonlyMap<string, ClaimFeatures>): string {
  const inBody = members.filter((m) => m.start >= (articles.get(m.article)?.bodyStart ?? 0));
  const pool = inBody.length ? inBody : members;
  const plain = pool.filter((m) => m.modality === 'asserted' || m.modality === 'reported');
  const fullness = (m: Claim): number => {
    const f = features.get(m.id);
    return f ? Math.min(2, f.entities.size) + (f.actions.length ? 1 : 0) + (f.objects.length ? 1 : 0) : 0;
  };
  const candidates = (plain.length ? plain : pool).filter((m) => m.text.length >= 30);
  const best = [...(candidates.length ? candidates : pool)].sort((a, b) => fullness(b) - fullness(a) || a.text.length - b.text.length)[0]!;
  return best.text.length > MAX_LABEL ? `${cutBefore(best.text, MAX_LABEL - 1)}…` : best.text;
}

/** The first `length` UTF-16 units of a text, one fewer when the cut would split a surrogate pair (an emoji). */
export function cutBefore(text: string, length: number): string {
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}
