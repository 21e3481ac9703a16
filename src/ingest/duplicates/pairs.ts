// Unordered pairs of article indices as single numbers, so candidate sets are plain Set<number>.

/** The key of the pair {i, j} among n articles; the same whichever order i and j come in. */
export function pairKey(i: number, j: number, n: number): number {
  return i < j ? i * n + j : j * n + i;
}

/** The two indices of a pair key, smaller first. */
export function splitPair(key: number, n: number): [number, number] {
  const first = Math.floor(key / n);
  return [first, key - first * n];
}

/** Most candidate pairs verified in one run: beyond it pairs are dropped and counted, never a crash. */
export const MAX_CANDIDATE_PAIRS = 4_000_000;

/** A set of pair keys with a ceiling: adding past `limit` counts the pair as dropped instead of growing the set. */
export class CandidatePairs {
  readonly keys = new Set<number>();
  /** Pairs not kept because the set was full. */
  dropped = 0;
  /** LSH buckets too crowded to pair every member with every other. */
  crowds = 0;

  constructor(readonly limit: number = MAX_CANDIDATE_PAIRS) {}

  add(key: number): void {
    if (this.keys.has(key)) return;
    if (this.keys.size >= this.limit) this.dropped++;
    else this.keys.add(key);
  }
}
