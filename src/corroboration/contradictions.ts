// Denials linked to what they deny: a cluster of denials contradicts the cluster of reports about the same actors.
import type { ClaimFeatures } from './cluster-claims.js';

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
