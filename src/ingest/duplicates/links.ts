// Deciding which earlier article each article copies, from exact groups and verified pairs.

/** A pair of articles (indices in original-first order, earlier < later) whose overlap was measured exactly. */
export interface VerifiedPair {
  readonly earlier: number;
  readonly later: number;
  /** Containment of shingles, rounded to 3 decimals. */
  readonly similarity: number;
}

/** Which earlier article an article copies, by index. */
export interface LinkChoice {
  readonly original: number;
  readonly similarity: number;
  readonly kind: 'exact' | 'near';
}

/**
 * For each article, the article it copies. An exact copy points at the earliest article with the same
 * normalised text. Otherwise a near copy points at the most similar earlier article (the earliest on ties),
 * so a chain A -> B (edited) -> C (copy of B) keeps its shape instead of collapsing onto A.
 */
export function chooseLinks(
  articleCount: number,
  exactOriginal: ReadonlyMap<number, number>,
  pairs: readonly VerifiedPair[],
  nearThreshold: number,
): Map<number, LinkChoice> {
  const links = new Map<number, LinkChoice>();
  for (const [copy, original] of exactOriginal) links.set(copy, { original, similarity: 1, kind: 'exact' });
  const best: Array<VerifiedPair | undefined> = new Array(articleCount);
  for (const pair of pairs) {
    if (pair.similarity < nearThreshold || exactOriginal.has(pair.later)) continue;
    const current = best[pair.later];
    const better =
      !current ||
      pair.similarity > current.similarity ||
      (pair.similarity === current.similarity && pair.earlier < current.earlier);
    if (better) best[pair.later] = pair;
  }
  best.forEach((pair, later) => {
    if (pair) links.set(later, { original: pair.earlier, similarity: pair.similarity, kind: 'near' });
  });
  return links;
}
